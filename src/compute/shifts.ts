/**
 * The duty-roster figures of one window (SPEC §3 "Shifts"): per-member counts, coverage
 * gaps, rest and night-limit warnings, and fairness per department.
 */
import { isWeekend } from '../model/dates.js';
import {
  distinctIds,
  findCoverageGaps,
  findNightExcess,
  findRestShortfalls,
  intervalsByMember,
  shiftInterval,
  type ShiftInterval,
} from '../model/shift-time.js';
import type { DataSet, Rules, Shift } from '../model/types.js';
import type { HolidayCalendar } from './holidays.js';
import { compareDates, compareIds } from './order.js';

export interface MemberShiftCounts {
  readonly total: number;
  readonly hours: number;
  readonly night: number;
  readonly weekend: number;
  readonly holiday: number;
}

export interface TimedShift extends ShiftInterval {
  /** Duration in hours. */
  readonly hours: number;
  readonly weekend: boolean;
  readonly holiday: boolean;
}

export interface CoverageGap {
  readonly date: string;
  readonly department: string;
  readonly type: string;
  readonly have: number;
  readonly need: number;
  /** People missing: `need - have`. */
  readonly missing: number;
}

export interface RestViolation {
  readonly member: string;
  readonly first: string;
  readonly second: string;
  readonly restHours: number;
}

export interface NightLimitExcess {
  readonly member: string;
  readonly month: string;
  readonly nights: number;
}

export type FairnessMeasure = 'night' | 'weekend' | 'holiday';
export const FAIRNESS_MEASURES: readonly FairnessMeasure[] = ['night', 'weekend', 'holiday'];

export interface FairnessRow {
  readonly department: string;
  readonly measure: FairnessMeasure;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly stdev: number;
}

export interface ShiftFigures {
  /** Shift records dated in the window (everyone's). */
  readonly total: number;
  /** Members of `population` with at least one shift in the window, by id. */
  readonly perMember: ReadonlyMap<string, MemberShiftCounts>;
  readonly coverageGaps: readonly CoverageGap[];
  readonly restViolations: readonly RestViolation[];
  readonly nightLimit: readonly NightLimitExcess[];
  readonly fairness: readonly FairnessRow[];
}

export interface ShiftWindow {
  readonly data: DataSet;
  /** Ids of the members counted per member, in fairness, rest and night limit: the population
   * (everyone, for the payroll CSV). Coverage counts everyone on a shift regardless. */
  readonly population: ReadonlySet<string>;
  readonly evalFrom: string;
  readonly asOf: string;
  readonly calendar: HolidayCalendar;
  /** The shifts of [evalFrom, asOf] as `timeShiftsIn` gives them, when the caller has them already. */
  readonly timed?: readonly TimedShift[];
}

/** One shift classified: interval, duration, night, weekend, holiday. */
export function timeShift(shift: Shift, rules: Rules, calendar: HolidayCalendar): TimedShift | undefined {
  const iv = shiftInterval(shift, rules);
  if (!iv) return undefined;
  // One object literal (not a spread of `iv`): one allocation of one shape per shift.
  return {
    shift: iv.shift,
    start: iv.start,
    end: iv.end,
    night: iv.night,
    hours: (iv.end - iv.start) / 60,
    weekend: isWeekend(shift.date),
    holiday: calendar.isHoliday(shift.date),
  };
}

/** Population standard deviation; mean and deviation are full-precision numbers. */
export function spread(values: readonly number[]): { min: number; max: number; mean: number; stdev: number } {
  if (values.length === 0) return { min: 0, max: 0, mean: 0, stdev: 0 };
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const mean = sum / n;
  // Integers: n² · variance = n·Σx² − (Σx)² is exact, so equal values give exactly 0.
  const sumSq = values.reduce((a, b) => a + b * b, 0);
  const stdev = Math.sqrt(Math.max(0, n * sumSq - sum * sum)) / n;
  return { min: Math.min(...values), max: Math.max(...values), mean, stdev };
}

