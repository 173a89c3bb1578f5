/**
 * Folders on disk, said once for the loader's cache and the commands that write: whether a
 * path lies inside a folder (by its path, or where it really lands with links resolved), and
 * `mkdir -p` that cannot hang.
 */
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';

/** What a message shows of a file-system error: its code (`ENOENT`), or its text when it has none. */
export function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : String(err);
}

/** Is `child` the folder `parent` or inside it (by their paths; links are not followed)? */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  // `..` or `../…` is outside; a folder named `..notes` inside is not.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * `path` with every link resolved, also when it does not exist yet: the real path of its
 * nearest existing ancestor, then the missing rest (which holds no link yet). Compare two
 * such paths with `isInside` to know where a write would really land.
 */
export function realPath(path: string): string {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(current), ...rest);
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      rest.unshift(basename(current));
      current = parent;
    }
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdirSync never returns for some paths
 * (a missing folder below /proc), and no command may hang on a folder. Returns the folders
 * it created, outermost first (so that a failed scaffold can remove them). Throws as
 * mkdirSync does: EEXIST when `path` is a file, ENOTDIR when a file is on the way.
 */
export function makeDirs(path: string): string[] {
  const full = resolve(path);
  const { root } = parse(full);
  const parts = full.slice(root.length).split(sep).filter((p) => p !== '');
  const created: string[] = [];
  let current: string = root;
  for (const part of parts) {
    current = join(current, part);
    try {
      mkdirSync(current);
      created.push(current);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EISDIR' || statSync(current, { throwIfNoEntry: false })?.isDirectory()) continue;
      // A file on the way: mkdir of the next level says ENOTDIR, as the recursive mkdir would.
      if (code === 'EEXIST' && current !== full) continue;
      throw err;
    }
  }
  return created;
}
