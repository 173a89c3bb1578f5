/**
 * The figures of SPEC §3 recomputed from a plain unit, independently of src/ (no helper of
 * the code under test is called): integer arithmetic for every exact formula.
 */
import { activeOn, COMMUNITY, KIND_HOURS, LEVEL_ORDER, SELF, WORK, type PlainActivity, type PlainMember, type PlainUnit } from './arbitraries.js';

export interface Window {
  readonly evalFrom: string;
  readonly asOf: string;
}

const DAY = 86_400_000;
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const inWin = (d: string, w: Window) => w.evalFrom <= d && d <= w.asOf;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function criterionOf(kind: string): 'community' | 'work' | 'self' | undefined {
  if ((COMMUNITY as readonly string[]).includes(kind)) return 'community';
  if ((WORK as readonly string[]).includes(kind)) return 'work';
  if ((SELF as readonly string[]).includes(kind)) return 'self';
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

interface Score {
  id: string;
  department: string;
  activeDays: number;
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
    // floor(x * a / D + 0.5) = floor((2 x a + D) / 2D) for integer x.
    const required = (x: number) => Math.floor((2 * x * activeDays + D) / (2 * D));
    const criteria: Score['criteria'] = {};
    let allMet = true;
    let totalCount = 0;
    for (const c of u.criteria) {
      const counted = mine.filter((a) => criterionOf(a.kind) === c.id);
      // Hours are multiples of 0.5: add them as integer halves.
      const halves = counted.reduce((s, a) => s + Math.round(2 * (a.hours ?? KIND_HOURS[a.kind] ?? 0)), 0);
      const requiredCount = required(c.minCount);
      const requiredHours = required(c.minHours);
      const met = counted.length >= requiredCount && halves >= 2 * requiredHours && (c.maxViolations === undefined || violations.length <= c.maxViolations);
      allMet &&= met;
      totalCount += counted.length;
      criteria[c.id] = { count: counted.length, hours: halves / 2, requiredCount, requiredHours, met, ...(c.maxViolations === undefined ? {} : { violations: violations.length }) };
    }
    return { id: m.id, department: m.department, activeDays, criteria, allMet, violations: violations.length, formalViolations: violations.filter((a) => a.severity === 'formal').length, totalCount };
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
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
    return {
      total: mine.length,
      // day 07:00–17:00 = 10 h; night 17:00–07:00 = 14 h and meets 22:00–06:00.
      hours: mine.reduce((s, x) => s + (x.type === 'day' ? 10 : 14), 0),
      night: mine.filter((x) => x.type === 'night').length,
      weekend: mine.filter((x) => weekday(x.date) === 0 || weekday(x.date) === 6).length,
      holiday: mine.filter((x) => u.holidays.includes(x.date)).length,
    };
  };

  let titles = new Map<string, string>();
  let commendation: unknown = null;
  if (kind === 'year') {
    const dayAfter = new Date((dayNo(w.asOf) + 1) * DAY).toISOString().slice(0, 10);
    const joined = new Map(pop.map((m) => [m.id, m]));
    const advanced = scores.filter((s) => {
      const m = joined.get(s.id)!;
      const tenure = m.joined === undefined || addMonthsPlain(m.joined, u.minTenureMonths) <= dayAfter;
      return tenure && s.allMet && s.formalViolations <= u.maxFormalViolations;
    });
    const recognized = new Map<string, { top: number; count: number }>();
    for (const a of inn.recognizedIn)
      for (const id of expand(a, u.members)) {
        const r = recognized.get(id) ?? { top: -1, count: 0 };
        recognized.set(id, { top: Math.max(r.top, levelRank(a.level)), count: r.count + 1 });
      }
    const candidates = advanced
      .filter((s) => recognized.has(s.id))
      .map((s) => ({ id: s.id, ...recognized.get(s.id)!, direct: joined.get(s.id)!.directWorker ? 1 : 0, total: s.totalCount }))
      .sort((a, b) => b.top - a.top || b.count - a.count || b.direct - a.direct || b.total - a.total || (a.id < b.id ? -1 : 1));
    // floor(cap * n + 0.5) with cap = p / 100: floor((2 p n + 100) / 200).
    const quota = Math.floor((2 * u.capPercent * advanced.length + 100) / 200);
    const fighters = candidates.slice(0, quota).map((c) => c.id);
    const beyond = candidates.slice(quota).map((c) => c.id);
    titles = new Map(advanced.map((s) => [s.id, 'advancedWorker']));
    for (const id of fighters) titles.set(id, 'emulationFighter');
    for (const id of beyond) titles.set(id, 'beyondQuota');
    // min_share 0.5 (default): strictly more than half, and no population member with a formal violation.
    const collective = (group: Score[]) => group.length > 0 && 2 * group.filter((s) => titles.has(s.id)).length > group.length && group.every((s) => s.formalViolations === 0);
    commendation = {
      advancedWorkers: advanced.length,
      quota,
      emulationFighters: fighters,
      beyondQuota: beyond,
      advancedCollective: { unit: collective(scores), departments: u.departments.filter((d) => collective(scores.filter((s) => s.department === d))) },
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
      criteria: s.criteria,
      allMet: s.allMet,
      violations: s.violations,
      formalViolations: s.formalViolations,
      initiativeAuthor: inn.authorIds.has(s.id),
      shifts: shiftsOf(s.id),
      commendation: titles.get(s.id) ?? null,
    })),
    shiftsTotal: shiftsIn.length,
    phases,
    commendation,
  };
}
