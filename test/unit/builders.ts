/** Small builders of records for unit tests: `member({ ...overrides })`. */
import { resolveRules } from '../../src/model/defaults.js';
import type { RulesInput } from '../../src/model/schemas.js';
import type { Activity, DataSet, LeaveKind, LeavePeriod, Member, RatingLevel, RatingsFile, Shift, Source, Unit } from '../../src/model/types.js';

let line = 0;
const src = (file = 'test.yaml'): Source => ({ file, line: ++line, column: 3 });
const located = (file?: string) => ({ source: src(file), at: [], items: {} });

export function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    ...located('unit.yaml'),
    name: 'Chi đoàn Thử nghiệm',
    kind: 'doan',
    departments: [
      { ...located('unit.yaml'), id: 'a', name: 'Khoa A' },
      { ...located('unit.yaml'), id: 'b', name: 'Khoa B' },
    ],
    ...overrides,
  };
}

export function member(overrides: Partial<Member> & { id: string }): Member {
  return { ...located('members.yaml'), name: `Người ${overrides.id}`, department: 'a', groups: [], directWorker: false, leave: [], ...overrides };
}

/** A leave period of a member (SPEC §6): `member({ id, leave: [leave('2024-03-01', '2024-08-31', 'maternity')] })`. */
export function leave(from: string, to: string, kind: LeaveKind = 'sick'): LeavePeriod {
  const source = src('members.yaml');
  return { from, to, kind, source, at: { from: source, to: source, kind: source } };
}

export function activity(overrides: Partial<Activity> & { kind: string; date: string }): Activity {
  return { ...located('activities.yaml'), members: [], except: [], in01m: false, severity: 'reminder', ...overrides };
}

export function shift(overrides: Partial<Shift> & { date: string; members: string[] }): Shift {
  return { ...located('shifts.yaml'), type: 'night', department: 'a', ...overrides };
}

/** A ratings file of `year`: `ratings(2024, { an: 'htt' })`. */
export function ratings(year: number, levels: Readonly<Record<string, RatingLevel>>, decision?: string): RatingsFile {
  const file = `ratings/${year}.yaml`;
  return {
    ...located(file),
    year,
    ...(decision === undefined ? {} : { decision }),
    ratings: Object.entries(levels).map(([member, level]) => ({ year, member, level, ...(decision === undefined ? {} : { decision }), source: src(file) })),
  };
}

export function dataSet(parts: { members?: Member[]; activities?: Activity[]; shifts?: Shift[]; rules?: RulesInput; unit?: Unit; ratings?: RatingsFile[] }): DataSet {
  return {
    dir: '/nonexistent',
    unit: parts.unit ?? unit(),
    rules: resolveRules(parts.rules ?? {}),
    members: parts.members ?? [],
    activities: parts.activities ?? [],
    shifts: parts.shifts ?? [],
    ratings: parts.ratings ?? [],
  };
}
