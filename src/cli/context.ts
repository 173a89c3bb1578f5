/** What a command gets from the outside world: argv, cwd, env and the output streams. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { printablePath } from '../load/file-names.js';
import type { Lang } from '../i18n/index.js';

interface Writable {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface MainParams {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Today's date `YYYY-MM-DD` in Vietnam; injected so that `--month previous` is testable. */
  readonly today?: string;
}

export interface Context extends MainParams {
  readonly lang: Lang;
}

/** A path as shown to the user: relative to the working folder when inside it, `/`-separated. */
export function displayPath(cwd: string, path: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  // One line whatever the name: a line break or bytes that are not UTF-8 are written as escapes.
  return printablePath(shown.split(sep).join('/'));
}

/** Expected failures: turned into an exit code and a message in one place (main). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
