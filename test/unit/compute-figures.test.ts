/**
 * Figures of SPEC §3 on small hand-made units. Every expected number is worked out by hand
 * in the comment beside it, never by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { initiativeStatuses, innovationFigures } from '../../src/compute/innovation.js';
import { isPeriodError, periodSlug, resolvePeriod, type Period } from '../../src/compute/period.js';
import { computeReport, reportWarnings } from '../../src/compute/report.js';
import { computeScorecards, population, type EvalWindow } from '../../src/compute/scorecard.js';
import { expandMembers } from '../../src/model/activity.js';
import type { DataSet } from '../../src/model/types.js';
import { activity, dataSet, member, shift } from './builders.js';

const YEAR: EvalWindow = { evalFrom: '2024-01-01', asOf: '2024-12-31' };

function expansion(data: DataSet) {
  const byId = new Map(data.members.map((m) => [m.id, m]));
  return new Map(data.activities.map((a) => [a, expandMembers(a, data.members, byId)]));
}

function scores(data: DataSet, w: EvalWindow = YEAR) {
  return computeScorecards(data, population(data, w.asOf), w, expansion(data));
}

function period(p: Period | { error: string }): Period {
  if (isPeriodError(p as Period)) throw new Error('bad period');
  return p as Period;
}

describe('windows', () => {
  it('a month lists itself and evaluates the year to date', () => {
    const p = period(resolvePeriod({ kind: 'month', year: 2024, month: 3 }, []));
    expect(p).toMatchObject({ kind: 'month', from: '2024-03-01', to: '2024-03-31', evalFrom: '2024-01-01', asOf: '2024-03-31' });
  });
  it('a phase uses the rules phases; --as-of must be inside the window', () => {
    const phases = [{ name: 'Đợt 1', from: '01-01', to: '06-30' }, { name: 'Đợt 2', from: '07-01', to: '12-31' }];
    expect(period(resolvePeriod({ kind: 'phase', year: 2024, phase: 2 }, phases))).toMatchObject({ from: '2024-07-01', to: '2024-12-31', evalFrom: '2024-07-01' });
    expect(resolvePeriod({ kind: 'year', year: 2024 }, [], '2025-01-01')).toMatchObject({ error: 'as-of-outside' });
    expect(resolvePeriod({ kind: 'phase', year: 2024, phase: 3 }, phases)).toMatchObject({ error: 'phase-missing' });
  });
  it('the default out folder: the window, then -den-<asOf> when --as-of cuts it before its last day', () => {
    const phases = [{ name: 'Đợt 1', from: '01-01', to: '06-30' }, { name: 'Đợt 2', from: '07-01', to: '12-31' }];
    const slug = (request: Parameters<typeof resolvePeriod>[0], asOf?: string) => periodSlug(period(resolvePeriod(request, phases, asOf)));
    expect(slug({ kind: 'year', year: 2024 })).toBe('2024');
    expect(slug({ kind: 'year', year: 2024 }, '2024-12-31')).toBe('2024');
    expect(slug({ kind: 'year', year: 2024 }, '2024-06-30')).toBe('2024-den-2024-06-30');
    expect(slug({ kind: 'year', year: 2024 }, '2024-01-01')).toBe('2024-den-2024-01-01');
    expect(slug({ kind: 'month', year: 2024, month: 3 })).toBe('2024-03');
    expect(slug({ kind: 'month', year: 2024, month: 3 }, '2024-03-31')).toBe('2024-03');
    expect(slug({ kind: 'month', year: 2024, month: 3 }, '2024-03-15')).toBe('2024-03-den-2024-03-15');
    expect(slug({ kind: 'phase', year: 2024, phase: 1 })).toBe('2024-phase-1');
    expect(slug({ kind: 'phase', year: 2024, phase: 1 }, '2024-06-30')).toBe('2024-phase-1');
    expect(slug({ kind: 'phase', year: 2024, phase: 1 }, '2024-03-31')).toBe('2024-phase-1-den-2024-03-31');
    expect(slug({ kind: 'range', from: '2024-03-01', to: '2024-08-31' })).toBe('2024-03-01_2024-08-31');
    expect(slug({ kind: 'range', from: '2024-03-01', to: '2024-08-31' }, '2024-06-30')).toBe('2024-03-01_2024-08-31-den-2024-06-30');
  });
});

describe('population and pro-rated requirements', () => {
  const data = dataSet({
    members: [
      member({ id: 'full' }),
      member({ id: 'joiner', joined: '2024-03-01' }),
      member({ id: 'leaver', left: '2024-09-30' }),
      member({ id: 'outsider', groups: ['cong-doan'] }),
    ],
    rules: { population: { groups: [] } },
  });

  it('members who left before asOf are not evaluated', () => {
    expect(population(data, '2024-12-31').map((m) => m.id)).toEqual(['full', 'joiner', 'outsider']);
    expect(population(data, '2024-09-30').map((m) => m.id)).toEqual(['full', 'joiner', 'leaver', 'outsider']);
  });

  it('population groups filter who is evaluated', () => {
    const grouped = dataSet({ members: data.members as never, rules: { population: { groups: ['cong-doan'] } } });
    expect(population(grouped, '2024-12-31').map((m) => m.id)).toEqual(['outsider']);
  });

  it('a member joining on 1 March has 306 active days and pro-rated requirements', () => {
    const s = scores(data).find((x) => x.member.id === 'joiner')!;
    // 366 - 31 (Jan) - 29 (Feb) = 306 days.
    expect(s.activeDays).toBe(306);
    // community: floor(2 * 306/366 + 0.5) = floor(1.672 + 0.5) = 2; self: floor(4 * 306/366 + 0.5) = floor(3.344 + 0.5) = 3.
    expect(s.criteria['community']).toMatchObject({ requiredCount: 2, count: 0, met: false });
    expect(s.criteria['self']).toMatchObject({ requiredCount: 3 });
    expect(s.criteria['work']).toMatchObject({ requiredCount: 0, met: true, violations: 0 });
  });

  it('a month evaluates the year to date: March requires 0 community and 1 self activity', () => {
    const s = scores(data, { evalFrom: '2024-01-01', asOf: '2024-03-31' }).find((x) => x.member.id === 'full')!;
    // a = 91 days; community floor(2*91/366 + 0.5) = floor(0.997) = 0; self floor(4*91/366 + 0.5) = floor(1.494) = 1.
    expect(s.activeDays).toBe(91);
    expect(s.criteria['community']!.requiredCount).toBe(0);
    expect(s.criteria['self']!.requiredCount).toBe(1);
  });
});

describe('counting activities', () => {
  const members = [member({ id: 'an', department: 'a' }), member({ id: 'binh', department: 'a' }), member({ id: 'cuong', department: 'b' }), member({ id: 'dung', department: 'b', joined: '2024-06-01' })];
  const data = dataSet({
    members,
    activities: [
      activity({ kind: 'green-sunday', date: '2024-03-24', members: 'all', except: ['binh'] }), // an, cuong (dung not yet joined) — 3 h each by default
      activity({ kind: 'volunteer', date: '2024-07-10', end: '2024-07-12', members: ['dept:b'], hours: 0.1 }), // cuong, dung; multi-day counts once
      activity({ kind: 'volunteer', date: '2024-08-10', members: ['cuong'], hours: 0.2 }),
      activity({ kind: 'study', date: '2025-01-05', members: 'all' }), // after the window
      activity({ kind: 'violation', date: '2024-04-02', members: ['an'], type: 'late' }),
      activity({ kind: 'violation', date: '2024-05-02', members: ['an'], type: 'late' }),
      activity({ kind: 'violation', date: '2024-06-02', members: ['an'], type: 'early-leave', severity: 'formal' }),
      activity({ kind: 'award', date: '2024-12-20', members: ['an'], title: 'Giấy khen' }),
    ],
  });
  const byId = new Map(scores(data).map((s) => [s.member.id, s]));

  it('all expands to members active on the date, minus except', () => {
    expect(byId.get('an')!.criteria['community']).toMatchObject({ count: 1, hours: 3 });
    expect(byId.get('binh')!.criteria['community']).toMatchObject({ count: 0, hours: 0 });
    expect(byId.get('dung')!.criteria['community']).toMatchObject({ count: 1, hours: 0.1 });
  });

  it('hours add up exactly (0.1 + 0.2 + 3 = 3.3)', () => {
    expect(byId.get('cuong')!.criteria['community']).toMatchObject({ count: 3, hours: 3.3 });
  });

  it('violations beyond max_violations fail work; awards count for nothing', () => {
    const an = byId.get('an')!;
    expect(an.violations).toBe(3);
    expect(an.formalViolations).toBe(1);
    expect(an.criteria['work']).toMatchObject({ violations: 3, met: false });
    expect(an.totalCount).toBe(1);
  });
});

describe('the 20 % innovation target', () => {
  const people = Array.from({ length: 35 }, (_, i) => member({ id: `m${String(i).padStart(2, '0')}`, department: i < 10 ? 'a' : 'b' }));
  const init = (members: string[], extra: object) => activity({ kind: 'initiative', date: '2024-02-01', title: 'SK', members, ...extra });

  it('ceil(0.2 * 35) is 7: six authors leave a gap of one person', () => {
    const data = dataSet({ members: people, activities: [init(['m00', 'm01', 'm02', 'm03', 'm04', 'm05'], { level: 'co-so', recognized: '2024-05-01', in01m: true })] });
    const statuses = initiativeStatuses(data, YEAR, expansion(data));
    const f = innovationFigures(data, population(data, YEAR.asOf), statuses);
    expect(f).toMatchObject({ authors: 6, population: 35, met: false, gap: 1, initiatives: 1 });
    expect(f.rate).toBeCloseTo(6 / 35, 12);
  });

  it('seven authors of 35 meet the target exactly (rate = 0.2)', () => {
    const data = dataSet({ members: people, activities: [init(['m00', 'm01', 'm02', 'm03', 'm04', 'm05', 'm06'], { level: 'co-so', recognized: '2024-05-01', in01m: true })] });
    const f = innovationFigures(data, population(data, YEAR.asOf), initiativeStatuses(data, YEAR, expansion(data)));
    expect(f).toMatchObject({ authors: 7, rate: 0.2, met: true, gap: 0 });
  });

  it('each rule: level below min, recognized outside the window, 01M missing, pending, author outside the population', () => {
    const data = dataSet({
      members: [...people, member({ id: 'gone', left: '2024-06-30' })],
      rules: { innovation: { min_level: 'tinh' } },
      activities: [
        init(['m00'], { level: 'co-so', recognized: '2024-05-01', in01m: true }), // below min level
        init(['m01'], { level: 'tinh', recognized: '2025-01-10', in01m: true }), // recognized after the window
        init(['m02'], { level: 'tinh', recognized: '2024-05-01', in01m: false }), // not in 01M
        init(['m03', 'gone'], { level: 'toan-quoc', recognized: '2024-06-01', in01m: true }), // counts; 'gone' is not in the population
        init(['m04'], {}), // pending
        activity({ kind: 'initiative', date: '2023-11-20', title: 'old', members: ['m05'], level: 'tinh', recognized: '2024-03-01', in01m: true }), // submitted 2023, recognized 2024: counts
      ],
    });
    const f = innovationFigures(data, population(data, YEAR.asOf), initiativeStatuses(data, YEAR, expansion(data)));
    expect(f).toMatchObject({ authors: 2, initiatives: 2, recognizedNot01m: 1, pending: 1, gap: 5 });
  });
});

describe('a custom criteria set needs no code change', () => {
  it('four criteria of "Trung thành, trách nhiệm, liêm chính, sáng tạo"', () => {
    const data = dataSet({
      members: [member({ id: 'x' })],
      rules: {
        criteria: {
          loyal: { label: 'Trung thành', min_count: 1 },
          responsible: { label: 'Trách nhiệm', min_count: 1, max_violations: 0 },
          integrity: { label: 'Liêm chính', min_count: 0 },
          creative: { label: 'Sáng tạo', min_count: 1 },
        },
        kinds: { 'political-study': { label: 'Học tập', criterion: 'loyal' }, initiative: { label: 'Sáng kiến', criterion: 'creative' }, duty: { label: 'Nhiệm vụ', criterion: 'responsible' } },
      },
      activities: [activity({ kind: 'political-study', date: '2024-03-01', members: ['x'] }), activity({ kind: 'initiative', date: '2024-03-01', title: 'SK', members: ['x'] }), activity({ kind: 'volunteer', date: '2024-03-01', members: ['x'] })],
    });
    const [s] = scores(data);
    expect(Object.keys(s!.criteria)).toEqual(['loyal', 'responsible', 'integrity', 'creative']);
    expect(s!.criteria['loyal']).toMatchObject({ count: 1, met: true });
    expect(s!.criteria['creative']).toMatchObject({ count: 1, met: true });
    expect(s!.criteria['responsible']).toMatchObject({ count: 0, requiredCount: 1, met: false, violations: 0 });
    expect(s!.totalCount).toBe(2); // the default kind 'volunteer' maps to a criterion that no longer exists
    expect(s!.allMet).toBe(false);
  });
});

describe('records in the listed period (empty-period)', () => {
  const data = dataSet({
    members: [member({ id: 'an' })],
    activities: [activity({ kind: 'study', date: '2024-01-20', members: ['an'] }), activity({ kind: 'violation', date: '2024-03-05', members: ['an'], type: 'late' })],
    shifts: [shift({ date: '2024-05-31', members: ['an'] })],
  });
  const report = (request: Parameters<typeof resolvePeriod>[0], asOf?: string) => computeReport(data, period(resolvePeriod(request, [], asOf)));

  it('counts every activity kind and every shift dated in [from, asOf], not the year to date of a month', () => {
    expect(report({ kind: 'year', year: 2024 }).listedRecords).toEqual({ activities: 2, shifts: 1 });
    // March lists 03-01..03-31: the violation; January's study is evaluated but not listed.
    expect(report({ kind: 'month', year: 2024, month: 3 }).listedRecords).toEqual({ activities: 1, shifts: 0 });
    expect(report({ kind: 'month', year: 2024, month: 5 }).listedRecords).toEqual({ activities: 0, shifts: 1 });
    // Cut before the shift of 05-31.
    expect(report({ kind: 'month', year: 2024, month: 5 }, '2024-05-30').listedRecords).toEqual({ activities: 0, shifts: 0 });
  });

  it('warns, located at the data folder, only when nothing at all is listed', () => {
    expect(reportWarnings(report({ kind: 'month', year: 2024, month: 3 }))).toEqual([]);
    expect(reportWarnings(report({ kind: 'month', year: 2024, month: 5 }))).toEqual([]);
    expect(reportWarnings(report({ kind: 'month', year: 2024, month: 4 }))).toEqual([
      {
        code: 'empty-period',
        severity: 'warning',
        source: { file: '.', line: 1, column: 1 },
        message: 'empty-period-month',
        params: { from: '2024-04-01', asOf: '2024-04-30', year: 2024, month: '2024-04' },
      },
    ]);
    expect(reportWarnings(report({ kind: 'year', year: 2025 })).map((w) => w.message)).toEqual(['empty-period-year']);
    expect(reportWarnings(report({ kind: 'range', from: '2024-06-01', to: '2024-06-30' })).map((w) => w.message)).toEqual(['empty-period-range']);
  });
});
