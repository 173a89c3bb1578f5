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
  /** The folder holding `report.md.liquid`, `partials/` and `labels/`. */
  templatesDir: string;
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

function readLabelFile(templatesDir: string, lang: string): Record<string, unknown> {
  const file = join(templatesDir, 'labels', `${lang}.yaml`);
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isMap(parsed)) throw new Error(`${file}: expected a map of labels`);
  return parsed;
}

/** The labels of a language, over the Vietnamese ones. */
export function readLabels(templatesDir: string, lang: 'vi' | 'en'): Labels {
  const vi = readLabelFile(templatesDir, 'vi');
  return (lang === 'vi' ? vi : mergeLabels(vi, readLabelFile(templatesDir, lang))) as Labels;
}

export function renderMarkdown(r: ReportFigures, options: MarkdownOptions): string {
  const labels = readLabels(options.templatesDir, options.lang);
  const view = buildMarkdownView(r, labels, { lang: options.lang, ...(options.provenance ? { provenance: options.provenance } : {}) });
  const engine = new Liquid({ root: options.templatesDir, extname: '.liquid', strictFilters: true, ownPropertyOnly: true, outputEscape: undefined });
  const text = engine.renderFileSync('report.md.liquid', { v: view, t: labels });
  return tidyMarkdown(String(text));
}
