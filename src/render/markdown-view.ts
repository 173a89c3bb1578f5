/**
 * The view model of the Markdown report: ReportFigures turned into plain strings, rows and
 * charts in the report language, so that the Liquid templates only lay them out. Pure: the
 * label files come in as data; no fs, no clock.
 */
import { isEmptyPeriod, type ReportFigures } from '../compute/report.js';
import type { NarrativeSectionId } from '../model/narrative.js';
import { barChart, table, type BarChart, type Table } from './md-blocks.js';
import { buildCommendationView, notAdvancedTable, type CommendationView } from './md-commendation.js';
import { buildCriteriaViews, phaseTable, type CriterionView } from './md-criteria.js';
import { makeContext, type ViewContext } from './md-context.js';
import { buildDisciplineView, buildReminderView, type DisciplineView, type ReminderView } from './md-discipline.js';
import { cell, decreeDateParts, makeFmt, roman, withoutDiacritics, type Labels, type MarkdownLang } from './md-format.js';
import { buildInnovationView, type InnovationView } from './md-innovation.js';
import { buildAllowanceView, type AllowanceView } from './md-allowance.js';
import { buildAppendixView, type AppendixView } from './md-appendix.js';
import { buildShiftsView, type ShiftsView } from './md-shifts.js';

/**
 * What the report was made from (found by the cli in git): the data folder's last commit,
 * and whether its working tree had changes not in that commit. Absent outside git.
 */
export interface DataProvenance {
  readonly commit?: string;
  readonly dirty: boolean;
}

export interface ViewOptions {
  readonly lang: MarkdownLang;
  readonly provenance?: DataProvenance;
}

export interface HeadingView {
  /** Đoàn heading (ĐOÀN TNCS HỒ CHÍ MINH) rather than the quốc hiệu. */
  readonly doan: boolean;
  readonly parent: string;
  readonly unit: string;
  /** `Số: ……/BC-ĐTN`, `Số: ……/BC` without a code. */
  readonly number: string;
  readonly dateLine: string;
}

/** The clerk's words of one section (SPEC §8): its title as written, its Markdown ('' = none). */
export interface NarrativeView {
  readonly title: string;
  readonly text: string;
}

/** The signature block: the lines above the signature (TM. …, the title) and the name below it. */
export interface SignerView {
  readonly lines: readonly string[];
  readonly name: string;
}

export interface AnnexView {
  readonly title: string;
  readonly note: string;
  /** Numbered section headings of the annex, by section id; absent = not shown. */
  readonly sec: Readonly<Record<string, string>>;
  /** Who is not an advanced worker, and why (year windows). */
  readonly notAdvanced: Table | null;
}

export interface MarkdownView {
  readonly lang: MarkdownLang;
  readonly heading: HeadingView;
  readonly title: { readonly sub: string; readonly window: string; readonly cut: string };
  /** A note shown under the title ('' for none): the listed period holds no record at all. */
  readonly notice: string;
  readonly intro: string;
  /** Numbered section headings (`II. Kết quả …`), by section id; a section absent here is not shown. */
  readonly sec: Readonly<Record<string, string>>;
  readonly overview: {
    readonly paragraphs: readonly string[];
    readonly figures: Table;
    readonly departments: Table;
    readonly chart: BarChart | null;
    readonly phases: Table | null;
  };
  readonly criteria: readonly CriterionView[];
  readonly innovation: InnovationView;
  readonly shifts: ShiftsView;
  /** The duty allowance table; null without an `allowance` block in rules.yaml. */
  readonly allowance: AllowanceView | null;
  readonly discipline: DisciplineView;
  readonly commendation: CommendationView | null;
  /** The internal annex (annex.md): the named lists, never in the document sent upward. */
  readonly annex: AnnexView;
  readonly reminders: ReminderView;
  readonly appendix: AppendixView;
  /** The narrative sections of the report's period, by id; a section absent here has no text. */
  readonly narrative: Readonly<Partial<Record<NarrativeSectionId, NarrativeView>>>;
  readonly footer: { readonly asOf: string; readonly signer: readonly string[]; readonly signerName: string; readonly recipients: readonly string[] };
}

