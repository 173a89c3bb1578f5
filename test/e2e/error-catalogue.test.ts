/**
 * The error catalogue: one tiny data folder per cause under test/fixtures/errors/<code>/<cause>/,
 * each with an expected.txt holding the commands to run from the repository root, the exact
 * stderr lines they print and their exit status (see test/fixtures/errors/README.md). This
 * test runs every block in-process through main() of the built CLI from the repository root
 * and compares byte for byte (the spawned binary is test/e2e/smoke.test.ts, on the first
 * block of one folder), and checks that every issue code of src/model/types.ts has at least
 * one folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirsIn, readBlocks } from '../support/catalogue.js';
import { ROOT as root, runMain, testEnv } from '../support/run-main.js';

const catalogue = join(root, 'test/fixtures/errors');

/** The codes of the IssueCode union, read from the source so that a new code needs a fixture. */
function issueCodes(): string[] {
  const source = readFileSync(join(root, 'src/model/types.ts'), 'utf8');
  const union = /export type IssueCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

/**
 * The codes of ReportWarningCode: what `report` says about its window (a period with no record
 * at all), never printed by `check`. The blocks here run `check`, so these codes have no folder;
 * test/e2e/report-basic.test.ts checks their exact lines instead.
 */
function reportWarningCodes(): string[] {
  const source = readFileSync(join(root, 'src/model/types.ts'), 'utf8');
  const union = /export type ReportWarningCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

const WARNING_CODES = new Set(['duplicate-record', 'rest', 'night-limit', 'coverage', 'ignored-file', 'narrative-section']);


const cases = dirsIn(catalogue).flatMap((code) => dirsIn(join(catalogue, code)).map((cause) => ({ code, cause, dir: join(catalogue, code, cause) })));

/** A block's command from the repository root, with NO_COLOR=1 and no THIDUA_LANG (the README of the catalogue). */
async function runInProcess(argv: readonly string[]): Promise<{ exit: number | null; stdout: string; stderr: string }> {
  const r = await runMain(argv, { cwd: root, env: testEnv({ THIDUA_LANG: '' }) });
  return { exit: r.code, stdout: r.stdout, stderr: r.stderr };
}

describe('the catalogue covers every issue code', () => {
  it('has a folder per code of IssueCode, and no folder for an unknown code', () => {
    const codes = issueCodes();
    // The 15 codes of SPEC §4, the 2 of §6 (duplicate-rating, leave-overlap), the loader's
    // file-read, missing-file and ignored-file, and narrative-section (SPEC §8).
    expect(codes).toHaveLength(21);
    expect(dirsIn(catalogue)).toEqual([...codes].sort());
  });

  it('report-only codes are no issue code of check, and have no folder here', () => {
    const reportCodes = reportWarningCodes();
    expect(reportCodes).toEqual(['empty-period']);
    for (const code of reportCodes) {
      expect(issueCodes()).not.toContain(code);
      expect(dirsIn(catalogue)).not.toContain(code);
      expect(readFileSync(join(root, 'test/e2e/report-basic.test.ts'), 'utf8')).toContain(`[${code}]`);
    }
  });

  it('codes with several causes have several fixtures', () => {
    for (const code of ['yaml-syntax', 'schema', 'bad-date', 'date-order', 'unknown-member', 'member-inactive', 'file-read', 'missing-file', 'ignored-file']) {
      expect(dirsIn(join(catalogue, code)).length, code).toBeGreaterThan(1);
    }
  });
});

describe.each(cases)('$code/$cause', ({ code, cause, dir }) => {
  const expectedFile = join(dir, 'expected.txt');
  it('has an expected.txt', () => {
    expect(existsSync(expectedFile)).toBe(true);
  });
  const blocks = existsSync(expectedFile) ? readBlocks(expectedFile) : [];

  it('first block is the plain check of this very folder and reports its code with its severity', () => {
    const first = blocks[0]!;
    const data = first.args[first.args.indexOf('--data') + 1];
    expect(data === `test/fixtures/errors/${code}/${cause}` || data?.startsWith(`test/fixtures/errors/${code}/${cause}/`)).toBe(true);
    const severity = WARNING_CODES.has(code) ? 'warning' : 'error';
    const lines = first.stderr.filter((l) => l.endsWith(`[${code}]`));
    expect(lines.length).toBeGreaterThan(0);
    // file:line:col: severity: message [code], the file inside the fixture folder
    for (const l of lines) expect(l).toMatch(new RegExp(`^test/fixtures/errors/${code}/${cause}(/[^:]+)?:\\d+:\\d+: ${severity}: .+ \\[${code}\\]$`));
    // Errors exit 1; a folder with warnings only exits 0, and 1 with --strict.
    expect(first.exit).toBe(severity === 'error' ? 1 : 0);
    if (severity === 'warning') expect(blocks.find((b) => b.args.includes('--strict'))?.exit).toBe(1);
  });

  // Every block in-process through main(): the same code as the binary without a process start
  // (test/e2e/smoke.test.ts spawns the binary on a block of this catalogue and compares).
  it.each(blocks.map((b) => ({ ...b, name: b.args.join(' ') })))('$name', async (block) => {
    const r = await runInProcess(block.args);
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal|internal error/);
    expect(r.stderr === '' ? [] : r.stderr.replace(/\n$/, '').split('\n')).toEqual(block.stderr);
    expect(r.exit).toBe(block.exit);
    // A failing check prints nothing on stdout; a passing one says how much it read.
    if (block.exit === 1) expect(r.stdout).toBe('');
    else expect(r.stdout).toMatch(/^(Dữ liệu hợp lệ|Data is valid): /);
  }, 30_000);
});

describe('--format json', () => {
  it('prints the same problems as a list of {file, line, column, severity, code, message}', async () => {
    const r = await runInProcess(['check', '--data', 'test/fixtures/errors/bad-date/february-30', '--format', 'json']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe('');
    // activities/2024.yaml line 2 is `  date: 2024-02-30`: the value starts in column 9.
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'test/fixtures/errors/bad-date/february-30/activities/2024.yaml',
        line: 2,
        column: 9,
        severity: 'error',
        code: 'bad-date',
        message: 'ngày “2024-02-30” không hợp lệ; viết theo dạng YYYY-MM-DD và là ngày có thật',
      },
    ]);
  });

  it('lists warnings too, in English with --lang en, and exits 0 unless --strict', async () => {
    const args = ['check', '--data', 'test/fixtures/errors/night-limit/eleven-nights', '--format', 'json', '--lang', 'en'];
    const r = await runInProcess(args);
    expect(r.exit).toBe(0);
    // Nights on March 1, 3, …, 21: the 11th (line 11) is one more than max_nights_per_month 10.
    // Its members item `[tran-thi-binh]` starts in column 64 of that line.
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'test/fixtures/errors/night-limit/eleven-nights/shifts/2024-03.yaml',
        line: 11,
        column: 64,
        severity: 'warning',
        code: 'night-limit',
        message: '“tran-thi-binh” has 11 night shifts in 2024-03 (at most 10)',
      },
    ]);
    expect((await runInProcess([...args, '--strict'])).exit).toBe(1);
  });
});
