/**
 * The proposal list (danh sách đề nghị khen thưởng) shared by the Markdown report and
 * proposals.csv: the same people and collectives, in the same order, with the same rating and
 * "căn cứ" (grounds) in words. Each renderer hands in its own words for the language; the list
 * itself comes from compute.
 */
import type { Achievement, CollectiveCheck, CommendationFigures, ExcellentCheck, Proposal } from '../compute/commendation.js';
import type { ReportFigures } from '../compute/report.js';
import type { Person } from '../compute/people.js';
import type { MemberScore } from '../compute/scorecard.js';
import { fill, type Message } from '../i18n/fill.js';
import type { DisciplineForm, LeaveKind, Level, RatingLevel } from '../model/types.js';

/** Messages of the catalogue with `{name}` placeholders; `levels` are the levels as written inside a sentence. */
export interface BasisWords {
  readonly criteria: Message;
  readonly tenure: Message;
  readonly noDiscipline: string;
  readonly formalWithin: Message;
  /** `nghỉ {days} ngày ({kinds}), yêu cầu tính theo số ngày làm việc` */
  readonly leave: Message;
  readonly advanced: string;
  readonly initiative: Message;
  readonly research: Message;
  readonly decision: Message;
  readonly recognizedOn: Message;
  readonly acceptedOn: Message;
  readonly beyond: Message;
  readonly separator: string;
  readonly levels: Readonly<Record<Level, string>>;
  readonly leaveKinds: Readonly<Record<LeaveKind, string>>;
  /** Discipline forms as written inside a sentence (`cảnh cáo`). */
  readonly forms: Readonly<Record<DisciplineForm, string>>;
  /** The ratings as a column shows them (`Hoàn thành tốt nhiệm vụ`). */
  readonly ratings: Readonly<Record<RatingLevel, string>>;
  /** The rating column of someone not rated (or of every row while provisional). */
  readonly unrated: string;
  /** A collective's grounds: `{advanced}/{population} người đạt Lao động tiên tiến ({share})`… */
  readonly collective: {
    readonly share: Message;
    readonly fighters: Message;
    readonly noBlock: Message;
    readonly allRated: string;
  };
}

export interface ProposalRow {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly department: string;
  readonly award: Proposal['award'];
  /** The rating in words, or `unrated`. */
  readonly rating: string;
  /** The whole grounds, standing alone (a spreadsheet row of proposals.csv). */
  readonly basis: string;
  /**
   * Only what is particular to this person ('' for none): `basis` without the grounds every
   * proposed person shares (all criteria met, discipline within the limit), which the Markdown
   * list states once above its table.
   */
  readonly particular: string;
}

/** A collective proposed for a title: the unit, or a department. */
export interface CollectiveRow {
  readonly index: number;
  /** `null` for the unit itself. */
  readonly id: string | null;
  readonly name: string;
  readonly award: 'excellentCollective' | 'advancedCollective';
  readonly basis: string;
}

/** How a string of the data enters the text: as it is (CSV, the terminal), or escaped (Markdown). */
export type DataText = (text: string) => string;
const asWritten: DataText = (text) => text;

/** `sáng kiến “…” được công nhận cấp cơ sở (Quyết định số 45/QĐ-TTYT ngày 20/05/2024)`, or the đề tài alike. */
export function achievementText(a: Achievement, words: BasisWords, date: (iso: string) => string, esc: DataText = asWritten): string {
  const text = fill(a.kind === 'research' ? words.research : words.initiative, {
    title: esc((a.activity.title ?? '').normalize('NFC')),
    level: words.levels[a.level],
  });
  const decision = a.activity.decision;
  const when = decision
    ? fill(words.decision, { decision: esc(decision), date: date(a.date) })
    : fill(a.kind === 'research' ? words.acceptedOn : words.recognizedOn, { date: date(a.date) });
  return `${text} ${when}`;
}

/**
 * The grounds of one proposal (`Hoàn thành đủ 3 tiêu chí; không bị kỷ luật`, or the sáng kiến and
 * đề tài of a fighter) in their order, each marked `shared` when every proposed person
 * has it (an advanced worker: all criteria met, no discipline) or not when it is this person's
 * own (a late start, leave, discipline within a non-zero limit, the sáng kiến and đề tài, the
 * rank beyond the quota).
 */