function headingView(x: ViewContext): HeadingView {
  const { r, f } = x;
  const d = decreeDateParts(r.period.asOf);
  const place = (r.unit.place ?? '').normalize('NFC').trim();
  const params = {
    place: x.text(place),
    placeAscii: x.text(withoutDiacritics(place)),
    day: d.day,
    month: d.month,
    year: d.year,
    dayNumber: d.dayNumber,
    monthNumber: d.monthNumber,
    monthName: f.w(`months.${d.monthNumber}`),
  };
  return {
    doan: r.unit.kind === 'doan',
    parent: x.text((r.unit.parent ?? '').toUpperCase()),
    unit: x.text(r.unit.name.toUpperCase()),
    number: cell(
      r.unit.code
        ? f.w(r.unit.kind === 'doan' ? 'heading.numberDoan' : 'heading.numberCode', { code: x.text(r.unit.code.normalize('NFC').trim()) })
        : f.w('heading.number'),
    ),
    dateLine: cell(f.w(place === '' ? 'heading.dateLineNoPlace' : 'heading.dateLine', params)),
  };
}

function titleView(x: ViewContext): MarkdownView['title'] {
  const { r, f } = x;
  const p = r.period;
  const movement = f.w('title.movement');
  const month = p.from.slice(5, 7);
  const sub =
    p.kind === 'year'
      ? f.w('title.year', { movement, year: String(p.year) })
      : p.kind === 'phase'
        ? f.w('title.phase', { movement, n: p.index ?? 1, phase: x.phase(p.phaseName ?? ''), year: String(p.year) })
        : p.kind === 'month'
          ? f.w('title.month', { movement, month, year: String(p.year), monthName: f.w(`months.${Number(month)}`) })
          : f.w('title.range', { movement, from: f.date(p.from), to: f.date(p.to) });
  const window =
    p.kind === 'month'
      ? f.w('title.windowMonth', { from: f.date(p.from), to: f.date(p.asOf), evalFrom: f.date(p.evalFrom) })
      : f.w('title.window', { from: f.date(p.evalFrom), to: f.date(p.asOf) });
  const cut = p.asOf < p.to ? f.w('title.cut', { asOf: f.date(p.asOf), to: f.date(p.to) }) : '';
  return { sub: cell(sub), window: cell(window), cut: cell(cut) };
}

/** The narrative of the report's period (`narrative/2024.md` for the year 2024…), sections joined by id. */
function narrativeViews(x: ViewContext): MarkdownView['narrative'] {
  const file = x.r.narrative;
  const out: Partial<Record<NarrativeSectionId, NarrativeView>> = {};
  for (const s of file?.sections ?? []) {
    const before = out[s.id];
    out[s.id] = { title: before?.title ?? cell(s.title), text: [before?.text ?? '', s.text].filter((t) => t !== '').join('\n\n') };
  }
  return out;
}

function sectionTitles(x: ViewContext, narrative: MarkdownView['narrative']): Record<string, string> {
  const has = (id: NarrativeSectionId) => (narrative[id] ? [id] : []);
  const closing = (['limitations', 'causes', 'lessons', 'direction', 'proposals'] as const).flatMap(has);
  const ids = [
    ...has('situation'),
    'overview',
    'criteria',
    'innovation',
    'shifts',
    ...(x.r.allowance ? ['allowance'] : []),
    'discipline',
    ...(x.r.commendation ? ['commendation'] : []),
    ...closing,
  ];
  const target = x.f.pctOf(x.r.rules.innovation.target);
  const title = (id: string) => narrative[id as NarrativeSectionId]?.title ?? x.f.w(`sections.${id}`, { target });
  return Object.fromEntries(ids.map((id, i) => [id, `${roman(i + 1)}. ${title(id)}`]));
}

