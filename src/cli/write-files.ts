/**
 * Writes a report set so that a reader only ever sees one run's complete set, never a mix:
 *
 * 1. a lock beside the out folder (`.<out>.lock`, holding the pid; one of a process that is
 *    gone is taken over, a live one is waited for, then refused);
 * 2. the whole set written into a new hidden folder beside it (`.<out>.<pid>-<hex>.new`),
 *    each file flushed to disk;
 * 3. the switch: the old folder renamed away (`.<out>.<pid>-<hex>.old`), the new one renamed
 *    in, the old one removed. A failed rename puts back the ones already done.
 *
 * A run killed at any point leaves the previous set whole (or, killed between the two
 * renames, the old set beside the missing folder); the next run removes what a dead run left.
 * Since the folder is replaced whole, it may hold only thidua's report files: a folder with
 * anything else in it (the clerk's notes, a signed scan, a subfolder) is refused, never
 * emptied. Refuses to write inside the data folder, symbolic links included. Text and bytes
 * (the Word documents) go the same way.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode, isInside, makeDirs, realPath } from '../load/folders.js';
import { catalogue, fill, type Lang } from '../i18n/index.js';
import { UsageError } from './context.js';

/** Every file a report set can hold: what `thidua report` writes, and nothing else. */
export const REPORT_FILES = [
  'report.md',
  'annex.md',
  'summary.json',
  'members.csv',
  'initiatives.csv',
  'shifts.csv',
  'proposals.csv',
  'allowance.csv',
  'report.docx',
  'proposals.docx',
] as const;

export type ReportFileName = (typeof REPORT_FILES)[number];

/** Files a file manager leaves in any folder it shows: dropped with the old set, not "foreign". */
const DESKTOP_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The hidden temporary name of `name` for this run (the data writer's; older report writers' too). */
export function tempName(name: string, tag: string): string {
  return `.${name}.${tag}.tmp`;
}

/** A temporary an older thidua left inside a report folder: `.report.md.<pid>-<hex>.tmp`. */
const OLD_TEMP = /^\.(.+)\.\d+-[0-9a-f]+\.tmp$/;

/** How long a run waits for another run writing into the same folder before it gives up. */
const LOCK_WAIT_MS = 10_000;
/** A lock file still empty after this long was left by a run killed while taking it. */
const EMPTY_LOCK_STALE_MS = 5_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The out folder already exists and is not a folder (exit 2: the user pointed --out at a file). */
export class OutNotFolderError extends UsageError {}

/** The out folder holds entries thidua did not write (`names`, sorted); nothing was written. */
export class ForeignFilesError extends Error {
  constructor(
    readonly dir: string,
    readonly names: readonly string[],
  ) {
    super(`${dir} holds files thidua did not write`);
    this.name = 'ForeignFilesError';
  }
}

/** Another live run holds the lock of the out folder (pid, when it could be read). */
export class OutLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number | undefined,
  ) {
    super(`${dir} is locked`);
    this.name = 'OutLockedError';
  }
}

