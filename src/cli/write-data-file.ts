/**
 * The one place thidua writes into the data folder (`import`, `new month`): a whole file at a
 * time, through a hidden temporary beside it (flushed to disk) and one rename, so that a run
 * killed at any moment leaves the old file or the new one, never half of one. A new file is
 * linked into place instead, which fails when one appeared meanwhile: nothing is overwritten.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeDirs } from '../load/folders.js';
import { tempName } from './write-files.js';

export type WriteMode = 'create' | 'replace';

/** Writes `text` to `path`; `create` fails (EEXIST) when the file exists. Throws the file system's error. */
export function writeDataFile(path: string, text: string, mode: WriteMode): void {
  const dir = dirname(path);
  makeDirs(dir);
  const tmp = join(dir, tempName(basename(path), `${process.pid}-${randomBytes(4).toString('hex')}`));
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode === 'create') linkSync(tmp, path);
    else renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