/** The signature block: unit.yaml's `signer` when given, else the kind's usual lines from the labels. */
function signerView(x: ViewContext): SignerView {
  const s = x.r.unit.signer;
  if (s) return { lines: [s.onBehalf, s.title].filter((l) => l !== undefined).map((l) => cell(l.toUpperCase())), name: cell(s.name ?? '') };
  const kind = x.r.unit.kind;
  return { lines: [x.f.w(`signature.${kind}.line1`), x.f.w(`signature.${kind}.line2`)].filter((l) => l !== ''), name: '' };
}

function annexView(x: ViewContext): AnnexView {
  const { r, f } = x;
  const ids = ['disciplinePeople', ...(r.commendation ? ['notAdvanced'] : []), 'reminders', 'appendix'];
  return {
    title: f.w('annex.title'),
    note: cell(f.w('annex.note', { unit: x.unitName })),
    sec: Object.fromEntries(ids.map((id, i) => [id, `${i + 1}. ${f.w(`sections.${id}`)}`])),
    notAdvanced: notAdvancedTable(x),
  };
}

function overviewView(x: ViewContext): MarkdownView['overview'] {
  const { r, f } = x;
  const pop = r.population;
  const criteria = r.rules.criteria;
  const inn = r.innovation;
  const sh = r.shifts;
  const d = r.discipline;
  const paragraphs = [
    f.w('overview.population', {
      asOf: f.date(r.period.asOf),
      unit: x.unitName,
      population: pop,
      allMet: r.allMet,
      allMetPct: f.pct(r.allMet, pop),
      criteriaCount: criteria.length,
    }),
    inn.met
      ? f.w('overview.innovationMet', { authors: inn.authors, population: pop, rate: f.pct(inn.authors, pop), target: f.pctOf(inn.target) })
      : f.w('overview.innovationNotMet', { authors: inn.authors, population: pop, rate: f.pct(inn.authors, pop), target: f.pctOf(inn.target), gap: inn.gap }),
    sh.total === 0
      ? f.w('overview.noShifts', { from: f.date(r.period.evalFrom), to: f.date(r.period.asOf) })
      : f.w('overview.shifts', {
        from: f.date(r.period.evalFrom),
        to: f.date(r.period.asOf),
        total: sh.total,
        gaps: sh.coverageGaps.length,
        rest: sh.restViolations.length,
        nightLimit: sh.nightLimit.length,
      }),
    d.totals.violations === 0
      ? f.w('overview.noViolations')
      : f.w('overview.violations', { reminders: d.totals.reminders, formal: d.totals.formal, people: d.totals.people }),
  ];
  const figureRows: string[][] = [
    [f.w('overview.rowPopulation'), f.int(pop)],
    [f.w('overview.rowAllMet', { n: criteria.length }), `${f.int(r.allMet)} (${f.pct(r.allMet, pop)})`],
    ...criteria.map((c) => [
      f.w('overview.rowCriterion', { criterion: x.criterion(c) }),
      `${f.int(r.criteriaMet[c.id] ?? 0)} (${f.pct(r.criteriaMet[c.id] ?? 0, pop)})`,
    ]),
    [f.w('overview.rowAuthors'), `${f.int(inn.authors)} (${f.pct(inn.authors, pop)})`],
    [f.w('overview.rowTarget', { target: f.pctOf(inn.target) }), inn.met ? f.w('common.met') : f.w('common.notMetGap', { gap: inn.gap })],
    [f.w('overview.rowShifts'), f.int(sh.total)],
    [f.w('overview.rowGaps'), f.int(sh.coverageGaps.length)],
    [f.w('overview.rowViolations'), f.int(d.totals.violations)],
  ];
  if (r.commendation) {
    figureRows.push([f.w('overview.rowAdvanced'), f.int(r.commendation.advancedWorkers)]);
    figureRows.push([f.w('overview.rowFighters'), f.int(r.commendation.emulationFighters.length)]);
  }
  const figures = table([f.w('overview.colItem'), f.w('overview.colResult')], ['l', 'r'], figureRows);
  const critCells = (met: Readonly<Record<string, number>>, n: number) => criteria.map((c) => `${f.int(met[c.id] ?? 0)} (${f.pct(met[c.id] ?? 0, n)})`);
  const departments = table(
    [
      f.w('common.department'),
      f.w('common.population'),
      ...criteria.map((c) => x.criterion(c)),
      f.w('overview.colAllMet', { n: criteria.length }),
      f.w('common.rate'),
    ],
    ['l', 'r', ...criteria.map(() => 'r' as const), 'r', 'r'],
    [
      ...r.departments.map((dep) => [
        x.department(dep.department.id),
        f.int(dep.population),
        ...critCells(dep.criteriaMet, dep.population),
        f.int(dep.allMet),
        f.pct(dep.allMet, dep.population),
      ]),
      [
        `**${f.w('common.unitTotal')}**`,
        `**${f.int(pop)}**`,
        ...critCells(r.criteriaMet, pop).map((s) => `**${s}**`),
        `**${f.int(r.allMet)}**`,
        `**${f.pct(r.allMet, pop)}**`,
      ],
    ],
  );
  const chart = barChart({
    f,
    title: f.w('overview.chartTitle', { n: criteria.length }),
    labels: r.departments.map((dep) => x.plain.department(dep.department.id)),
    yLabel: '%',
    scale: 'percent',
    spellOut: true,
    bars: [r.departments.map((dep) => (dep.population === 0 ? 0 : (dep.allMet * 100) / dep.population))],
  });
  const phases = phaseTable(x, [f.w('overview.colAllMet', { n: criteria.length }), f.w('common.rate'), f.w('overview.colAuthors')], (p) => [
    f.int(p.allMet),
    f.pct(p.allMet, p.population),
    f.int(p.innovationAuthors),
  ]);
  return { paragraphs: paragraphs.map(cell), figures, departments, chart, phases };
}

