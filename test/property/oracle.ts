/**
 * The figures of SPEC §3 and §6 recomputed from a plain unit, independently of src/ (no
 * helper of the code under test is called): integer arithmetic for every exact formula.
 */
import { activeOn, addDaysPlain, COMMUNITY, FORM_ORDER, KIND_HOURS, LEVEL_ORDER, RATING_ORDER, SELF, WORK, type PlainActivity, type PlainMember, type PlainUnit } from './arbitraries.js';

export interface Window {
  readonly evalFrom: string;
  readonly asOf: string;
}

const DAY = 86_400_000;
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const inWin = (d: string, w: Window) => w.evalFrom <= d && d <= w.asOf;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The criterion a kind counts for; a đề tài only when rules.yaml maps it (SPEC §6). */
export function criterionOf(kind: string, u: PlainUnit): 'community' | 'work' | 'self' | undefined {
  if ((COMMUNITY as readonly string[]).includes(kind)) return 'community';
  if ((WORK as readonly string[]).includes(kind)) return 'work';
  if ((SELF as readonly string[]).includes(kind)) return 'self';
  if (kind === 'research') return u.researchCriterion;
  return undefined;
}

/** SPEC §2: `all` and `dept:` expand to members active on the date; explicit ids as written; minus except. */
export function expand(a: PlainActivity, members: readonly PlainMember[]): Set<string> {
  const out = new Set<string>();
  if (a.members === 'all') {
    for (const m of members) if (activeOn(m, a.date)) out.add(m.id);
  } else {
    for (const ref of a.members) {
      if (ref.startsWith('dept:')) {
        for (const m of members) if (m.department === ref.slice(5) && activeOn(m, a.date)) out.add(m.id);
      } else out.add(ref);
    }
  }
  for (const id of a.except) out.delete(id);
  return out;
}

export function populationOf(u: PlainUnit, asOf: string): PlainMember[] {
  return u.members.filter((m) => activeOn(m, asOf) && (u.populationGroups.length === 0 || m.groups.some((g) => u.populationGroups.includes(g)))).sort(byId);
}

