/**
 * Per-member figures of one evaluation window (SPEC §3 "Population", "Counts",
 * "Required"): counts and hours per criterion, pro-rated requirements, violations.
 */
import { activityHours, inPopulationGroups, isActiveOn } from '../model/activity.js';
import { addDays, daysBetweenInclusive, daysInYear, isWeekend, maxDate, minDate, yearOf } from '../model/dates.js';
import { add, fromNumber, mul, rational, roundHalfUp, toNumber, ZERO, type Rational } from '../model/rational.js';
import type { Activity, DataSet, LeaveKind, Member } from '../model/types.js';
import { compareById } from './order.js';

export interface EvalWindow {
  readonly evalFrom: string;
  readonly asOf: string;
}

export interface CriterionScore {
  readonly count: number;
  readonly hours: number;
  readonly requiredCount: number;
  readonly requiredHours: number;
  readonly met: boolean;
  /** Only for criteria with `maxViolations`. */
  readonly violations?: number;
  readonly maxViolations?: number;
}

export interface MemberScore {
  readonly member: Member;
  readonly activeDays: number;
  /** Days of leave within the window and the member's active days (SPEC §6). */
  readonly leaveDays: number;
  /** Leave days that are Monday–Friday, not holidays, of kinds other than maternity and work injury. */
  readonly leaveWorkingDays: number;
  /** Keyed by criterion id, in the rules' order. */
  readonly criteria: Readonly<Record<string, CriterionScore>>;
  readonly allMet: boolean;
  readonly violations: number;
  readonly formalViolations: number;
  /** Counted activities over all criteria. */
  readonly totalCount: number;
}

/** Each activity's expanded member ids, computed once per data set. */
export type Expansion = ReadonlyMap<Activity, readonly string[]>;

export function inWindow(date: string, w: EvalWindow): boolean {
  return w.evalFrom <= date && date <= w.asOf;
}

/** Population = members active on `asOf` who have one of the population groups. Sorted by id. */
export function population(data: DataSet, asOf: string): Member[] {
  return data.members.filter((m) => isActiveOn(m, asOf) && inPopulationGroups(m, data.rules)).sort(compareById);
}

/** Days the member is active within the window. */
export function activeDaysIn(member: Member, w: EvalWindow): number {
  const from = member.joined === undefined ? w.evalFrom : maxDate(member.joined, w.evalFrom);
  const to = member.left === undefined ? w.asOf : minDate(member.left, w.asOf);
  return to < from ? 0 : daysBetweenInclusive(from, to);
}

/** Leave that does not count against the advanced-worker limit on days off (SPEC §6). */
const PROTECTED_LEAVE: ReadonlySet<LeaveKind> = new Set(['maternity', 'work-injury']);

/**
 * The member's leave inside the window, clipped to the days the member is active: leave
 * written beyond `joined`/`left` cannot take more days than the member has (docs/decisions.md).
 */
export function leaveIn(member: Member, w: EvalWindow, isHoliday: (date: string) => boolean): { days: number; workingDays: number } {
  let days = 0;
  let workingDays = 0;
  if (member.leave.length === 0) return { days, workingDays };
  const from = member.joined === undefined ? w.evalFrom : maxDate(member.joined, w.evalFrom);
  const to = member.left === undefined ? w.asOf : minDate(member.left, w.asOf);
  for (const l of member.leave) {
    const a = maxDate(l.from, from);
    const b = minDate(l.to, to);
    if (b < a) continue;
    days += daysBetweenInclusive(a, b);
    if (PROTECTED_LEAVE.has(l.kind)) continue;
    for (let d = a; d <= b; d = addDays(d, 1)) if (!isWeekend(d) && !isHoliday(d)) workingDays++;
  }
  return { days, workingDays };
}

/** The kinds of the member's leave that fall in the window, in the order written, each once. */
export function leaveKindsIn(member: Member, w: EvalWindow): LeaveKind[] {
  return [...new Set(member.leave.filter((l) => l.from <= w.asOf && l.to >= w.evalFrom).map((l) => l.kind))];
}

/** Hours are added up in millionths of an hour while each addend is a whole number of them (exact in a double). */
const MICRO = 1_000_000n;
/** An addend at most this many millionths, and a sum at most `MICRO_SUM_LIMIT`: every sum stays an exact integer. */
const MICRO_ADDEND_LIMIT = 2 ** 31;
const MICRO_SUM_LIMIT = 2 ** 52;

/** Hours per person of one activity: whole millionths of an hour when they are, and the exact value. */
interface ActivityHours {
  readonly micro: number | undefined;
  readonly exact: Rational;
}

function hoursOf(value: number): ActivityHours {
  const exact = fromNumber(value);
  if (MICRO % exact.d !== 0n) return { micro: undefined, exact };
  const micro = Number(exact.n * (MICRO / exact.d));
  return { micro: Math.abs(micro) <= MICRO_ADDEND_LIMIT ? micro : undefined, exact };
}

