/**
 * "Đề nghị khen thưởng" of a year window in the Markdown report (SPEC §3 "Commendation", §6):
 * the proposal to the Hội đồng Thi đua – Khen thưởng, in the words of the documents. Who is not
 * yet an advanced worker, and why, is a named list: it goes to the internal annex.
 */
import {
  RANK_KEYS,
  type CollectiveCheck,
  type CommendationFigures,
  type ExcellentCheck,
  type FighterCandidate,
  type RankKey,
} from '../compute/commendation.js';
import { DISCIPLINE_FORMS, LEAVE_KINDS, LEVELS, RATING_LEVELS, type DisciplineForm, type LeaveKind, type Level, type RatingLevel } from '../model/types.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { cell, inline, makeFmt, type Fmt } from './md-format.js';
import { collectiveRows, departmentCollectives, proposalRows, type BasisWords } from './proposal-basis.js';

export interface CommendationView {
  readonly summary: string;
  readonly quota: string;
  /** The ratings the list rests on, or (provisional) the one sentence saying the list awaits them. */
  readonly ratingsLine: string;
  readonly councilLine: string;
  readonly proposalsIntro: string;
  readonly proposals: Table | null;
  readonly ranking: Table | null;
  readonly rankingText: string;
  readonly beyondText: string;
  readonly beyond: readonly string[];
  readonly collectiveText: string;
  readonly collectives: Table;
  readonly awards: Table | null;
  readonly noAwards: string;
}

/** The first letter in upper case, as a table cell begins (`sáng kiến …` → `Sáng kiến …`). */
const capitalize = (text: string) => text.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());

const byKeys = <K extends string>(keys: readonly K[], word: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

/** The words of the proposal list's grounds, from the report labels: one set for the report, the CSV and `thidua member`. */
export function basisWords(f: Fmt): BasisWords {
  const b = (k: string) => f.opt(`commendation.basis.${k}`) ?? `[[commendation.basis.${k}]]`;
  const m = (k: string) => f.msg(`commendation.basis.${k}`) ?? `[[commendation.basis.${k}]]`;
  return {
    criteria: m('criteria'),
    tenure: m('tenure'),
    noDiscipline: b('noDiscipline'),
    formalWithin: m('formalWithin'),
    leave: m('leave'),
    advanced: b('advanced'),
    initiative: m('initiative'),
    research: m('research'),
    decision: m('decision'),
    recognizedOn: m('recognizedOn'),
    acceptedOn: m('acceptedOn'),
    beyond: m('beyond'),
    separator: b('separator'),
    levels: byKeys<Level>(LEVELS, (l) => f.w(`levelsInText.${l}`)),
    leaveKinds: byKeys<LeaveKind>(LEAVE_KINDS, (k) => f.w(`leaveKinds.${k}`)),
    forms: byKeys<DisciplineForm>(DISCIPLINE_FORMS, (k) => f.w(`forms.${k}`)),
    ratings: byKeys<RatingLevel>(RATING_LEVELS, (k) => f.w(`ratings.${k}`)),
    unrated: f.w('ratings.none'),
    collective: { share: m('collectiveShare'), fighters: m('collectiveFighters'), noBlock: m('collectiveNoBlock'), allRated: b('collectiveAllRated') },
  };
}

/** The grounds' words of a language, for the outputs that have no Markdown formatter at hand (CSV, `thidua member`). */
export function basisWordsIn(lang: Lang): BasisWords {
  return basisWords(makeFmt(catalogue(lang).labels, lang));
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
      return '';
  }
}

/**
 * `Lê Minh Quân (thứ 5) so với Nguyễn Thị Kim Oanh (thứ 4, …): cùng cấp cơ sở, …, nhưng không phải …`.
 * Two candidates equal on every key the council weighs are said to be equal: the order between
 * them (by id, to be reproducible) is not a ground, and the document does not present it as one.
 */
