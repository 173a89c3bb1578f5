/**
 * Figures the Markdown report used to work out while laying itself out, now computed in
 * src/compute: participations by kind, the roster tables and the month's night grid, the
 * payroll order, the people view, the target head-count, and the named orders. Every
 * expected number is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { makeHolidayCalendar } from '../../src/compute/holidays.js';
import { initiativeStatuses, innovationFigures } from '../../src/compute/innovation.js';
import { compareDateThenLine, compareIds, compareInitiatives, sortByDepartmentThenName } from '../../src/compute/order.js';
import { computeParticipation, kindsOfCriterion } from '../../src/compute/participation.js';
import { personOf } from '../../src/compute/people.js';
import { computeReport } from '../../src/compute/report.js';
import { departmentShifts, fairnessInUnitOrder, nightRoster } from '../../src/compute/shift-tables.js';
import type { FairnessRow, MemberShiftCounts } from '../../src/compute/shifts.js';
import { resolveRules } from '../../src/model/defaults.js';
import { expandMembers } from '../../src/model/activity.js';
import type { DataSet } from '../../src/model/types.js';
import { activity, dataSet, leave, member, shift, unit } from './builders.js';

const YEAR = { evalFrom: '2024-01-01', asOf: '2024-12-31' };

function expansion(data: DataSet) {
  const byId = new Map(data.members.map((m) => [m.id, m]));
  return new Map(data.activities.map((a) => [a, expandMembers(a, data.members, byId)]));
}

describe('participation by kind', () => {
  const data = dataSet({
    members: [member({ id: 'an' }), member({ id: 'binh' }), member({ id: 'cuong', department: 'b' })],
    activities: [
      activity({ kind: 'volunteer', date: '2024-03-01', members: ['an', 'binh'] }), // 2 participations
      activity({ kind: 'volunteer', date: '2024-04-01', members: ['an', 'gone'] }), // 1: 'gone' is no member
      activity({ kind: 'blood-donation', date: '2024-05-01', members: 'all' }), // 3
      activity({ kind: 'study', date: '2025-01-05', members: 'all' }), // after the window
      activity({ kind: 'violation', date: '2024-06-01', members: ['an'], type: 'late' }), // never a participation
    ],
  });
  const rows = computeParticipation({ rules: data.rules, activities: data.activities, expansion: expansion(data), window: YEAR, population: new Set(['an', 'binh', 'cuong']) });

  it('lists the criteria in the rules order, with the kinds of each (violations and awards left out)', () => {
    expect(rows.map((r) => r.criterion)).toEqual(['community', 'work', 'self']);
    expect(rows[0]?.kinds).toEqual(['volunteer', 'free-clinic', 'green-sunday', 'blood-donation', 'charity']);
    expect(kindsOfCriterion(data.rules, 'self')).toEqual(['study', 'training', 'sport']);
  });

  it('counts the activities of each kind in the window and the population members they name', () => {
    // volunteer: 2 activities, 2 + 1 = 3 participations; blood donation: 1 activity, all 3 members.
    expect(rows[0]?.byKind).toEqual([
      { kind: 'volunteer', activities: 2, participations: 3 },
      { kind: 'blood-donation', activities: 1, participations: 3 },
    ]);
    // work has no activity; self's only one is after the window.
    expect(rows[1]?.byKind).toEqual([]);
    expect(rows[2]?.byKind).toEqual([]);
  });

  it('counts only the population: a member outside it adds nothing', () => {
    const onlyAn = computeParticipation({ rules: data.rules, activities: data.activities, expansion: expansion(data), window: YEAR, population: new Set(['an']) });
    // volunteer: an twice; blood donation: an once.
    expect(onlyAn[0]?.byKind).toEqual([
      { kind: 'volunteer', activities: 2, participations: 2 },
      { kind: 'blood-donation', activities: 1, participations: 1 },
    ]);
  });
});

describe('roster tables', () => {
  const counts = (total: number, hours: number, night: number, weekend = 0, holiday = 0): MemberShiftCounts => ({ total, hours, night, weekend, holiday });

  it('people on duty by department in unit order, with their totals; nobody on duty gives zeros', () => {
    const population = [
      { id: 'an', department: 'a' },
      { id: 'binh', department: 'a' },
      { id: 'cuong', department: 'a' },
      { id: 'dung', department: 'b' },
    ];
    const shifts = new Map([
      ['an', counts(2, 28, 2, 1, 0)],
      ['binh', counts(1, 14, 1, 0, 1)],
      ['cuong', counts(0, 0, 0)],
      ['dung', counts(0, 0, 0)],
    ]);
    expect(departmentShifts([{ id: 'b' }, { id: 'a' }], population, shifts)).toEqual([
      { department: 'b', members: [], totals: counts(0, 0, 0) },
      // an + binh: 3 shifts, 42 h, 3 nights, 1 weekend, 1 holiday; cuong has none.
      { department: 'a', members: ['an', 'binh'], totals: counts(3, 42, 3, 1, 1) },
    ]);
  });

  it('fairness rows follow unit.yaml, each department keeping its measures in order', () => {
    const row = (department: string, measure: FairnessRow['measure']): FairnessRow => ({ department, measure, min: 0, max: 0, mean: 0, stdev: 0 });
    const rows = [row('a', 'night'), row('a', 'weekend'), row('b', 'night'), row('b', 'weekend')];
    expect(fairnessInUnitOrder(rows, [{ id: 'b' }, { id: 'a' }]).map((r) => `${r.department}.${r.measure}`)).toEqual(['b.night', 'b.weekend', 'a.night', 'a.weekend']);
  });

  describe('the night grid of a month', () => {
    // 1 March 2024 is a Friday: 2–3 March are a weekend. Holiday given: 8 March.
    const data = dataSet({
      members: [member({ id: 'an' }), member({ id: 'binh' }), member({ id: 'dung', department: 'b' })],
      shifts: [
        shift({ date: '2024-02-29', members: ['an'] }), // before the month
        shift({ date: '2024-03-01', members: ['binh', 'an'] }), // night
        shift({ date: '2024-03-01', members: ['an'] }), // the same day again: an once
        shift({ date: '2024-03-02', type: 'day', members: ['binh'] }), // a day shift: not on the grid
        shift({ date: '2024-03-08', department: 'b', members: ['dung'] }),
      ],
    });
    const calendar = makeHolidayCalendar(['2024-03-08'], () => undefined);
    const roster = nightRoster({ shifts: data.shifts, rules: data.rules, departments: data.unit.departments, from: '2024-03-01', to: '2024-03-10', isHoliday: calendar.isHoliday });

    it('lists every day of the window, weekends and holidays marked', () => {
      expect(roster.days.map((d) => d.date)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08', '2024-03-09', '2024-03-10']);
      expect(roster.days.filter((d) => d.weekend).map((d) => d.date)).toEqual(['2024-03-02', '2024-03-03', '2024-03-09', '2024-03-10']);
      expect(roster.days.filter((d) => d.holiday).map((d) => d.date)).toEqual(['2024-03-08']);
    });

    it('who was on a night shift each day, by department (ids sorted, each once); departments with a night in unit order', () => {
      expect(roster.departments).toEqual([
        { id: 'a', members: ['an', 'binh'] },
        { id: 'b', members: ['dung'] },
      ]);
      expect(roster.days[0]?.onNight).toEqual({ a: ['an', 'binh'] });
      expect(roster.days[1]?.onNight).toEqual({});
      expect(roster.days[7]?.onNight).toEqual({ b: ['dung'] });
    });

    it('is part of the figures on a month window only', () => {
      const month = computeReport(data, { kind: 'month', year: 2024, from: '2024-03-01', to: '2024-03-31', evalFrom: '2024-01-01', asOf: '2024-03-31' });
      expect(month.shiftTables.nightRoster?.departments.map((d) => d.id)).toEqual(['a', 'b']);
      const year = computeReport(data, { kind: 'year', year: 2024, from: '2024-01-01', to: '2024-12-31', evalFrom: '2024-01-01', asOf: '2024-12-31' });
      expect(year.shiftTables.nightRoster).toBeNull();
      // an, binh, dung each had a shift in the year: 3 people on duty.
      expect(year.shiftTables.people).toBe(3);
    });
  });
});

describe('the order of people by department, then name (payroll, appendix)', () => {
  const u = unit({ departments: [{ ...unit().departments[1]!, id: 'b' }, { ...unit().departments[0]!, id: 'a' }] });
  const members = new Map(
    [
      member({ id: 'x1', name: 'Trần Văn Bình', department: 'a' }),
      member({ id: 'x2', name: 'Nguyễn Thị An', department: 'a' }),
      member({ id: 'x3', name: 'Lê Văn Cường', department: 'b' }),
      member({ id: 'x4', name: 'Phạm Thị An', department: 'nowhere' }),
    ].map((m) => [m.id, m]),
  );

  it('by department in unit.yaml order (an unknown one last), then by given name', () => {
    // b first (Cường); then a: An before Bình; the unknown department last.
    expect(sortByDepartmentThenName(['x1', 'x2', 'x3', 'x4', 'x1'], members, u.departments)).toEqual(['x3', 'x2', 'x1', 'x4']);
  });

  it('the appendix lists the population so, and the payroll its people', () => {
    const data = dataSet({ unit: u, members: [...members.values()], shifts: [shift({ date: '2024-03-01', members: ['x1', 'x3'] })], rules: { allowance: { rate: 100000 } } });
    const r = computeReport(data, { kind: 'month', year: 2024, from: '2024-03-01', to: '2024-03-31', evalFrom: '2024-01-01', asOf: '2024-03-31' });
    expect(r.appendixOrder).toEqual(['x3', 'x2', 'x1', 'x4']);
    expect(r.allowance?.payrollOrder).toEqual(['x3', 'x1']);
  });

  it('an id with no member sorts by the id itself, after the known departments', () => {
    expect(sortByDepartmentThenName(['zz', 'x1'], members, u.departments)).toEqual(['x1', 'zz']);
  });
});

describe('the people view', () => {
  it('joined after the window start, and the kinds of leave in the window in the order written, each once', () => {
    const m = member({ id: 'an', title: 'Điều dưỡng', joined: '2024-03-01', leave: [leave('2023-12-01', '2023-12-20', 'study'), leave('2024-05-01', '2024-05-10'), leave('2024-07-01', '2024-07-02', 'other'), leave('2024-09-01', '2024-09-03')] });
    expect(personOf(m, YEAR)).toEqual({ id: 'an', name: 'Người an', department: 'a', title: 'Điều dưỡng', joined: '2024-03-01', joinedInWindow: true, leaveKinds: ['sick', 'other'] });
  });

  it('joined on the first day of the window is not a late start', () => {
    expect(personOf(member({ id: 'an', joined: '2024-01-01' }), YEAR).joinedInWindow).toBe(false);
    expect(personOf(member({ id: 'an' }), YEAR)).toEqual({ id: 'an', name: 'Người an', department: 'a', joinedInWindow: false, leaveKinds: [] });
  });
});

describe('the target head-count', () => {
  const people = Array.from({ length: 11 }, (_, i) => member({ id: `m${String(i).padStart(2, '0')}` }));
  const data = dataSet({ members: people, activities: [activity({ kind: 'initiative', date: '2024-02-01', title: 'SK', members: ['m00', 'm01'], level: 'co-so', recognized: '2024-05-01', in01m: true })] });

  it('need is ⌈target × population⌉ and nonAuthors the rest of the population', () => {
    // ⌈0.2 × 11⌉ = ⌈2.2⌉ = 3; 2 authors, 9 others, a gap of 1.
    const f = innovationFigures(data, people, initiativeStatuses(data, YEAR, expansion(data)));
    expect(f).toMatchObject({ authors: 2, population: 11, need: 3, nonAuthors: 9, gap: 1 });
  });

  it('an empty group needs nobody', () => {
    const f = innovationFigures(data, [], initiativeStatuses(data, YEAR, expansion(data)));
    expect(f).toMatchObject({ need: 0, nonAuthors: 0, gap: 0 });
  });

  it('is exact: 0.1 × 30 needs 3 people, not 4', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => member({ id: `p${i}` }));
    const d = dataSet({ members: thirty, rules: { innovation: { target: 0.1 } } });
    expect(innovationFigures(d, thirty, []).need).toBe(3);
  });
});

describe('named orders', () => {
  const src = (line: number) => ({ file: 'a.yaml', line, column: 1 });

  it('ids by code units, the same in every locale', () => {
    expect(['b', 'B', 'a', 'á'].sort(compareIds)).toEqual(['B', 'a', 'b', 'á']);
  });

  it('dated records by date, then line', () => {
    const recs = [
      { date: '2024-03-02', source: src(1) },
      { date: '2024-03-01', source: src(9) },
      { date: '2024-03-01', source: src(4) },
    ];
    expect([...recs].sort(compareDateThenLine).map((r) => r.source.line)).toEqual([4, 9, 1]);
  });

  it('initiatives by recognition (else submission) day, submission day, title, line', () => {
    const recs = [
      { date: '2024-01-05', recognized: '2024-06-01', title: 'B', source: src(1) },
      { date: '2024-05-01', title: 'A', source: src(2) }, // pending: its submission day
      { date: '2024-01-01', recognized: '2024-06-01', title: 'C', source: src(3) },
      { date: '2024-01-05', recognized: '2024-06-01', title: 'A', source: src(4) },
    ];
    expect([...recs].sort(compareInitiatives).map((r) => r.source.line)).toEqual([2, 3, 4, 1]);
  });

  it('the rules used by the report are the resolved rules', () => {
    expect(computeReport(dataSet({}), { kind: 'year', year: 2024, from: '2024-01-01', to: '2024-12-31', evalFrom: '2024-01-01', asOf: '2024-12-31' }).rules).toEqual(resolveRules({}));
  });
});
