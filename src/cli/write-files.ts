/**
 * Writes a report's files all-or-nothing: every file goes to a temporary name first and
 * is renamed into place only when all were written, so an interrupted run leaves the
 * previous report whole. Refuses to write inside the data folder.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from './context.js';

export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function writeReportFiles(outDir: string, dataDir: string, files: ReadonlyMap<string, string>): string[] {
  if (isInside(dataDir, outDir)) throw new UsageError(`--out không được nằm trong thư mục dữ liệu / --out must not be inside the data folder: ${outDir}`);
  mkdirSync(outDir, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const temps: [string, string][] = [];
  try {
    for (const [name, content] of files) {
      const target = join(outDir, name);
      const temp = join(outDir, `.${name}.${stamp}.tmp`);
      writeFileSync(temp, content, 'utf8');
      temps.push([temp, target]);
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  return temps.map(([, target]) => target);
}
