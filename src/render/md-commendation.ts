/** Commendation proposals of a year window in the Markdown report (SPEC §3 "Commendation"). */
import type { FighterCandidate } from '../compute/commendation.js';
import { compare, fromNumber, rational } from '../model/rational.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell } from './md-format.js';

export interface CommendationView {
  readonly summary: string;
  readonly quota: string;
  readonly proposals: Table | null;
  readonly noProposals: string;
  readonly ranking: Table | null;
  readonly beyondText: string;
  readonly beyond: readonly string[];
  readonly notAdvanced: Table | null;
  readonly collectives: Table;
  readonly awards: Table | null;
  readonly noAwards: string;
}

const KEY_ORDER = ['level', 'initiatives', 'directWorker', 'totalCount', 'id'] as const;
type Key = (typeof KEY_ORDER)[number];

export function buildCommendationView(x: ViewContext): CommendationView | null {
  const { r, f } = x;
  const c = r.commendation;
  if (!c) return null;
  const rules = r.data.rules.commendation;
  const scores = new Map(r.scores.map((s) => [s.member.id, s]));
  const nCriteria = r.data.rules.criteria.length;
  const candidates = new Map(c.candidates.map((k) => [k.id, k]));
  const recognizedBy = (id: string) => r.initiatives.filter((s) => s.recognizedInWindow && s.authors.includes(id));

  const basis = (id: string): string => {
    const parts = [f.w('commendation.basisCriteria', { n: nCriteria })];
    const title = c.titles.get(id);
    if (title === 'emulationFighter' || title === 'beyondQuota') {
      for (const s of recognizedBy(id)) {
        const level = f.w(`levelsInText.${s.activity.level ?? 'co-so'}`);
        parts.push(s.activity.decision ? f.w('commendation.basisInitiativeDecision', { level, decision: s.activity.decision }) : f.w('commendation.basisInitiative', { level }));
      }
    } else if (rules.advancedWorker.maxFormalViolations === 0) {
      parts.push(f.w('commendation.basisNoDiscipline'));
    }
    if (title === 'beyondQuota') parts.push(f.w('commendation.basisBeyond', { rank: candidates.get(id)?.rank ?? 0 }));
    return parts.join('; ');
  };
  const others = x.byName([...c.titles.entries()].filter(([, t]) => t !== 'emulationFighter').map(([id]) => id));
  const proposed = [...c.emulationFighters, ...others];
  const proposals =
    proposed.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.name'), f.w('commendation.colTitle'), f.w('common.department'), f.w('commendation.colAward'), f.w('commendation.colBasis')],
          ['r', 'l', 'l', 'l', 'l', 'l'],
          proposed.map((id, i) => {
            const m = r.membersById.get(id);
            return [f.int(i + 1), x.name(id), m?.title ?? '', x.department(m?.department ?? ''), c.titles.get(id) === 'emulationFighter' ? f.w('awards.emulationFighter') : f.w('awards.advancedWorker'), basis(id)];
          }),
        );

  const keyValue = (k: FighterCandidate, key: Key): string =>
    key === 'level' ? f.w(`levels.${k.topLevel}`) : key === 'initiatives' ? f.int(k.initiatives) : key === 'directWorker' ? f.w(k.directWorker ? 'common.yes' : 'common.no') : key === 'totalCount' ? f.int(k.totalCount) : k.id;
  const ranking =
    c.candidates.length === 0
      ? null
      : table(
          [f.w('commendation.colRank'), f.w('common.name'), f.w('commendation.colTopLevel'), f.w('commendation.colInitiatives'), f.w('commendation.colDirect'), f.w('commendation.colTotal'), f.w('commendation.colOutcome')],
          ['r', 'l', 'l', 'r', 'c', 'r', 'l'],
          c.candidates.map((k) => [f.int(k.rank), x.name(k.id), keyValue(k, 'level'), keyValue(k, 'initiatives'), keyValue(k, 'directWorker'), keyValue(k, 'totalCount'), k.withinQuota ? f.w('commendation.withinQuota') : f.w('commendation.beyondQuota')]),
        );
  const last = c.candidates.find((k) => k.rank === c.quota);
  const beyond = c.candidates
    .filter((k) => !k.withinQuota)
    .map((k) => {
      if (!last) return cell(f.w('commendation.beyondZeroQuota', { name: x.name(k.id), rank: k.rank }));
      // The first key on which this candidate differs from the last one within the quota.
      const between = c.candidates.filter((o) => o.rank >= last.rank && o.rank < k.rank).map((o) => o.decidedBy ?? 'id');
      const key = KEY_ORDER.find((kk) => between.includes(kk)) ?? 'id';
      return cell(
        f.w('commendation.beyondItem', {
          name: x.name(k.id),
          rank: k.rank,
          quota: c.quota,
          lastName: x.name(last.id),
          key: f.w(`rankKeys.${key}`),
          value: keyValue(k, key),
          lastValue: keyValue(last, key),
        }),
      );
    });

  const notAdvancedRows = x
    .byName(c.checks.filter((k) => !k.qualifies).map((k) => k.id))
    .map((id, i) => {
      const k = c.checks.find((ch) => ch.id === id)!;
      const reasons: string[] = [];
      if (!k.tenureOk) reasons.push(f.w('commendation.reasonTenure', { months: rules.advancedWorker.minTenureMonths, from: k.tenureFrom ? f.date(k.tenureFrom) : '' }));
      if (!k.allMet) reasons.push(f.w('commendation.reasonCriteria'));
      if (!k.disciplineOk) reasons.push(f.w('commendation.reasonDiscipline', { n: scores.get(id)?.formalViolations ?? 0 }));
      return [f.int(i + 1), x.name(id), x.department(r.membersById.get(id)?.department ?? ''), reasons.join('; ')];
    });
  const notAdvanced =
    notAdvancedRows.length === 0 ? null : table([f.w('common.index'), f.w('common.name'), f.w('common.department'), f.w('commendation.colReason')], ['r', 'l', 'l', 'l'], notAdvancedRows);

  const minShare = f.pctOf(rules.advancedCollective.minShare);
  const collectiveRow = (name: string, k: { population: number; advancedWorkers: number; formalViolators: number; qualifies: boolean }) => {
    const reasons: string[] = [];
    const shareAbove = k.population > 0 && compare(rational(BigInt(k.advancedWorkers), BigInt(k.population)), fromNumber(rules.advancedCollective.minShare)) > 0;
    if (k.population === 0) reasons.push(f.w('commendation.collectiveEmpty'));
    else if (!shareAbove) reasons.push(f.w('commendation.collectiveShare', { share: f.pct(k.advancedWorkers, k.population), min: minShare }));
    if (k.formalViolators > 0) reasons.push(f.w('commendation.collectiveFormal', { n: k.formalViolators }));
    return [name, f.int(k.population), f.int(k.advancedWorkers), f.pct(k.advancedWorkers, k.population), k.qualifies ? f.w('commendation.collectiveYes') : f.w('commendation.collectiveNo'), reasons.join('; ')];
  };
  const collectives = table(
    [f.w('commendation.colCollective'), f.w('common.population'), f.w('commendation.colAdvanced'), f.w('common.rate'), f.w('commendation.colCollectiveResult'), f.w('commendation.colReason')],
    ['l', 'r', 'r', 'r', 'l', 'l'],
    [collectiveRow(r.unit.name, c.unitCollective), ...c.collectives.map((k) => collectiveRow(x.department(k.id), k))],
  );

  const awards =
    r.awards.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.date'), f.w('commendation.colAwardTitle'), f.w('commendation.colDecision'), f.w('commendation.colRecipients')],
          ['r', 'l', 'l', 'l', 'l'],
          r.awards.map((a, i) => [f.int(i + 1), f.date(a.activity.date), a.activity.title ?? '', a.activity.decision ?? '', x.byName(a.members).map((id) => x.name(id)).join(', ')]),
        );

  return {
    summary: f.w('commendation.summary', { advanced: c.advancedWorkers, population: r.scores.length, fighters: c.emulationFighters.length, candidates: c.candidates.length }),
    quota: f.w('commendation.quota', { cap: f.pctOf(rules.emulationFighter.cap), advanced: c.advancedWorkers, quota: c.quota }),
    proposals,
    noProposals: f.w('commendation.noProposals'),
    ranking,
    beyondText: c.beyondQuota.length === 0 ? f.w('commendation.noBeyond') : f.w('commendation.beyond', { n: c.beyondQuota.length }),
    beyond,
    notAdvanced,
    collectives,
    awards,
    noAwards: f.w('commendation.noAwards'),
  };
}