function beyondItem(x: ViewContext, k: FighterCandidate, last: FighterCandidate | null): string {
  const { f } = x;
  if (!last) return cell(f.w('commendation.beyondZeroQuota', { name: x.name(k.id), rank: k.rank }));
  const key = k.behindLastBy ?? 'id';
  const keys: readonly RankKey[] = RANK_KEYS;
  const same = keys
    .slice(0, keys.indexOf(key))
    .map((kk) =>
      kk === 'directWorker'
        ? f.w(k.directWorker ? 'commendation.same.directWorkerYes' : 'commendation.same.directWorkerNo')
        : f.w(`commendation.same.${kk}`, { value: rankValue(x, k, kk) }),
    );
  const params = { name: x.name(k.id), rank: k.rank, last: f.w('commendation.lastRef', { name: x.name(last.id), rank: last.rank }), same: same.join(', ') };
  if (key === 'id') return cell(f.w('commendation.beyondEqual', params));
  const diff = f.w(`commendation.behind.${key}`, { value: rankValue(x, k, key), lastValue: rankValue(x, last, key) });
  return cell(f.w(same.length === 0 ? 'commendation.beyondDiff' : 'commendation.beyondSame', { ...params, diff }));
}

function rankingTable(x: ViewContext, c: CommendationFigures): Table | null {
  const { f } = x;
  if (c.candidates.length === 0) return null;
  return table(
    [
      f.w('commendation.colRank'),
      f.w('common.name'),
      f.w('commendation.colTopLevel'),
      f.w('commendation.colAchievements'),
      f.w('commendation.colDirect'),
      f.w('commendation.colTotal'),
      f.w('commendation.colOutcome'),
    ],
    ['r', 'l', 'l', 'r', 'c', 'r', 'l'],
    c.candidates.map((k) => [
      f.int(k.rank),
      x.name(k.id),
      f.w(`levels.${k.topLevel}`),
      f.int(k.achievements),
      rankValue(x, k, 'directWorker'),
      f.int(k.totalCount),
      f.w(k.withinQuota ? 'commendation.withinQuota' : 'commendation.beyondQuota'),
    ]),
  );
}

function collectivesTable(x: ViewContext, c: CommendationFigures): Table {
  const { r, f } = x;
  const rules = r.rules.commendation;
  const adv = { min: f.pctOf(rules.advancedCollective.minShare), form: f.w(`forms.${rules.advancedCollective.blockFrom}`) };
  const exc = { min: f.pctOf(rules.excellentCollective.minShare), form: f.w(`forms.${rules.excellentCollective.blockFrom}`) };
  const row = (name: string, k: CollectiveCheck, e: ExcellentCheck) => {
    const share = f.pct(k.advancedWorkers, k.population);
    const award = e.qualifies ? 'awards.excellentCollective' : k.qualifies ? 'awards.advancedCollective' : 'commendation.collectiveNo';
    const grounds: string[] = [];
    if (k.population === 0) grounds.push(f.w('commendation.collectiveEmpty'));
    else {
      grounds.push(f.w(k.shareAbove ? 'commendation.collectiveShareOk' : 'commendation.collectiveShare', { share, min: adv.min }));
      grounds.push(
        k.blocked.length > 0
          ? f.w('commendation.collectiveBlocked', { n: k.blocked.length, form: adv.form })
          : f.w('commendation.basis.collectiveNoBlock', { form: adv.form }),
      );
      if (!e.qualifies && k.shareAbove && k.blocked.length === 0) {
        // An advanced collective: say what the excellent title still lacks.
        const lacks: string[] = [];
        if (!e.shareReached) lacks.push(f.w('commendation.lackShare', { min: exc.min }));
        if (e.emulationFighters === 0) lacks.push(f.w('commendation.lackFighter'));
        if (e.blocked.length > 0) lacks.push(f.w('commendation.lackBlock', { form: exc.form }));
        if (e.belowHt.length > 0) lacks.push(f.w('commendation.lackRating', { n: e.belowHt.length }));
        if (lacks.length > 0) grounds.push(f.w('commendation.notExcellent', { lacks: lacks.join(', ') }));
      }
      if (e.qualifies) grounds.push(f.w('commendation.excellentGrounds', { fighters: e.emulationFighters, min: exc.min }));
    }
    return [name, f.int(k.population), f.int(k.advancedWorkers), share, f.int(e.emulationFighters), f.w(award), grounds.join('; ')];
  };
  return table(
    [
      f.w('commendation.colCollective'),
      f.w('common.population'),
      f.w('commendation.colAdvanced'),
      f.w('common.rate'),
      f.w('commendation.colFighters'),
      f.w('commendation.colCollectiveResult'),
      f.w('commendation.colGrounds'),
    ],
    ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
    [row(x.unitName, c.unitCollective, c.unitExcellent), ...departmentCollectives(c).map(({ k, e }) => row(x.department(k.id), k, e))],
  );
}