/** date-fns addMonths: keep the day, clamped to the end of the target month. */
function addMonthsPlain(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const dim = [31, isLeap(ty) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][tm - 1]!;
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, dim)).padStart(2, '0')}`;
}

const levelRank = (l: string | undefined) => (l === undefined ? -1 : LEVEL_ORDER.indexOf(l as never));
/** kht 0 … htxs 3; unrated -1. */
const ratingRank = (r: string | undefined) => (r === undefined ? -1 : RATING_ORDER.indexOf(r as never));
/** khiển trách 0 … buộc thôi việc 5; none -1. */
const formRank = (f: string | undefined) => (f === undefined ? -1 : FORM_ORDER.indexOf(f as never));
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * SPEC §6 "Leave": the days of m's leave inside the window, and those that are Monday–Friday,
 * not a holiday, of a kind other than maternity and work injury. Day by day, as a clerk would
 * count on a calendar. Only days m is active count (leave written before joined or after
 * left is no day off work): the reading that keeps a = activeDays − leaveDays at 0 or more.
 */
function leaveOf(u: PlainUnit, m: PlainMember, w: Window): { days: number; workingDays: number } {
  let days = 0;
  let workingDays = 0;
  for (const l of m.leave) {
    for (let d = l.from; d <= l.to; d = addDaysPlain(d, 1)) {
      if (!inWin(d, w) || !activeOn(m, d)) continue;
      days++;
      if (l.kind !== 'maternity' && l.kind !== 'work-injury' && weekday(d) !== 0 && weekday(d) !== 6 && !u.holidays.includes(d)) workingDays++;
    }
  }
  return { days, workingDays };
}

/** SPEC §6 "Ratings": whether some file has `year`, and each member's rating of that year. */
function ratingsOf(u: PlainUnit, year: number): { exist: boolean; of: (id: string) => string | undefined } {
  const files = u.ratings.filter((r) => r.year === year);
  return { exist: files.length > 0, of: (id) => files.find((f) => Object.hasOwn(f.levels, id))?.levels[id] };
}

interface Score {
  id: string;
  department: string;
  activeDays: number;
  leaveDays: number;
  leaveWorkingDays: number;
  criteria: Record<string, { count: number; hours: number; requiredCount: number; requiredHours: number; met: boolean; violations?: number }>;
  allMet: boolean;
  violations: number;
  formalViolations: number;
  totalCount: number;
}

export function scoresOf(u: PlainUnit, pop: readonly PlainMember[], w: Window): Score[] {
  const D = isLeap(Number(w.asOf.slice(0, 4))) ? 366 : 365;
  const expanded = u.activities.map((a) => ({ a, ids: expand(a, u.members) }));
  return pop.map((m) => {
    const mine = expanded.filter(({ a, ids }) => inWin(a.date, w) && ids.has(m.id)).map(({ a }) => a);
    const violations = mine.filter((a) => a.kind === 'violation');
    const from = m.joined !== undefined && m.joined > w.evalFrom ? m.joined : w.evalFrom;
    const to = m.left !== undefined && m.left < w.asOf ? m.left : w.asOf;
    const activeDays = to < from ? 0 : dayNo(to) - dayNo(from) + 1;
    const leave = leaveOf(u, m, w);
    // SPEC §6: pro-rated by the days at work, a = activeDays − leaveDays.
    const atWork = activeDays - leave.days;
    // floor(x * a / D + 0.5) = floor((2 x a + D) / 2D) for integer x.
    const required = (x: number) => Math.floor((2 * x * atWork + D) / (2 * D));
    const criteria: Score['criteria'] = {};
    let allMet = true;
    let totalCount = 0;
    for (const c of u.criteria) {
      const counted = mine.filter((a) => criterionOf(a.kind, u) === c.id);
      // Hours are multiples of 0.5: add them as integer halves.
      const halves = counted.reduce((s, a) => s + Math.round(2 * (a.hours ?? KIND_HOURS[a.kind] ?? 0)), 0);
      const requiredCount = required(c.minCount);
      const requiredHours = required(c.minHours);
      const met = counted.length >= requiredCount && halves >= 2 * requiredHours && (c.maxViolations === undefined || violations.length <= c.maxViolations);
      allMet &&= met;
      totalCount += counted.length;
      criteria[c.id] = { count: counted.length, hours: halves / 2, requiredCount, requiredHours, met, ...(c.maxViolations === undefined ? {} : { violations: violations.length }) };
    }
    return {
      id: m.id,
      department: m.department,
      activeDays,
      leaveDays: leave.days,
      leaveWorkingDays: leave.workingDays,
      criteria,
      allMet,
      violations: violations.length,
      formalViolations: violations.filter((a) => a.severity === 'formal').length,
      totalCount,
    };
  });
}

function innovationOf(u: PlainUnit, pop: readonly PlainMember[], w: Window) {
  const min = levelRank(u.minLevel);
  const recognizedIn = u.activities.filter((a) => a.kind === 'initiative' && a.level !== undefined && levelRank(a.level) >= min && inWin(a.recognized!, w));
  const counting = recognizedIn.filter((a) => !u.require01m || a.in01m);
  const popIds = new Set(pop.map((m) => m.id));
  const authorIds = new Set<string>();
  for (const a of counting) for (const id of expand(a, u.members)) if (popIds.has(id)) authorIds.add(id);
  return {
    recognizedIn,
    counting,
    authorIds,
    pending: u.activities.filter((a) => a.kind === 'initiative' && a.level === undefined && inWin(a.date, w)).length,
    recognizedNot01m: recognizedIn.filter((a) => !a.in01m).length,
  };
}

/** rate, met, gap of `authors` among `pop` people, for target = permille / 1000. */
function target(permille: number, authors: number, pop: number) {
  return {
    rate: pop === 0 ? 0 : authors / pop,
    // SPEC: rate is 0 when the population is empty, and met = rate >= target.
    met: pop === 0 ? permille === 0 : authors * 1000 >= permille * pop,
    gap: Math.max(0, Math.floor((permille * pop + 999) / 1000) - authors),
  };
}

/** The expected JSON summary (SPEC §5) without `unit`, `period` and the shift details. */
export function expectedSummary(u: PlainUnit, w: Window, kind: 'year' | 'month' | 'range') {
  const pop = populationOf(u, w.asOf);
  const scores = scoresOf(u, pop, w);
  const inn = innovationOf(u, pop, w);
  const t = target(u.targetPermille, inn.authorIds.size, pop.length);

  const shiftsIn = u.shifts.filter((s) => inWin(s.date, w));
  const shiftsOf = (id: string) => {
    const mine = shiftsIn.filter((s) => s.members.includes(id));
    return {
      total: mine.length,
      // day 07:00–17:00 = 10 h; night 17:00–07:00 = 14 h and meets 22:00–06:00.
      hours: mine.reduce((s, x) => s + (x.type === 'day' ? 10 : 14), 0),
      night: mine.filter((x) => x.type === 'night').length,
      weekend: mine.filter((x) => weekday(x.date) === 0 || weekday(x.date) === 6).length,
      holiday: mine.filter((x) => u.holidays.includes(x.date)).length,
    };
  };

  const rating = ratingsOf(u, Number(w.asOf.slice(0, 4)));
  let titles = new Map<string, string>();
  let commendation: unknown = null;
  if (kind === 'year') {
    const dayAfter = new Date((dayNo(w.asOf) + 1) * DAY).toISOString().slice(0, 10);
    const joined = new Map(pop.map((m) => [m.id, m]));
    // SPEC §3 and §6: tenure, every criterion, discipline, leave, and the rating when the
    // year has ratings.
    const advanced = scores.filter((s) => {
      const m = joined.get(s.id)!;
      const tenure = m.joined === undefined || addMonthsPlain(m.joined, u.minTenureMonths) <= dayAfter;
      const rated = !rating.exist || ratingRank(rating.of(s.id)) >= ratingRank(u.minRating);
      return tenure && s.allMet && s.formalViolations <= u.maxFormalViolations && s.leaveWorkingDays < u.maxLeaveDays && rated;
    });
    // Sáng kiến recognized and đề tài accepted in the window at >= min_level, together.
    const min = levelRank(u.minLevel);
    const accepted = u.activities.filter((a) => a.kind === 'research' && a.level !== undefined && levelRank(a.level) >= min && inWin(a.accepted!, w));
    const achieved = new Map<string, { top: number; count: number }>();
    for (const a of [...inn.recognizedIn, ...accepted])
      for (const id of expand(a, u.members)) {
        const r = achieved.get(id) ?? { top: -1, count: 0 };
        achieved.set(id, { top: Math.max(r.top, levelRank(a.level)), count: r.count + 1 });
      }
    const candidates = advanced
      .filter((s) => achieved.has(s.id))
      .map((s) => ({ id: s.id, ...achieved.get(s.id)!, direct: joined.get(s.id)!.directWorker ? 1 : 0, total: s.totalCount }))
      .sort((a, b) => b.top - a.top || b.count - a.count || b.direct - a.direct || b.total - a.total || (a.id < b.id ? -1 : 1));
    // cap = p / 100. floor: floor(p n / 100); half-up: floor(p n / 100 + 1/2) = floor((2 p n + 100) / 200).
    const n = advanced.length;
    const quota = u.rounding === 'floor' ? Math.floor((u.capPercent * n) / 100) : Math.floor((2 * u.capPercent * n + 100) / 200);
    const fighters = candidates.slice(0, quota).map((c) => c.id);
    const beyond = candidates.slice(quota).map((c) => c.id);
    titles = new Map(advanced.map((s) => [s.id, 'advancedWorker']));
    for (const id of fighters) titles.set(id, 'emulationFighter');
    for (const id of beyond) titles.set(id, 'beyondQuota');
    // Each member's heaviest form among the formal violations of the window (khiển trách when none written).
    const heaviest = new Map<string, number>();
    for (const a of u.activities) {
      if (a.kind !== 'violation' || a.severity !== 'formal' || !inWin(a.date, w)) continue;
      for (const id of expand(a, u.members)) heaviest.set(id, Math.max(heaviest.get(id) ?? -1, formRank(a.form ?? 'khien-trach')));
    }
    const blocked = (group: Score[], from: string) => group.some((s) => (heaviest.get(s.id) ?? -1) >= formRank(from));
    const advancedIn = (group: Score[]) => group.filter((s) => titles.has(s.id)).length;
    // Advanced collective: strictly more than half (min_share 0.5, the default), nobody blocked.
    const collective = (group: Score[]) => group.length > 0 && 2 * advancedIn(group) > group.length && !blocked(group, u.advancedBlockFrom);
    // Excellent: at least min_share, a fighter within the quota, nobody blocked, everyone rated ht or better when ratings exist.
    const excellent = (group: Score[]) =>
      group.length > 0 &&
      1000 * advancedIn(group) >= u.excellentPermille * group.length &&
      group.some((s) => fighters.includes(s.id)) &&
      !blocked(group, u.excellentBlockFrom) &&
      (!rating.exist || group.every((s) => ratingRank(rating.of(s.id)) >= ratingRank('ht')));
    const inDept = (d: string) => scores.filter((s) => s.department === d);
    commendation = {
      advancedWorkers: n,
      quota,
      emulationFighters: fighters,
      beyondQuota: beyond,
      advancedCollective: { unit: collective(scores), departments: u.departments.filter((d) => collective(inDept(d))) },
      excellentCollective: { unit: excellent(scores), departments: u.departments.filter((d) => excellent(inDept(d))) },
      provisional: !rating.exist,
    };
  }

  const phases =
    kind !== 'year'
      ? []
      : [
          { name: 'Đợt 1', from: `${w.asOf.slice(0, 4)}-01-01`, to: `${w.asOf.slice(0, 4)}-06-30` },
          { name: 'Đợt 2', from: `${w.asOf.slice(0, 4)}-07-01`, to: `${w.asOf.slice(0, 4)}-12-31` },
        ].map((p) => {
          // Each phase is its own window, cut at the report's asOf; one that starts after
          // asOf is not evaluated yet (docs/decisions.md): 0 and 0.
          if (p.from > w.asOf) return { ...p, allMet: 0, innovationAuthors: 0 };
          const pw = { evalFrom: p.from, asOf: p.to < w.asOf ? p.to : w.asOf };
          const ppop = populationOf(u, pw.asOf);
          return { ...p, allMet: scoresOf(u, ppop, pw).filter((s) => s.allMet).length, innovationAuthors: innovationOf(u, ppop, pw).authorIds.size };
        });

  return {
    population: pop.length,
    criteria: Object.fromEntries(u.criteria.map((c) => [c.id, { met: scores.filter((s) => s.criteria[c.id]!.met).length }])),
    allMet: scores.filter((s) => s.allMet).length,
    innovation: {
      authors: inn.authorIds.size,
      rate: t.rate,
      target: u.targetPermille / 1000,
      met: t.met,
      gap: t.gap,
      initiatives: inn.counting.length,
      recognizedNot01m: inn.recognizedNot01m,
      pending: inn.pending,
    },
    departments: u.departments.map((d) => {
      const ds = pop.filter((m) => m.department === d);
      const authors = ds.filter((m) => inn.authorIds.has(m.id)).length;
      return { id: d, population: ds.length, allMet: scores.filter((s) => s.department === d && s.allMet).length, innovationAuthors: authors, innovationRate: target(u.targetPermille, authors, ds.length).rate };
    }),
    members: scores.map((s) => ({
      id: s.id,
      department: s.department,
      activeDays: s.activeDays,
      leaveDays: s.leaveDays,
      leaveWorkingDays: s.leaveWorkingDays,
      criteria: s.criteria,
      allMet: s.allMet,
      violations: s.violations,
      formalViolations: s.formalViolations,
      initiativeAuthor: inn.authorIds.has(s.id),
      rating: rating.of(s.id) ?? null,
      shifts: shiftsOf(s.id),
      commendation: titles.get(s.id) ?? null,
    })),
    shiftsTotal: shiftsIn.length,
    phases,
    commendation,
  };
}
