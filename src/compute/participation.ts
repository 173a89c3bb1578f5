/**
 * The activities behind each criterion (SPEC §3 "Counts"): per kind, how many activities the
 * window holds and how many participations of population members they make. The Markdown
 * report's "activities" table of each criterion shows these figures as they are.
 */
import type { Activity, Rules } from '../model/types.js';
import { inWindow, type EvalWindow, type Expansion } from './scorecard.js';

/** Kinds that belong to no criterion's activity table: violations and awards are reported apart. */
const NOT_PARTICIPATION: readonly string[] = ['violation', 'award'];

export interface KindParticipation {
  readonly kind: string;
  /** Activities of this kind dated in the window. */
  readonly activities: number;
  /** Population members named by them (an activity naming two people counts two). */
  readonly participations: number;
}

export interface CriterionParticipation {
  readonly criterion: string;
  /** The ids of the kinds that count toward the criterion, in the rules' order. */
  readonly kinds: readonly string[];
  /** Those kinds with at least one activity in the window, in the same order. */
  readonly byKind: readonly KindParticipation[];
}

/** The ids of the kinds counting toward a criterion (violations and awards left out), in the rules' order. */
export function kindsOfCriterion(rules: Rules, criterion: string): string[] {
  return Object.values(rules.kinds)
    .filter((k) => k.criterion === criterion && !NOT_PARTICIPATION.includes(k.id))
    .map((k) => k.id);
}

export interface ParticipationInput {
  readonly rules: Rules;
  readonly activities: readonly Activity[];
  readonly expansion: Expansion;
  readonly window: EvalWindow;
  /** Ids of the population members: only they are counted as participations. */
  readonly population: ReadonlySet<string>;
}

/** Each criterion's activities and participations by kind, in the rules' order. */
export function computeParticipation(input: ParticipationInput): CriterionParticipation[] {
  const { rules, expansion, population } = input;
  // The window's activities by kind, in their order: each kind's share read once.
  const byKind = new Map<string, Activity[]>();
  for (const a of input.activities) {
    if (!inWindow(a.date, input.window) || NOT_PARTICIPATION.includes(a.kind)) continue;
    const list = byKind.get(a.kind);
    if (list) list.push(a);
    else byKind.set(a.kind, [a]);
  }
  return rules.criteria.map((c) => {
    const kinds = kindsOfCriterion(rules, c.id);
    const byKindRows: KindParticipation[] = [];
    for (const kind of kinds) {
      const ofKind = byKind.get(kind) ?? [];
      if (ofKind.length === 0) continue;
      let participations = 0;
      for (const a of ofKind) for (const id of expansion.get(a) ?? []) if (population.has(id)) participations++;
      byKindRows.push({ kind, activities: ofKind.length, participations });
    }
    return { criterion: c.id, kinds, byKind: byKindRows };
  });
}
