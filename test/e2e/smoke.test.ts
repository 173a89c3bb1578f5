/**
 * The spawned smoke test: one run of the real binary (`node bin/thidua.js`) per command —
 * --version, --help, an unknown command, check, report, member, schema, init, upgrade, import,
 * new month — and
 * the same command line in-process through main() (test/support/run-main.ts), which every
 * other end-to-end test uses. Each row of the table checks, for the spawned run: the exit
 * code the shell sees, stdout and stderr, no stack trace; and that the in-process run gives
 * exactly the same code, stdout, stderr and written files. So the in-process tests stand for
 * the binary, and the shim (bin/thidua.js: argv, cwd, env, streams, exit code) is tested.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from './sample-unit.js';
import { ROOT, runMain, spawnThidua, STACK_TRACE, testEnv, type CliCase } from '../support/run-main.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'thidua-smoke-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const basic = 'test/fixtures/units/basic';
const feb30 = 'test/fixtures/errors/bad-date/february-30';

/** A row: the command, what the user must see, and (for commands that write) the folder it writes, relative to its cwd. */
type SmokeCase = CliCase & { readonly writes?: string; readonly before?: string[]; readonly json?: boolean };

const CASES: readonly SmokeCase[] = [
  { name: '--version', argv: ['--version'], code: 0, stdout: `${VERSION}\n`, stderr: '' },
  {
    name: '--help',
    argv: ['--help'],
    code: 0,
    stdout: [
      'Cách dùng: thidua [tuỳ chọn] [lệnh]',
      'check [tuỳ chọn]',
      'report [tuỳ chọn]',
      'member [tuỳ chọn] <id>',
      'schema [tuỳ chọn]',
      'init [tuỳ chọn] [dir]',
      'upgrade [tuỳ chọn] [dir]',
      'import [tuỳ chọn] <kind> <file>',
      'new ',
    ],
    stderr: '',
  },
  { name: 'an unknown command is bad usage', argv: ['nonsense'], code: 2, stdout: '', stderr: ['lỗi: không có lệnh “nonsense”'] },
  { name: 'bad usage of report', argv: ['report', '--data', basic, '--year', '24'], code: 2, stdout: '' },
  {
    name: 'check: a located error, exit 1 (the error catalogue, byte for byte)',
    argv: ['check', '--data', feb30],
    code: 1,
    stdout: '',
    stderr: `${feb30}/activities/2024.yaml:2:9: error: ngày “2024-02-30” không hợp lệ; viết theo dạng YYYY-MM-DD và là ngày có thật [bad-date]\n1 lỗi, 0 cảnh báo\n`,
  },
  { name: 'check: valid data, exit 0', argv: ['check', '--data', 'test/fixtures/units/roster', '--lang', 'en'], code: 0, stdout: /^Data is valid: / },
  { name: 'report --stdout', argv: ['report', '--data', basic, '--month', '2024-03', '--format', 'json', '--stdout'], code: 0, stdout: ['"population": 5'], json: true },
  { name: 'report --out writes every format', argv: ['report', '--data', join(ROOT, basic), '--year', '2024', '--out', 'out'], code: 0, stdout: ['out/report.md', 'out/report.docx'], writes: 'out' },
  { name: 'member', argv: ['member', 'binh', '--year', '2024', '--data', basic], code: 0, stdout: ['Trần Thị Bình (binh) — Khoa A\n', 'Danh hiệu đề nghị: Lao động tiên tiến'], stderr: ['warning:', '[coverage]', '[rest]'] },
  { name: 'member: an unknown id', argv: ['member', 'bihn', '--year', '2024', '--data', basic], code: 2, stdout: '', stderr: ['bihn', 'binh'] },
  { name: 'schema', argv: ['schema', '--out', 'schema'], code: 0, stderr: '', writes: 'schema' },
  { name: 'init', argv: ['init', 'unit', '--no-git'], code: 0, stdout: [`kèm thidua ${VERSION}`], stderr: '', writes: 'unit' },
  {
    name: 'import: a bad sheet, located, nothing written',
    argv: ['import', 'members', 'test/fixtures/import-errors/bad-date/not-a-date/members.csv', '--data', 'test/fixtures/import-errors/unit'],
    code: 1,
    stdout: '',
    stderr: ['members.csv:2:D: error:', '[bad-date]'],
  },
  // new month in a repository made by `init` just before.
  { name: 'new month', argv: ['new', 'month', '2025-05', '--data', 'unit/data'], code: 0, stdout: ['shifts/2025/2025-05.yaml'], stderr: '', writes: 'unit', before: ['init', 'unit', '--no-git'] },
  // upgrade of a repository made by `init` just before, in the same folder: nothing to change.
  { name: 'upgrade', argv: ['upgrade', 'unit', '--lang', 'en'], code: 0, stdout: [`Already this version: thidua ${VERSION}`], stderr: '', writes: 'unit', before: ['init', 'unit', '--no-git'] },
];

function expectText(actual: string, expected: string | RegExp | readonly string[] | undefined, what: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual, what).toBe(expected);
  else if (expected instanceof RegExp) expect(actual, what).toMatch(expected);
  else for (const part of expected) expect(actual, what).toContain(part);
}

/** The same explicit environment for both runs (no colour, the test cache, PATH for git). */
const env = testEnv();

describe('the binary, once per command, and the same run in-process', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const slug = c.name.replace(/\W+/g, '-');
    const spawnedCwd = c.writes ? join(tmp, `spawned-${slug}`) : ROOT;
    const inProcessCwd = c.writes ? join(tmp, `in-process-${slug}`) : ROOT;
    for (const dir of new Set([spawnedCwd, inProcessCwd])) if (dir !== ROOT) mkdirSync(dir, { recursive: true });
    if (c.before) {
      // The set-up is not under test: in-process in both folders.
      for (const dir of [spawnedCwd, inProcessCwd]) expect((await runMain(c.before, { cwd: dir, env })).code).toBe(0);
    }
    const [spawned, inProcess] = await Promise.all([spawnThidua(c.argv, { cwd: spawnedCwd, env }), runMain(c.argv, { cwd: inProcessCwd, env })]);
    // What a user of the binary sees.
    expect(spawned.signal).toBeNull();
    expect(spawned.code, spawned.stderr).toBe(c.code);
    expect(spawned.stderr).not.toMatch(STACK_TRACE);
    expect(spawned.stdout).not.toMatch(STACK_TRACE);
    expectText(spawned.stdout, c.stdout, 'stdout');
    expectText(spawned.stderr, c.stderr, 'stderr');
    if (c.json) expect(() => JSON.parse(spawned.stdout)).not.toThrow();
    // The in-process run is the same run.
    expect(inProcess).toEqual({ code: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr });
    if (c.writes) {
      const a = fingerprint(join(spawnedCwd, c.writes));
      expect(Object.keys(a).length).toBeGreaterThan(0);
      expect(fingerprint(join(inProcessCwd, c.writes))).toEqual(a);
    }
  }, 120_000);
});
