/**
 * Shifts in time (SPEC §3 "Shifts"): each shift as a half-open interval of minutes since
 * 1970-01-01 00:00 wall-clock time (no time zone ever applies), and the rules over those
 * intervals that both `check` and the report use: overlaps, rest, night limit, coverage.
 */
import { compareDates, dayNumber, fromDayNumber, isValidDate, maxDate, minDate, parseTime } from './dates.js';
import { compareIds, compareSources } from './order.js';
import type { CoverageRule, Rules, Shift } from './types.js';

const DAY = 1440;

export interface ShiftInterval {
  readonly shift: Shift;
  /** Minutes since 1970-01-01 00:00. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly night: boolean;
}

/**
 * Start and end of a shift: the record's own `start`/`end` override its type's separately;
 * end <= start is the next day (equal = 24 h). `undefined` when the type is unknown or a
 * time is malformed (the checks report those).
 */
export function shiftInterval(shift: Shift, rules: Rules): ShiftInterval | undefined {
  const type = rules.shifts.types[shift.type];
  const startText = shift.start ?? type?.start;
  const endText = shift.end ?? type?.end;
  if (startText === undefined || endText === undefined) return undefined;
  const s = parseTime(startText);
  const e = parseTime(endText);
  if (s === undefined || e === undefined) return undefined;
  let base: number;
  try {
    base = dayNumber(shift.date) * DAY;
  } catch {
    return undefined;
  }
  const start = base + s;
  const end = base + e + (e <= s ? DAY : 0);
  return { shift, start, end, night: overlapsNightWindow(start, end, rules.shifts.nightWindow) };
}

/** Does [start, end) meet the night window of any day? Half-open: 14:00–22:00 does not meet 22:00–06:00. */
export function overlapsNightWindow(start: number, end: number, window: { readonly start: string; readonly end: string }): boolean {
  const ns = parseTime(window.start);
  const ne = parseTime(window.end);
  if (ns === undefined || ne === undefined) return false;
  const length = ne > ns ? ne - ns : ne - ns + DAY;
  for (let day = Math.floor(start / DAY) - 1; day * DAY < end; day++) {
    const ws = day * DAY + ns;
    const we = ws + length;
    if (Math.max(start, ws) < Math.min(end, we)) return true;
  }
  return false;
}

function compareIntervals(a: ShiftInterval, b: ShiftInterval): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareSources(a.shift.source, b.shift.source)
  );
}

/**
 * The ids of a list, each once, in the order first listed (as a `Set` gives them): the list
 * itself when none repeats, which is nearly always, so that nothing is allocated per shift.
 */
export function distinctIds(ids: readonly string[]): readonly string[] {
  if (ids.length <= 16) {
    for (let i = 1; i < ids.length; i++) if (ids.lastIndexOf(ids[i]!, i - 1) >= 0) return [...new Set(ids)];
    return ids;
  }
  const set = new Set(ids);
  return set.size === ids.length ? ids : [...set];
}

/** Each member's shifts, in time order. Members listed twice on one shift count once. */
export function intervalsByMember(intervals: readonly ShiftInterval[]): Map<string, ShiftInterval[]> {
  const out = new Map<string, ShiftInterval[]>();
  for (const iv of intervals) {
    for (const id of distinctIds(iv.shift.members)) {
      const list = out.get(id);
      if (list) list.push(iv);
      else out.set(id, [iv]);
    }
  }
  const sorted = new Map<string, ShiftInterval[]>();
  for (const id of [...out.keys()].sort(compareIds)) sorted.set(id, out.get(id)!.sort(compareIntervals));
  return sorted;
}

interface ShiftOverlap {
  readonly member: string;
  /** The earlier shift. */
  readonly first: ShiftInterval;
  /** The shift that starts before `first` has ended: the one a message points at. */
  readonly second: ShiftInterval;
}

/** Two shifts of one member that share time. Meeting end-to-start is no overlap. */
export function findOverlaps(byMember: ReadonlyMap<string, readonly ShiftInterval[]>): ShiftOverlap[] {
  const out: ShiftOverlap[] = [];
  for (const [member, list] of byMember) {
    let latest: ShiftInterval | undefined;
    for (const iv of list) {
      if (latest && iv.start < latest.end) out.push({ member, first: latest, second: iv });
      if (!latest || iv.end > latest.end) latest = iv;
    }
  }
  return out;
}

interface RestShortfall {
  readonly member: string;
  readonly first: ShiftInterval;
  readonly second: ShiftInterval;
  /** Minutes between the end of `first` and the start of `second`. */
  readonly restMinutes: number;
}

/** Consecutive shifts of one member with 0 <= rest < min_rest_hours (overlaps are errors, not rest). */
export function findRestShortfalls(byMember: ReadonlyMap<string, readonly ShiftInterval[]>, minRestHours: number): RestShortfall[] {
  const out: RestShortfall[] = [];
  const min = minRestHours * 60;
  for (const [member, list] of byMember) {
    for (let i = 1; i < list.length; i++) {
      const first = list[i - 1]!;
      const second = list[i]!;
      const rest = second.start - first.end;
      if (rest >= 0 && rest < min) out.push({ member, first, second, restMinutes: rest });
    }
  }
  return out;
}

