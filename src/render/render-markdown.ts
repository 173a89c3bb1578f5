/**
 * The Markdown report: the view model (markdown-view.ts) laid out by the Liquid templates in
 * `templates/` with the words of `templates/labels/<lang>.yaml`. LiquidJS runs no JavaScript,
 * so a clerk can edit the templates and labels safely. Reading those files is the only file
 * access of the render layer; the output depends on nothing else (no clock, no locale).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Liquid } from 'liquidjs';
import { parse } from 'yaml';
import type { ReportFigures } from '../compute/report.js';
import { tidyMarkdown, type Labels } from './md-format.js';
import { buildMarkdownView, type DataProvenance } from './markdown-view.js';

export interface MarkdownOptions {
  lang: 'vi' | 'en';
  /** The data folder's git commit and whether it had uncommitted changes, shown in the footer. */
  provenance?: DataProvenance;
  /** The folder holding `report.md.liquid`, `partials/` and `labels/`… */
  templatesDir?: string;
  /** …or the same files in memory, keyed by their path in that folder (`partials/heading.liquid`). */
  templates?: Readonly<Record<string, string>>;
}

function isMap(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `over` merged onto `base`, key by key (a missing translation falls back to Vietnamese). */
function mergeLabels(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isMap(b) && isMap(v) ? mergeLabels(b, v) : v;
  }
  return out;
}

type TemplateSource = { readonly dir: string } | { readonly files: Readonly<Record<string, string>> };

function readTemplateText(from: TemplateSource, path: string): string {
  if ('dir' in from) return readFileSync(join(from.dir, path), 'utf8');
  const text = from.files[path];
  if (text === undefined) throw new Error('ENOENT');
  return text;
}

function readLabelFile(from: TemplateSource, lang: string): Record<string, unknown> {
  const path = `labels/${lang}.yaml`;
  const file = 'dir' in from ? join(from.dir, path) : path;
  let parsed: unknown;
  try {
    parsed = parse(readTemplateText(from, path));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isMap(parsed)) throw new Error(`${file}: expected a map of labels`);
  return parsed;
}

/** The labels of a language, over the Vietnamese ones. */
export function readLabels(templates: string | Readonly<Record<string, string>>, lang: 'vi' | 'en'): Labels {
  const from: TemplateSource = typeof templates === 'string' ? { dir: templates } : { files: templates };
  const vi = readLabelFile(from, 'vi');
  return (lang === 'vi' ? vi : mergeLabels(vi, readLabelFile(from, lang))) as Labels;
}

/** The Markdown files of a report: `report.md`, the document sent upward, and `annex.md`, the internal annex of named lists. */
export interface MarkdownSet {
  readonly report: string;
  readonly annex: string;
}

export function renderMarkdownSet(r: ReportFigures, options: MarkdownOptions): MarkdownSet {
  const templates = options.templates ?? options.templatesDir;
  if (templates === undefined) throw new Error('renderMarkdown: no templates');
  const labels = readLabels(templates, options.lang);
  const view = buildMarkdownView(r, labels, { lang: options.lang, ...(options.provenance ? { provenance: options.provenance } : {}) });
  const source = typeof templates === 'string' ? { root: templates } : { templates: { ...templates } };
  const engine = new Liquid({ ...source, extname: '.liquid', strictFilters: true, ownPropertyOnly: true, outputEscape: undefined });
  // LiquidJS's in-memory lookup always appends `extname`; the file-system one only to a bare name.
  const render = (name: string) => tidyMarkdown(String(engine.renderFileSync(typeof templates === 'string' ? `${name}.md.liquid` : `${name}.md`, { v: view, t: labels })));
  return { report: render('report'), annex: render('annex') };
}

/** The report alone (`report.md`). */
export function renderMarkdown(r: ReportFigures, options: MarkdownOptions): string {
  return renderMarkdownSet(r, options).report;
}
