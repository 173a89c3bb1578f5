/**
 * Writes a scaffold all-or-nothing: every target is checked before anything is written
 * (an existing file, or a parent path that exists and is not a folder, blocks the whole
 * scaffold), files are created exclusively (`wx`), and an I/O failure half-way removes
 * what this run created.
 */
import { chmodSync, lstatSync, rmdirSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorCode, makeDirs } from '../../load/folders.js';
import type { PlannedFile } from './plan.js';
import { comparePaths } from '../../model/order.js';

interface Conflict {
  /** `/`-separated, relative to the root. */
  readonly path: string;
  readonly reason: 'exists' | 'not-dir';
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The paths that would stop the scaffold, sorted: existing targets and non-folder parents. */
export function findConflicts(root: string, files: readonly PlannedFile[]): Conflict[] {
  const found = new Map<string, Conflict>();
  for (const file of files) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const prefix = parts.slice(0, i).join('/');
      const st = lstatOrUndefined(join(root, prefix));
      if (st && !st.isDirectory()) found.set(prefix, { path: prefix, reason: 'not-dir' });
    }
    if (lstatOrUndefined(join(root, file.path))) found.set(file.path, { path: file.path, reason: 'exists' });
  }
  return [...found.values()].sort((a, b) => comparePaths(a.path, b.path));
}

export class ScaffoldWriteError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
    /** How many files this run had written (and removed again). */
    readonly undone: number,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'ScaffoldWriteError';
  }
}

/** Creates every file (the caller has checked conflicts); undoes its own work on failure. */
export function writeScaffold(root: string, files: readonly PlannedFile[]): void {
  const createdDirs: string[] = [];
  const createdFiles: string[] = [];
  let current = root;
  try {
    createdDirs.push(...makeDirs(root));
    for (const file of files) {
      current = join(root, file.path);
      createdDirs.push(...makeDirs(dirname(current)));
      writeFileSync(current, file.content, { encoding: 'utf8', flag: 'wx', mode: file.mode });
      createdFiles.push(current);
      chmodSync(current, file.mode);
    }
  } catch (err) {
    for (const path of createdFiles.reverse()) rmSync(path, { force: true });
    for (const dir of createdDirs.reverse()) removeIfEmpty(dir);
    const code = errorCode(err);
    throw new ScaffoldWriteError(current, code, createdFiles.length);
  }
}

/** Removes a folder this run made, unless something else is in it. */
function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (or already gone): leave it.
  }
}
