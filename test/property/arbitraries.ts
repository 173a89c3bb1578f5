/**
 * Random *valid* units as plain data (members with joined/left and leave periods,
 * departments, activities of the default kinds with all/dept:/except, initiatives with
 * levels/recognition/01M, đề tài (research) with levels/acceptance, violations with
 * discipline forms, shifts, ratings files, rules), and their conversion to a DataSet
 * through the unit-test builders or to YAML files for the CLI. Validity follows SPEC
 * §2/§4/§6: explicit members are active on the date, recognized and accepted >= date, left
 * >= joined, one shift per member and day (so no overlap), titles on initiatives, đề tài
 * and awards, a type on violations, a form only on formal ones, leave periods of one member
 * that never share a day, at most one rating a member a year.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RulesInput } from '../../src/model/schemas.js';
import type { DataSet, DisciplineForm, LeaveKind, Level, RatingLevel } from '../../src/model/types.js';
import { activity, dataSet, leave, member, ratings, shift, unit } from '../unit/builders.js';

export const COMMUNITY = ['volunteer', 'free-clinic', 'green-sunday', 'blood-donation', 'charity'] as const;
export const WORK = ['initiative', 'it-application'] as const;
export const SELF = ['study', 'training', 'sport'] as const;
export const KINDS = [...COMMUNITY, ...WORK, ...SELF, 'violation', 'award', 'research'] as const;
/** SPEC §2 default hours of a kind (only these two have one). */
export const KIND_HOURS: Readonly<Record<string, number>> = { 'free-clinic': 4, 'green-sunday': 3 };
export const LEVEL_ORDER: readonly Level[] = ['co-so', 'tinh', 'toan-quoc'];
/** SPEC §6, lightest first. */
export const FORM_ORDER: readonly DisciplineForm[] = ['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec'];
/** SPEC §6, lowest first (kht < ht < htt < htxs). */
export const RATING_ORDER: readonly RatingLevel[] = ['kht', 'ht', 'htt', 'htxs'];
const LEAVE_KINDS: readonly LeaveKind[] = ['maternity', 'sick', 'work-injury', 'study', 'unpaid', 'other'];
const GROUPS = ['doan-vien', 'cong-doan', 'dang-vien'];

export interface PlainLeave {
  from: string;
  to: string;
  kind: LeaveKind;
}

export interface PlainMember {
  id: string;
  department: string;
  groups: string[];
  joined?: string;
  left?: string;
  directWorker: boolean;
  /** Never two periods sharing a day; may start before joined or end after left. */
  leave: PlainLeave[];
}

export interface PlainActivity {
  kind: (typeof KINDS)[number];
  date: string;
  members: 'all' | string[];
  except: string[];
  hours?: number;
  level?: Level;
  recognized?: string;
  /** research: the acceptance date, with `level`. */
  accepted?: string;
  in01m: boolean;
  severity: 'reminder' | 'formal';
  /** A formal violation's form as written; absent = khiển trách. */
  form?: DisciplineForm;
}

export interface PlainShift {
  date: string;
  type: 'day' | 'night';
  department: string;
  members: string[];
}

export interface PlainCriterion {
  id: 'community' | 'work' | 'self';
  minCount: number;
  minHours: number;
  maxViolations?: number;
}

/** A ratings file (SPEC §6). */
export interface PlainRatings {
  year: number;
  levels: Record<string, RatingLevel>;
}

export interface PlainUnit {
  departments: string[];
  members: PlainMember[];
  activities: PlainActivity[];
  shifts: PlainShift[];
  /** In file order; no member twice for one year. */
  ratings: PlainRatings[];
  populationGroups: string[];
  criteria: PlainCriterion[];
  /** innovation.target = targetPermille / 1000 */
  targetPermille: number;
  minLevel: Level;
  require01m: boolean;
  /** commendation.emulation_fighter.cap = capPercent / 100 */
  capPercent: number;
  minTenureMonths: number;
  maxFormalViolations: number;
  minRating: RatingLevel;
  maxLeaveDays: number;
  rounding: 'floor' | 'half-up';
  advancedBlockFrom: DisciplineForm;
  /** commendation.excellent_collective.min_share = excellentPermille / 1000 */
  excellentPermille: number;
  excellentBlockFrom: DisciplineForm;
  /** rules.yaml maps research to this criterion, or leaves it counting for none. */
  researchCriterion?: 'work' | 'self';
  /** Always at least one 2024 date, so that the built-in calendar never applies in 2024. */
  holidays: string[];
}

