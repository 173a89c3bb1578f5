/**
 * Where the data folder is when `--data` is not given: `data/` in the working folder or
 * in the nearest parent that has one, looking no higher than the git repository's root
 * (the first folder holding a `.git` entry) or the file system's root. So a command run
 * from `X/data/activities/2024` or `X/scripts` reads `X/data`, as it would from `X`.
 * Pure apart from `stat` calls, which can be replaced for tests.
 */
import { statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { issueAt } from '../load/issue-at.js';
import type { Issue } from '../model/types.js';

const DATA_DIR_NAME = 'data';

interface FindDataDirOptions {
  /** Where to start: an absolute path. */
  readonly cwd: string;
  /** The folder name to look for; `data` unless told. */
  readonly name?: string;
  /** `stat` (following links) or undefined when nothing is there; `fs.statSync` unless told. */
  readonly stat?: (path: string) => Pick<Stats, 'isDirectory'> | undefined;
}

type FoundDataDir =
  /** `dataDir` = `<base>/<name>`, an existing folder. */
  | { readonly found: true; readonly dataDir: string; readonly base: string }
  /** None up to `repoRoot` (the folder with `.git`), or up to the file system's root when absent. */
  | { readonly found: false; readonly repoRoot?: string };

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The first folder from `cwd` upwards for which `matches` holds, looking no higher than
 * the repository's root (a folder with a `.git` entry: a folder, or the `.git` file of a
 * worktree or submodule) or the file system's root; else that repository root, if any.
 */
export function findUp(
  cwd: string,
  matches: (dir: string) => boolean,
  stat: (path: string) => unknown = statOrUndefined,
): { readonly dir: string } | { readonly dir?: undefined; readonly repoRoot?: string } {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (matches(dir)) return { dir };
    if (stat(join(dir, '.git')) !== undefined) return { repoRoot: dir };
    if (dirname(dir) === dir) return {};
  }
}

export function findDataDir(options: FindDataDirOptions): FoundDataDir {
  const name = options.name ?? DATA_DIR_NAME;
  const stat = options.stat ?? statOrUndefined;
  const hit = findUp(options.cwd, (dir) => stat(join(dir, name))?.isDirectory() === true, stat);
  if (hit.dir !== undefined) return { found: true, dataDir: join(hit.dir, name), base: hit.dir };
  return hit.repoRoot === undefined ? { found: false } : { found: false, repoRoot: hit.repoRoot };
}

/** The data folder a command reads, and where its default outputs go. */
export interface DataLocation {
  /** The data folder (absolute); may not exist. */
  readonly absDir: string;
  /** The folder default outputs (`reports/<period>/`) are resolved against. */
  readonly base: string;
  /** Set when no data folder was found by looking up: the one problem to report. */
  readonly missing?: Issue;
}

/**
 * `--data DIR` when given, relative to `cwd` and taken as it is; otherwise the folder
 * found by `findDataDir`. Outputs go beside the data folder found, as from its parent.
 */
export function locateDataDir(cwd: string, given: string | undefined, options: Omit<FindDataDirOptions, 'cwd' | 'name'> = {}): DataLocation {
  if (given !== undefined) return { absDir: resolve(cwd, given), base: cwd };
  const found = findDataDir({ ...options, cwd });
  if (found.found) return { absDir: found.dataDir, base: found.base };
  // Shown where it was expected: the repository's data/, else data/ here.
  const absDir = join(found.repoRoot ?? cwd, DATA_DIR_NAME);
  // Never suggest `init` inside a repository: it has a place for data/ already.
  const missing = issueAt('missing-file', { file: '.', line: 1, column: 1 }, found.repoRoot === undefined ? 'data-missing-no-repo' : 'data-missing-in-repo');
  return { absDir, base: cwd, missing };
}
