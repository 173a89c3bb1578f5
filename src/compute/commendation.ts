/**
 * Commendation proposals of a year window (SPEC §3 "Commendation", §6): advanced workers (Lao
 * động tiên tiến) gated by the yearly rating, leave and discipline; emulation fighters (Chiến sĩ
 * thi đua cơ sở) from recognized sáng kiến or accepted đề tài, within a quota that never exceeds
 * the cap; advanced and excellent collectives (Tập thể lao động tiên tiến / xuất sắc); and the
 * ordered proposal list.
 */
import { addDays, addMonthsToDate, yearOf } from '../model/dates.js';
import { byVietnameseName } from '../model/names.js';
import { add, compare, floor, fromNumber, mul, rational, toNumber } from '../model/rational.js';
import {
  DISCIPLINE_FORMS,
  LEVELS,
  RATING_LEVELS,
  type Activity,
  type DataSet,
  type DisciplineForm,
  type Level,
  type Member,
  type RatingLevel,
} from '../model/types.js';
import { levelRank, type InitiativeStatus } from './innovation.js';
import { inWindow, type EvalWindow, type Expansion, type MemberScore } from './scorecard.js';
import { compareDates, compareIds, compareSourceLines } from './order.js';

export type CommendationTitle = 'emulationFighter' | 'beyondQuota' | 'advancedWorker';

/** The yearly ratings of one year (SPEC §6 "Ratings"). */
export interface YearRatings {
  readonly year: number;
  /** Some ratings file has this year: the rating gate applies. */
  readonly exist: boolean;
  readonly byMember: ReadonlyMap<string, RatingLevel>;
  /** The decision numbers of that year's files, in file order (usually one). */
  readonly decisions: readonly string[];
}

export function ratingRank(level: RatingLevel | undefined): number {
  // htxs = 3 … kht = 0; unrated = -1.
  return level === undefined ? -1 : RATING_LEVELS.length - 1 - RATING_LEVELS.indexOf(level);
}

export function formRank(form: DisciplineForm | undefined): number {
  return form === undefined ? -1 : DISCIPLINE_FORMS.indexOf(form);
}

export function ratingsOf(data: DataSet, year: number): YearRatings {
  const byMember = new Map<string, RatingLevel>();
  const decisions: string[] = [];
  let exist = false;
  for (const file of data.ratings) {
    if (file.year !== year) continue;
    exist = true;
    if (file.decision !== undefined && !decisions.includes(file.decision)) decisions.push(file.decision);
    // A second rating of one person is a `duplicate-rating` error; the first stands.
    for (const r of file.ratings) if (!byMember.has(r.member)) byMember.set(r.member, r.level);
  }
  return { year, exist, byMember, decisions };
}

/** Why a member is or is not an advanced worker. */
export interface AdvancedWorkerCheck {
  readonly id: string;
  readonly tenureOk: boolean;
  /** The day the tenure requirement is reached (joined + months), when there is a `joined`. */
  readonly tenureFrom?: string;
  readonly allMet: boolean;
  /** Criteria not met, in rules order. */
  readonly unmet: readonly string[];
  readonly formalViolations: number;
  readonly disciplineOk: boolean;
  /** The rating for the year of asOf, if any. */
  readonly rating?: RatingLevel;
  /** At least `min_rating`; true while no ratings exist for the year (provisional). */
  readonly ratingOk: boolean;
  readonly leaveWorkingDays: number;
  /** `leaveWorkingDays < max_leave_days`. */
  readonly leaveOk: boolean;
  readonly qualifies: boolean;
}

/** The ranking keys of SPEC §3, in the order they are applied. */
export const RANK_KEYS = ['level', 'achievements', 'directWorker', 'totalCount', 'id'] as const;
export type RankKey = (typeof RANK_KEYS)[number];

export interface RankValues {
  readonly id: string;
  readonly topLevel: Level;
  /** Recognized sáng kiến and accepted đề tài together (SPEC §6). */
  readonly achievements: number;
  readonly directWorker: boolean;
  readonly totalCount: number;
}

export interface FighterCandidate extends RankValues {
  readonly rank: number;
  readonly withinQuota: boolean;
  /** The first ranking key that puts this candidate before the next one (none for the last). */
  readonly decidedBy?: RankKey;
  /** Beyond the quota: the first key that puts the last candidate within the quota before this one. */
  readonly behindLastBy?: RankKey;
}

/** A sáng kiến recognized, or a đề tài accepted, in the window at `>= innovation.min_level`: the basis of Chiến sĩ thi đua cơ sở. */
export interface Achievement {
  readonly activity: Activity;
  readonly kind: 'initiative' | 'research';
  readonly level: Level;
  /** The recognition (sáng kiến) or acceptance (đề tài) date. */
  readonly date: string;
  readonly authors: readonly string[];
}

