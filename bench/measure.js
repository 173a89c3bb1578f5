/**
 * Runs one command and measures it: wall time (from this process), user+system CPU time
 * and peak resident memory of the child. Peak memory comes from `/usr/bin/time` when it
 * exists; otherwise, for node commands, from a preloaded hook that writes
 * `process.resourceUsage().maxRSS` at exit; otherwise it is unknown. The child's standard
 * output is captured in memory, or written straight to a file (`stdoutFile`: the child
 * writes to the file itself, as with `> FILE` in a shell, so capturing costs it nothing more).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const HOOK = fileURLToPath(new URL('./rss-hook.js', import.meta.url));

/** `true` when `cmd` can be run (found on PATH). */
export function haveCommand(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

const useGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/**
 * Runs `argv` (argv[0] is the program; `node` means the node binary `node`, by default this
 * one) in `cwd` with `env` added; returns { ok, code, wall, cpu, rssMB, stderr, stdout }
 * (`stdout` is '' when it went to `stdoutFile`). Times are in seconds.
 */
export function measure(argv, { cwd, env = {}, timeoutMs = 300_000, tmpDir, node = process.execPath, stdoutFile }) {
  const isNode = argv[0] === 'node';
  const program = isNode ? node : argv[0];
  const rest = argv.slice(1);
  const timeFile = join(tmpDir, `time-${process.pid}.txt`);
  const rssFile = join(tmpDir, `rss-${process.pid}.txt`);
  rmSync(timeFile, { force: true });
  rmSync(rssFile, { force: true });
  let cmd = program;
  let args = rest;
  const childEnv = { ...process.env, ...env };
  if (useGnuTime) {
    cmd = GNU_TIME;
    args = ['-f', '%e %U %S %M', '-o', timeFile, program, ...rest];
  } else if (isNode) {
    args = ['--import', HOOK, ...rest];
    childEnv.BENCH_RSS_FILE = rssFile;
  }
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: childEnv, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', out, 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (typeof out === 'number') closeSync(out);
  let cpu;
  let rssMB;
  if (useGnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [, user, sys, maxKB] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user + sys;
    if (Number.isFinite(maxKB)) rssMB = maxKB / 1024;
  } else if (existsSync(rssFile)) {
    rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  }
  const timedOut = r.error !== undefined && /ETIMEDOUT/.test(String(r.error.code ?? r.error));
  return { ok: r.status === 0, code: timedOut ? 'timeout' : r.status ?? r.signal, wall, cpu, rssMB, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

export const memorySource = useGnuTime ? '/usr/bin/time (max RSS)' : 'process.resourceUsage().maxRSS hook (node commands only)';