/** A calendar date between two dates (inclusive), as `YYYY-MM-DD`. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const day = 86_400_000;
  const a = Date.parse(`${from}T00:00:00Z`) / day;
  const b = Date.parse(`${to}T00:00:00Z`) / day;
  return fc.integer({ min: a, max: b }).map((n) => new Date(n * day).toISOString().slice(0, 10));
}

/** SPEC §2 "active": (no joined or joined <= d) and (no left or d <= left). Independent of src/. */
export function activeOn(m: PlainMember, d: string): boolean {
  return (m.joined === undefined || m.joined <= d) && (m.left === undefined || d <= m.left);
}

const rawLeaveArb = fc.record({
  // Some start before 2024 or run into 2025, to be clipped to the window.
  from: dateBetween('2023-11-01', '2025-01-31'),
  // Up to 8 months (maternity); 54–56 days are the 40 working days around max_leave_days.
  days: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 2, arbitrary: fc.integer({ min: 50, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 21, max: 240 }) }),
  kind: fc.constantFrom(...LEAVE_KINDS),
});

/** Periods in date order, each dropped when it shares a day with the one kept before it. */
function toLeave(raw: { from: string; days: number; kind: LeaveKind }[]): PlainLeave[] {
  const out: PlainLeave[] = [];
  for (const r of [...raw].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const to = addDaysPlain(r.from, r.days - 1);
    const last = out[out.length - 1];
    if (last && r.from <= last.to) continue;
    out.push({ from: r.from, to, kind: r.kind });
  }
  return out;
}

const memberArb = (departments: string[]) =>
  fc
    .record({
      department: fc.constantFrom(...departments),
      groups: fc.subarray(GROUPS),
      // 2024-07-02 and a left of 2024-07-01 give exactly half of 2024's 366 days: the .5 of
      // floor(min_count * a / D + 0.5); 2024-02-29 + 10 months tests the month-end clamp.
      joined: fc.option(fc.oneof({ weight: 4, arbitrary: dateBetween('2022-06-01', '2024-12-31') }, { weight: 1, arbitrary: fc.constantFrom('2024-07-02', '2024-02-29', '2024-01-01', '2023-03-01', '2024-03-01') }), { nil: undefined }),
      left: fc.option(fc.oneof({ weight: 4, arbitrary: dateBetween('2024-01-01', '2025-06-30') }, { weight: 1, arbitrary: fc.constantFrom('2024-07-01', '2024-12-31', '2024-12-30', '2024-06-30') }), { nil: undefined }),
      directWorker: fc.boolean(),
      leave: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(rawLeaveArb, { minLength: 1, maxLength: 3 }) }),
    })
    .map(({ joined, left, leave, ...rest }) => ({
      ...rest,
      leave: toLeave(leave),
      ...(joined === undefined ? {} : { joined }),
      // left before joined would be an error: move it to joined.
      ...(left === undefined ? {} : { left: joined !== undefined && left < joined ? joined : left }),
    }));

interface RawActivity {
  kind: (typeof KINDS)[number];
  date: string;
  all: boolean;
  picks: number[];
  depts: number[];
  except: number[];
  hours?: number;
  level?: Level;
  recognizedAfter: number;
  in01m: boolean;
  formal: boolean;
  form?: DisciplineForm;
}

