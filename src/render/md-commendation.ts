/** Commendation proposals of a year window in the Markdown report (SPEC §3 "Commendation"). */
import { RANK_KEYS, type CollectiveCheck, type FighterCandidate, type RankKey } from '../compute/commendation.js';
import { LEVELS, type Level } from '../model/types.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell, type Fmt } from './md-format.js';
import { proposalRows, type BasisWords } from './proposal-basis.js';

export interface CommendationView {
  readonly summary: string;
  readonly quota: string;
  readonly proposalsIntro: string;
  readonly proposals: Table | null;
  readonly ranking: Table | null;
  readonly rankingText: string;
  readonly beyondText: string;
  readonly beyond: readonly string[];
  readonly notAdvanced: Table | null;
  readonly collectiveText: string;
  readonly collectives: Table;
  readonly awards: Table | null;
  readonly noAwards: string;
}

/** The words of the proposal list's grounds, from the label file (the CSV has the same in src/i18n). */
export function basisWords(f: Fmt): BasisWords {
  const b = (k: string) => f.opt(`commendation.basis.${k}`) ?? `[[commendation.basis.${k}]]`;
  return {
    criteria: b('criteria'),
    tenure: b('tenure'),
    noDiscipline: b('noDiscipline'),
    formalWithin: b('formalWithin'),
    advanced: b('advanced'),
    initiative: b('initiative'),
    decision: b('decision'),
    recognizedOn: b('recognizedOn'),
    beyond: b('beyond'),
    separator: b('separator'),
    levels: Object.fromEntries(LEVELS.map((l) => [l, f.w(`levelsInText.${l}`)])) as Record<Level, string>,
  };
}

function rankValue(x: ViewContext, k: FighterCandidate, key: RankKey): string {
  const { f } = x;
  switch (key) {
    case 'level':
      return f.w(`levelsInText.${k.topLevel}`);
    case 'achievements':
      return f.int(k.achievements);
    case 'directWorker':
      return f.w(k.directWorker ? 'common.yes' : 'common.no');
    case 'totalCount':
      return f.int(k.totalCount);
    case 'id':
      return k.id;
  }
}

/** `Lê Minh Quân (thứ 5) so với Nguyễn Thị Kim Oanh (thứ 4, …): cùng cấp cơ sở, cùng 1 sáng kiến, nhưng không phải …` */
function beyondItem(x: ViewContext, k: FighterCandidate, last: FighterCandidate | undefined): string {
  const { f } = x;
  if (!last) return cell(f.w('commendation.beyondZeroQuota', { name: x.name(k.id), rank: k.rank }));
  const key = k.behindLastBy ?? 'id';
  const keys: readonly RankKey[] = RANK_KEYS;
  const same = keys
    .slice(0, keys.indexOf(key))
    .map((kk) => (kk === 'directWorker' ? f.w(k.directWorker ? 'commendation.same.directWorkerYes' : 'commendation.same.directWorkerNo') : f.w(`commendation.same.${kk}`, { value: rankValue(x, k, kk) })));
  const diff = f.w(`commendation.behind.${key}`, { value: rankValue(x, k, key), lastValue: rankValue(x, last, key) });
  const params = { name: x.name(k.id), rank: k.rank, last: f.w('commendation.lastRef', { name: x.name(last.id), rank: last.rank }), same: same.join(', '), diff };
  return cell(f.w(same.length === 0 ? 'commendation.beyondDiff' : 'commendation.beyondSame', params));
}

function rankingTable(x: ViewContext): Table | null {
  const { r, f } = x;
  const c = r.commendation!;
  if (c.candidates.length === 0) return null;
  return table(
    [f.w('commendation.colRank'), f.w('common.name'), f.w('commendation.colTopLevel'), f.w('commendation.colInitiatives'), f.w('commendation.colDirect'), f.w('commendation.colTotal'), f.w('commendation.colOutcome'), f.w('commendation.colAhead')],
    ['r', 'l', 'l', 'r', 'c', 'r', 'l', 'l'],
    c.candidates.map((k, i) => {
      const next = c.candidates[i + 1];
      const ahead = next && k.decidedBy ? f.w(`commendation.ahead.${k.decidedBy}`, { value: rankValue(x, k, k.decidedBy), next: rankValue(x, next, k.decidedBy) }) : '';
      return [f.int(k.rank), x.name(k.id), f.w(`levels.${k.topLevel}`), f.int(k.achievements), rankValue(x, k, 'directWorker'), f.int(k.totalCount), f.w(k.withinQuota ? 'commendation.withinQuota' : 'commendation.beyondQuota'), ahead];
    }),
  );
}

function notAdvancedTable(x: ViewContext): Table | null {
  const { r, f } = x;
  const c = r.commendation!;
  const rules = r.data.rules.commendation.advancedWorker;
  const checks = new Map(c.checks.map((k) => [k.id, k]));
  const rows = x
    .byName(c.checks.filter((k) => !k.qualifies).map((k) => k.id))
    .map((id, i) => {
      const k = checks.get(id)!;
      const reasons: string[] = [];
      if (!k.tenureOk) reasons.push(f.w('commendation.reasonTenure', { months: rules.minTenureMonths, joined: f.date(r.membersById.get(id)?.joined ?? ''), from: f.date(k.tenureFrom ?? '') }));
      if (!k.allMet) reasons.push(f.w('commendation.reasonCriteria', { criteria: k.unmet.map((cid) => x.criterionById(cid)).join(', ') }));
      if (!k.disciplineOk) reasons.push(f.w(rules.maxFormalViolations === 0 ? 'commendation.reasonDiscipline' : 'commendation.reasonDisciplineMax', { n: k.formalViolations, max: rules.maxFormalViolations }));
      return [f.int(i + 1), x.name(id), x.department(r.membersById.get(id)?.department ?? ''), reasons.join('; ')];
    });
  return rows.length === 0 ? null : table([f.w('common.index'), f.w('common.name'), f.w('common.department'), f.w('commendation.colReason')], ['r', 'l', 'l', 'l'], rows);
}

