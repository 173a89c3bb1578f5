/**
 * `thidua import members|shifts FILE` (SPEC §9): reads a sheet, reports every bad row as
 * `FILE:row:column` and writes nothing then; else appends the new members to members.yaml
 * (or writes shifts/Y/Y-MM.yaml, never over an existing month), prints what it wrote and
 * ends with the same checks as `check`. `--dry-run` prints the YAML instead of writing it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { errorCode } from '../../load/folders.js';
import { catalogue, fill, issueMessage, type Lang } from '../../i18n/index.js';
import { importMembers } from '../../import/import-members.js';
import { importShifts, type NewShift } from '../../import/import-shifts.js';
import { idFromName } from '../../import/member-id.js';
import { readTable, sheetKind } from '../../import/read-table.js';
import { columnLetter } from '../../import/table.js';
import { membersText, shiftsText, spacedOf, styleOf } from '../../import/yaml-text.js';
import type { DataSet, Issue } from '../../model/types.js';
import { displayPath, UsageError, type Context } from '../context.js';
import { locateDataDir } from '../find-data-dir.js';
import { formatIssue, issueFile, loadChecked } from '../load-checked.js';
import { writeDataFile, type WriteMode } from '../write-data-file.js';
import { runCheck } from './check.js';
import { latestFileOf, modelineFor } from './data-file-style.js';

export interface ImportOptions {
  readonly data?: string;
  readonly month?: string;
  readonly dryRun: boolean;
}

export type ImportKind = 'members' | 'shifts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `file:row:COLUMN: severity: message [code]`, the column as the spreadsheet's letter. */
export function formatSheetIssue(issue: Issue, lang: Lang): string {
  const message = issueMessage(issue, lang);
  return `${issue.source.file}:${issue.source.line}:${columnLetter(issue.source.column - 1)}: ${issue.severity}: ${message} [${issue.code}]`;
}

const byPlace = (a: Issue, b: Issue) => a.source.line - b.source.line || a.source.column - b.source.column;

interface Planned {
  readonly target: string;
  readonly text: string;
  readonly mode: WriteMode;
  /** What `--dry-run` prints: the whole new file, or what is appended to an existing one. */
  readonly preview: string;
  /** What the clerk is told once it is written. */
  readonly done: string;
}

export async function runImport(ctx: Context, kind: ImportKind, file: string, options: ImportOptions): Promise<number> {
  const words = catalogue(ctx.lang).import;
  if (kind === 'shifts' && options.month === undefined) throw new UsageError(words.monthRequired);
  if (kind === 'members' && options.month !== undefined) throw new UsageError(words.monthNotForMembers);
  if (options.month !== undefined && !MONTH.test(options.month)) throw new UsageError(fill(words.badMonth, { value: options.month }));
  const sheet = sheetKind(file);
  if (sheet === undefined) throw new UsageError(fill(words.badFileKind, { file }));

  const location = locateDataDir(ctx.cwd, options.data);
  const checked = await loadChecked(ctx.cwd, location);
  const errorsBefore = checked.issues.filter((i) => i.severity === 'error');
  if (!checked.data || errorsBefore.length > 0) {
    for (const issue of errorsBefore) ctx.stderr.write(`${formatIssue(issue, checked.shownDir, ctx.lang)}\n`);
    // No data folder (or no unit.yaml) says so itself; a folder with errors is asked to be fixed first.
    if (checked.data) ctx.stderr.write(`${words.dataHasErrors}\n`);
    return 1;
  }
  const data = checked.data;
  const shownFile = displayPath(ctx.cwd, resolve(ctx.cwd, file));
  const shown = (abs: string) => displayPath(ctx.cwd, abs);

  if (kind === 'shifts') {
    const month = options.month!;
    const target = join(checked.absDir, 'shifts', month.slice(0, 4), `${month}.yaml`);
    const taken = [target, target.replace(/\.yaml$/, '.yml')].find((p) => existsSync(p));
    const dated = data.shifts.find((s) => s.date.startsWith(`${month}-`));
    if (taken !== undefined || dated !== undefined) {
      const where = taken !== undefined ? shown(taken) : `${shown(join(checked.absDir, dated!.source.file))}:${dated!.source.line}`;
      ctx.stderr.write(`thidua: ${fill(words.exists, { file: where })}\n`);
      return 1;
    }
  }

  const read = await readTable(resolve(ctx.cwd, file), shownFile, sheet);
  if (!read.table) return reportRowErrors(ctx, read.issues, shownFile);

  const departments = data.unit.departments;
  const result =
    kind === 'members'
      ? importMembers({ table: read.table, departments, existing: data.members, date1904: read.date1904 })
      : importShifts({ table: read.table, month: options.month!, departments, members: data.members, types: Object.values(data.rules.shifts.types) });
  // A member's place (`members.yaml:5`) is shown from the working folder, like check's.
  const located = (issues: readonly Issue[]) =>
    issues.map((i) =>
      typeof i.params['otherFile'] === 'string'
        ? { ...i, params: { ...i.params, otherFile: issueFile(checked.shownDir, i.params['otherFile']) } }
        : i,
    );
  if (result.ignoredColumns.length > 0) ctx.stderr.write(`${fill(words.ignoredColumns, { columns: result.ignoredColumns.join(', ') })}\n`);
  const issues = located(result.issues);
  if (issues.some((i) => i.severity === 'error')) return reportRowErrors(ctx, issues, shownFile);
  for (const issue of [...issues].sort(byPlace)) ctx.stderr.write(`${formatSheetIssue(issue, ctx.lang)}\n`);

  let planned: Planned | undefined;
  if ('members' in result) {
    if (result.members.length === 0) {
      ctx.stdout.write(`${fill(words.nothing, { file: shownFile })}\n`);
      return 0;
    }
    planned = planMembers(ctx, data, checked.absDir, file, result.members);
  } else {
    if (result.shifts.length === 0) {
      ctx.stderr.write(`${fill(words.noShifts, { file: shownFile })}\n`);
      return 1;
    }
    planned = planShifts(ctx, data, checked.absDir, file, options.month!, result.shifts);
  }
  if (options.dryRun) {
    ctx.stderr.write(`${fill(words.dryRun, { target: shown(planned.target) })}\n`);
    ctx.stdout.write(planned.preview);
    return 0;
  }
  try {
    writeDataFile(planned.target, planned.text, planned.mode);
  } catch (err) {
    const code = errorCode(err);
    const message =
      code === 'EEXIST'
        ? fill(words.exists, { file: shown(planned.target) })
        : fill(words.writeFailed, { target: shown(planned.target), detail: code });
    ctx.stderr.write(`thidua: ${message}\n`);
    return 1;
  }
  ctx.stdout.write(`${planned.done}\n`);
  const exit = await runCheck(ctx, { data: checked.absDir, format: 'text', strict: false });
  if (exit !== 0) ctx.stderr.write(`${fill(words.keptWithErrors, { target: shown(planned.target) })}\n`);
  return exit;
}

