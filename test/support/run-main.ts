/**
 * The one way end-to-end tests run thidua: in-process through the injectable
 * `main({ argv, cwd, env, stdout, stderr })` of the built CLI (dist/cli/main.js, what
 * bin/thidua.js calls), with the working folder and the environment always given explicitly
 * — never process.cwd() or process.env. A run gives what a user sees of a spawned one: the
 * exit code, stdout and stderr (written files are read back by the caller).
 *
 * `spawnThidua` starts the real binary; it is kept for what only a separate process shows
 * (test/e2e/smoke.test.ts: the shim, exit codes and streams of a real process; kills, pipes,
 * git hooks, the self-contained build, other TZ/LANG of the process).
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MainParams } from '../../src/cli/context.js';
// The built CLI: `npm test` compiles src/ to dist/ before vitest runs.
// @ts-expect-error dist/ has no declarations (tsconfig: declaration false).
import { main as builtMain } from '../../dist/cli/main.js';

const main = builtMain as (params: MainParams) => Promise<number>;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/thidua.js');
/** The record cache of the runs under test: a temporary folder, never ~/.cache (as vitest.config.ts). */
export const TEST_CACHE_DIR = join(tmpdir(), 'thidua-test-cache');
/** A stack trace or an internal error in the output: never shown to a user. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+|node:internal|internal error/;

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The environment of a test run, built explicitly: no colour, the test cache, git found on
 * the PATH (the data provenance footer asks git), plus `extra`. Nothing else is inherited.
 */
export function testEnv(extra: Env = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1', THIDUA_CACHE_DIR: TEST_CACHE_DIR };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface RunOptions {
  /** The working folder of the run; the repository root by default. */
  readonly cwd?: string;
  /** The whole environment of the run (see testEnv); testEnv() by default. */
  readonly env?: Env;
  /** An injected "today" (YYYY-MM-DD, Vietnam), as MainParams.today. */
  readonly today?: string;
}

/** Runs `thidua ...argv` in-process. */
export async function runMain(argv: readonly string[], options: RunOptions = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: [...argv],
    cwd: options.cwd ?? ROOT,
    env: options.env ?? testEnv(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(options.today === undefined ? {} : { today: options.today }),
  });
  return { code, stdout, stderr };
}

export interface Spawned {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <program> ...argv` as a separate process (bin/thidua.js by default), asynchronously. */
export function spawnThidua(argv: readonly string[], options: RunOptions & { program?: string } = {}): Promise<Spawned> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [options.program ?? BIN, ...argv],
      { cwd: options.cwd ?? ROOT, env: { ...(options.env ?? testEnv()) }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: unknown; signal?: NodeJS.Signals | null }) | null;
        const code = e ? (typeof e.code === 'number' ? e.code : null) : 0;
        done({ code, signal: e?.signal ?? null, stdout, stderr });
      },
    );
  });
}

/**
 * One row of a case table (markdownlint-cli2's style): a command line and what it must give.
 * `stdout`/`stderr` are the exact text, or a pattern, or a list of parts it must contain.
 */
export interface CliCase {
  readonly name: string;
  readonly argv: readonly string[];
  readonly cwd?: string;
  readonly env?: Env;
  readonly code: number;
  readonly stdout?: string | RegExp | readonly string[];
  readonly stderr?: string | RegExp | readonly string[];
}

/**
 * Runs `fn` with the process's time zone set to `zone` (Node applies a change of
 * process.env.TZ at once, to Date and to Intl's default zone), then puts it back. The locale
 * (LANG, LC_ALL) cannot change in a running process: a run under another locale is spawned.
 */
export async function inZone<T>(zone: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}
