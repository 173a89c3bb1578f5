/**
 * `thidua report` on the hand-made unit in test/fixtures/units/basic, in-process through
 * main() of the built CLI from the repository root (test/support/run-main.ts). Every expected
 * figure below was worked out by hand from the fixture's YAML.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/render/render-json.js';
import { ROOT as root, runMain, spawnThidua, testEnv, type Ran } from '../support/run-main.js';

const fixture = join(root, 'test/fixtures/units/basic');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return runMain(args, { cwd: root, env: testEnv(env) });
}

async function summary(args: string[], env: Record<string, string> = {}) {
  const r = await run(['report', '--data', fixture, '--format', 'json', '--stdout', ...args], env);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('year 2024 on the basic unit', () => {
  let s: Summary;
  beforeAll(async () => {
    s = await summary(['--year', '2024']);
  });

  it('period, population and criteria', () => {
    expect(s.unit).toEqual({ name: 'Chi đoàn Thử nghiệm' });
    expect(s.period).toEqual({ kind: 'year', from: '2024-01-01', to: '2024-12-31', evalFrom: '2024-01-01', asOf: '2024-12-31' });
    // cuong left on 2024-09-30: the population on 31 December is an, binh, dung, em.
    expect(s.population).toBe(4);
    // community: an 2, binh 2 (required 2 of 306 days), dung 1, em 1. work: dung has 3 violations > 2.
    expect(s.criteria).toEqual({ community: { met: 2 }, work: { met: 3 }, self: { met: 4 } });
    expect(s.allMet).toBe(2);
    expect(Object.keys(s)).toEqual(['unit', 'period', 'population', 'criteria', 'allMet', 'innovation', 'departments', 'members', 'shifts', 'phases', 'commendation', 'allowance']);
    // no allowance block in this unit's rules.yaml (SPEC §7)
    expect(s.allowance).toBeNull();
  });

  it('innovation: an and dung author the one counting initiative; em is recognized but not in 01M', () => {
    expect(s.innovation).toEqual({ authors: 2, rate: 0.5, target: 0.2, met: true, gap: 0, initiatives: 1, recognizedNot01m: 1, pending: 0 });
    expect(s.departments).toEqual([
      { id: 'a', population: 2, allMet: 2, innovationAuthors: 1, innovationRate: 0.5 },
      { id: 'b', population: 2, allMet: 0, innovationAuthors: 1, innovationRate: 0.5 },
    ]);
  });

  it('members: the population only, by id, with pro-rated requirements', () => {
    expect(s.members.map((m: { id: string }) => m.id)).toEqual(['an', 'binh', 'dung', 'em']);
    const binh = s.members[1];
    expect(binh).toEqual({
      id: 'binh',
      department: 'a',
      activeDays: 306,
      leaveDays: 0,
      leaveWorkingDays: 0,
      criteria: {
        community: { count: 2, hours: 7, requiredCount: 2, requiredHours: 0, met: true },
        work: { count: 0, hours: 0, requiredCount: 0, requiredHours: 0, met: true, violations: 0 },
        self: { count: 3, hours: 0, requiredCount: 3, requiredHours: 0, met: true },
      },
      allMet: true,
      violations: 0,
      formalViolations: 0,
      initiativeAuthor: false,
      rating: null,
      shifts: { total: 1, hours: 14, night: 1, weekend: 1, holiday: 0 },
      commendation: 'advancedWorker',
    });
    const dung = s.members[2];
    expect(dung.criteria.work).toEqual({ count: 1, hours: 0, requiredCount: 0, requiredHours: 0, met: false, violations: 3 });
    expect(dung.shifts).toEqual({ total: 1, hours: 10, night: 0, weekend: 0, holiday: 1 });
    expect(s.members[0].shifts).toEqual({ total: 2, hours: 24, night: 1, weekend: 2, holiday: 0 });
  });

  it('shifts: coverage gaps, the 0-hour rest, fairness', () => {
    expect(s.shifts.total).toBe(3);
    expect(s.shifts.coverageGaps).toEqual([
      { date: '2024-03-01', department: 'a', type: 'night', have: 0, need: 2 },
      { date: '2024-03-03', department: 'a', type: 'night', have: 0, need: 2 },
    ]);
    expect(s.shifts.restViolations).toEqual([{ member: 'an', first: '2024-03-02', second: '2024-03-03', restHours: 0 }]);
    expect(s.shifts.nightLimit).toEqual([]);
    expect(s.shifts.fairness).toEqual([
      { department: 'a', measure: 'night', min: 1, max: 1, mean: 1, stdev: 0 },
      { department: 'a', measure: 'weekend', min: 1, max: 2, mean: 1.5, stdev: 0.5 },
      { department: 'a', measure: 'holiday', min: 0, max: 0, mean: 0, stdev: 0 },
      { department: 'b', measure: 'night', min: 0, max: 0, mean: 0, stdev: 0 },
      { department: 'b', measure: 'weekend', min: 0, max: 0, mean: 0, stdev: 0 },
      { department: 'b', measure: 'holiday', min: 1, max: 1, mean: 1, stdev: 0 },
    ]);
  });

  it('phases: each its own window', () => {
    // Đợt 1: an, binh, cuong, em meet the pro-rated requirements; dung has 3 violations.
    // Đợt 2: nobody has a community activity, so nobody meets everything.
    expect(s.phases).toEqual([
      { name: 'Đợt 1', from: '2024-01-01', to: '2024-06-30', allMet: 4, innovationAuthors: 2 },
      { name: 'Đợt 2', from: '2024-07-01', to: '2024-12-31', allMet: 0, innovationAuthors: 0 },
    ]);
  });

  it('commendation: two advanced workers, a quota of 0, an beyond it', () => {
    // binh joined 2024-03-01: + 10 months = 2025-01-01 <= 2024-12-31 + 1 day. quota = floor(0.15 * 2) = 0.
    // No ratings/ file: the rating condition waits (provisional). No emulation fighter: no excellent collective.
    expect(s.commendation).toEqual({
      advancedWorkers: 2,
      quota: 0,
      emulationFighters: [],
      beyondQuota: ['an'],
      advancedCollective: { unit: false, departments: ['a'] },
      excellentCollective: { unit: false, departments: [] },
      provisional: true,
    });
  });
});

describe('other windows', () => {
  it('a month lists March and evaluates the year to date', async () => {
    const s = await summary(['--month', '2024-03']);
    expect(s.period).toEqual({ kind: 'month', from: '2024-03-01', to: '2024-03-31', evalFrom: '2024-01-01', asOf: '2024-03-31' });
    expect(s.population).toBe(5);
    expect(s.allMet).toBe(5);
    // ceil(0.2 * 5) = 1 person still needed; nothing is recognized by 31 March.
    expect(s.innovation).toMatchObject({ authors: 0, met: false, gap: 1, initiatives: 0, pending: 0 });
    expect(s.phases).toEqual([]);
    expect(s.commendation).toBeNull();
    expect(s.members.every((m: { commendation: unknown }) => m.commendation === null)).toBe(true);
  });

  it('--month previous follows the injected day in Vietnam', async () => {
    const s = await summary(['--month', 'previous'], { THIDUA_TODAY: '2024-04-01' });
    expect(s.period.from).toBe('2024-03-01');
  });

  it('--as-of cuts the year', async () => {
    const s = await summary(['--year', '2024', '--as-of', '2024-06-30']);
    expect(s.period.asOf).toBe('2024-06-30');
    expect(s.population).toBe(5);
    expect(s.phases[1]).toEqual({ name: 'Đợt 2', from: '2024-07-01', to: '2024-12-31', allMet: 0, innovationAuthors: 0 });
  });

  it('a phase window', async () => {
    const s = await summary(['--phase', '2024:1']);
    expect(s.period).toEqual({ kind: 'phase', from: '2024-01-01', to: '2024-06-30', evalFrom: '2024-01-01', asOf: '2024-06-30' });
    expect(s.allMet).toBe(4);
  });

  it('bad usage exits 2 without a stack trace', async () => {
    for (const args of [['--year', '24'], ['--month', '2024-13'], ['--phase', '2024:9'], ['--year', '2024', '--as-of', '2025-01-01'], ['--year', '2024', '--month', '2024-01'], []]) {
      const r = await run(['report', '--data', fixture, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
    }
  });
});

describe('written files', () => {
  it('writes every format atomically into --out, and nothing into the data folder', async () => {
    const before = readdirSync(fixture, { recursive: true }).sort();
    const out = join(tmp, 'y2024');
    const r = await run(['report', '--data', fixture, '--year', '2024', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['annex.md', 'initiatives.csv', 'members.csv', 'proposals.csv', 'proposals.docx', 'report.docx', 'report.md', 'shifts.csv', 'summary.json']);
    expect(readdirSync(fixture, { recursive: true }).sort()).toEqual(before);
    const csv = readFileSync(join(out, 'members.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Trần Thị Bình');
    expect(r.stdout).toContain('report.md');
  });

  it('a window cut by --as-of gets its own default folder; --as-of on the last day and --out do not', async () => {
    const cwd = join(tmp, 'default-out');
    mkdirSync(cwd);
    const inCwd = (args: string[]) => runMain(['report', '--data', fixture, '--format', 'json', ...args], { cwd, env: testEnv() });
    expect((await inCwd(['--year', '2024', '--as-of', '2024-06-30'])).code).toBe(0);
    expect((await inCwd(['--year', '2024', '--as-of', '2024-12-31'])).code).toBe(0);
    expect((await inCwd(['--month', '2024-03', '--as-of', '2024-03-15'])).code).toBe(0);
    expect((await inCwd(['--year', '2024', '--as-of', '2024-06-30', '--out', 'mine'])).code).toBe(0);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['2024', '2024-03-den-2024-03-15', '2024-den-2024-06-30']);
    expect(JSON.parse(readFileSync(join(cwd, 'reports/2024-den-2024-06-30/summary.json'), 'utf8')).period.asOf).toBe('2024-06-30');
    expect(JSON.parse(readFileSync(join(cwd, 'reports/2024/summary.json'), 'utf8')).period.asOf).toBe('2024-12-31');
    expect(readdirSync(join(cwd, 'mine'))).toEqual(['summary.json']);
  });

  it('refuses to write inside the data folder', async () => {
    const r = await run(['report', '--data', fixture, '--year', '2024', '--out', join(fixture, 'reports')]);
    expect(r.code).toBe(2);
  });

  it('the same bytes under every TZ and locale', async () => {
    // The zone and locale are the process's: the in-process run is the reference, the other
    // zones are separate processes (UTC+14 and UTC−8/−7, side by side; Asia/Ho_Chi_Minh and
    // more are in determinism.test.ts on the sample unit).
    const args = (out: string) => ['report', '--data', fixture, '--year', '2024', '--format', 'md,csv,json', '--out', out];
    const read = (out: string) => readdirSync(out).sort().map((f) => readFileSync(join(out, f), 'utf8')).join('\n---\n');
    expect((await run(args(join(tmp, 'tz-in-process')))).code).toBe(0);
    const zones = ['America/Los_Angeles', 'Pacific/Kiritimati'];
    const spawned = await Promise.all(
      zones.map((TZ) => spawnThidua(args(join(tmp, `tz-${TZ.replace('/', '-')}`)), { cwd: root, env: testEnv({ TZ, LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' }) })),
    );
    for (const r of spawned) expect(r.code, r.stderr).toBe(0);
    const outputs = [read(join(tmp, 'tz-in-process')), ...zones.map((TZ) => read(join(tmp, `tz-${TZ.replace('/', '-')}`)))];
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });
});

describe('a period with no records at all (empty-period)', () => {
  const emptyLines = (stderr: string) => stderr.split('\n').filter((l) => l.endsWith('[empty-period]'));

  it('a month: a located warning on stderr, the report still written with a note near the top, summary.json unchanged in shape', async () => {
    // The basic unit has records from February to June 2024 only.
    const out = join(tmp, 'empty-month');
    const r = await run(['report', '--data', fixture, '--month', '2024-08', '--format', 'md,csv,json', '--out', out]);
    expect(r.code).toBe(0);
    expect(emptyLines(r.stderr)).toEqual([
      'test/fixtures/units/basic:1:1: warning: tháng 2024-08 chưa có hoạt động hay ca trực nào (từ 2024-08-01 đến 2024-08-31): có lẽ dữ liệu của tháng chưa được nhập, nên báo cáo này chưa phản ánh tháng đó [empty-period]',
    ]);
    // After the data's own warnings, before the summary.
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/\[empty-period\]$/);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const note = '> **Lưu ý:** từ ngày 01/08/2024 đến ngày 31/08/2024, dữ liệu chưa có hoạt động hay ca trực nào. Có thể dữ liệu của kỳ này chưa được nhập; các số liệu dưới đây chưa phản ánh kỳ báo cáo.';
    expect(md).toContain(`\n\n${note}\n\n`);
    expect(md.indexOf(note)).toBeLessThan(md.indexOf('## I.'));
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(Object.keys(s)).toEqual(['unit', 'period', 'population', 'criteria', 'allMet', 'innovation', 'departments', 'members', 'shifts', 'phases', 'commendation', 'allowance']);
  });

  it('in English, for a year, and cut by --as-of before the first record', async () => {
    const year = await run(['report', '--data', fixture, '--year', '2025', '--format', 'md', '--stdout', '--lang', 'en']);
    expect(year.code).toBe(0);
    expect(emptyLines(year.stderr)).toEqual([
      'test/fixtures/units/basic:1:1: warning: year 2025 has no activity and no duty shift yet (2025-01-01 to 2025-12-31): the records are probably not entered, so this report shows everyone as not meeting the criteria [empty-period]',
    ]);
    expect(year.stdout).toContain('> **Note:** the data holds no activity and no duty shift from 2025-01-01 to 2025-12-31.');
    const cut = await run(['report', '--data', fixture, '--phase', '2024:1', '--as-of', '2024-01-31', '--format', 'json', '--stdout']);
    expect(cut.code).toBe(0);
    expect(emptyLines(cut.stderr)).toEqual([
      'test/fixtures/units/basic:1:1: warning: đợt 1 năm 2024 chưa có hoạt động hay ca trực nào (từ 2024-01-01 đến 2024-01-31): có lẽ dữ liệu chưa được nhập, nên báo cáo này cho thấy mọi người đều chưa đạt [empty-period]',
    ]);
  });

  it('a month with a record gives no such warning and no note', async () => {
    const r = await run(['report', '--data', fixture, '--month', '2024-04', '--format', 'md', '--stdout']);
    expect(r.code).toBe(0);
    expect(emptyLines(r.stderr)).toEqual([]);
    expect(r.stdout).not.toContain('Lưu ý:');
  });
});
