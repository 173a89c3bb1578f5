/**
 * Commendation proposals of a year window (SPEC §3 "Commendation"): advanced workers (Lao
 * động tiên tiến), emulation fighters (Chiến sĩ thi đua cơ sở) within the quota with their
 * ranking, advanced collectives (Tập thể lao động tiên tiến), and the ordered proposal list.
 */
import { addDays, addMonthsToDate } from '../model/dates.js';
import { byVietnameseName } from '../model/names.js';
import { compare, fromNumber, mul, rational, roundHalfUp, toNumber } from '../model/rational.js';
import { LEVELS, type DataSet, type Level, type Member } from '../model/types.js';
import { levelRank, type InitiativeStatus } from './innovation.js';
import type { MemberScore } from './scorecard.js';

export type CommendationTitle = 'emulationFighter' | 'beyondQuota' | 'advancedWorker';

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
  readonly qualifies: boolean;
}

/** The ranking keys of SPEC §3, in the order they are applied. */
export const RANK_KEYS = ['level', 'initiatives', 'directWorker', 'totalCount', 'id'] as const;
export type RankKey = (typeof RANK_KEYS)[number];

export interface RankValues {
  readonly id: string;
  readonly topLevel: Level;
  readonly initiatives: number;
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

export interface CollectiveCheck {
  readonly population: number;
  readonly advancedWorkers: number;
  readonly formalViolators: number;
  /** advancedWorkers / population > min_share, exactly. */
  readonly shareAbove: boolean;
  readonly qualifies: boolean;
}

/** One line of the proposal list a unit attaches to its proposal. */
export interface Proposal {
  readonly id: string;
  /** The title proposed: emulation fighters within the quota, else advanced worker. */
  readonly award: 'emulationFighter' | 'advancedWorker';
  readonly title: CommendationTitle;
  /** Initiatives the member authored that were recognized in the window at >= min_level. */
  readonly initiatives: readonly InitiativeStatus[];
  readonly rank?: number;
}

export interface CommendationFigures {
  readonly advancedWorkers: number;
  /** cap × advancedWorkers as an exact number (3.9), before rounding to the quota. */
  readonly quotaExact: number;
  readonly quota: number;
  readonly emulationFighters: string[];
  readonly beyondQuota: string[];
  readonly advancedCollective: { readonly unit: boolean; readonly departments: string[] };
  /** Every population member, by id. */
  readonly checks: readonly AdvancedWorkerCheck[];
  /** Emulation-fighter candidates by rank. */
  readonly candidates: readonly FighterCandidate[];
  /** Per member id. */
  readonly titles: ReadonlyMap<string, CommendationTitle>;
  /** Per department id, in unit.yaml order. */
  readonly collectives: readonly (CollectiveCheck & { id: string })[];
  readonly unitCollective: CollectiveCheck;
  /** Emulation fighters by rank, then the other advanced workers in Vietnamese name order. */
  readonly proposals: readonly Proposal[];
}

const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first key on which `a` and `b` differ, and its sign (negative: `a` ranks first). */
export function compareCandidates(a: RankValues, b: RankValues): [number, RankKey] {
  const steps: [number, RankKey][] = [
    [levelRank(b.topLevel) - levelRank(a.topLevel), 'level'],
    [b.initiatives - a.initiatives, 'initiatives'],
    [Number(b.directWorker) - Number(a.directWorker), 'directWorker'],
    [b.totalCount - a.totalCount, 'totalCount'],
    [cmpId(a.id, b.id), 'id'],
  ];
  return steps.find(([d]) => d !== 0) ?? [0, 'id'];
}

function checkAdvanced(data: DataSet, s: MemberScore, dayAfterAsOf: string): AdvancedWorkerCheck {
  const rules = data.rules.commendation.advancedWorker;
  const tenureFrom = s.member.joined === undefined ? undefined : addMonthsToDate(s.member.joined, rules.minTenureMonths);
  const tenureOk = tenureFrom === undefined || tenureFrom <= dayAfterAsOf;
  const disciplineOk = s.formalViolations <= rules.maxFormalViolations;
  const unmet = data.rules.criteria.filter((c) => s.criteria[c.id]?.met === false).map((c) => c.id);
  return {
    id: s.member.id,
    tenureOk,
    ...(tenureFrom === undefined ? {} : { tenureFrom }),
    allMet: s.allMet,
    unmet,
    formalViolations: s.formalViolations,
    disciplineOk,
    qualifies: tenureOk && s.allMet && disciplineOk,
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

function checkCollective(members: readonly MemberScore[], advanced: ReadonlySet<string>, minShare: number): CollectiveCheck {
  const population = members.length;
  const advancedWorkers = members.filter((s) => advanced.has(s.member.id)).length;
  const formalViolators = members.filter((s) => s.formalViolations > 0).length;
  const shareAbove = population > 0 && compare(rational(BigInt(advancedWorkers), BigInt(population)), fromNumber(minShare)) > 0;
  return { population, advancedWorkers, formalViolators, shareAbove, qualifies: shareAbove && formalViolators === 0 };
}

export function computeCommendation(data: DataSet, scores: readonly MemberScore[], statuses: readonly InitiativeStatus[], asOf: string): CommendationFigures {
  const rules = data.rules.commendation;
  const dayAfter = addDays(asOf, 1);
  const checks = scores.map((s) => checkAdvanced(data, s, dayAfter));
  const advanced = new Set(checks.filter((c) => c.qualifies).map((c) => c.id));
  const byId = new Map(scores.map((s) => [s.member.id, s]));

  const recognizedBy = new Map<string, InitiativeStatus[]>();
  for (const st of statuses) {
    if (!st.recognizedInWindow) continue;
    for (const id of new Set(st.authors)) recognizedBy.set(id, [...(recognizedBy.get(id) ?? []), st]);
  }
  const pool: RankValues[] = [...advanced]
    .filter((id) => recognizedBy.has(id))
    .map((id) => {
      const list = recognizedBy.get(id)!;
      const top = Math.max(...list.map((st) => levelRank(st.activity.level)));
      const s = byId.get(id)!;
      return { id, topLevel: LEVELS[top] ?? 'co-so', initiatives: list.length, directWorker: s.member.directWorker, totalCount: s.totalCount };
    });
  const exact = mul(fromNumber(rules.emulationFighter.cap), rational(BigInt(advanced.size)));
  const quota = roundHalfUp(exact);
  const candidates = rankCandidates(pool, quota);
  const emulationFighters = candidates.filter((c) => c.withinQuota).map((c) => c.id);
  const beyondQuota = candidates.filter((c) => !c.withinQuota).map((c) => c.id);

  const titles = new Map<string, CommendationTitle>();
  for (const id of advanced) titles.set(id, 'advancedWorker');
  for (const id of emulationFighters) titles.set(id, 'emulationFighter');
  for (const id of beyondQuota) titles.set(id, 'beyondQuota');

  const minShare = rules.advancedCollective.minShare;
  const collectives = data.unit.departments.map((d) => ({ id: d.id, ...checkCollective(scores.filter((s) => s.member.department === d.id), advanced, minShare) }));
  const unitCollective = checkCollective(scores, advanced, minShare);

  const rankOf = new Map(candidates.map((c) => [c.id, c.rank]));
  const proposal = (id: string): Proposal => {
    const title = titles.get(id)!;
    const rank = rankOf.get(id);
    return { id, award: title === 'emulationFighter' ? 'emulationFighter' : 'advancedWorker', title, initiatives: title === 'advancedWorker' ? [] : (recognizedBy.get(id) ?? []), ...(rank === undefined ? {} : { rank }) };
  };
  const others = scores
    .map((s) => s.member)
    .filter((m: Member) => advanced.has(m.id) && titles.get(m.id) !== 'emulationFighter')
    .sort(byVietnameseName);
  const proposals = [...emulationFighters.map(proposal), ...others.map((m) => proposal(m.id))];

  return {
    advancedWorkers: advanced.size,
    quotaExact: toNumber(exact),
    quota,
    emulationFighters,
    beyondQuota,
    advancedCollective: { unit: unitCollective.qualifies, departments: collectives.filter((c) => c.qualifies).map((c) => c.id) },
    checks,
    candidates,
    titles,
    collectives,
    unitCollective,
    proposals,
  };
}