const rawActivityArb: fc.Arbitrary<RawActivity> = fc.record({
  kind: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...COMMUNITY, ...SELF, 'it-application') },
    { weight: 3, arbitrary: fc.constant('initiative' as const) },
    { weight: 1, arbitrary: fc.constantFrom('violation' as const, 'award' as const, 'research' as const) },
  ),
  // Mostly inside 2024, some just outside.
  date: fc.oneof({ weight: 6, arbitrary: dateBetween('2024-01-01', '2024-12-31') }, { weight: 1, arbitrary: dateBetween('2023-11-01', '2025-01-31') }),
  all: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) }),
  picks: fc.array(fc.nat(), { maxLength: 4 }),
  depts: fc.array(fc.nat(), { maxLength: 2 }),
  except: fc.array(fc.nat(), { maxLength: 2 }),
  hours: fc.option(fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 4, 7.5), { nil: undefined }),
  level: fc.option(fc.constantFrom(...LEVEL_ORDER), { nil: undefined }),
  recognizedAfter: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }) }),
  in01m: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  formal: fc.boolean(),
  // Weighted to the forms that block_from is drawn from, so that "form >= block_from" is
  // often decided on its boundary.
  form: fc.option(fc.constantFrom<DisciplineForm>('khien-trach', 'canh-cao', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec'), { nil: undefined }),
});

export function addDaysPlain(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function toActivity(raw: RawActivity, members: PlainMember[], departments: string[]): PlainActivity {
  const ids = members.map((m) => m.id);
  const active = members.filter((m) => activeOn(m, raw.date)).map((m) => m.id);
  let selector: 'all' | string[];
  // A violation of everyone is rare in life and would fail every member: name people; a
  // đề tài has its authors.
  if (raw.all && raw.kind !== 'violation' && raw.kind !== 'research') selector = 'all';
  else {
    const explicit = active.length === 0 ? [] : raw.picks.map((n) => active[n % active.length]!);
    const depts = raw.depts.map((n) => `dept:${departments[n % departments.length]}`);
    selector = [...new Set([...explicit, ...depts])];
    // An empty list is a schema error: name a department instead.
    if (selector.length === 0) selector = [`dept:${departments[0]}`];
  }
  const isInitiative = raw.kind === 'initiative';
  const formal = raw.kind === 'violation' && raw.formal;
  return {
    kind: raw.kind,
    date: raw.date,
    members: selector,
    except: [...new Set(raw.except.map((n) => ids[n % ids.length]!))],
    ...(raw.hours === undefined || raw.kind === 'violation' || raw.kind === 'award' ? {} : { hours: raw.hours }),
    ...(isInitiative && raw.level !== undefined ? { level: raw.level, recognized: addDaysPlain(raw.date, raw.recognizedAfter) } : {}),
    ...(raw.kind === 'research' && raw.level !== undefined ? { level: raw.level, accepted: addDaysPlain(raw.date, raw.recognizedAfter) } : {}),
    in01m: isInitiative && raw.in01m,
    severity: formal ? 'formal' : 'reminder',
    ...(formal && raw.form !== undefined ? { form: raw.form } : {}),
  };
}

function toShifts(raw: { date: string; type: 'day' | 'night'; dept: number; picks: number[] }[], members: PlainMember[], departments: string[]): PlainShift[] {
  const taken = new Set<string>();
  const out: PlainShift[] = [];
  for (const r of raw) {
    const active = members.filter((m) => activeOn(m, r.date)).map((m) => m.id);
    if (active.length === 0) continue;
    // One shift per member and day: day 07–17, night 17–07, so no two shifts overlap.
    const names = [...new Set(r.picks.map((n) => active[n % active.length]!))].filter((id) => !taken.has(`${id} ${r.date}`));
    if (names.length === 0) continue;
    for (const id of names) taken.add(`${id} ${r.date}`);
    out.push({ date: r.date, type: r.type, department: departments[r.dept % departments.length]!, members: names });
  }
  return out;
}

const criteriaArb: fc.Arbitrary<PlainCriterion[]> = fc.oneof(
  fc.constant<PlainCriterion[]>([
    { id: 'community', minCount: 2, minHours: 0 },
    { id: 'work', minCount: 0, minHours: 0, maxViolations: 2 },
    { id: 'self', minCount: 4, minHours: 0 },
  ]),
  // Nothing asked but a clean record: most people meet the criteria, so that the rating,
  // leave, discipline, the quota and the collectives of §6 decide the titles.
  fc.constant<PlainCriterion[]>([
    { id: 'community', minCount: 0, minHours: 0 },
    { id: 'work', minCount: 0, minHours: 0, maxViolations: 2 },
    { id: 'self', minCount: 0, minHours: 0 },
  ]),
  fc.tuple(...(['community', 'work', 'self'] as const).map((id) =>
    fc.record({ minCount: fc.integer({ min: 0, max: 4 }), minHours: fc.integer({ min: 0, max: 8 }), maxViolations: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }) }).map((c) => ({
      id,
      minCount: c.minCount,
      minHours: c.minHours,
      ...(c.maxViolations === undefined ? {} : { maxViolations: c.maxViolations }),
    })),
  )),
);

