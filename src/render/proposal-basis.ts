/**
 * The proposal list (danh sách đề nghị) shared by the Markdown report and proposals.csv:
 * the same people, in the same order, with the same "căn cứ" (grounds) in words. Each
 * renderer hands in its own words for the language; the list itself comes from compute.
 */
import type { Proposal } from '../compute/commendation.js';
import type { ReportFigures } from '../compute/report.js';
import type { Level } from '../model/types.js';

/** Templates with `{name}` placeholders; `levels` are the levels as written inside a sentence. */
export interface BasisWords {
  readonly criteria: string;
  readonly tenure: string;
  readonly noDiscipline: string;
  readonly formalWithin: string;
  readonly advanced: string;
  readonly initiative: string;
  readonly decision: string;
  readonly recognizedOn: string;
  readonly beyond: string;
  readonly separator: string;
  readonly levels: Readonly<Record<Level, string>>;
}

export interface ProposalRow {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly department: string;
  readonly award: Proposal['award'];
  readonly basis: string;
}

const fill = (template: string, params: Readonly<Record<string, string | number>>) =>
  template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : whole));

/** The grounds of one proposal: `Hoàn thành đủ 3 tiêu chí; không bị kỷ luật`, or the initiatives of a fighter. */
export function proposalBasis(r: ReportFigures, p: Proposal, words: BasisWords, date: (iso: string) => string): string {
  const c = r.commendation;
  const s = r.scores.find((x) => x.member.id === p.id);
  if (!c || !s) return '';
  const rules = r.data.rules.commendation.advancedWorker;
  const initiative = (st: Proposal['achievements'][number]) => {
    const a = st.activity;
    const text = fill(words.initiative, { title: (a.title ?? '').normalize('NFC'), level: words.levels[st.level] });
    const when = a.decision ? fill(words.decision, { decision: a.decision, date: date(st.date) }) : fill(words.recognizedOn, { date: date(st.date) });
    return `${text} ${when}`;
  };
  const parts: string[] = [];
  if (p.award === 'emulationFighter') {
    parts.push(words.advanced, ...p.achievements.map(initiative));
  } else {
    parts.push(fill(words.criteria, { n: r.data.rules.criteria.length }));
    const joined = s.member.joined;
    if (joined !== undefined && joined > r.period.evalFrom) parts.push(fill(words.tenure, { joined: date(joined), months: rules.minTenureMonths }));
    parts.push(s.formalViolations === 0 ? words.noDiscipline : fill(words.formalWithin, { n: s.formalViolations, max: rules.maxFormalViolations }));
    if (p.title === 'beyondQuota') {
      parts.push(...p.achievements.map(initiative));
      parts.push(fill(words.beyond, { rank: p.rank ?? 0, candidates: c.candidates.length, quota: c.quota }));
    }
  }
  return parts.join(words.separator);
}

/** The proposal list in order, with names, positions and departments as written in the data. */
export function proposalRows(r: ReportFigures, words: BasisWords, date: (iso: string) => string): ProposalRow[] {
  const c = r.commendation;
  if (!c) return [];
  const departments = new Map(r.unit.departments.map((d) => [d.id, d.name.normalize('NFC')]));
  return c.proposals.map((p, i) => {
    const m = r.membersById.get(p.id);
    return {
      index: i + 1,
      id: p.id,
      name: (m?.name ?? p.id).normalize('NFC'),
      title: (m?.title ?? '').normalize('NFC'),
      department: departments.get(m?.department ?? '') ?? m?.department ?? '',
      award: p.award,
      basis: proposalBasis(r, p, words, date),
    };
  });
}