/** The advanced-worker conditions in words (SPEC §6), the rating left out while provisional. */
function advancedConditions(x: ViewContext, c: CommendationFigures): string {
  const { r, f } = x;
  const rules = r.rules.commendation.advancedWorker;
  return [
    ...(c.provisional ? [] : [f.w('commendation.condRating', { rating: f.w(`ratingsInText.${rules.minRating}`) })]),
    f.w('commendation.condTenure', { months: rules.minTenureMonths }),
    f.w('commendation.condCriteria'),
    rules.maxFormalViolations === 0 ? f.w('commendation.disciplineNone') : f.w('commendation.disciplineMax', { max: rules.maxFormalViolations }),
    f.w('commendation.condLeave', { days: rules.maxLeaveDays }),
  ].join(', ');
}

function summaryText(x: ViewContext, c: CommendationFigures): string {
  const { r, f } = x;
  return f.w('commendation.summary', {
    advanced: c.advancedWorkers,
    population: r.population,
    conditions: advancedConditions(x, c),
    level: f.w(`levelsInText.${r.rules.innovation.minLevel}`),
    candidates: c.candidates.length,
  });
}

function ratingsLine(x: ViewContext, c: CommendationFigures): string {
  const { f } = x;
  const year = String(c.ratings.year);
  if (c.provisional) return f.w('commendation.provisional', { year });
  return c.ratings.decisions.length === 0
    ? f.w('commendation.ratingsBasis', { year })
    : f.w('commendation.ratingsDecision', { year, decisions: c.ratings.decisions.map((d) => x.text(d)).join(', ') });
}

export function buildCommendationView(x: ViewContext): CommendationView | null {
  const { r, f } = x;
  const c = r.commendation;
  if (!c) return null;
  const rules = r.rules.commendation;

  const rows = proposalRows(r, basisWords(f), f.date, inline);
  // What every row would repeat is said once above the table: the grounds all proposed people
  // share (the column keeps each person's own), and the rating while none exists (provisional).
  const withRating = !c.provisional;
  const withBasis = rows.some((p) => p.particular !== '');
  const proposals =
    rows.length === 0
      ? null
      : table(
          [
            f.w('common.index'), f.w('common.name'), f.w('commendation.colTitle'), f.w('common.department'),
            ...(withRating ? [f.w('commendation.colRating', { year: String(c.ratings.year) })] : []),
            f.w('commendation.colAward'),
            ...(withBasis ? [f.w('commendation.colBasis')] : []),
          ],
          ['r', 'l', 'l', 'l', ...(withRating ? ['l' as const] : []), 'l', 'l'],
          rows.map((p) => [
            f.int(p.index),
            p.name,
            p.title,
            p.department,
            ...(withRating ? [p.rating] : []),
            f.w(`awards.${p.award}`),
            ...(withBasis ? [capitalize(p.particular)] : []),
          ]),
        );
  const commonBasis = f.w(withBasis ? 'commendation.commonBasis' : 'commendation.commonBasisOnly', {
    conditions: advancedConditions(x, c),
    column: f.w('commendation.colBasis'),
  });
  const fighters = c.emulationFighters.length;

  const quotaParams = { cap: f.pctOf(rules.emulationFighter.cap), advanced: c.advancedWorkers, exact: f.dec(c.quotaExact, 2), quota: c.quota };
  const quotaLine = f.w(rules.emulationFighter.rounding === 'floor' ? 'commendation.quota' : 'commendation.quotaHalfUp', quotaParams);
  const beyond = c.candidates.filter((k) => !k.withinQuota).map((k) => beyondItem(x, k, c.lastWithinQuota));
  const rankingText =
    c.candidates.length === 0
      ? f.w('commendation.rankingNone')
      : c.quota === 0
        ? f.w('commendation.rankingZero', { candidates: c.candidates.length })
        : c.candidates.length > c.quota
          ? f.w('commendation.rankingOver', { candidates: c.candidates.length, quota: c.quota })
          : f.w('commendation.rankingWithin', { candidates: c.candidates.length, quota: c.quota });

  const collectives = collectiveRows(r, basisWords(f), f.pct, 1);
  const nameOf = (id: string | null) => (id === null ? x.unitName : x.department(id));
  const excellent = collectives.filter((k) => k.award === 'excellentCollective').map((k) => nameOf(k.id));
  const advanced = collectives.filter((k) => k.award === 'advancedCollective').map((k) => nameOf(k.id));
  const collectiveText =
    collectives.length === 0
      ? f.w('commendation.collectiveNone', { min: f.pctOf(rules.advancedCollective.minShare), form: f.w(`forms.${rules.advancedCollective.blockFrom}`) })
      : [
          ...(excellent.length > 0 ? [f.w('commendation.excellentProposed', { list: excellent.join(', '), n: excellent.length })] : []),
          ...(advanced.length > 0 ? [f.w('commendation.collectiveProposed', { list: advanced.join(', '), n: advanced.length })] : []),
        ].join(' ');
  const awards =
    r.awards.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.date'), f.w('commendation.colAwardTitle'), f.w('commendation.colDecision'), f.w('commendation.colRecipients')],
          ['r', 'l', 'l', 'l', 'l'],
          r.awards.map((a, i) => [f.int(i + 1), f.date(a.date), x.text(a.title), x.text(a.decision), x.byName(a.members).map((id) => x.name(id)).join(', ')]),
        );

  const proposalsIntro = () =>
    fighters === 0
      ? f.w('commendation.proposalsIntroAdvanced', { total: rows.length })
      : f.w('commendation.proposalsIntro', { fighters, advanced: c.advancedProposals, total: rows.length });
  return {
    summary: summaryText(x, c),
    quota: quotaLine,
    ratingsLine: ratingsLine(x, c),
    councilLine: f.w('commendation.council'),
    proposalsIntro: rows.length === 0 ? f.w('commendation.noProposals') : `${proposalsIntro()} ${commonBasis}`,
    proposals,
    ranking: rankingTable(x, c),
    rankingText,
    beyondText: beyond.length === 0 ? '' : f.w('commendation.beyond', { n: beyond.length }),
    beyond,
    collectiveText,
    collectives: collectivesTable(x, c),
    awards,
    noAwards: f.w('commendation.noAwards'),
  };
}