/**
 * Ratings files: often one for 2024 (sometimes split into two decisions over disjoint
 * people), sometimes none for 2024 (provisional), sometimes one of another year; each member
 * rated mostly htt, some unrated.
 */
const ratingsPlanArb = fc.record({
  has2024: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  split: fc.boolean(),
  otherYear: fc.option(fc.constantFrom(2023, 2025), { nil: undefined }),
  levels: fc.array(fc.constantFrom<RatingLevel | null>('htxs', 'htt', 'htt', 'htt', 'htt', 'ht', 'kht', null), { minLength: 12, maxLength: 12 }),
});

function toRatings(plan: { has2024: boolean; split: boolean; otherYear?: number; levels: (RatingLevel | null)[] }, members: PlainMember[]): PlainRatings[] {
  const files: PlainRatings[] = [];
  const rated = members.map((m, i) => [m.id, plan.levels[i % plan.levels.length] ?? null] as const).filter((x): x is readonly [string, RatingLevel] => x[1] !== null);
  if (plan.otherYear !== undefined) files.push({ year: plan.otherYear, levels: Object.fromEntries(rated.map(([id]) => [id, 'kht'])) });
  if (plan.has2024) {
    const half = plan.split ? Math.ceil(rated.length / 2) : rated.length;
    files.push({ year: 2024, levels: Object.fromEntries(rated.slice(0, half)) });
    if (plan.split) files.push({ year: 2024, levels: Object.fromEntries(rated.slice(half)) });
  }
  return files;
}