export interface CollectiveCheck {
  readonly population: number;
  readonly advancedWorkers: number;
  /** Population members with a formal violation in the window of form `>= block_from`, by id. */
  readonly blocked: readonly string[];
  /** advancedWorkers / population > min_share, exactly. */
  readonly shareAbove: boolean;
  readonly qualifies: boolean;
}

export interface ExcellentCheck {
  readonly population: number;
  readonly advancedWorkers: number;
  /** advancedWorkers / population >= min_share, exactly. */
  readonly shareReached: boolean;
  /** Emulation fighters within the quota among the population members. */
  readonly emulationFighters: number;
  readonly blocked: readonly string[];
  /** Population members not rated `ht` or better, by id (none while provisional). */
  readonly belowHt: readonly string[];
  readonly qualifies: boolean;
}

/** One line of the proposal list a unit attaches to its proposal. */
export interface Proposal {
  readonly id: string;
  /** The title proposed: emulation fighters within the quota, else advanced worker. */
  readonly award: 'emulationFighter' | 'advancedWorker';
  readonly title: CommendationTitle;
  /** The rating for the year, if any. */
  readonly rating?: RatingLevel;
  /** Sáng kiến and đề tài the member authored that count for Chiến sĩ thi đua cơ sở (none for a plain advanced worker). */
  readonly achievements: readonly Achievement[];
  readonly rank?: number;
}

export interface CommendationFigures {
  readonly advancedWorkers: number;
  /** No ratings exist for the year: the list awaits the year's rating (SPEC §6). */
  readonly provisional: boolean;
  readonly ratings: YearRatings;
  /** cap × advancedWorkers as an exact number (3.9), before rounding to the quota. */
  readonly quotaExact: number;
  readonly quota: number;
  readonly emulationFighters: string[];
  readonly beyondQuota: string[];
  readonly advancedCollective: { readonly unit: boolean; readonly departments: string[] };
  readonly excellentCollective: { readonly unit: boolean; readonly departments: string[] };
  /** Every population member, by id. */
  readonly checks: readonly AdvancedWorkerCheck[];
  /** Emulation-fighter candidates by rank. */
  readonly candidates: readonly FighterCandidate[];
  /** Per member id. */
  readonly titles: ReadonlyMap<string, CommendationTitle>;
  /** Per department id, in unit.yaml order. */
  readonly collectives: readonly (CollectiveCheck & { id: string })[];
  readonly unitCollective: CollectiveCheck;
  readonly excellentCollectives: readonly (ExcellentCheck & { id: string })[];
  readonly unitExcellent: ExcellentCheck;
  /** Emulation fighters by rank, then the other advanced workers in Vietnamese name order. */
  readonly proposals: readonly Proposal[];
  /** Proposals for the advanced-worker title alone (not emulation fighters). */
  readonly advancedProposals: number;
  /** The last candidate within the quota, whom those beyond it are compared with; null for a quota of 0. */
  readonly lastWithinQuota: FighterCandidate | null;
}

/** The first key on which `a` and `b` differ, and its sign (negative: `a` ranks first). */
export function compareCandidates(a: RankValues, b: RankValues): [number, RankKey] {
  const steps: [number, RankKey][] = [
    [levelRank(b.topLevel) - levelRank(a.topLevel), 'level'],
    [b.achievements - a.achievements, 'achievements'],
    [Number(b.directWorker) - Number(a.directWorker), 'directWorker'],
    [b.totalCount - a.totalCount, 'totalCount'],
    [compareIds(a.id, b.id), 'id'],
  ];
  return steps.find(([d]) => d !== 0) ?? [0, 'id'];
}

function checkAdvanced(data: DataSet, s: MemberScore, dayAfterAsOf: string, ratings: YearRatings): AdvancedWorkerCheck {
  const rules = data.rules.commendation.advancedWorker;
  const tenureFrom = s.member.joined === undefined ? undefined : addMonthsToDate(s.member.joined, rules.minTenureMonths);
  const tenureOk = tenureFrom === undefined || tenureFrom <= dayAfterAsOf;
  const disciplineOk = s.formalViolations <= rules.maxFormalViolations;
  const unmet = data.rules.criteria.filter((c) => s.criteria[c.id]?.met === false).map((c) => c.id);
  const rating = ratings.byMember.get(s.member.id);
  const ratingOk = !ratings.exist || ratingRank(rating) >= ratingRank(rules.minRating);
  const leaveOk = s.leaveWorkingDays < rules.maxLeaveDays;
  return {
    id: s.member.id,
    tenureOk,
    ...(tenureFrom === undefined ? {} : { tenureFrom }),
    allMet: s.allMet,
    unmet,
    formalViolations: s.formalViolations,
    disciplineOk,
    ...(rating === undefined ? {} : { rating }),
    ratingOk,
    leaveWorkingDays: s.leaveWorkingDays,
    leaveOk,
    qualifies: tenureOk && s.allMet && disciplineOk && ratingOk && leaveOk,
  };
}