function basisParts(
  r: ReportFigures,
  p: Proposal,
  words: BasisWords,
  date: (iso: string) => string,
  esc: DataText,
  s: MemberScore | undefined,
  person: Person | undefined,
): { text: string; shared: boolean }[] {
  const c = r.commendation;
  if (!c || !s) return [];
  const rules = r.rules.commendation.advancedWorker;
  const own = (text: string) => ({ text, shared: false });
  const achievements = p.achievements.map((a) => own(achievementText(a, words, date, esc)));
  if (p.award === 'emulationFighter') return [{ text: words.advanced, shared: true }, ...achievements];
  const parts = [{ text: fill(words.criteria, { n: r.rules.criteria.length }), shared: true }];
  if (person?.joinedInWindow && person.joined !== undefined) {
    parts.push(own(fill(words.tenure, { joined: date(person.joined), months: rules.minTenureMonths })));
  }
  if (s.leaveDays > 0) {
    const kinds = (person?.leaveKinds ?? []).map((k) => words.leaveKinds[k]);
    parts.push(own(fill(words.leave, { days: s.leaveDays, kinds: kinds.join(', ') })));
  }
  parts.push(
    s.formalViolations === 0
      ? { text: words.noDiscipline, shared: true }
      : own(fill(words.formalWithin, { n: s.formalViolations, max: rules.maxFormalViolations })),
  );
  if (p.title === 'beyondQuota') parts.push(...achievements, own(fill(words.beyond, { rank: p.rank ?? 0, candidates: c.candidates.length, quota: c.quota })));
  return parts;
}

/** The proposal list in order, with names, positions and departments as written in the data (or as `esc` makes them). */
export function proposalRows(r: ReportFigures, words: BasisWords, date: (iso: string) => string, esc: DataText = asWritten): ProposalRow[] {
  const c = r.commendation;
  if (!c) return [];
  const departments = new Map(r.unit.departments.map((d) => [d.id, d.name.normalize('NFC')]));
  const scores = new Map(r.scores.map((s) => [s.member.id, s]));
  return c.proposals.map((p, i) => {
    const m = r.people.get(p.id);
    const parts = basisParts(r, p, words, date, esc, scores.get(p.id), m);
    return {
      index: i + 1,
      id: p.id,
      name: esc((m?.name ?? p.id).normalize('NFC')),
      title: esc((m?.title ?? '').normalize('NFC')),
      department: esc(departments.get(m?.department ?? '') ?? m?.department ?? ''),
      award: p.award,
      rating: p.rating === undefined ? words.unrated : words.ratings[p.rating],
      basis: parts.map((b) => b.text).join(words.separator),
      particular: parts.filter((b) => !b.shared).map((b) => b.text).join(words.separator),
    };
  });
}

/** Each department's collective checks, the advanced and the excellent one, in unit.yaml order. */
export function departmentCollectives(c: CommendationFigures): { k: CollectiveCheck & { id: string }; e: ExcellentCheck }[] {
  const excellent = new Map(c.excellentCollectives.map((e) => [e.id, e]));
  return c.collectives.flatMap((k) => {
    const e = excellent.get(k.id);
    return e ? [{ k, e }] : [];
  });
}

/** The grounds of a collective's title, in the order of SPEC §6. */
function collectiveBasis(
  k: CollectiveCheck,
  x: ExcellentCheck,
  excellent: boolean,
  words: BasisWords,
  pct: (n: number, of: number) => string,
  ratingsExist: boolean,
  blockFrom: DisciplineForm,
): string {
  const parts = [fill(words.collective.share, { advanced: k.advancedWorkers, population: k.population, share: pct(k.advancedWorkers, k.population) })];
  if (excellent) parts.push(fill(words.collective.fighters, { n: x.emulationFighters }));
  parts.push(fill(words.collective.noBlock, { form: words.forms[blockFrom] }));
  if (excellent && ratingsExist) parts.push(words.collective.allRated);
  return parts.join(words.separator);
}

/**
 * The collectives proposed (year windows), after the people: the unit first, then the
 * departments in unit.yaml order, each once with its higher title (an excellent collective is
 * not also listed as advanced). `first` numbers them on from the individual list.
 */
export function collectiveRows(r: ReportFigures, words: BasisWords, pct: (n: number, of: number) => string, first: number): CollectiveRow[] {
  const c = r.commendation;
  if (!c) return [];
  const ratingsExist = c.ratings.exist;
  const rules = r.rules.commendation;
  const entries: { id: string | null; name: string; k: CollectiveCheck; x: ExcellentCheck }[] = [
    { id: null, name: r.unit.name.normalize('NFC'), k: c.unitCollective, x: c.unitExcellent },
    ...departmentCollectives(c).map(({ k, e }, i) => ({ id: k.id, name: (r.unit.departments[i]?.name ?? k.id).normalize('NFC'), k, x: e })),
  ];
  const out: CollectiveRow[] = [];
  for (const e of entries) {
    if (!e.x.qualifies && !e.k.qualifies) continue;
    const excellent = e.x.qualifies;
    out.push({
      index: first + out.length,
      id: e.id,
      name: e.name,
      award: excellent ? 'excellentCollective' : 'advancedCollective',
      basis: collectiveBasis(
        e.k,
        e.x,
        excellent,
        words,
        pct,
        ratingsExist,
        excellent ? rules.excellentCollective.blockFrom : rules.advancedCollective.blockFrom,
      ),
    });
  }
  return out;
}
