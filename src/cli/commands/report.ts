/** `thidua report`: load → check → compute → render → write, and a short summary. */
import { join, resolve } from 'node:path';
import { computeReport, reportWarnings } from '../../compute/report.js';
import { isPeriodError, periodSlug, resolvePeriod } from '../../compute/period.js';
import { errorCode } from '../../load/folders.js';
import { fill, catalogue } from '../../i18n/index.js';
import { renderJson } from '../../render/render-json.js';
import { readReportTemplates } from '../assets.js';
import { displayPath, UsageError, type Context } from '../context.js';
import { dataProvenance } from '../data-provenance.js';
import { locateDataDir } from '../find-data-dir.js';
import { formatIssue, loadForCommand } from '../load-checked.js';
import { parseDelimiter, parseFormats, parseWindow, todayFor, type WindowFlags } from '../options.js';
import type { DataProvenance } from '../../render/markdown-view.js';
import type { ReportFigures } from '../../compute/report.js';
import {
  ForeignFilesError,
  foreignEntries,
  isOutAroundCwd,
  isOutInsideData,
  OutLockedError,
  writeReportFiles,
  type ReportFileName,
} from '../write-files.js';

export interface ReportOptions extends WindowFlags {
  /** Undefined: look for data/ here and above (find-data-dir.ts). */
  readonly data?: string;
  readonly out?: string;
  readonly format: string;
  readonly stdout: boolean;
  readonly asOf?: string;
  readonly delimiter: string;
}


function colorLevel(ctx: Context): 0 | 1 | 2 | 3 {
  const { env } = ctx;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
  return ctx.stdout.isTTY ? 1 : 0;
}

export async function runReport(ctx: Context, options: ReportOptions): Promise<number> {
  const words = catalogue(ctx.lang).report;
  const request = parseWindow(options, () => todayFor(ctx), ctx.lang);
  const formats = parseFormats(options.format, ctx.lang);
  if (options.stdout && formats.length !== 1) throw new UsageError(words.stdoutOneFormat);
  // A terminal or a pipe gets text: the Word document is written to a file or not at all.
  if (options.stdout && formats.includes('docx')) throw new UsageError(words.stdoutBinary);
  const delimiter = parseDelimiter(options.delimiter, ctx.lang);

  const location = locateDataDir(ctx.cwd, options.data);
  // Refuse an --out that cannot be written before the work of loading, not after it.
  if (options.out !== undefined) {
    const out = resolve(ctx.cwd, options.out);
    if (isOutInsideData(out, location.absDir)) throw new UsageError(fill(words.outInsideData, { dir: options.out }));
    // The folder is replaced whole: never the one the user (and this process) stands in.
    if (isOutAroundCwd(out, ctx.cwd)) throw new UsageError(fill(words.outIsCwd, { dir: options.out }));
    const foreign = foreignEntries(out, ctx.lang, options.out);
    if (foreign.length > 0) return sayForeign(ctx, new ForeignFilesError(out, foreign));
  }
  const checked = await loadForCommand(ctx, location);
  if (!checked) return 1;
  const data = checked.data;
  const period = resolvePeriod(request, data.rules.phases, options.asOf);
  if (isPeriodError(period)) throw new UsageError(fill(words.periodErrors[period.error] ?? period.error, period as unknown as Record<string, string | number>));

  const figures = computeReport(data, period);
  // Warnings about the window itself (a period with no record at all): the report is still written.
  for (const warning of reportWarnings(figures)) ctx.stderr.write(`${formatIssue(warning, checked.shownDir, ctx.lang)}\n`);
  const lang = ctx.lang;
  const csv = { lang, delimiter };
  const files = new Map<ReportFileName, string | Uint8Array>();
  // Asking git costs two processes: only the Markdown and Word documents say what they were made from.
  const provenance = formats.includes('md') || formats.includes('docx') ? dataProvenance(checked.absDir, ctx.env) : undefined;
  if (formats.includes('md')) {
    // report.md is the document sent upward (and what --stdout prints); annex.md holds the named lists.
    // Each renderer is loaded only for its format: `--format json` never loads LiquidJS or the CSV writer.
    const { renderMarkdownSet } = await import('../../render/render-markdown.js');
    const md = renderMarkdownSet(figures, { lang, templates: readReportTemplates(), provenance });
    files.set('report.md', md.report);
    if (!options.stdout) files.set('annex.md', md.annex);
  }
  if (formats.includes('json')) files.set('summary.json', renderJson(figures));
  if (formats.includes('csv')) {
    const { renderAllowanceCsv, renderInitiativesCsv, renderMembersCsv, renderProposalsCsv, renderShiftsCsv } = await import('../../render/render-csv.js');
    files.set('members.csv', renderMembersCsv(figures, csv));
    files.set('initiatives.csv', renderInitiativesCsv(figures, csv));
    files.set('shifts.csv', renderShiftsCsv(figures, figures.listedShifts, csv));
    if (figures.commendation) files.set('proposals.csv', renderProposalsCsv(figures, csv));
    if (figures.allowance) files.set('allowance.csv', renderAllowanceCsv(figures, csv));
  }
  if (options.stdout) {
    const first = files.values().next().value ?? '';
    ctx.stdout.write(typeof first === 'string' ? first : '');
    return 0;
  }
  if (formats.includes('docx')) {
    const docx = await renderDocxFiles(figures, { lang, provenance });
    if (typeof docx === 'string') {
      // Not the data's fault: thidua itself could not start its chart painter (exit 3, as a bug).
      ctx.stderr.write(`thidua: ${fill(words.chartsFailed, { detail: docx })}\n`);
      return 3;
    }
    for (const [name, bytes] of docx) files.set(name, bytes);
  }
  // The default folder sits beside the data folder, also when it was found from a subfolder.
  const outDir = options.out !== undefined ? resolve(ctx.cwd, options.out) : resolve(location.base, 'reports', periodSlug(period));
  let written: string[];
  try {
    written = writeReportFiles(outDir, checked.absDir, files, ctx.lang);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof ForeignFilesError) return sayForeign(ctx, err);
    if (err instanceof OutLockedError) {
      const detail = { dir: displayPath(ctx.cwd, outDir), pid: err.pid ?? '?' };
      ctx.stderr.write(`thidua: ${fill(words.outLocked, detail)}\n`);
      return 1;
    }
    const code = errorCode(err);
    ctx.stderr.write(`thidua: ${fill(words.writeFailed, { dir: displayPath(ctx.cwd, outDir), detail: code })}\n`);
    return 1;
  }
  const [{ Chalk }, { formatDecimal }, { formatAmount }] = await Promise.all([
    import('chalk'),
    import('../../render/md-format.js'),
    import('../../render/md-allowance.js'),
  ]);
  const c = new Chalk({ level: colorLevel(ctx) });
  const inn = figures.innovation;
  const pct = (x: number) => `${formatDecimal(x * 100, lang, 1)} %`;
  ctx.stdout.write(`${c.bold(data.unit.name)} — ${fill(words.summaryPeriod, { from: period.from, to: period.asOf })}\n`);
  ctx.stdout.write(`${fill(words.summaryPopulation, { population: figures.scores.length, allMet: figures.allMet })}\n`);
  const target = fill(words.summaryTarget, { authors: inn.authors, population: inn.population, rate: pct(inn.rate), target: pct(inn.target) });
  ctx.stdout.write(`${target} ${inn.met ? c.green(words.met) : c.red(fill(words.notMet, { gap: inn.gap }))}\n`);
  const sh = figures.shifts;
  const shiftCounts = { total: sh.total, gaps: sh.coverageGaps.length, rest: sh.restViolations.length, nights: sh.nightLimit.length };
  ctx.stdout.write(`${fill(words.summaryShifts, shiftCounts)}\n`);
  if (figures.commendation) {
    const cm = figures.commendation;
    const counts = { advanced: cm.advancedWorkers, quota: cm.quota, fighters: cm.emulationFighters.length, beyond: cm.beyondQuota.length };
    ctx.stdout.write(`${fill(words.summaryCommendation, counts)}\n`);
    if (cm.provisional) ctx.stdout.write(`${c.yellow(fill(words.summaryProvisional, { year: cm.ratings.year }))}\n`);
  }
  if (figures.allowance) {
    const a = figures.allowance;
    ctx.stdout.write(`${fill(words.summaryAllowance, { from: a.from, to: a.to, total: formatAmount(a.total, lang), people: a.members.length })}\n`);
  }
  for (const path of written) ctx.stdout.write(`  ${c.cyan(displayPath(ctx.cwd, path))}\n`);
  return 0;
}

