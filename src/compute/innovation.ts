/**
 * The 20 % initiative target (SPEC §3 "Innovation"): which initiatives count, who authored
 * them, the rate, and the gap in people, for the unit and each department. Exact rationals.
 */
import { ceil, compare, fromNumber, mul, rational } from '../model/rational.js';
import { LEVELS, type Activity, type DataSet, type Level, type Member } from '../model/types.js';
import { compareInitiatives } from './order.js';
import { inWindow, type EvalWindow, type Expansion } from './scorecard.js';

export interface InnovationFigures {
  readonly authors: number;
  readonly population: number;
  readonly rate: number;
  readonly target: number;
  readonly met: boolean;
  readonly gap: number;
  /** People the target asks for: ⌈target × population⌉. */
  readonly need: number;
  /** Population members who author no counting initiative. */
  readonly nonAuthors: number;
  /** Counting initiatives. */
  readonly initiatives: number;
  readonly recognizedNot01m: number;
  readonly pending: number;
}

export interface InitiativeStatus {
  readonly activity: Activity;
  /** Expanded author ids. */
  readonly authors: readonly string[];
  /** Counts toward the target in this window. */
  readonly counting: boolean;
  /** Recognized in the window at >= min_level (01M or not). */
  readonly recognizedInWindow: boolean;
  readonly pending: boolean;
}

export function levelRank(level: Level | undefined): number {
  return level === undefined ? -1 : LEVELS.indexOf(level);
}

/** The status of every initiative relevant to the window, sorted by date then title. */
export function initiativeStatuses(data: DataSet, w: EvalWindow, expansion: Expansion): InitiativeStatus[] {
  const min = levelRank(data.rules.innovation.minLevel);
  const out: InitiativeStatus[] = [];
  for (const a of data.activities) {
    if (a.kind !== 'initiative') continue;
    const recognizedInWindow = a.level !== undefined && a.recognized !== undefined && levelRank(a.level) >= min && inWindow(a.recognized, w);
    const counting = recognizedInWindow && (!data.rules.innovation.require01m || a.in01m);
    const pending = a.level === undefined && inWindow(a.date, w);
    if (recognizedInWindow || pending) out.push({ activity: a, authors: expansion.get(a) ?? [], counting, recognizedInWindow, pending });
  }
  return out.sort((x, y) => compareInitiatives(x.activity, y.activity));
}

/** Ids of population members who author a counting initiative. */
export function innovationAuthors(statuses: readonly InitiativeStatus[], populationIds: ReadonlySet<string>): Set<string> {
  const authors = new Set<string>();
  for (const s of statuses) if (s.counting) for (const id of s.authors) if (populationIds.has(id)) authors.add(id);
  return authors;
}

/** The innovation figures for a group of people (the unit, or one department). */
export function innovationFigures(
  data: DataSet,
  members: readonly Member[],
  statuses: readonly InitiativeStatus[],
  restrict?: (s: InitiativeStatus) => boolean,
): InnovationFigures {
  const ids = new Set(members.map((m) => m.id));
  const authors = innovationAuthors(statuses, ids).size;
  const target = fromNumber(data.rules.innovation.target);
  const pop = members.length;
  const rate = pop === 0 ? 0 : authors / pop;
  const met = pop === 0 ? compare(target, rational(0n)) <= 0 : compare(rational(BigInt(authors), BigInt(pop)), target) >= 0;
  const need = Number(ceil(mul(target, rational(BigInt(pop)))));
  const gap = Math.max(0, need - authors);
  const selected = restrict ? statuses.filter(restrict) : statuses;
  return {
    authors,
    population: pop,
    rate,
    target: data.rules.innovation.target,
    met,
    gap,
    need,
    nonAuthors: Math.max(0, pop - authors),
    initiatives: selected.filter((s) => s.counting).length,
    recognizedNot01m: selected.filter((s) => s.recognizedInWindow && !s.activity.in01m).length,
    pending: selected.filter((s) => s.pending).length,
  };
}