interface NightExcess {
  readonly member: string;
  /** `YYYY-MM` of the shifts' dates. */
  readonly month: string;
  readonly nights: number;
  /** The first night shift beyond the limit. */
  readonly over: ShiftInterval;
}

/** More than `max` night shifts of one member dated in one month. */
export function findNightExcess(byMember: ReadonlyMap<string, readonly ShiftInterval[]>, max: number): NightExcess[] {
  const out: NightExcess[] = [];
  const nights = new Map<string, number>();
  const over = new Map<string, ShiftInterval>();
  for (const [member, list] of byMember) {
    nights.clear();
    over.clear();
    for (const iv of list) {
      if (!iv.night) continue;
      const month = iv.shift.date.slice(0, 7);
      const n = (nights.get(month) ?? 0) + 1;
      nights.set(month, n);
      // The night at index `max` of the month's nights, in list order: the first beyond the limit.
      if (n - 1 === max) over.set(month, iv);
    }
    for (const [month, n] of nights) if (n > max) out.push({ member, month, nights: n, over: over.get(month)! });
  }
  return out.sort((a, b) => compareDates(a.month, b.month) || compareIds(a.member, b.member));
}

interface CoverageShortfall {
  readonly date: string;
  readonly department: string;
  readonly type: string;
  readonly have: number;
  readonly need: number;
  /** Index of the rule in `shifts.coverage` that asks for `need`. */
  readonly rule: number;
}

interface CoverageScan {
  /** Sorted by date, department, type. */
  readonly gaps: readonly CoverageShortfall[];
  /** Gap days of each rule (by index in `shifts.coverage`), all of them, whatever the limit. */
  readonly totals: readonly number[];
}

/**
 * For each rule and each day from max(rule.from, from) to min(rule.to, to): `have` =
 * distinct members on shifts of that department, type and date. When two rules cover the
 * same department, type and day, the larger `min` is the need. With `perRule`, only each
 * rule's first gap days are listed (a typo such as a shift in year 0001 must not list
 * millions of days); `totals` still counts them all, from the staffed days alone. A rule
 * whose own dates are not real days is skipped (the date checks report it).
 */
export function scanCoverage(
  shifts: readonly Shift[],
  rules: readonly CoverageRule[],
  from: string,
  to: string,
  perRule = Number.POSITIVE_INFINITY,
): CoverageScan {
  const totals = rules.map(() => 0);
  if (rules.length === 0 || to < from) return { gaps: [], totals };
  const byDay = staffingByDay(shifts, rules, from, to);
  const gaps = new Map<string, CoverageShortfall>();
  rules.forEach((rule, index) => {
    if ((rule.from !== undefined && !isValidDate(rule.from)) || (rule.to !== undefined && !isValidDate(rule.to))) return;
    const first = rule.from === undefined ? from : maxDate(rule.from, from);
    const last = rule.to === undefined ? to : minDate(rule.to, to);
    if (last < first) return;
    const suffix = `|${rule.department}|${rule.type}`;
    const ruleDays = byDay.get(rule.department)?.get(rule.type);
    let staffedDays = 0;
    for (const [date, members] of ruleDays ?? []) if (members.size >= rule.min && first <= date && date <= last) staffedDays++;
    const days = dayNumber(last) - dayNumber(first) + 1;
    totals[index] = days - staffedDays;
    let listed = 0;
    for (let n = dayNumber(first), end = dayNumber(last); n <= end && listed < perRule; n++) {
      const date = fromDayNumber(n);
      const have = ruleDays?.get(date)?.size ?? 0;
      if (have >= rule.min) continue;
      listed++;
      const key = `${date}${suffix}`;
      const prev = gaps.get(key);
      if (!prev || rule.min > prev.need) gaps.set(key, { date, department: rule.department, type: rule.type, have, need: rule.min, rule: index });
    }
  });
  const byDate = (a: CoverageShortfall, b: CoverageShortfall) =>
    compareDates(a.date, b.date) || compareIds(a.department, b.department) || compareIds(a.type, b.type);
  return { gaps: [...gaps.values()].sort(byDate), totals };
}

/** Who is on duty, by department, shift type and date. */
type Staffing = Map<string, Map<string, Map<string, Set<string>>>>;

/**
 * The people on the shifts of [from, to] whose department and type some rule names, by
 * department, type and date, without a joined key per shift.
 */
function staffingByDay(shifts: readonly Shift[], rules: readonly CoverageRule[], from: string, to: string): Staffing {
  const staffing: Staffing = new Map();
  for (const rule of rules) {
    let types = staffing.get(rule.department);
    if (types === undefined) staffing.set(rule.department, (types = new Map()));
    if (!types.has(rule.type)) types.set(rule.type, new Map());
  }
  for (const s of shifts) {
    if (s.date < from || s.date > to) continue;
    const byDate = staffing.get(s.department)?.get(s.type);
    if (byDate === undefined) continue;
    let people = byDate.get(s.date);
    if (people === undefined) byDate.set(s.date, (people = new Set()));
    for (const id of s.members) people.add(id);
  }
  return staffing;
}

/** Every coverage gap of the window (see `scanCoverage`). */
export function findCoverageGaps(shifts: readonly Shift[], rules: readonly CoverageRule[], from: string, to: string): CoverageShortfall[] {
  return [...scanCoverage(shifts, rules, from, to).gaps];
}
