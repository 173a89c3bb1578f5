/**
 * `report.docx` (SPEC §8): the báo cáo of the Markdown report as a signed Word document. It is
 * written from the same view model (`buildMarkdownView`) and the same label files, section by
 * section in the order of `templates/report.md.liquid`; no figure is computed here.
 */
import type { FileChild } from 'docx';
import type { ReportFigures } from '../../compute/report.js';
import type { NarrativeSectionId } from '../../model/narrative.js';
import { makeFmt, type Fmt, type Labels, type MarkdownLang } from '../md-format.js';
import { buildMarkdownView, type DataProvenance, type MarkdownView } from '../markdown-view.js';
import { bodyWriter, type BodyWriter } from './body.js';
import type { ChartPainter } from './charts.js';
import { headingBlock, signatureBlock, signedDocument } from './document.js';
import { plainText } from './inline.js';
import { shortRule, spacer, TEXT_WIDTH } from './layout.js';
import { packDocx } from './pack.js';

export interface DocxOptions {
  readonly lang: MarkdownLang;
  readonly labels: Labels;
  readonly painter: ChartPainter;
  readonly provenance?: DataProvenance;
  /** The view already built for these figures and labels (both documents share it); built here when absent. */
  readonly view?: MarkdownView;
}

/** The view model the documents are written from: the one handed in, else built once here. */
export function docxView(r: ReportFigures, options: DocxOptions): MarkdownView {
  return options.view ?? buildMarkdownView(r, options.labels, { lang: options.lang, ...(options.provenance ? { provenance: options.provenance } : {}) });
}

function narrative(w: BodyWriter, v: MarkdownView, id: NarrativeSectionId): void {
  const n = v.narrative[id];
  if (!n) return;
  w.heading(v.sec[id] ?? n.title, 1);
  if (n.text !== '') w.markdown(n.text);
}

function overview(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  w.heading(v.sec['overview'] ?? '', 1);
  for (const p of v.overview.paragraphs) w.paragraph(p);
  w.table(v.overview.figures);
  w.heading(f.w('overview.byDepartment'), 2);
  w.table(v.overview.departments);
  w.bar(v.overview.chart);
  if (v.overview.phases) {
    w.heading(f.w('overview.byPhase'), 2);
    w.table(v.overview.phases);
  }
}

function criteria(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  w.heading(v.sec['criteria'] ?? '', 1);
  for (const c of v.criteria) {
    w.heading(c.title, 2);
    w.sentences([c.requirement, c.kinds]);
    w.table(c.activities);
    w.label(f.w('criteria.byDepartment'));
    w.table(c.departments);
    w.bar(c.chart);
    if (c.phases) {
      w.label(f.w('criteria.byPhase'));
      w.table(c.phases);
    }
  }
}

function innovation(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  const i = v.innovation;
  w.heading(v.sec['innovation'] ?? '', 1);
  w.paragraph(i.rule);
  w.paragraph(i.result);
  w.table(i.table);
  w.bar(i.chart);
  w.pie(i.pie);
  w.heading(f.w('innovation.listTitle'), 2);
  w.tableOr(i.initiatives, i.none);
  if (i.actions.length > 0) {
    w.heading(f.w('innovation.actionsTitle'), 2);
    w.list(i.actions);
  }
}

function shifts(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  const s = v.shifts;
  w.heading(v.sec['shifts'] ?? '', 1);
  w.paragraph(s.summary);
  if (s.any) {
    w.heading(f.w('shifts.perMemberTitle'), 2);
    for (const d of s.departments) {
      w.heading(d.title, 3);
      w.tableOr(d.table, d.none);
    }
    if (s.fairness) {
      w.heading(f.w('shifts.fairnessTitle'), 2);
      w.paragraph(s.fairnessNote);
      w.table(s.fairness);
      w.bar(s.fairnessChart);
    }
  }
  w.heading(f.w('shifts.coverageTitle'), 2);
  w.paragraph(s.gapsText);
  w.table(s.gaps);
  w.heading(f.w('shifts.warningsTitle'), 2);
  w.paragraph(s.restText);
  w.list(s.rest);
  w.paragraph(s.nightText);
  w.list(s.nights);
  w.heading(f.w('shifts.holidaysTitle'), 2);
  w.list(s.holidays);
  if (s.roster) {
    w.heading(s.roster.title, 2);
    w.paragraph(s.roster.note);
    w.table(s.roster.table);
  }
}

