/**
 * Commendation proposals of a year window (SPEC §3 "Commendation"): advanced workers (Lao
 * động tiên tiến), emulation fighters (Chiến sĩ thi đua cơ sở) within the quota with their
 * ranking, and advanced collectives (Tập thể lao động tiên tiến).
 */
import { addDays, addMonthsToDate } from '../model/dates.js';
import { compare, fromNumber, mul, rational, roundHalfUp } from '../model/rational.js';
import type { DataSet, Level } from '../model/types.js';
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
  readonly disciplineOk: boolean;
  readonly qualifies: boolean;
}

export interface FighterCandidate {
  readonly id: string;
  readonly rank: number;
  readonly topLevel: Level;
  readonly initiatives: number;
  readonly directWorker: boolean;
  readonly totalCount: number;
  readonly withinQuota: boolean;
  /** The first ranking key that separated this candidate from the next one (for the report). */
  readonly decidedBy?: 'level' | 'initiatives' | 'directWorker' | 'totalCount' | 'id';
}

export interface CommendationFigures {
  readonly advancedWorkers: number;
  readonly quota: number;
  readonly emulationFighters: string[];
  readonly beyondQuota: string[];
  readonly advancedCollective: { readonly unit: boolean; readonly departments: string[] };
  readonly checks: readonly AdvancedWorkerCheck[];
  readonly candidates: readonly FighterCandidate[];
  /** Per member id. */
  readonly titles: ReadonlyMap<string, CommendationTitle>;
  /** Per department id (unit order): population, advanced workers, formal violators, qualifies. */
  readonly collectives: readonly { id: string; population: number; advancedWorkers: number; formalViolators: number; qualifies: boolean }[];
  readonly unitCollective: { population: number; advancedWorkers: number; formalViolators: number; qualifies: boolean };
}

type Key = 'level' | 'initiatives' | 'directWorker' | 'totalCount' | 'id';

function compareCandidates(a: Omit<FighterCandidate, 'rank' | 'withinQuota'>, b: Omit<FighterCandidate, 'rank' | 'withinQuota'>): [number, Key] {
  const steps: [number, Key][] = [
    [levelRank(b.topLevel) - levelRank(a.topLevel), 'level'],
    [b.initiatives - a.initiatives, 'initiatives'],
    [Number(b.directWorker) - Number(a.directWorker), 'directWorker'],
    [b.totalCount - a.totalCount, 'totalCount'],
    [a.id < b.id ? -1 : a.id > b.id ? 1 : 0, 'id'],
  ];
  return steps.find(([d]) => d !== 0) ?? [0, 'id'];
}

export function computeCommendation(data: DataSet, scores: readonly MemberScore[], statuses: readonly InitiativeStatus[], asOf: string): CommendationFigures {
  const rules = data.rules.commendation;
  const dayAfter = addDays(asOf, 1);
  const checks: AdvancedWorkerCheck[] = scores.map((s) => {
    const tenureFrom = s.member.joined === undefined ? undefined : addMonthsToDate(s.member.joined, rules.advancedWorker.minTenureMonths);
    const tenureOk = tenureFrom === undefined || tenureFrom <= dayAfter;
    const disciplineOk = s.formalViolations <= rules.advancedWorker.maxFormalViolations;
    return { id: s.member.id, tenureOk, ...(tenureFrom ? { tenureFrom } : {}), allMet: s.allMet, disciplineOk, qualifies: tenureOk && s.allMet && disciplineOk };
  });
  const advanced = new Set(checks.filter((c) => c.qualifies).map((c) => c.id));
  const byId = new Map(scores.map((s) => [s.member.id, s]));

  const recognized = new Map<string, { top: number; count: number }>();
  for (const st of statuses) {
    if (!st.recognizedInWindow) continue;
    for (const id of st.authors) {
      const prev = recognized.get(id) ?? { top: -1, count: 0 };
      recognized.set(id, { top: Math.max(prev.top, levelRank(st.activity.level)), count: prev.count + 1 });
    }
  }
  const pool = [...advanced]
    .filter((id) => recognized.has(id))
    .map((id) => {
      const r = recognized.get(id)!;
      const s = byId.get(id)!;
      return { id, topLevel: (['co-so', 'tinh', 'toan-quoc'] as const)[r.top] ?? 'co-so', initiatives: r.count, directWorker: s.member.directWorker, totalCount: s.totalCount };
    })
    .sort((a, b) => compareCandidates(a, b)[0]);
  const quota = roundHalfUp(mul(fromNumber(rules.emulationFighter.cap), rational(BigInt(advanced.size))));
  const candidates: FighterCandidate[] = pool.map((c, i) => {
    const next = pool[i + 1];
    return { ...c, rank: i + 1, withinQuota: i < quota, ...(next ? { decidedBy: compareCandidates(c, next)[1] } : {}) };
  });
  const emulationFighters = candidates.filter((c) => c.withinQuota).map((c) => c.id);
  const beyondQuota = candidates.filter((c) => !c.withinQuota).map((c) => c.id);

  const titles = new Map<string, CommendationTitle>();
  for (const id of advanced) titles.set(id, 'advancedWorker');
  for (const id of emulationFighters) titles.set(id, 'emulationFighter');
  for (const id of beyondQuota) titles.set(id, 'beyondQuota');

  const minShare = fromNumber(rules.advancedCollective.minShare);
  const collective = (members: readonly MemberScore[]) => {
    const population = members.length;
    const advancedWorkers = members.filter((s) => advanced.has(s.member.id)).length;
    const formalViolators = members.filter((s) => s.formalViolations > 0).length;
    const shareAbove = population > 0 && compare(rational(BigInt(advancedWorkers), BigInt(population)), minShare) > 0;
    return { population, advancedWorkers, formalViolators, qualifies: shareAbove && formalViolators === 0 };
  };
  const collectives = data.unit.departments.map((d) => ({ id: d.id, ...collective(scores.filter((s) => s.member.department === d.id)) }));
  const unitCollective = collective(scores);
  return {
    advancedWorkers: advanced.size,
    quota,
    emulationFighters,
    beyondQuota,
    advancedCollective: { unit: unitCollective.qualifies, departments: collectives.filter((c) => c.qualifies).map((c) => c.id) },
    checks,
    candidates,
    titles,
    collectives,
    unitCollective,
  };
}

