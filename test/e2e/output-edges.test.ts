/**
 * The edges of the outputs (issue #16, part C): paths that are empty, under /proc or onto a
 * file; a THIDUA_TODAY out of range; standard output to a pipe whose reader is gone or to a
 * full device. Each ends promptly with a plain line and its exit code, never a stack trace
 * or "internal error". In-process through main(), except the pipes and /dev/full, which only
 * a real process has.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain, STACK_TRACE, testEnv, type Ran } from '../support/run-main.js';
import { BIN, copyData } from './sample-unit.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-edges-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  copyData(join(tmp, 'data'));
  writeFileSync(join(tmp, 'a-file'), 'x');
});

const REPORT = ['report', '--data', 'data', '--month', '2024-03', '--format', 'md'];
const run = (argv: readonly string[], env: Record<string, string> = {}): Promise<Ran> => runMain(argv, { cwd: tmp, env: testEnv(env) });

/** The last line of stderr: the one a failure says (the data's warnings come before it). */
const lastLine = (r: Ran) => r.stderr.trimEnd().split('\n').at(-1);

describe('an empty path (an unset shell variable) is bad usage, never the current folder', () => {
  const cases = [
    { argv: [...REPORT, '--out', ''], name: '--out' },
    { argv: ['report', '--data', '', '--month', '2024-03', '--stdout', '--format', 'md'], name: '--data' },
    { argv: ['check', '--data='], name: '--data' },
    { argv: ['member', 'x', '--year', '2024', '--data', ''], name: '--data' },
    { argv: ['schema', '--out', ''], name: '--out' },
    { argv: ['init', ''], name: 'DIR' },
    { argv: ['upgrade', ''], name: 'DIR' },
  ];
  for (const c of cases) {
    it(c.argv.join(' '), async () => {
      const before = readdirSync(tmp).sort();
      const [vi, en] = await Promise.all([run(c.argv), run([...c.argv, '--lang', 'en'])]);
      expect(vi.code).toBe(2);
      expect(vi.stderr).toBe(`thidua: ${c.name} trống (một biến chưa đặt giá trị?): hãy ghi rõ đường dẫn, “.” là thư mục hiện tại\n`);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`thidua: ${c.name} is empty (an unset variable?): give the path, “.” for the current folder\n`);
      expect(vi.stdout + en.stdout).toBe('');
      expect(readdirSync(tmp).sort()).toEqual(before);
    });
  }
});

describe('an output path under /proc: a plain line, exit 1, at once (no recursive mkdir that never returns)', () => {
  const cases = [
    { argv: [...REPORT, '--out', '/proc/x/y'], line: 'thidua: không ghi được báo cáo vào /proc/x/y (ENOENT)' },
    { argv: [...REPORT, '--out', '/proc/self/x/y'], line: 'thidua: không ghi được báo cáo vào /proc/self/x/y (ENOENT)' },
    { argv: ['schema', '--out', '/proc/x/y'], line: 'thidua: không ghi được /proc/x/y (ENOENT)' },
    { argv: ['schema', '--out', '/proc/self/x/y'], line: 'thidua: không ghi được /proc/self/x/y (ENOENT)' },
    { argv: ['init', '/proc/x/y', '--no-git'], line: 'thidua: không ghi được /proc/x/y (ENOENT); chưa có tệp nào được ghi' },
  ];
  for (const c of cases) {
    it.skipIf(!existsSync('/proc/self'))(c.argv.join(' '), async () => {
      const start = Date.now();
      const r = await run(c.argv);
      expect(r.code, r.stderr).toBe(1);
      expect(lastLine(r)).toBe(c.line);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(Date.now() - start).toBeLessThan(20_000);
    }, 30_000);
  }
});