/** Is `entry` of `dir` one that a report set (or a file manager) put there? */
function isOwnEntry(dir: string, entry: string): boolean {
  if (DESKTOP_LITTER.has(entry)) return true;
  const m = OLD_TEMP.exec(entry);
  const name = m ? m[1]! : entry;
  if (!(REPORT_FILES as readonly string[]).includes(name)) return false;
  return lstatSync(join(dir, entry), { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * The entries of `dir` that thidua did not write, sorted; [] when `dir` does not exist.
 * Throws OutNotFolderError (worded in `lang`) when `dir` is there and is not a folder.
 */
export function foreignEntries(dir: string, lang: Lang, shown: string = dir): string[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat === undefined) return [];
  if (!stat.isDirectory()) throw new OutNotFolderError(fill(catalogue(lang).usage.outNotFolder, { name: '--out', dir: shown }));
  return readdirSync(dir)
    .filter((entry) => !isOwnEntry(dir, entry))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Removes a folder of a report set: its own entries, then the folder; anything else stays. */
function removeSetFolder(dir: string): void {
  try {
    for (const entry of readdirSync(dir)) if (isOwnEntry(dir, entry)) rmSync(join(dir, entry), { force: true });
    rmdirSync(dir);
  } catch {
    // Not there, or not only ours: left alone.
  }
}

/** The pid in a lock file; undefined when it cannot be read yet (being written) or is gone. */
function lockHolder(lock: string): number | undefined {
  try {
    const text = readFileSync(lock, 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Is the lock at `lock` left by a run that is gone (its pid dead, or never written and old)? */
function lockIsStale(lock: string): boolean {
  const pid = lockHolder(lock);
  if (pid !== undefined) return pid !== process.pid && !processAlive(pid);
  const stat = statSync(lock, { throwIfNoEntry: false });
  return stat !== undefined && stat.size === 0 && Date.now() - stat.mtimeMs > EMPTY_LOCK_STALE_MS;
}

/**
 * Removes a stale lock. Only one run at a time may do so (a guard file taken with `wx`,
 * held for a moment), and it looks again under the guard: a lock that a live run has just
 * taken is never removed.
 */
function takeOverStaleLock(lock: string): void {
  const guard = `${lock}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
    // A guard is held for microseconds: an old one was left by a run killed while holding it.
    const stat = statSync(guard, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > EMPTY_LOCK_STALE_MS) rmSync(guard, { force: true });
    return;
  }
  try {
    if (lockIsStale(lock)) rmSync(lock, { force: true });
  } finally {
    closeSync(fd);
    rmSync(guard, { force: true });
  }
}

/** Takes the lock `lock` for this process; returns its release. Throws OutLockedError after `waitMs`. */
function takeLock(lock: string, dir: string, waitMs: number): () => void {
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx', 0o644);
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => {
        if (lockHolder(lock) === process.pid) rmSync(lock, { force: true });
      };
    }
    if (lockIsStale(lock)) {
      takeOverStaleLock(lock);
      continue;
    }
    if (Date.now() >= deadline) throw new OutLockedError(dir, lockHolder(lock));
    sleepSync(50);
  }
}

/** A file's content: text (written as UTF-8) or bytes (a Word document), written as given. */
type FileContent = string | Uint8Array;

function flush(fd: number): void {
  try {
    fsyncSync(fd);
  } catch (err) {
    // Some file systems (network shares, FUSE) cannot flush a file, nor any a folder.
    const code = errorCode(err);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EISDIR' && code !== 'EBADF') throw err;
  }
}

function writeDurably(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx', 0o666);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    flush(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (the renames into it), where the system can. */
function flushFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    flush(fd);
  } finally {
    closeSync(fd);
  }
}

/** The hidden folders of the runs into `<parent>/<base>`: `.<base>.<pid>-<hex>.new|old`. */
function runFolderPattern(base: string): RegExp {
  return new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)-[0-9a-f]+\\.(new|old)$`);
}

/**
 * Tidies what runs now gone left beside `<parent>/<base>`: their `.new` folders are removed;
 * an `.old` folder is put back when the out folder is missing (the run was killed between
 * its two renames), else removed.
 */
function tidyDeadRuns(parent: string, base: string, ops: WriteOps): void {
  const pattern = runFolderPattern(base);
  const target = join(parent, base);
  for (const entry of readdirSync(parent).sort()) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    // Under the lock, a folder of this very process was left by an earlier call that failed.
    if (pid !== process.pid && processAlive(pid)) continue;
    if (m[2] === 'old' && statSync(target, { throwIfNoEntry: false }) === undefined) ops.rename(join(parent, entry), target);
    else removeSetFolder(join(parent, entry));
  }
}

/** Would `outDir` lie inside the data folder, through symbolic links too? */
export function isOutInsideData(outDir: string, dataDir: string): boolean {
  return isInside(dataDir, outDir) || isInside(realPath(dataDir), realPath(outDir));
}

/** Is `outDir` the working folder `cwd` (or a folder holding it), through symbolic links too? */
export function isOutAroundCwd(outDir: string, cwd: string): boolean {
  return isInside(outDir, cwd) || isInside(realPath(outDir), realPath(cwd));
}

/** The renames of the switch and the wait for a lock; replaceable in tests (a rename that fails, a short wait). */
export interface WriteOps {
  readonly rename: (from: string, to: string) => void;
  readonly lockWaitMs: number;
}

const REAL_OPS: WriteOps = { rename: renameSync, lockWaitMs: LOCK_WAIT_MS };

/**
 * Writes `files` as the whole content of `outDir` (see the top of this file); returns the
 * paths written. Throws a UsageError (worded in `lang`) for an `outDir` inside the data folder
 * or that is a file, ForeignFilesError, OutLockedError, or the system's error (nothing
 * replaced then).
 */
export function writeReportFiles(
  outDir: string,
  dataDir: string,
  files: ReadonlyMap<ReportFileName, FileContent>,
  lang: Lang,
  ops: WriteOps = REAL_OPS,
): string[] {
  if (isOutInsideData(outDir, dataDir)) throw new UsageError(fill(catalogue(lang).report.outInsideData, { dir: outDir }));
  // A link to a folder stays a link: the switch happens where it points.
  const target = realPath(outDir);
  const parent = dirname(target);
  const base = basename(target);
  makeDirs(parent);
  const release = takeLock(join(parent, `.${base}.lock`), outDir, ops.lockWaitMs);
  try {
    tidyDeadRuns(parent, base, ops);
    const foreign = foreignEntries(target, lang, outDir);
    if (foreign.length > 0) throw new ForeignFilesError(outDir, foreign);
    const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const fresh = join(parent, `.${base}.${tag}.new`);
    const old = join(parent, `.${base}.${tag}.old`);
    makeDirs(fresh);
    try {
      for (const [name, content] of files) writeDurably(join(fresh, name), content);
      flushFolder(fresh);
      const hadOld = statSync(target, { throwIfNoEntry: false }) !== undefined;
      if (hadOld) ops.rename(target, old);
      try {
        ops.rename(fresh, target);
      } catch (err) {
        // Put the old set back; should that fail too, the next run puts it back (tidyDeadRuns).
        if (hadOld) {
          try {
            ops.rename(old, target);
          } catch {
            // The first error is the one to report.
          }
        }
        throw err;
      }
      flushFolder(parent);
      if (hadOld) removeSetFolder(old);
    } finally {
      removeSetFolder(fresh);
    }
  } finally {
    release();
  }
  return [...files.keys()].map((name) => join(outDir, name));
}
