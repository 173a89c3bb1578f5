/**
 * Runs the built CLI in-process (`main()` of dist/cli/main.js) on a folder, and checks what
 * a user sees: the exit code, no stack trace, and every problem line in the
 * `file:line:col: severity: message [code]` shape with a place inside the file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runMain } from '../support/run-main.js';
// The built CLI: `npm test` compiles src/ to dist/ before vitest runs.
// @ts-expect-error dist/ has no declarations (tsconfig: declaration false).
import { catalogue } from '../../dist/i18n/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** fast-check settings: a fixed seed by default, FC_SEED / FC_RUNS to explore more. */
export function fcParams(defaultRuns: number): { seed: number; numRuns: number } {
  const seed = process.env['FC_SEED'] === undefined ? 20241201 : Number(process.env['FC_SEED']);
  const numRuns = process.env['FC_RUNS'] === undefined ? defaultRuns : Number(process.env['FC_RUNS']);
  return { seed, numRuns };
}
export { fc };

/** A test timeout that grows with FC_RUNS (a failure also needs time to shrink). */
export function timeoutFor(defaultRuns: number, msPerRun: number): number {
  return Math.max(120_000, fcParams(defaultRuns).numRuns * msPerRun * 3);
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `thidua ...argv` in-process (test/support/run-main.ts), a fixed "today", no record cache. */
export function runCli(argv: readonly string[], cwd: string): Promise<CliResult> {
  return runMain(argv, { cwd, env: { NO_COLOR: '1', THIDUA_TODAY: '2025-04-15' } });
}

export const ISSUE_CODES = new Set([
  'yaml-syntax', 'schema', 'duplicate-id', 'unknown-member', 'unknown-department', 'unknown-kind', 'unknown-shift-type',
  'member-inactive', 'bad-date', 'date-order', 'shift-overlap', 'duplicate-rating', 'leave-overlap', 'duplicate-record', 'rest', 'night-limit', 'coverage',
  'file-read', 'missing-file',
  // report only: a window with no record at all (ReportWarningCode)
  'empty-period',
]);

export const PROBLEM_RE = /^(.+?):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9-]+)\]$/;
const STACK_RE = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal|internal error/m;

/** A catalogue template as a pattern: `{errors} lỗi` → /^\d+ lỗi$/. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[a-zA-Z0-9_]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('\\d+')}$`);
}

/** Lines that are not problems: the count line and the "nothing written" line, in both languages. */
const OTHER_LINES = (['vi', 'en'] as const).flatMap((lang) => {
  const cli = (catalogue as (l: string) => { cli: Record<string, string> })(lang).cli;
  return [templatePattern(cli['summaryCounts']!), templatePattern(cli['dataHasErrors']!)];
});

/** The text of a data file as the loader sees it (BOM dropped), or undefined for none. */
function fileText(path: string): string | undefined {
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  return new TextDecoder('utf-8').decode(readFileSync(path));
}

/** Why a located problem is wrong, or undefined when it is fine. */
export function placeFault(cwd: string, file: string, line: number, column: number, cache = new Map<string, string[] | undefined>()): string | undefined {
  if (line < 1 || column < 1) return `position ${line}:${column} below 1`;
  if (!cache.has(file)) cache.set(file, fileText(join(cwd, file))?.split('\n'));
  const lines = cache.get(file);
  if (lines === undefined) return line === 1 && column === 1 ? undefined : `${file} is not a file but the position is ${line}:${column}`;
  if (line > lines.length) return `${file} has ${lines.length} lines, position ${line}:${column}`;
  const len = lines[line - 1]!.length;
  if (column > len + 1) return `${file}:${line} has ${len} characters, column ${column}`;
  return undefined;
}

/** Every fault in what `check` (text) or `report` printed; [] when all is well. */
export function outputFaults(r: CliResult, cwd: string, options: { jsonIssues?: boolean } = {}): string[] {
  const faults: string[] = [];
  const cache = new Map<string, string[] | undefined>();
  if (r.code !== 0 && r.code !== 1) faults.push(`exit code ${r.code}`);
  for (const [name, s] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    const m = STACK_RE.exec(s);
    if (m) faults.push(`${name} shows a stack trace or internal error: ${m[0]}`);
  }
  const check = (file: string, line: number, column: number, severity: string, code: string, message: string, shown: string) => {
    if (!ISSUE_CODES.has(code)) faults.push(`unknown code ${code}: ${shown}`);
    if (severity !== 'error' && severity !== 'warning') faults.push(`bad severity: ${shown}`);
    if (message.trim() === '') faults.push(`empty message: ${shown}`);
    if (/\{[a-zA-Z0-9_]+\}/.test(message)) faults.push(`unfilled placeholder: ${shown}`);
    const where = placeFault(cwd, file, line, column, cache);
    if (where) faults.push(`${where}: ${shown}`);
  };
  if (options.jsonIssues) {
    let list: unknown;
    try {
      list = JSON.parse(r.stdout);
    } catch {
      faults.push(`stdout is not JSON: ${r.stdout.slice(0, 200)}`);
      return faults;
    }
    if (!Array.isArray(list)) return [...faults, 'JSON issues is not a list'];
    for (const i of list as Record<string, unknown>[]) {
      const keys = Object.keys(i).sort().join(',');
      if (keys !== 'code,column,file,line,message,severity') faults.push(`JSON issue keys ${keys}`);
      check(String(i['file']), Number(i['line']), Number(i['column']), String(i['severity']), String(i['code']), String(i['message']), JSON.stringify(i));
    }
    if (r.stderr !== '') faults.push(`stderr not empty with --format json: ${r.stderr.slice(0, 200)}`);
    return faults;
  }
  for (const l of r.stderr.split('\n')) {
    if (l === '' || OTHER_LINES.some((re) => re.test(l))) continue;
    const m = PROBLEM_RE.exec(l);
    if (!m) {
      faults.push(`not a problem line: ${JSON.stringify(l)}`);
      continue;
    }
    check(m[1]!, Number(m[2]), Number(m[3]), m[4]!, m[6]!, m[5]!, l);
  }
  if (r.stderr !== '' && !r.stderr.endsWith('\n')) faults.push('stderr does not end with a newline');
  return faults;
}
