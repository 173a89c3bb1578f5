/**
 * Helpers of the end-to-end tests on the sample unit in data/: copy the data folder somewhere
 * outside git (so no commit line varies), a controlled environment for spawned runs, and
 * every file a run wrote read back. Runs themselves: test/support/run-main.ts.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/thidua.js');
export const DATA = join(ROOT, 'data');
export const GOLDEN = join(ROOT, 'test/golden');

/** The report windows that have golden files: name of the folder under test/golden, and the flags. */
export const GOLDEN_CASES: readonly { name: string; args: readonly string[] }[] = [
  { name: 'year-2024', args: ['--year', '2024'] },
  { name: 'month-2024-03', args: ['--month', '2024-03'] },
  { name: 'phase-2024-1', args: ['--phase', '2024:1'] },
];

/** Every file below `dir`, relative and `/`-separated, sorted by code unit. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** `relative path → sha256` of every file below `dir`: a fingerprint of a folder. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/**
 * Copies the sample data to `dest`, creating the files in the given order (the order a
 * directory listing may then return them in on some file systems).
 */
export function copyData(dest: string, order: (files: string[]) => string[] = (f) => f): void {
  for (const rel of order(listFiles(DATA))) {
    mkdirSync(dirname(join(dest, rel)), { recursive: true });
    copyFileSync(join(DATA, rel), join(dest, rel));
  }
}

/** An environment without anything that would change the output (colour, git, language). */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GIT_|THIDUA_|LC_|LANG|LANGUAGE$|TZ$|FORCE_COLOR$|NO_COLOR$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', TZ: 'UTC', LANG: 'C.UTF-8', ...extra };
}

/** Every file of an out folder, by name, as bytes. */
export function readOut(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

/** Runs `tasks` at most `limit` at a time, keeping their order in the result. */
export async function inBatches<T>(tasks: readonly (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}