function rankCandidates(pool: readonly RankValues[], quota: number): FighterCandidate[] {
  const sorted = [...pool].sort((a, b) => compareCandidates(a, b)[0]);
  const last = quota > 0 ? sorted[quota - 1] : undefined;
  return sorted.map((c, i) => {
    const next = sorted[i + 1];
    const withinQuota = i < quota;
    return {
      ...c,
      rank: i + 1,
      withinQuota,
      ...(next ? { decidedBy: compareCandidates(c, next)[1] } : {}),
      ...(!withinQuota && last ? { behindLastBy: compareCandidates(last, c)[1] } : {}),
    };
  });
}

/** Sáng kiến recognized and đề tài accepted in the window at `>= innovation.min_level`, by date. */
export function achievementsIn(data: DataSet, statuses: readonly InitiativeStatus[], w: EvalWindow, expansion: Expansion): Achievement[] {
  const min = levelRank(data.rules.innovation.minLevel);
  const out: Achievement[] = [];
  for (const st of statuses) {
    const { level, recognized } = st.activity;
    if (st.recognizedInWindow && level !== undefined && recognized !== undefined) {
      out.push({ activity: st.activity, kind: 'initiative', level, date: recognized, authors: st.authors });
    }
  }
  for (const a of data.activities) {
    if (a.kind !== 'research' || a.level === undefined || a.accepted === undefined) continue;
    if (levelRank(a.level) >= min && inWindow(a.accepted, w)) {
      out.push({ activity: a, kind: 'research', level: a.level, date: a.accepted, authors: expansion.get(a) ?? [] });
    }
  }
  return out.sort(
    (x, y) =>
      compareDates(x.date, y.date) ||
      compareIds(x.activity.title ?? '', y.activity.title ?? '') ||
      compareIds(x.activity.source.file, y.activity.source.file) ||
      compareSourceLines(x.activity, y.activity),
  );
}

/** Each member's heaviest formal discipline form in the window. */
function heaviestForms(data: DataSet, w: EvalWindow, expansion: Expansion): Map<string, DisciplineForm> {
  const out = new Map<string, DisciplineForm>();
  for (const a of data.activities) {
    if (a.kind !== 'violation' || a.severity !== 'formal' || !inWindow(a.date, w)) continue;
    const form = a.form ?? 'khien-trach';
    for (const id of expansion.get(a) ?? []) if (formRank(form) > formRank(out.get(id))) out.set(id, form);
  }
  return out;
}

const shareOf = (n: number, of: number) => rational(BigInt(n), BigInt(of));

function checkCollective(
  members: readonly MemberScore[],
  advanced: ReadonlySet<string>,
  forms: ReadonlyMap<string, DisciplineForm>,
  rules: DataSet['rules']['commendation']['advancedCollective'],
): CollectiveCheck {
  const population = members.length;
  const advancedWorkers = members.filter((s) => advanced.has(s.member.id)).length;
  const blocked = members.filter((s) => formRank(forms.get(s.member.id)) >= formRank(rules.blockFrom)).map((s) => s.member.id);
  const shareAbove = population > 0 && compare(shareOf(advancedWorkers, population), fromNumber(rules.minShare)) > 0;
  return { population, advancedWorkers, blocked, shareAbove, qualifies: shareAbove && blocked.length === 0 };
}

function checkExcellent(
  members: readonly MemberScore[],
  advanced: ReadonlySet<string>,
  fighters: ReadonlySet<string>,
  forms: ReadonlyMap<string, DisciplineForm>,
  ratings: YearRatings,
  rules: DataSet['rules']['commendation']['excellentCollective'],
): ExcellentCheck {
  const population = members.length;
  const advancedWorkers = members.filter((s) => advanced.has(s.member.id)).length;
  const emulationFighters = members.filter((s) => fighters.has(s.member.id)).length;
  const blocked = members.filter((s) => formRank(forms.get(s.member.id)) >= formRank(rules.blockFrom)).map((s) => s.member.id);
  const belowHt = ratings.exist ? members.filter((s) => ratingRank(ratings.byMember.get(s.member.id)) < ratingRank('ht')).map((s) => s.member.id) : [];
  const shareReached = population > 0 && compare(shareOf(advancedWorkers, population), fromNumber(rules.minShare)) >= 0;
  return {
    population,
    advancedWorkers,
    shareReached,
    emulationFighters,
    blocked,
    belowHt,
    qualifies: shareReached && emulationFighters > 0 && blocked.length === 0 && belowHt.length === 0,
  };
}

