/**
 * The Markdown report: the view model (markdown-view.ts) laid out by the Liquid templates in
 * `templates/` with the words of the language's catalogue (`labels` of src/i18n/<lang>.ts).
 * LiquidJS runs no JavaScript, so a clerk can edit the templates safely. Reading the templates
 * is the only file access of the render layer; the output depends on nothing else (no clock,
 * no locale).
 */
import { Liquid } from 'liquidjs';
import type { ReportFigures } from '../compute/report.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { tidyMarkdown, type Labels } from './md-format.js';
import { buildMarkdownView, type DataProvenance } from './markdown-view.js';

export interface MarkdownOptions {
  lang: 'vi' | 'en';
  /** The data folder's git commit and whether it had uncommitted changes, shown in the footer. */
  provenance?: DataProvenance;
  /** The folder holding `report.md.liquid` and `partials/`… */
  templatesDir?: string;
  /** …or the same files in memory, keyed by their path in that folder (`partials/heading.liquid`). */
  templates?: Readonly<Record<string, string>>;
}

/** The report's words in a language: the `labels` of its catalogue. */
export function labelsOf(lang: Lang): Labels {
  return catalogue(lang).labels;
}

/** The Markdown files of a report: `report.md`, the document sent upward, and `annex.md`, the internal annex of named lists. */
export interface MarkdownSet {
  readonly report: string;
  readonly annex: string;
}

export function renderMarkdownSet(r: ReportFigures, options: MarkdownOptions): MarkdownSet {
  const templates = options.templates ?? options.templatesDir;
  if (templates === undefined) throw new Error('renderMarkdown: no templates');
  const labels = labelsOf(options.lang);
  const view = buildMarkdownView(r, labels, { lang: options.lang, ...(options.provenance ? { provenance: options.provenance } : {}) });
  const source = typeof templates === 'string' ? { root: templates } : { templates: { ...templates } };
  const engine = new Liquid({ ...source, extname: '.liquid', strictFilters: true, ownPropertyOnly: true, outputEscape: undefined });
  // LiquidJS's in-memory lookup always appends `extname`; the file-system one only to a bare name.
  const render = (name: string) => {
    const file = typeof templates === 'string' ? `${name}.md.liquid` : `${name}.md`;
    return tidyMarkdown(String(engine.renderFileSync(file, { v: view, t: labels })));
  };
  return { report: render('report'), annex: render('annex') };
}

/** The report alone (`report.md`). */
export function renderMarkdown(r: ReportFigures, options: MarkdownOptions): string {
  return renderMarkdownSet(r, options).report;
}