export const unitArb: fc.Arbitrary<PlainUnit> = fc
  .record({
    departments: fc.constantFrom<string[]>(['a'], ['a', 'b'], ['a', 'b', 'c']),
    memberCount: fc.integer({ min: 1, max: 12 }),
    rawActivities: fc.array(rawActivityArb, { maxLength: 60, size: 'medium' }),
    rawShifts: fc.array(fc.record({ date: dateBetween('2023-12-20', '2025-01-10'), type: fc.constantFrom('day' as const, 'night' as const), dept: fc.nat(), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }), { maxLength: 40, size: 'medium' }),
    populationGroups: fc.constantFrom<string[]>([], ['doan-vien'], ['doan-vien', 'dang-vien']),
    criteria: criteriaArb,
    targetPermille: fc.constantFrom(0, 100, 150, 200, 250, 333, 500, 1000),
    minLevel: fc.constantFrom<Level>('co-so', 'co-so', 'co-so', 'tinh', 'toan-quoc'),
    require01m: fc.boolean(),
    capPercent: fc.constantFrom(0, 10, 15, 20, 25, 50, 100),
    minTenureMonths: fc.constantFrom(0, 6, 10, 12),
    maxFormalViolations: fc.constantFrom(0, 1),
    minRating: fc.constantFrom<RatingLevel>('htt', 'htt', 'ht', 'htxs'),
    maxLeaveDays: fc.constantFrom(40, 40, 5, 1, 100),
    rounding: fc.constantFrom<'floor' | 'half-up'>('floor', 'floor', 'half-up'),
    advancedBlockFrom: fc.constantFrom<DisciplineForm>('canh-cao', 'canh-cao', 'khien-trach', 'ha-bac-luong'),
    excellentPermille: fc.constantFrom(700, 700, 500, 1000),
    excellentBlockFrom: fc.constantFrom<DisciplineForm>('canh-cao', 'canh-cao', 'khien-trach', 'buoc-thoi-viec'),
    researchCriterion: fc.option(fc.constantFrom<'work' | 'self'>('work', 'self'), { nil: undefined, freq: 3 }),
    ratingsPlan: ratingsPlanArb,
    holidays: fc.uniqueArray(dateBetween('2024-01-01', '2024-12-31'), { minLength: 1, maxLength: 4 }),
  })
  .chain((r) =>
    fc.array(memberArb(r.departments), { minLength: r.memberCount, maxLength: r.memberCount }).map((ms) => {
      // Ids m0, m1, …, m11: string order differs from numeric order from m10 on.
      const members: PlainMember[] = ms.map((m, i) => ({ id: `m${i}`, ...m }));
      return {
        departments: r.departments,
        members,
        activities: r.rawActivities.map((a) => toActivity(a, members, r.departments)),
        shifts: toShifts(r.rawShifts, members, r.departments),
        ratings: toRatings(r.ratingsPlan, members),
        populationGroups: r.populationGroups,
        criteria: r.criteria,
        targetPermille: r.targetPermille,
        minLevel: r.minLevel,
        require01m: r.require01m,
        capPercent: r.capPercent,
        minTenureMonths: r.minTenureMonths,
        maxFormalViolations: r.maxFormalViolations,
        minRating: r.minRating,
        maxLeaveDays: r.maxLeaveDays,
        rounding: r.rounding,
        advancedBlockFrom: r.advancedBlockFrom,
        excellentPermille: r.excellentPermille,
        excellentBlockFrom: r.excellentBlockFrom,
        ...(r.researchCriterion === undefined ? {} : { researchCriterion: r.researchCriterion }),
        holidays: [...r.holidays].sort(),
      };
    }),
  );

const LABELS = { community: 'Cộng đồng', work: 'Công việc', self: 'Bản thân' } as const;

/** The unit's rules.yaml content. */
export function rulesOf(u: PlainUnit): RulesInput {
  return {
    population: { groups: u.populationGroups },
    criteria: Object.fromEntries(
      u.criteria.map((c) => [c.id, { label: LABELS[c.id], min_count: c.minCount, min_hours: c.minHours, ...(c.maxViolations === undefined ? {} : { max_violations: c.maxViolations }) }]),
    ),
    ...(u.researchCriterion === undefined ? {} : { kinds: { research: { label: 'Đề tài khoa học', criterion: u.researchCriterion } } }),
    innovation: { target: u.targetPermille / 1000, min_level: u.minLevel, require_01m: u.require01m },
    commendation: {
      advanced_worker: { min_tenure_months: u.minTenureMonths, max_formal_violations: u.maxFormalViolations, min_rating: u.minRating, max_leave_days: u.maxLeaveDays },
      emulation_fighter: { cap: u.capPercent / 100, rounding: u.rounding },
      advanced_collective: { block_from: u.advancedBlockFrom },
      excellent_collective: { min_share: u.excellentPermille / 1000, block_from: u.excellentBlockFrom },
    },
    holidays: u.holidays,
  };
}

function memberRecord(m: PlainMember) {
  return {
    id: m.id,
    name: `Người ${m.id}`,
    department: m.department,
    groups: m.groups,
    ...(m.joined ? { joined: m.joined } : {}),
    ...(m.left ? { left: m.left } : {}),
    direct_worker: m.directWorker,
    ...(m.leave.length > 0 ? { leave: m.leave } : {}),
  };
}

const hasTitle = (kind: string) => kind === 'initiative' || kind === 'award' || kind === 'research';