/** The Chiến sĩ thi đua cơ sở quota: `floor(cap × n)`, or `floor(cap × n + 1/2)` with `half-up`, exactly. */
export function fighterQuota(cap: number, rounding: 'floor' | 'half-up', advancedWorkers: number): { exact: number; quota: number } {
  const exact = mul(fromNumber(cap), rational(BigInt(advancedWorkers)));
  const quota = Number(floor(rounding === 'floor' ? exact : add(exact, rational(1n, 2n))));
  return { exact: toNumber(exact), quota };
}

export function computeCommendation(
  data: DataSet,
  scores: readonly MemberScore[],
  statuses: readonly InitiativeStatus[],
  w: EvalWindow,
  expansion: Expansion,
): CommendationFigures {
  const rules = data.rules.commendation;
  const ratings = ratingsOf(data, yearOf(w.asOf));
  const dayAfter = addDays(w.asOf, 1);
  const checks = scores.map((s) => checkAdvanced(data, s, dayAfter, ratings));
  const advanced = new Set(checks.filter((c) => c.qualifies).map((c) => c.id));
  const byId = new Map(scores.map((s) => [s.member.id, s]));

  const achievedBy = new Map<string, Achievement[]>();
  for (const a of achievementsIn(data, statuses, w, expansion)) {
    for (const id of new Set(a.authors)) achievedBy.set(id, [...(achievedBy.get(id) ?? []), a]);
  }
  const pool: RankValues[] = [...advanced]
    .filter((id) => achievedBy.has(id))
    .map((id) => {
      const list = achievedBy.get(id)!;
      const top = Math.max(...list.map((a) => levelRank(a.level)));
      const s = byId.get(id)!;
      return { id, topLevel: LEVELS[top] ?? 'co-so', achievements: list.length, directWorker: s.member.directWorker, totalCount: s.totalCount };
    });
  const { exact, quota } = fighterQuota(rules.emulationFighter.cap, rules.emulationFighter.rounding, advanced.size);
  const candidates = rankCandidates(pool, quota);
  const emulationFighters = candidates.filter((c) => c.withinQuota).map((c) => c.id);
  const beyondQuota = candidates.filter((c) => !c.withinQuota).map((c) => c.id);

  const titles = new Map<string, CommendationTitle>();
  for (const id of advanced) titles.set(id, 'advancedWorker');
  for (const id of emulationFighters) titles.set(id, 'emulationFighter');
  for (const id of beyondQuota) titles.set(id, 'beyondQuota');

  const forms = heaviestForms(data, w, expansion);
  const fighters = new Set(emulationFighters);
  const inDept = (id: string) => scores.filter((s) => s.member.department === id);
  const collectives = data.unit.departments.map((d) => ({ id: d.id, ...checkCollective(inDept(d.id), advanced, forms, rules.advancedCollective) }));
  const unitCollective = checkCollective(scores, advanced, forms, rules.advancedCollective);
  const excellentCollectives = data.unit.departments.map((d) => ({
    id: d.id,
    ...checkExcellent(inDept(d.id), advanced, fighters, forms, ratings, rules.excellentCollective),
  }));
  const unitExcellent = checkExcellent(scores, advanced, fighters, forms, ratings, rules.excellentCollective);

  const rankOf = new Map(candidates.map((c) => [c.id, c.rank]));
  const proposal = (id: string): Proposal => {
    const title = titles.get(id)!;
    const rank = rankOf.get(id);
    const rating = ratings.byMember.get(id);
    return {
      id,
      award: title === 'emulationFighter' ? 'emulationFighter' : 'advancedWorker',
      title,
      ...(rating === undefined ? {} : { rating }),
      achievements: title === 'advancedWorker' ? [] : (achievedBy.get(id) ?? []),
      ...(rank === undefined ? {} : { rank }),
    };
  };
  const others = scores
    .map((s) => s.member)
    .filter((m: Member) => advanced.has(m.id) && titles.get(m.id) !== 'emulationFighter')
    .sort(byVietnameseName);
  const proposals = [...emulationFighters.map(proposal), ...others.map((m) => proposal(m.id))];

  return {
    advancedWorkers: advanced.size,
    provisional: !ratings.exist,
    ratings,
    quotaExact: exact,
    quota,
    emulationFighters,
    beyondQuota,
    advancedCollective: { unit: unitCollective.qualifies, departments: collectives.filter((c) => c.qualifies).map((c) => c.id) },
    excellentCollective: { unit: unitExcellent.qualifies, departments: excellentCollectives.filter((c) => c.qualifies).map((c) => c.id) },
    checks,
    candidates,
    titles,
    collectives,
    unitCollective,
    excellentCollectives,
    unitExcellent,
    proposals,
    advancedProposals: proposals.filter((p) => p.award === 'advancedWorker').length,
    lastWithinQuota: (quota > 0 ? candidates[quota - 1] : undefined) ?? null,
  };
}
