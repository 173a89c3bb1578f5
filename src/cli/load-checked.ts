/** Load → check, shared by every command that reads a data folder. */
import { resolve } from 'node:path';
import { runChecks, sortIssues } from '../check/run-checks.js';
import { catalogue, issueMessage, type Lang } from '../i18n/index.js';
import { loadDataFolderLazily } from '../load/load-core.js';
import type { DataSet, Issue, ReportWarning } from '../model/types.js';
import { openRecordCache } from '../load/cache.js';
import { capPerFileAndCode } from '../load/issue-cap.js';
import { printablePath } from '../load/file-names.js';
import { recordCacheDir } from './cache-dir.js';
import { displayPath, type Context, type MainParams } from './context.js';
import type { DataLocation } from './find-data-dir.js';

export interface Checked {
  readonly data?: DataSet;
  readonly issues: readonly Issue[];
  /** How the data folder is shown in messages (`data`, `../unit-b`). */
  readonly shownDir: string;
  readonly absDir: string;
}

/**
 * `dataDir`: a path relative to `cwd`, or where `locateDataDir` found the folder (its
 * `missing` problem is then the only one). `env` (the command's environment) turns on the
 * record cache (see cache-dir.ts).
 */
export async function loadChecked(cwd: string, dataDir: string | DataLocation, env?: MainParams['env']): Promise<Checked> {
  const absDir = typeof dataDir === 'string' ? resolve(cwd, dataDir) : dataDir.absDir;
  if (typeof dataDir !== 'string' && dataDir.missing) return { issues: [dataDir.missing], shownDir: displayPath(cwd, absDir), absDir };
  const cacheDir = env ? recordCacheDir(env, cwd, absDir) : undefined;
  const loaded = await loadDataFolderLazily(absDir, cacheDir ? { cache: openRecordCache(cacheDir, { dataDir: absDir }) } : {});
  const issues = [...loaded.issues];
  if (loaded.data) for (const issue of runChecks(loaded.data)) issues.push(issue);
  return { ...(loaded.data ? { data: loaded.data } : {}), issues: sortIssues(capPerFileAndCode(issues)), shownDir: displayPath(cwd, absDir), absDir };
}

/** What a command that computes gets from `loadForCommand`: data without any error. */
interface Usable extends Checked {
  readonly data: DataSet;
}

/**
 * Load → check for a command that goes on to compute (`report`, `member`): every problem,
 * warnings too, is printed on stderr as `formatIssue` writes it; with an error (or no unit)
 * the "data has errors" line follows and the answer is `undefined` (the command exits 1).
 */
export async function loadForCommand(ctx: Context, dataDir: DataLocation): Promise<Usable | undefined> {
  const checked = await loadChecked(ctx.cwd, dataDir, ctx.env);
  for (const issue of checked.issues) ctx.stderr.write(`${formatIssue(issue, checked.shownDir, ctx.lang)}\n`);
  if (!checked.data || checked.issues.some((i) => i.severity === 'error')) {
    ctx.stderr.write(`${catalogue(ctx.lang).cli.dataHasErrors}\n`);
    return undefined;
  }
  return { ...checked, data: checked.data };
}

export function issueFile(shownDir: string, file: string): string {
  if (file === '.' || file === '') return shownDir;
  return shownDir === '.' ? file : `${shownDir}/${file}`;
}

/**
 * `file:line:col: severity: message [code]` (a data issue, or a warning of `report` about its
 * window), always one line: a line break or another control character in a path is escaped.
 */
export function formatIssue(issue: Issue | ReportWarning, shownDir: string, lang: Lang): string {
  const { line, column } = issue.source;
  return `${printablePath(issueFile(shownDir, issue.source.file))}:${line}:${column}: ${issue.severity}: ${issueMessage(issue, lang)} [${issue.code}]`;
}

export function issueJson(issue: Issue, shownDir: string, lang: Lang) {
  return {
    file: issueFile(shownDir, issue.source.file),
    line: issue.source.line,
    column: issue.source.column,
    severity: issue.severity,
    code: issue.code,
    message: issueMessage(issue, lang),
  };
}