/** Who is not an advanced worker, and why: a named list for the internal annex (year windows). */
export function notAdvancedTable(x: ViewContext): Table | null {
  const { r, f } = x;
  const c = r.commendation;
  if (!c) return null;
  const rules = r.rules.commendation.advancedWorker;
  const checks = new Map(c.checks.map((k) => [k.id, k]));
  const rows = x
    .byName(c.checks.filter((k) => !k.qualifies).map((k) => k.id))
    .flatMap((id) => {
      const k = checks.get(id);
      return k ? [k] : [];
    })
    .map((k, i) => {
      const id = k.id;
      const reasons: string[] = [];
      if (!k.ratingOk) {
        reasons.push(
          k.rating === undefined
            ? f.w('commendation.reasonUnrated', { year: String(c.ratings.year) })
            : f.w('commendation.reasonRating', { rating: f.w(`ratingsInText.${k.rating}`), min: f.w(`ratingsInText.${rules.minRating}`) }),
        );
      }
      if (!k.tenureOk) {
        const joined = f.date(r.people.get(id)?.joined ?? '');
        reasons.push(f.w('commendation.reasonTenure', { months: rules.minTenureMonths, joined, from: f.date(k.tenureFrom ?? '') }));
      }
      if (!k.allMet) reasons.push(f.w('commendation.reasonCriteria', { criteria: k.unmet.map((cid) => x.criterionById(cid)).join(', ') }));
      if (!k.disciplineOk) {
        const key = rules.maxFormalViolations === 0 ? 'commendation.reasonDiscipline' : 'commendation.reasonDisciplineMax';
        reasons.push(f.w(key, { n: k.formalViolations, max: rules.maxFormalViolations }));
      }
      if (!k.leaveOk) reasons.push(f.w('commendation.reasonLeave', { days: k.leaveWorkingDays, max: rules.maxLeaveDays }));
      return [f.int(i + 1), x.name(id), x.department(r.people.get(id)?.department ?? ''), reasons.join('; ')];
    });
  return rows.length === 0 ? null : table(
    [f.w('common.index'), f.w('common.name'), f.w('common.department'), f.w('commendation.colReason')],
    ['r', 'l', 'l', 'l'],
    rows,
  );
}