function allowance(w: BodyWriter, v: MarkdownView): void {
  const a = v.allowance;
  if (!a) return;
  w.heading(v.sec['allowance'] ?? '', 1);
  w.list(a.basis);
  w.tableOr(a.table, a.none);
  w.paragraph(a.total);
  w.paragraph(a.words, { italics: true });
}

function discipline(w: BodyWriter, v: MarkdownView): void {
  const d = v.discipline;
  w.heading(v.sec['discipline'] ?? '', 1);
  // No names here: each person's violations are in the internal annex (annex.md), not sent upward.
  w.sentences([d.summary, d.forms].filter((t) => t !== ''));
  if (d.months) {
    w.heading(d.monthsTitle, 2);
    w.table(d.months);
  }
}

function commendation(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  const c = v.commendation;
  if (!c) return;
  w.heading(v.sec['commendation'] ?? '', 1);
  w.sentences([c.summary, c.quota]);
  w.sentences([c.ratingsLine, c.councilLine]);
  w.heading(f.w('commendation.proposalsTitle'), 2);
  w.paragraph(c.proposalsIntro);
  w.table(c.proposals);
  w.heading(f.w('commendation.rankingTitle'), 2);
  w.paragraph(c.rankingText);
  w.table(c.ranking);
  if (c.beyond.length > 0) {
    w.paragraph(c.beyondText);
    w.list(c.beyond);
  }
  w.heading(f.w('commendation.collectiveTitle'), 2);
  w.paragraph(c.collectiveText);
  w.table(c.collectives);
  w.heading(f.w('commendation.awardsTitle'), 2);
  w.tableOr(c.awards, c.noAwards);
}

/** The title block under the heading: BÁO CÁO, the subject, a short line, the window. */
function titleBlock(w: BodyWriter, v: MarkdownView, f: Fmt): void {
  w.centred(f.w('title.report'), { bold: true }, 0);
  w.centred(v.title.sub, { bold: true }, 0);
  w.push(shortRule(w.width));
  w.centred([v.title.window, v.title.cut].filter((s) => s !== '').join(' '), { italics: true, size: 26 }, 120);
  if (v.notice !== '') w.paragraph(`**${f.w('notice.title')}** ${v.notice}`, { italics: true });
  w.paragraph(v.intro);
}

/** The report's body, section by section as `templates/report.md.liquid` orders them. */
export function reportBody(v: MarkdownView, f: Fmt, painter: ChartPainter): FileChild[] {
  const width = TEXT_WIDTH.portrait;
  const w = bodyWriter({ f, painter, width });
  w.push(headingBlock(v.heading, v.heading.number, f, width), spacer(), spacer());
  titleBlock(w, v, f);
  narrative(w, v, 'situation');
  overview(w, v, f);
  criteria(w, v, f);
  innovation(w, v, f);
  shifts(w, v, f);
  allowance(w, v);
  discipline(w, v);
  commendation(w, v, f);
  for (const id of ['limitations', 'causes', 'lessons', 'direction', 'proposals'] as const) narrative(w, v, id);
  w.paragraph(v.footer.asOf, { italics: true });
  w.push(signatureBlock(v.footer, f, width));
  return w.children;
}

/** The metadata of a document of this report (title, author, date from the window's `asOf`). */
export function docxMeta(r: ReportFigures, v: MarkdownView, f: Fmt, title: string): Parameters<typeof packDocx>[1] {
  return { title, subject: plainText(v.title.sub), creator: r.unit.name.normalize('NFC'), date: r.period.asOf, language: f.lang === 'vi' ? 'vi-VN' : 'en-US' };
}

export async function renderReportDocx(r: ReportFigures, options: DocxOptions): Promise<Uint8Array> {
  const f = makeFmt(options.labels, options.lang);
  const v = docxView(r, options);
  const meta = docxMeta(r, v, f, `${plainText(f.w('title.report'))} ${plainText(v.title.sub)}`);
  const doc = signedDocument(reportBody(v, f, options.painter), { language: meta.language, title: meta.title });
  return packDocx(doc, meta);
}