/** The footer's "figures as of" line, naming the data's commit and any uncommitted change. */
function footerAsOf(f: ViewContext['f'], asOf: string, provenance: DataProvenance | undefined): string {
  const params = { asOf: f.date(asOf), commit: (provenance?.commit ?? '').replace(/`/g, '') };
  if (provenance?.commit !== undefined) return f.w(provenance.dirty ? 'footer.asOfCommitDirty' : 'footer.asOfCommit', params);
  return f.w(provenance?.dirty ? 'footer.asOfUncommitted' : 'footer.asOf', params);
}

export function buildMarkdownView(r: ReportFigures, labels: Labels, options: ViewOptions): MarkdownView {
  const f = makeFmt(labels, options.lang);
  const x = makeContext(r, f);
  const parent = (r.unit.parent ?? '').normalize('NFC').trim();
  const narrative = narrativeViews(x);
  const signer = signerView(x);
  return {
    lang: options.lang,
    heading: headingView(x),
    title: titleView(x),
    notice: isEmptyPeriod(r) ? cell(f.w('notice.emptyPeriod', { from: f.date(r.period.from), to: f.date(r.period.asOf) })) : '',
    intro: cell(f.w('intro', { unit: x.unitName })),
    sec: sectionTitles(x, narrative),
    overview: overviewView(x),
    criteria: buildCriteriaViews(x),
    innovation: buildInnovationView(x),
    shifts: buildShiftsView(x),
    allowance: buildAllowanceView(x),
    discipline: buildDisciplineView(x),
    commendation: buildCommendationView(x),
    annex: annexView(x),
    reminders: buildReminderView(x),
    appendix: buildAppendixView(x),
    narrative,
    footer: {
      asOf: footerAsOf(f, r.period.asOf, options.provenance),
      signer: signer.lines,
      signerName: signer.name,
      recipients: r.unit.recipients
        ? r.unit.recipients.map((line) => cell(x.text(line)))
        : [...(parent ? [cell(f.w('footer.toParent', { parent: x.text(parent) }))] : []), f.w('footer.archive')],
    },
  };
}