interface CountTally {
  total: number;
  minutes: number;
  night: number;
  weekend: number;
  holiday: number;
}

/** Per-member counts over classified shifts, for the members `include` accepts; sorted by id. */
export function countPerMember(timed: readonly TimedShift[], include: (id: string) => boolean): Map<string, MemberShiftCounts> {
  const tallies = new Map<string, CountTally>();
  for (const t of timed) {
    const minutes = t.end - t.start;
    for (const id of distinctIds(t.shift.members)) {
      let c = tallies.get(id);
      if (c === undefined) {
        if (!include(id)) continue;
        c = { total: 0, minutes: 0, night: 0, weekend: 0, holiday: 0 };
        tallies.set(id, c);
      }
      c.total++;
      c.minutes += minutes;
      if (t.night) c.night++;
      if (t.weekend) c.weekend++;
      if (t.holiday) c.holiday++;
    }
  }
  const ids = [...tallies.keys()].sort(compareIds);
  const out = new Map<string, MemberShiftCounts>();
  for (const id of ids) {
    const c = tallies.get(id)!;
    out.set(id, { total: c.total, hours: c.minutes / 60, night: c.night, weekend: c.weekend, holiday: c.holiday });
  }
  return out;
}

/**
 * Everyone's shift counts over [from, to] — the payroll table of the listed part of a
 * window, population or not.
 */
export function countShiftsOfEveryone(timed: readonly TimedShift[]): Map<string, MemberShiftCounts> {
  return countPerMember(timed, () => true);
}

/** The shifts dated in [from, to], timed and classified; a shift whose times do not resolve is left out. */
export function timeShiftsIn(data: DataSet, from: string, to: string, calendar: HolidayCalendar): TimedShift[] {
  const out: TimedShift[] = [];
  for (const s of data.shifts) {
    if (from > s.date || s.date > to) continue;
    const t = timeShift(s, data.rules, calendar);
    if (t !== undefined) out.push(t);
  }
  return out;
}

export function computeShiftFigures(w: ShiftWindow): ShiftFigures {
  const { data, population, evalFrom, asOf, calendar } = w;
  const inWindow = data.shifts.filter((s) => evalFrom <= s.date && s.date <= asOf);
  const timed = w.timed ?? timeShiftsIn(data, evalFrom, asOf, calendar);

  const perMember = countPerMember(timed, (id) => population.has(id));

  const byMember = intervalsByMember(timed);
  for (const id of [...byMember.keys()]) if (!population.has(id)) byMember.delete(id);
  const restViolations = findRestShortfalls(byMember, data.rules.shifts.minRestHours)
    .map((r) => ({ member: r.member, first: r.first.shift.date, second: r.second.shift.date, restHours: r.restMinutes / 60 }))
    .sort((a, b) => compareDates(a.first, b.first) || compareIds(a.member, b.member) || compareDates(a.second, b.second));
  const nightLimit = findNightExcess(byMember, data.rules.shifts.maxNightsPerMonth).map((n) => ({ member: n.member, month: n.month, nights: n.nights }));
  const coverageGaps = findCoverageGaps(inWindow, data.rules.shifts.coverage, evalFrom, asOf).map((g) => ({
    date: g.date,
    department: g.department,
    type: g.type,
    have: g.have,
    need: g.need,
    missing: g.need - g.have,
  }));

  const departmentOf = new Map(data.members.map((m) => [m.id, m.department]));
  const departmentIds = [...new Set(data.unit.departments.map((d) => d.id))].sort(compareIds);
  const fairness: FairnessRow[] = [];
  for (const department of departmentIds) {
    const counts = [...perMember.entries()].filter(([id]) => departmentOf.get(id) === department).map(([, c]) => c);
    if (counts.length === 0) continue;
    for (const measure of FAIRNESS_MEASURES) fairness.push({ department, measure, ...spread(counts.map((c) => c[measure])) });
  }

  return { total: inWindow.length, perMember, coverageGaps, restViolations, nightLimit, fairness };
}