interface Tally {
  /** By the criterion's index in the rules. */
  readonly counts: number[];
  /** Millionths of an hour, by criterion index: exact integers. */
  readonly micro: number[];
  /** Hours that are not whole millionths (or too many of them), by criterion index. */
  readonly rest: (Rational | undefined)[];
  violations: number;
  formal: number;
}

/** The exact hours of a tally's criterion: its millionths and the rest, added up. */
function tallyHours(t: Tally, index: number): Rational {
  const micro = t.micro[index] ?? 0;
  const rest = t.rest[index];
  const fromMicro = micro === 0 ? ZERO : rational(BigInt(micro), MICRO);
  return rest === undefined ? fromMicro : add(fromMicro, rest);
}

/** `isHoliday` tells the official days off, for the leave's working days. */
export function computeScorecards(
  data: DataSet,
  members: readonly Member[],
  w: EvalWindow,
  expansion: Expansion,
  isHoliday: (date: string) => boolean,
): MemberScore[] {
  const ruleCriteria = data.rules.criteria;
  // Criteria by id (the first of an id): an activity of a criterion the rules do not list counts for nothing.
  const criterionIndex = new Map<string, number>();
  ruleCriteria.forEach((c, i) => {
    if (!criterionIndex.has(c.id)) criterionIndex.set(c.id, i);
  });
  const tallies = new Map<string, Tally>();
  for (const m of members) {
    const zeros = ruleCriteria.map(() => 0);
    tallies.set(m.id, { counts: zeros, micro: [...zeros], rest: ruleCriteria.map(() => undefined), violations: 0, formal: 0 });
  }
  // The few distinct hour values, each read once.
  const hoursByValue = new Map<number, ActivityHours>();
  for (const activity of data.activities) {
    if (!inWindow(activity.date, w)) continue;
    const ids = expansion.get(activity) ?? [];
    if (activity.kind === 'violation') {
      for (const id of ids) {
        const t = tallies.get(id);
        if (!t) continue;
        t.violations++;
        if (activity.severity === 'formal') t.formal++;
      }
      continue;
    }
    const kind = data.rules.kinds[activity.kind];
    const criterion = kind?.criterion;
    if (criterion === undefined || activity.kind === 'award') continue; // research counts only when rules.yaml maps it
    const index = criterionIndex.get(criterion);
    const value = activityHours(activity, kind);
    let hours = hoursByValue.get(value);
    if (hours === undefined) {
      hours = hoursOf(value);
      hoursByValue.set(value, hours);
    }
    if (index === undefined) continue;
    for (const id of ids) {
      const t = tallies.get(id);
      if (!t) continue;
      t.counts[index]!++;
      const sum = hours.micro === undefined ? MICRO_SUM_LIMIT + 1 : t.micro[index]! + hours.micro;
      if (Math.abs(sum) <= MICRO_SUM_LIMIT) t.micro[index] = sum;
      else {
        const prev = t.rest[index];
        t.rest[index] = prev === undefined ? hours.exact : add(prev, hours.exact);
      }
    }
  }
  const required = ruleCriteria.map((c) => ({ count: fromNumber(c.minCount), hours: fromNumber(c.minHours) }));
  const daysOfYear = BigInt(daysInYear(yearOf(w.asOf)));
  return members.map((member) => {
    const t = tallies.get(member.id)!;
    const activeDays = activeDaysIn(member, w);
    const leave = leaveIn(member, w, isHoliday);
    // Pro-rated by the days at work: leave is not owed activities (SPEC §6).
    const share = rational(BigInt(activeDays - leave.days), daysOfYear);
    const criteria: Record<string, CriterionScore> = {};
    let allMet = true;
    let totalCount = 0;
    ruleCriteria.forEach((c, i) => {
      const index = criterionIndex.get(c.id)!;
      const count = t.counts[index]!;
      const hours = toNumber(tallyHours(t, index));
      const requiredCount = roundHalfUp(mul(required[i]!.count, share));
      const requiredHours = roundHalfUp(mul(required[i]!.hours, share));
      const withinViolations = c.maxViolations === undefined || t.violations <= c.maxViolations;
      const met = count >= requiredCount && hours >= requiredHours && withinViolations;
      allMet &&= met;
      totalCount += count;
      criteria[c.id] = {
        count,
        hours,
        requiredCount,
        requiredHours,
        met,
        ...(c.maxViolations === undefined ? {} : { violations: t.violations, maxViolations: c.maxViolations }),
      };
    });
    return {
      member,
      activeDays,
      leaveDays: leave.days,
      leaveWorkingDays: leave.workingDays,
      criteria,
      allMet,
      violations: t.violations,
      formalViolations: t.formal,
      totalCount,
    };
  });
}
