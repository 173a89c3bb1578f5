/**
 * The process edge, shared by bin/thidua.js and the self-contained build: main() on the real
 * process, its arguments and its standard streams. What can go wrong at this edge is handled
 * here once, for every command:
 * - a reader that went away (EPIPE: `thidua … | head -1`) ends the output quietly: no message,
 *   and the command still finishes (a report's files are still written) with its own exit code;
 * - any other failed write to stdout or stderr (ENOSPC: `> /dev/full`) is said in one line on
 *   stderr (when stderr itself can still be written) and turns a success into exit 1.
 * Never a stack trace.
 */
import { setFlagsFromString } from 'node:v8';
import { catalogue, fill } from '../i18n/index.js';
import { main, pickLang } from './main.js';

/**
 * The heap may grow to twice what the last full collection left, not more (issue #15: a
 * million records in 1.5 GB). V8 otherwise lets a fast-allocating heap grow up to fourfold
 * between collections: a cold report of a million records peaked at 1.6–1.9 GB, and at
 * 1.3 GB with this, in the same time; a small unit sees no difference. Unlike the heap's size
 * limit, this factor is read at every collection, so it can be set here, after start. A
 * `--heap-growing-percent` of the user's own (`node --heap-growing-percent=N …`) is kept.
 */
function limitHeapGrowth(): void {
  if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) setFlagsFromString('--heap-growing-percent=100');
}

/** Errors of a stream whose reader is gone: the output just ends. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

export function runProcess(): void {
  limitHeapGrowth();
  const argv = process.argv.slice(2);
  const words = catalogue(pickLang(argv, process.env)).cli;
  let outputFailed = false;
  const onError = (stream: 'stdout' | 'stderr') => (err: NodeJS.ErrnoException) => {
    if (READER_GONE.has(err.code ?? '') || outputFailed) return;
    outputFailed = true;
    if (stream === 'stdout') process.stderr.write(`thidua: ${fill(words.streamFailed, { stream, detail: err.code ?? err.message })}\n`);
    // main may have returned already: its success becomes a failure.
    if (!process.exitCode) process.exitCode = 1;
  };
  process.stdout.on('error', onError('stdout'));
  process.stderr.on('error', onError('stderr'));
  main({ argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = outputFailed && code === 0 ? 1 : code;
    },
    (err: unknown) => {
      process.stderr.write(`thidua: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
