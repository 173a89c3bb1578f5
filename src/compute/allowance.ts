/**
 * The duty allowance (phụ cấp thường trực, SPEC §7; QĐ 73/2011/QĐ-TTg Art. 2): each person on
 * each paid shift of the payroll period gets `rate × class × dayFactor × intensiveFactor`,
 * rounded half-up to a whole đồng, exactly (rationals, never floats).
 */
import { fromNumber, mul, ONE, roundHalfUp, type Rational } from '../model/rational.js';
import type { AllowanceRules, DataSet, DutyClass, Rules } from '../model/types.js';
import { distinctIds } from '../model/shift-time.js';
import type { TimedShift } from './shifts.js';
import { compareEntryKeys, sortByDepartmentThenName } from './order.js';

/** The day type that picks the factor: a holiday wins over a weekend. */
export type DutyDay = 'ordinary' | 'weekend' | 'holiday';

/** Paid shifts by class: 24/24, 16/24 and 12/24 giờ. */
export interface ClassCounts {
  readonly full: number;
  readonly threeQuarter: number;
  readonly half: number;
}

/** Paid shifts by day type. */
export interface DayCounts {
  readonly ordinary: number;
  readonly weekend: number;
  readonly holiday: number;
}

export interface MemberAllowance {
  readonly id: string;
  /** Paid shifts (class above 0). */
  readonly shifts: number;
  readonly byClass: ClassCounts;
  readonly byDay: DayCounts;
  /** Whole đồng: the sum of the rounded amounts of the person's shifts. */
  readonly amount: number;
}

export interface AllowanceFigures {
  readonly rules: AllowanceRules;
  /** The payroll period: shifts dated in [from, to]. */
  readonly from: string;
  readonly to: string;
  /** People with a paid shift, by id. */
  readonly members: readonly MemberAllowance[];
  /** The same people's ids as a clerk lists a payroll: by department in unit.yaml order, then in Vietnamese name order. */
  readonly payrollOrder: readonly string[];
  /** Column sums of `members`. */
  readonly totals: { readonly shifts: number; readonly byClass: ClassCounts; readonly byDay: DayCounts };
  /** Whole đồng. */
  readonly total: number;
}

/** Duration thresholds of SPEC §7, in minutes: ≥ 24 h → 1, ≥ 16 h → 0.75, ≥ 12 h → 0.5. */
const CLASS_BY_DURATION: readonly (readonly [number, DutyClass])[] = [
  [24 * 60, 1],
  [16 * 60, 0.75],
  [12 * 60, 0.5],
];

/** A shift's duty class: its type's `allowance`, else by its duration; shorter than 12 h is 0. */
export function dutyClassOf(t: TimedShift, rules: Rules): DutyClass {
  const byType = rules.shifts.types[t.shift.type]?.allowance;
  if (byType !== undefined) return byType;
  const minutes = t.end - t.start;
  for (const [min, c] of CLASS_BY_DURATION) if (minutes >= min) return c;
  return 0;
}

export function dutyDayOf(t: TimedShift): DutyDay {
  return t.holiday ? 'holiday' : t.weekend ? 'weekend' : 'ordinary';
}

/** One person's amount for one shift, in whole đồng (half a đồng rounds up). */
export function shiftAmount(rules: AllowanceRules, c: DutyClass, day: DutyDay, intensive: boolean): number {
  const dayFactor: Rational = day === 'holiday' ? fromNumber(rules.holidayFactor) : day === 'weekend' ? fromNumber(rules.weekendFactor) : ONE;
  const intensiveFactor = intensive ? fromNumber(rules.intensiveFactor) : ONE;
  return roundHalfUp(mul(mul(mul(fromNumber(rules.rate), fromNumber(c)), dayFactor), intensiveFactor));
}

interface Tally {
  shifts: number;
  full: number;
  threeQuarter: number;
  half: number;
  ordinary: number;
  weekend: number;
  holiday: number;
  amount: bigint;
}

const emptyTally = (): Tally => ({ shifts: 0, full: 0, threeQuarter: 0, half: 0, ordinary: 0, weekend: 0, holiday: 0, amount: 0n });

function addShift(t: Tally, c: DutyClass, day: DutyDay, amount: number): void {
  t.shifts++;
  if (c === 1) t.full++;
  else if (c === 0.75) t.threeQuarter++;
  else t.half++;
  t[day]++;
  t.amount += BigInt(amount);
}

const classCounts = (t: Tally): ClassCounts => ({ full: t.full, threeQuarter: t.threeQuarter, half: t.half });
const dayCounts = (t: Tally): DayCounts => ({ ordinary: t.ordinary, weekend: t.weekend, holiday: t.holiday });

/**
 * The payroll of the shifts dated in [from, to] — `timed`, as `timeShiftsIn` gives them: every
 * member on a paid shift, population or not (a member listed twice on one shift is paid
 * once). `null` without an `allowance` block.
 */
export function computeAllowance(data: DataSet, from: string, to: string, timed: readonly TimedShift[]): AllowanceFigures | null {
  const rules = data.rules.allowance;
  if (rules === null) return null;
  const intensive = new Set(rules.intensiveCare);
  const tallies = new Map<string, Tally>();
  const all = emptyTally();
  // At most 4 classes × 3 days × 2: each amount is worked out once, not once per shift.
  const amounts = new Map<string, number>();
  for (const t of timed) {
    const s = t.shift;
    const c = dutyClassOf(t, data.rules);
    if (c === 0) continue;
    const day = dutyDayOf(t);
    const isIntensive = intensive.has(s.department);
    const key = `${c}|${day}|${isIntensive}`;
    let amount = amounts.get(key);
    if (amount === undefined) {
      amount = shiftAmount(rules, c, day, isIntensive);
      amounts.set(key, amount);
    }
    for (const id of distinctIds(s.members)) {
      const tally = tallies.get(id) ?? emptyTally();
      addShift(tally, c, day, amount);
      tallies.set(id, tally);
      addShift(all, c, day, amount);
    }
  }
  const members = [...tallies.entries()]
    .sort(compareEntryKeys)
    .map(([id, t]) => ({ id, shifts: t.shifts, byClass: classCounts(t), byDay: dayCounts(t), amount: Number(t.amount) }));
  return {
    rules,
    from,
    to,
    members,
    payrollOrder: sortByDepartmentThenName(members.map((m) => m.id), new Map(data.members.map((m) => [m.id, m])), data.unit.departments),
    totals: { shifts: all.shifts, byClass: classCounts(all), byDay: dayCounts(all) },
    total: Number(all.amount),
  };
}