describe('an output folder that is a file', () => {
  it('schema --out FILE and report --out FILE: bad usage naming the path (exit 2), the file untouched', async () => {
    for (const argv of [['schema', '--out', 'a-file'], [...REPORT, '--out', 'a-file']]) {
      const [vi, en] = await Promise.all([run(argv), run([...argv, '--lang', 'en'])]);
      expect(vi.code, argv.join(' ')).toBe(2);
      expect(vi.stderr).toBe('thidua: --out a-file đã có và không phải là thư mục\n');
      expect(en.code).toBe(2);
      expect(en.stderr).toBe('thidua: --out a-file exists and is not a folder\n');
    }
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(tmp, 'a-file'), 'utf8')).toBe('x');
  });

  it('schema --out FOLDER whose schema file is a folder: a plain line, exit 1', async () => {
    mkdirSync(join(tmp, 'schema-blocked', 'unit.schema.json'), { recursive: true });
    const r = await run(['schema', '--out', 'schema-blocked']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('thidua: không ghi được schema-blocked/unit.schema.json (EISDIR)\n');
  });

  it('init FILE: the located refusal it always had (init-not-dir, exit 1)', async () => {
    const r = await run(['init', 'a-file', '--no-git']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a-file: error: đã có và không phải là thư mục \[init-not-dir\]\n/);
  });
});

describe('THIDUA_TODAY out of range with --month previous: bad usage naming it (exit 2)', () => {
  for (const today of ['0000-01-15', '1900-01-31', '3000-01-01', '2024-02-30']) {
    it(today, async () => {
      const r = await run(['report', '--data', 'data', '--month', 'previous', '--stdout', '--format', 'md', '--lang', 'en'], { THIDUA_TODAY: today });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`thidua: THIDUA_TODAY (today) must be a date YYYY-MM-DD from 1900-02-01 to 2999-12-31: ${today}\n`);
      const m = await run(['member', 'x', '--data', 'data', '--month', 'previous'], { THIDUA_TODAY: today });
      expect(m.code).toBe(2);
      expect(m.stderr).toContain('thidua: THIDUA_TODAY (ngày hôm nay) phải là một ngày YYYY-MM-DD');
    });
  }
});

/** Spawns the binary with its stdout given; resolves with the exit code and stderr. */
function spawnWith(argv: readonly string[], stdout: 'pipe' | number, onStdout?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: tmp, env: testEnv(), stdio: ['ignore', stdout, 'pipe'] });
    onStdout?.(child);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('standard output whose reader is gone (real pipes): quiet, the command\'s own exit code', () => {
  const YEAR = ['report', '--data', 'data', '--year', '2024', '--stdout', '--format', 'md'];
  it('report --stdout | (a reader that closed before the first byte): exit 0, no message, no stack', async () => {
    // The reading end is closed before the child even starts: its write surely meets EPIPE.
    const r = await spawnWith(YEAR, 'pipe', (child) => child.stdout!.destroy());
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/EPIPE|thidua:/);
  }, 60_000);

  it('report --stdout | head -1 (the reader closes after the first chunk): exit 0, no stack', async () => {
    const r = await spawnWith(YEAR, 'pipe', (child) => child.stdout!.once('data', () => child.stdout!.destroy()));
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/EPIPE|thidua:/);
  }, 60_000);

  it('check on data with errors, to a closed pipe: still exit 1 (the data\'s answer), no stack', async () => {
    mkdirSync(join(tmp, 'bad'), { recursive: true });
    const r = await spawnWith(['check', '--data', 'bad', '--format', 'json'], 'pipe', (child) => child.stdout!.destroy());
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  }, 60_000);
});

describe.skipIf(!existsSync('/dev/full'))('standard output to a full device (/dev/full, Linux): one plain line, exit 1', () => {
  it('check --format json > /dev/full', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const [vi, en] = await Promise.all([spawnWith(['check', '--data', 'data', '--format', 'json'], full), spawnWith(['check', '--data', 'data', '--format', 'json', '--lang', 'en'], full)]);
      expect(vi.code).toBe(1);
      expect(vi.stderr).toBe('thidua: không ghi được ra stdout (ENOSPC)\n');
      expect(en.code).toBe(1);
      expect(en.stderr).toBe('thidua: could not write to stdout (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  }, 60_000);

  it('report --stdout > /dev/full: the warnings, then the one line; no stack', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await spawnWith(['report', '--data', 'data', '--year', '2024', '--stdout', '--format', 'md'], full);
      expect(r.code).toBe(1);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('thidua: không ghi được ra stdout (ENOSPC)');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    } finally {
      closeSync(full);
    }
  }, 60_000);
});
