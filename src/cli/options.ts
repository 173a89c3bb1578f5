/** argv → typed options for the report-like commands; bad usage becomes a UsageError (exit 2), in the chosen language. */
import { isValidDate, WINDOW_YEARS } from '../model/dates.js';
import { previousMonth, type PeriodRequest } from '../compute/period.js';
import { catalogue, fill, type Lang } from '../i18n/index.js';
import { UsageError } from './context.js';

export interface WindowFlags {
  readonly year?: string;
  readonly month?: string;
  readonly phase?: string;
  readonly from?: string;
  readonly to?: string;
}

export type Format = 'md' | 'csv' | 'json' | 'docx';
export const FORMATS: readonly Format[] = ['md', 'csv', 'json', 'docx'];
/** What `report` writes without `--format`: every format (SPEC §1), the signed document included. */
export const DEFAULT_FORMATS = 'md,csv,json,docx';

type UsageWords = ReturnType<typeof catalogue>['usage'];

/** The first and last "today" that `--month previous` can start from (its previous month within WINDOW_YEARS). */
export const TODAY_RANGE = { first: `${WINDOW_YEARS.min}-02-01`, last: `${WINDOW_YEARS.max}-12-31` } as const;

/** Is `today` a valid date within TODAY_RANGE? (`YYYY-MM-DD` strings compare as dates.) */
export function isTodayInRange(today: string): boolean {
  return isValidDate(today) && today >= TODAY_RANGE.first && today <= TODAY_RANGE.last;
}

/**
 * A parser of commander for a path option or argument: an empty value (`--out ""`, most
 * often an unset shell variable) is a usage error, never "the current folder".
 */
export function nonEmptyPath(name: string, lang: Lang): (value: string) => string {
  return (value) => {
    if (value === '') throw new UsageError(fill(catalogue(lang).usage.emptyPath, { name }));
    return value;
  };
}

function parseYear(text: string, words: UsageWords): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(fill(words.year, { value: text }));
  return inWindowYears(Number(text), text, words);
}

/** A window's year, or a usage error: reports are made for 1900–2999 (WINDOW_YEARS). */
function inWindowYears(year: number, value: string, words: UsageWords): number {
  if (year < WINDOW_YEARS.min || year > WINDOW_YEARS.max) {
    throw new UsageError(fill(words.yearRange, { value, min: String(WINDOW_YEARS.min), max: String(WINDOW_YEARS.max) }));
  }
  return year;
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever zone the machine is in. */
export function todayInVietnam(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "Today" for `--month previous`: injected (tests), else THIDUA_TODAY (reruns; empty = unset), else the clock in Vietnam. */
export function todayFor(ctx: { readonly today?: string; readonly env: Readonly<Record<string, string | undefined>> }): string {
  return ctx.today || ctx.env['THIDUA_TODAY'] || todayInVietnam(new Date());
}

export function parseWindow(flags: WindowFlags, today: () => string, lang: Lang): PeriodRequest {
  const words = catalogue(lang).usage;
  const given = [flags.year, flags.month, flags.phase, flags.from ?? flags.to].filter((v) => v !== undefined).length;
  if (given !== 1) throw new UsageError(words.oneWindow);
  if (flags.year !== undefined) return { kind: 'year', year: parseYear(flags.year, words) };
  if (flags.month !== undefined) {
    if (flags.month === 'previous') {
      const t = today();
      if (!isTodayInRange(t)) throw new UsageError(fill(words.today, { value: t, ...TODAY_RANGE }));
      return { kind: 'month', ...previousMonth(t) };
    }
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(flags.month);
    if (!m) throw new UsageError(fill(words.month, { value: flags.month }));
    return { kind: 'month', year: inWindowYears(Number(m[1]), flags.month, words), month: Number(m[2]) };
  }
  if (flags.phase !== undefined) {
    const m = /^(\d{4}):([1-9]\d*)$/.exec(flags.phase);
    if (!m) throw new UsageError(fill(words.phase, { value: flags.phase }));
    return { kind: 'phase', year: inWindowYears(Number(m[1]), flags.phase, words), phase: Number(m[2]) };
  }
  if (flags.from === undefined || flags.to === undefined) throw new UsageError(words.fromTo);
  for (const d of [flags.from, flags.to]) {
    if (!isValidDate(d)) throw new UsageError(fill(words.date, { value: d }));
    inWindowYears(Number(d.slice(0, 4)), d, words);
  }
  return { kind: 'range', from: flags.from, to: flags.to };
}

export function parseFormats(text: string, lang: Lang): Format[] {
  const words = catalogue(lang).usage;
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const out: Format[] = [];
  for (const p of parts) {
    const f = p === 'markdown' ? 'md' : p === 'word' ? 'docx' : p;
    if (!FORMATS.includes(f as Format)) throw new UsageError(fill(words.format, { value: p }));
    if (!out.includes(f as Format)) out.push(f as Format);
  }
  if (out.length === 0) throw new UsageError(words.formatEmpty);
  return out;
}

export function parseDelimiter(text: string, lang: Lang): string {
  const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t' };
  const d = named[text] ?? (text === '\\t' ? '\t' : text);
  if (![',', ';', '\t', '|'].includes(d)) throw new UsageError(fill(catalogue(lang).usage.delimiter, { value: text }));
  return d;
}