function reportRowErrors(ctx: Context, issues: readonly Issue[], shownFile: string): number {
  const words = catalogue(ctx.lang).import;
  for (const issue of [...issues].sort(byPlace)) ctx.stderr.write(`${formatSheetIssue(issue, ctx.lang)}\n`);
  ctx.stderr.write(`${fill(words.rowErrors, { errors: issues.filter((i) => i.severity === 'error').length, file: shownFile })}\n`);
  return 1;
}

function planMembers(ctx: Context, data: DataSet, dataDir: string, file: string, members: Parameters<typeof membersText>[0]['members']): Planned {
  const words = catalogue(ctx.lang).import;
  const comments = [fill(words.commentMembers, { file: basename(file) })];
  const done = (target: string) =>
    fill(words.wroteMembers, { count: members.length, target: displayPath(ctx.cwd, target), ids: members.map((m) => m.id).join(', ') });
  const single = ['members.yaml', 'members.yml'].map((n) => join(dataDir, n)).find((p) => existsSync(p) && statSync(p).isFile());
  if (single !== undefined) {
    const old = readFileSync(single, 'utf8');
    const block = membersText({ members, style: styleOf(old) ?? 'block', spaced: spacedOf(old), comments });
    const text = old === '' ? block : `${old}${old.endsWith('\n') ? '' : '\n'}\n${block}`;
    return { target: single, text, mode: 'replace', preview: text.slice(old.length), done: done(single) };
  }
  const folder = join(dataDir, 'members');
  const target = existsSync(folder) ? join(folder, `${idFromName(basename(file, extname(file))) || 'imported'}.yaml`) : join(dataDir, 'members.yaml');
  const latest = latestFileOf(dataDir, data.members);
  const modeline = modelineFor(dataDir, 'members', target, latest);
  const body = membersText({ members, style: 'block', spaced: true, comments });
  const text = `${modeline === undefined ? '' : `${modeline}\n`}${body}`;
  return { target, text, mode: 'create', preview: text, done: done(target) };
}

function planShifts(ctx: Context, data: DataSet, dataDir: string, file: string, month: string, shifts: readonly NewShift[]): Planned {
  const words = catalogue(ctx.lang).import;
  const target = join(dataDir, 'shifts', month.slice(0, 4), `${month}.yaml`);
  const latest = latestFileOf(dataDir, data.shifts);
  const style = latest === undefined ? 'flow' : (styleOf(readFileSync(latest, 'utf8')) ?? 'flow');
  const types = data.rules.shifts.types;
  const used = [...new Set(shifts.map((s) => s.type))];
  const typeList = Object.keys(types)
    .filter((id) => used.includes(id))
    .map((id) => `${types[id]!.code === undefined ? '' : `${types[id]!.code} = `}${id} ${types[id]!.start}–${types[id]!.end}`)
    .join(', ');
  const [yyyy, mm] = [month.slice(0, 4), month.slice(5, 7)];
  const sections = Object.fromEntries(data.unit.departments.map((d) => [d.id, `===== ${d.name} =====`]));
  const modeline = modelineFor(dataDir, 'shifts', target, latest);
  const text = shiftsText({
    shifts,
    style,
    ...(modeline === undefined ? {} : { modeline }),
    comments: [fill(words.commentShifts, { yyyy, mm, file: basename(file) }), fill(words.commentTypes, { types: typeList })],
    sections,
  });
  const dates = shifts.map((s) => s.date).sort();
  const people = new Set(shifts.flatMap((s) => s.members)).size;
  const done = fill(words.wroteShifts, {
    target: displayPath(ctx.cwd, target),
    shifts: fill(words.shiftCount, { count: shifts.length }),
    people: fill(words.peopleCount, { count: people }),
    first: dates[0]!,
    last: dates[dates.length - 1]!,
  });
  return { target, text, mode: 'create', preview: text, done };
}