function collectivesTable(x: ViewContext): Table {
  const { r, f } = x;
  const c = r.commendation!;
  const min = f.pctOf(r.data.rules.commendation.advancedCollective.minShare);
  const row = (name: string, k: CollectiveCheck) => {
    const share = f.pct(k.advancedWorkers, k.population);
    const reasons =
      k.population === 0
        ? [f.w('commendation.collectiveEmpty')]
        : [
            f.w(k.shareAbove ? 'commendation.collectiveShareOk' : 'commendation.collectiveShare', { share, min }),
            k.blocked.length > 0 ? f.w('commendation.collectiveFormal', { n: k.blocked.length }) : f.w('commendation.collectiveNoFormal'),
          ];
    return [name, f.int(k.population), f.int(k.advancedWorkers), share, f.w(k.qualifies ? 'commendation.collectiveYes' : 'commendation.collectiveNo'), reasons.join('; ')];
  };
  return table(
    [f.w('commendation.colCollective'), f.w('common.population'), f.w('commendation.colAdvanced'), f.w('common.rate'), f.w('commendation.colCollectiveResult'), f.w('commendation.colGrounds')],
    ['l', 'r', 'r', 'r', 'l', 'l'],
    [row(r.unit.name, c.unitCollective), ...c.collectives.map((k) => row(x.department(k.id), k))],
  );
}

export function buildCommendationView(x: ViewContext): CommendationView | null {
  const { r, f } = x;
  const c = r.commendation;
  if (!c) return null;
  const rules = r.data.rules.commendation;

  const rows = proposalRows(r, basisWords(f), f.date);
  const proposals =
    rows.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.name'), f.w('commendation.colTitle'), f.w('common.department'), f.w('commendation.colAward'), f.w('commendation.colBasis')],
          ['r', 'l', 'l', 'l', 'l', 'l'],
          rows.map((p) => [f.int(p.index), p.name, p.title, p.department, f.w(`awards.${p.award}`), p.basis]),
        );
  const fighters = c.emulationFighters.length;

  const quotaLine = f.w('commendation.quota', { cap: f.pctOf(rules.emulationFighter.cap), advanced: c.advancedWorkers, exact: f.dec(c.quotaExact, 2), quota: c.quota });
  const last = c.quota > 0 ? c.candidates[c.quota - 1] : undefined;
  const beyond = c.candidates.filter((k) => !k.withinQuota).map((k) => beyondItem(x, k, last));
  const rankingText =
    c.candidates.length === 0
      ? f.w('commendation.rankingNone')
      : c.quota === 0
        ? f.w('commendation.rankingZero', { candidates: c.candidates.length })
        : c.candidates.length > c.quota
        ? f.w('commendation.rankingOver', { candidates: c.candidates.length, quota: c.quota })
        : f.w('commendation.rankingWithin', { candidates: c.candidates.length, quota: c.quota });

  const qualified = [...(c.unitCollective.qualifies ? [r.unit.name] : []), ...c.advancedCollective.departments.map((id) => x.department(id))];
  const awards =
    r.awards.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.date'), f.w('commendation.colAwardTitle'), f.w('commendation.colDecision'), f.w('commendation.colRecipients')],
          ['r', 'l', 'l', 'l', 'l'],
          r.awards.map((a, i) => [f.int(i + 1), f.date(a.activity.date), a.activity.title ?? '', a.activity.decision ?? '', x.byName(a.members).map((id) => x.name(id)).join(', ')]),
        );

  return {
    summary: f.w('commendation.summary', {
      advanced: c.advancedWorkers,
      population: r.scores.length,
      months: rules.advancedWorker.minTenureMonths,
      discipline: rules.advancedWorker.maxFormalViolations === 0 ? f.w('commendation.disciplineNone') : f.w('commendation.disciplineMax', { max: rules.advancedWorker.maxFormalViolations }),
      candidates: c.candidates.length,
    }),
    quota: quotaLine,
    proposalsIntro:
      rows.length === 0
        ? f.w('commendation.noProposals')
        : fighters === 0
          ? f.w('commendation.proposalsIntroAdvanced', { total: rows.length })
          : f.w('commendation.proposalsIntro', { fighters, advanced: rows.length - fighters, total: rows.length }),
    proposals,
    ranking: rankingTable(x),
    rankingText,
    beyondText: beyond.length === 0 ? '' : f.w('commendation.beyond', { n: beyond.length }),
    beyond,
    notAdvanced: notAdvancedTable(x),
    collectiveText:
      qualified.length === 0
        ? f.w('commendation.collectiveNone', { min: f.pctOf(rules.advancedCollective.minShare) })
        : f.w('commendation.collectiveProposed', { list: qualified.join(', '), n: qualified.length, min: f.pctOf(rules.advancedCollective.minShare) }),
    collectives: collectivesTable(x),
    awards,
    noAwards: f.w('commendation.noAwards'),
  };
}
