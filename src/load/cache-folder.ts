/**
 * The record cache's own folder (see cache.ts), `<root>/thidua-<code id>`, and the promises
 * about it: it is marked as thidua's (a CACHEDIR.TAG of thidua's own wording), only marked
 * folders of other builds are ever removed, nothing is written inside the data folder (real
 * paths compared, links resolved), a folder that is a link, is another user's or can be
 * written by others is not used, and it holds the secret key that signs its entries (random
 * bytes, readable by this user only). Each function throws when something is amiss: the
 * caller then runs without a cache.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { errorCode, isInside, makeDirs, realPath } from './folders.js';

/** The standard signature of a cache folder (https://bford.info/cachedir/), then thidua's words. */
const CACHEDIR_TAG = [
  'Signature: 8a477f597d28d172789f06886806bc55',
  '# This file is a cache directory tag created by thidua (its record cache).',
  '# For information about cache directory tags, see https://bford.info/cachedir/',
  '',
].join('\n');
const TAG_FILE = 'CACHEDIR.TAG';
const FOLDER_PREFIX = 'thidua-';
const FOLDER_PATTERN = /^thidua-[0-9a-f]{20}$/;
const KEY_FILE = 'key';
const KEY_BYTES = 32;
// Where the platform has them: never open through a link, never wait on a pipe.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NO_WAIT = constants.O_NONBLOCK ?? 0;

export const cacheFolderName = (codeId: string): string => `${FOLDER_PREFIX}${codeId}`;

/** Whether `st` is this user's and none of `mask`'s permission bits is set (modes mean nothing on Windows). */
function ownedBySelf(st: Stats, mask: number): boolean {
  if (process.platform === 'win32') return true;
  return st.uid === process.getuid?.() && (st.mode & mask) === 0;
}

/**
 * The bytes of the regular file `path` (not a link, a pipe or a device), at most `maxBytes`
 * of them, and passing `check`; else `undefined`. Throws as open does (ENOENT, ELOOP…).
 */
export function readRegularFile(path: string, maxBytes: number, check?: (st: Stats) => boolean): Buffer | undefined {
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NO_WAIT);
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes || (check && !check(st))) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether `dir` (a folder, not a link) carries thidua's CACHEDIR.TAG. */
function isMarked(dir: string): boolean {
  try {
    return readRegularFile(join(dir, TAG_FILE), CACHEDIR_TAG.length)?.toString('utf8') === CACHEDIR_TAG;
  } catch {
    return false;
  }
}

/** Writes a new file in a folder of the cache: never through a link or over a file already there. */
function writeNewFile(path: string, content: string | Buffer): void {
  writeFileSync(path, content, { flag: 'wx', mode: 0o600 });
}

/** Throws when `path` (links resolved) is inside the data folder. */
function refuseInsideData(path: string, dataDir: string | undefined): void {
  if (dataDir !== undefined && isInside(realPath(dataDir), realPath(path))) throw new Error('the cache would be inside the data folder');
}

/**
 * Makes `<root>/<name>` (and `root` if missing) and marks it. Throws when it would be inside
 * the data folder.
 */
function makeCacheFolder(root: string, dir: string, dataDir: string | undefined): void {
  refuseInsideData(root, dataDir);
  makeDirs(root);
  refuseInsideData(dir, dataDir);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  }
  try {
    writeNewFile(join(dir, TAG_FILE), CACHEDIR_TAG);
  } catch (err) {
    // Another run marked it first; a foreign file in its place is found by openCacheFolder.
    if (errorCode(err) !== 'EEXIST') throw err;
  }
}

/**
 * The signing key of the cache folder `dir`, or `undefined` when the folder (or its key) does
 * not exist yet and `create` is false. With `create`, makes the folder and the key when
 * missing. Throws when the folder may not be used: a link, another user's, writable by
 * others, inside the data folder, without thidua's mark, or a key that is not a private
 * file of this user's of the right size.
 */
export function openCacheFolder(root: string, dir: string, dataDir: string | undefined, create: boolean): Buffer | undefined {
  if (lstatSync(dir, { throwIfNoEntry: false }) === undefined) {
    if (!create) return undefined;
    makeCacheFolder(root, dir, dataDir);
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || !ownedBySelf(st, 0o022)) throw new Error('not a folder of this user’s');
  refuseInsideData(dir, dataDir);
  if (!isMarked(dir)) throw new Error('not marked as thidua’s');
  const key = readKey(dir);
  if (key !== undefined || !create) return key;
  const tmp = join(dir, `${KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeNewFile(tmp, randomBytes(KEY_BYTES));
    // A link never replaces a key another run made meanwhile; both runs then use that one.
    linkSync(tmp, join(dir, KEY_FILE));
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
  return readKey(dir);
}

/** The key of `dir`: `undefined` when there is none yet; throws when it is not a private file of the right size. */
function readKey(dir: string): Buffer | undefined {
  let key: Buffer | undefined;
  try {
    key = readRegularFile(join(dir, KEY_FILE), KEY_BYTES, (st) => ownedBySelf(st, 0o077));
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  if (key?.length !== KEY_BYTES) throw new Error('not a key');
  return key;
}

/**
 * Removes the cache folders of other builds below `root`: only folders (not links) named
 * `thidua-<code id>` that carry thidua's mark and do not hold the data folder. Anything
 * else in `root` is the user's and stays.
 */
export function removeOtherBuilds(root: string, keep: string, dataDir: string | undefined): void {
  const realRoot = realpathSync(root);
  const realData = dataDir === undefined ? undefined : realPath(dataDir);
  for (const name of readdirSync(root)) {
    if (name === keep || !FOLDER_PATTERN.test(name)) continue;
    const dir = join(root, name);
    if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() || !isMarked(dir)) continue;
    if (realData !== undefined && isInside(join(realRoot, name), realData)) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Puts `content` at `path` in the cache folder in one step: a new private file, then a rename over any old one. */
export function replaceFile(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeNewFile(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