/** How many entries of a refused --out are named, one a line, before "… and N more". */
const FOREIGN_SHOWN = 10;

/** Says which entries of the out folder are in the way (thidua did not write them); exit 1. */
function sayForeign(ctx: Context, err: ForeignFilesError): number {
  const words = catalogue(ctx.lang).report;
  const shown = err.names.slice(0, FOREIGN_SHOWN);
  for (const name of shown) ctx.stderr.write(`${displayPath(ctx.cwd, join(err.dir, name))}: error: ${words.outForeign} [out-foreign-file]\n`);
  if (err.names.length > shown.length) ctx.stderr.write(`${fill(words.outForeignMore, { count: err.names.length - shown.length })}\n`);
  ctx.stderr.write(`${fill(words.outForeignRefused, { dir: displayPath(ctx.cwd, err.dir), count: err.names.length })}\n`);
  return 1;
}

/**
 * `report.docx` and, on year windows, `proposals.docx`. The renderers and the chart painter
 * are loaded only when a Word document is asked for. A painter that cannot start (its
 * WebAssembly refused by this Node) is said in one line, not as a stack trace.
 */
async function renderDocxFiles(
  figures: ReportFigures,
  options: { lang: 'vi' | 'en'; provenance: DataProvenance | undefined },
): Promise<Map<ReportFileName, Uint8Array> | string> {
  const [{ chartPainter }, { docxView, renderReportDocx }, { renderProposalsDocx }, { labelsOf }] = await Promise.all([
    import('../chart-painter.js'),
    import('../../render/docx/report-docx.js'),
    import('../../render/docx/proposals-docx.js'),
    import('../../render/render-markdown.js'),
  ]);
  let painter;
  try {
    painter = await chartPainter();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const labels = labelsOf(options.lang);
  const base = { lang: options.lang, labels, painter, ...(options.provenance ? { provenance: options.provenance } : {}) };
  // One view model for both documents.
  const docxOptions = { ...base, view: docxView(figures, base) };
  const out = new Map<ReportFileName, Uint8Array>([['report.docx', await renderReportDocx(figures, docxOptions)]]);
  const proposals = await renderProposalsDocx(figures, docxOptions);
  if (proposals) out.set('proposals.docx', proposals);
  return out;
}
