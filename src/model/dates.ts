/**
 * Calendar arithmetic on plain `YYYY-MM-DD` strings and `HH:MM` times. Days are counted
 * as integers (days since 1970-01-01) with Date.UTC, so no time zone ever applies.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The years a report window may lie in, as a rating file's `year` (src/model/schemas.ts) and
 * a date cell of an imported sheet: the law's yearly rating has no meaning outside them, and
 * past 9999 dates stop being `YYYY-MM-DD`. Records themselves may carry any four-digit year.
 */
export const WINDOW_YEARS = { min: 1900, max: 2999 } as const;

interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Parses `YYYY-MM-DD`; `undefined` when the shape is wrong or the day does not exist. */
function parseDate(text: string): YMD | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/** Parses `HH:MM` (00:00–23:59) into minutes after midnight. */
export function parseTime(text: string): number | undefined {
  const m = TIME_RE.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

function must(text: string): YMD {
  const d = parseDate(text);
  if (!d) throw new Error(`invalid date reached computation: ${text}`);
  return d;
}

/** Days since 1970-01-01 of a valid date. */
export function dayNumber(text: string): number {
  const d = must(text);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  // eslint-disable-next-line no-restricted-syntax -- UTC day arithmetic, no clock, no parsing
  const dt = new Date(0);
  dt.setUTCFullYear(d.year, d.month - 1, d.day);
  return dt.getTime() / MS_PER_DAY;
}

export function fromDayNumber(n: number): string {
  // eslint-disable-next-line no-restricted-syntax -- UTC day arithmetic, no clock, no parsing
  const dt = new Date(n * MS_PER_DAY);
  return formatYMD(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function formatYMD(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(text: string, days: number): string {
  return fromDayNumber(dayNumber(text) + days);
}

/** Inclusive count of days from `from` to `to` (0 when `to` is before `from`). */
export function daysBetweenInclusive(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(text: string): number {
  return (((dayNumber(text) + 4) % 7) + 7) % 7;
}

export function isWeekend(text: string): boolean {
  const w = weekday(text);
  return w === 0 || w === 6;
}

export function yearOf(text: string): number {
  return must(text).year;
}

/** `YYYY-MM` of a date. */
export function monthOf(text: string): string {
  return text.slice(0, 7);
}

export function lastDayOfMonth(year: number, month: number): string {
  return formatYMD(year, month, daysInMonth(year, month));
}

/** Date comparison: ISO strings of one shape sort as dates. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * `date` plus `months` the date-fns `addMonths` way (the day is kept, clamped to the end of
 * the month), on the calendar fields alone: a local-time Date would shift in a zone that
 * skipped a day (Pacific/Apia has no 2011-12-30).
 */
export function addMonthsToDate(text: string, months: number): string {
  const d = must(text);
  const index = d.year * 12 + (d.month - 1) + Math.trunc(months);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatYMD(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Every date from `from` to `to` inclusive. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}