function activityRecord(a: PlainActivity, i: number) {
  return {
    kind: a.kind,
    date: a.date,
    ...(hasTitle(a.kind) ? { title: `${a.kind} ${i}` } : {}),
    members: a.members,
    ...(a.except.length > 0 ? { except: a.except } : {}),
    ...(a.hours === undefined ? {} : { hours: a.hours }),
    ...(a.level && a.kind === 'initiative' ? { level: a.level, recognized: a.recognized } : {}),
    ...(a.level && a.kind === 'research' ? { level: a.level, accepted: a.accepted, decision: `${i}/QĐ-TTYT` } : {}),
    ...(a.kind === 'initiative' ? { in_01m: a.in01m } : {}),
    ...(a.kind === 'violation' ? { type: 'late', severity: a.severity, ...(a.form ? { form: a.form } : {}) } : {}),
  };
}

/** The plain unit as a DataSet, through the unit-test builders. */
export function toDataSet(u: PlainUnit): DataSet {
  return dataSet({
    unit: unit({ name: 'Đơn vị thử', kind: 'doan', departments: u.departments.map((id) => ({ source: { file: 'unit.yaml', line: 1, column: 1 }, at: [], items: {}, id, name: `Khoa ${id}` })) }),
    rules: rulesOf(u),
    members: u.members.map((m) =>
      member({
        id: m.id,
        department: m.department,
        groups: m.groups,
        directWorker: m.directWorker,
        ...(m.joined ? { joined: m.joined } : {}),
        ...(m.left ? { left: m.left } : {}),
        leave: m.leave.map((l) => leave(l.from, l.to, l.kind)),
      }),
    ),
    activities: u.activities.map((a, i) =>
      activity({
        kind: a.kind,
        date: a.date,
        ...(hasTitle(a.kind) ? { title: `${a.kind} ${i}` } : {}),
        members: a.members,
        except: a.except,
        ...(a.hours === undefined ? {} : { hours: a.hours }),
        ...(a.level && a.kind === 'initiative' ? { level: a.level, recognized: a.recognized! } : {}),
        ...(a.level && a.kind === 'research' ? { level: a.level, accepted: a.accepted!, decision: `${i}/QĐ-TTYT` } : {}),
        in01m: a.in01m,
        ...(a.kind === 'violation' ? { type: 'late' as const } : {}),
        severity: a.severity,
        // The loader's default form (SPEC §6): a formal violation without one is a khiển trách.
        ...(a.severity === 'formal' ? { form: a.form ?? 'khien-trach' } : {}),
      }),
    ),
    shifts: u.shifts.map((s) => shift({ date: s.date, type: s.type, department: s.department, members: s.members })),
    ratings: u.ratings.map((r) => ratings(r.year, r.levels)),
  });
}

/** Writes the plain unit as a data folder (one JSON-style flow record per line: valid YAML 1.2). */
export function writeDataFolder(u: PlainUnit, dir: string): void {
  mkdirSync(join(dir, 'activities'), { recursive: true });
  mkdirSync(join(dir, 'shifts'), { recursive: true });
  const seq = (items: unknown[]) => (items.length === 0 ? '[]\n' : items.map((x) => `- ${JSON.stringify(x)}\n`).join(''));
  writeFileSync(join(dir, 'unit.yaml'), `name: Đơn vị thử\nkind: doan\ndepartments:\n${u.departments.map((id) => `  - { id: ${id}, name: Khoa ${id} }\n`).join('')}`);
  writeFileSync(join(dir, 'rules.yaml'), `${JSON.stringify(rulesOf(u), null, 2)}\n`);
  writeFileSync(join(dir, 'members.yaml'), seq(u.members.map(memberRecord)));
  writeFileSync(join(dir, 'activities', 'all.yaml'), seq(u.activities.map(activityRecord)));
  writeFileSync(join(dir, 'shifts', 'all.yaml'), seq(u.shifts));
  // One file a decision, named so that path order is the plain unit's order.
  if (u.ratings.length > 0) mkdirSync(join(dir, 'ratings'), { recursive: true });
  u.ratings.forEach((r, i) => writeFileSync(join(dir, 'ratings', `${i}-${r.year}.yaml`), `year: ${r.year}\nlevels: ${JSON.stringify(r.levels)}\n`));
}
