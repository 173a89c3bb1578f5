/**
 * Writes a report's files so that an interrupted run never leaves a partial file: every file
 * goes to a hidden temporary name in the out folder first (`.report.md.<pid>-<random>.tmp`),
 * is flushed to disk, and only when all of them are written are they renamed into place, one
 * rename each (atomic on POSIX file systems). A run killed while writing leaves the previous
 * report whole; the hidden temporaries it left are removed by the next run. Refuses to write
 * inside the data folder, symbolic links included. Text and bytes (the Word documents) go the
 * same way.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside, makeDirs } from '../load/folders.js';
import { catalogue, fill, type Lang } from '../i18n/index.js';
import { UsageError } from './context.js';

/** `path` with its deepest existing ancestor resolved through symbolic links. */
function realPathOf(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  let head = abs;
  for (;;) {
    try {
      return join(realpathSync(head), ...rest.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return abs;
      rest.push(basename(head));
      head = up;
    }
  }
}

/** The hidden temporary name of `name` for this run. */
export function tempName(name: string, tag: string): string {
  return `.${name}.${tag}.tmp`;
}

const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'EPERM';
  }
}

/** Removes the temporaries of `names` that a killed run left in `outDir` (their process is gone). */
export function removeStaleTemps(outDir: string, names: ReadonlySet<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(outDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || !names.has(m[1]!)) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && !processAlive(pid)) rmSync(join(outDir, entry), { force: true });
  }
}

/** A file's content: text (written as UTF-8) or bytes (a Word document), written as given. */
type FileContent = string | Uint8Array;

function writeDurably(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx', 0o666);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    try {
      fsyncSync(fd);
    } catch (err) {
      // Some file systems (network shares, FUSE) cannot flush a file; the write itself succeeded.
      const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
      if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
    }
  } finally {
    closeSync(fd);
  }
}

/** Would `outDir` lie inside the data folder, through symbolic links too? */
export function isOutInsideData(outDir: string, dataDir: string): boolean {
  return isInside(dataDir, outDir) || isInside(realPathOf(dataDir), realPathOf(outDir));
}

/** Writes `files` into `outDir`; refuses (UsageError, worded in `lang`) an `outDir` inside the data folder. */
export function writeReportFiles(outDir: string, dataDir: string, files: ReadonlyMap<string, FileContent>, lang: Lang): string[] {
  if (isOutInsideData(outDir, dataDir)) throw new UsageError(fill(catalogue(lang).report.outInsideData, { dir: outDir }));
  makeDirs(outDir);
  removeStaleTemps(outDir, new Set(files.keys()));
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temps: [string, string][] = [];
  try {
    for (const [name, content] of files) {
      const temp = join(outDir, tempName(name, tag));
      temps.push([temp, join(outDir, name)]);
      writeDurably(temp, content);
    }
    // Every file is written: now the renames, back to back.
    let renamed = 0;
    try {
      for (const [temp, target] of temps) {
        renameSync(temp, target);
        renamed++;
      }
    } finally {
      temps.splice(0, renamed);
    }
  } finally {
    for (const [temp] of temps) rmSync(temp, { force: true });
  }
  return [...files.keys()].map((name) => join(outDir, name));
}
