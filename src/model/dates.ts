/**
 * Calendar arithmetic on plain `YYYY-MM-DD` strings and `HH:MM` times. Days are counted
 * as integers (days since 1970-01-01 of the proleptic Gregorian calendar, the days `Date`
 * counts in UTC), so no time zone ever applies. Dates and times are read character by
 * character and days counted by arithmetic: the checks and reports do this for every
 * record, and a match object or a `Date` each time is garbage to collect.
 */
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

/** Days of each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** The value of the ASCII digit at `i` of `text`, or -1 for any other character. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The fields of `YYYY-MM-DD` (four, two and two ASCII digits, read character by character: no match
 * object, no allocation), packed as `year * 10000 + month * 100 + day`; -1 when the shape is
 * wrong or the day does not exist.
 */
function packedDate(value: string): number {
  // A value that is not text is read as a regular expression would read it.
  const text = typeof value === 'string' ? value : String(value);
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/** Parses `YYYY-MM-DD`; `undefined` when the shape is wrong or the day does not exist. */
function parseDate(text: string): YMD | undefined {
  const p = packedDate(text);
  if (p < 0) return undefined;
  return { year: Math.floor(p / 10000), month: Math.floor(p / 100) % 100, day: p % 100 };
}

export function isValidDate(text: string): boolean {
  return packedDate(text) >= 0;
}

/** Parses `HH:MM` (00:00–23:59) into minutes after midnight. */
export function parseTime(value: string): number | undefined {
  const text = typeof value === 'string' ? value : String(value);
  if (text.length !== 5 || text.charCodeAt(2) !== 58) return undefined;
  const h0 = digitAt(text, 0);
  const h1 = digitAt(text, 1);
  const m0 = digitAt(text, 3);
  const m1 = digitAt(text, 4);
  if ((h0 | h1 | m0 | m1) < 0) return undefined;
  const h = h0 * 10 + h1;
  const min = m0 * 10 + m1;
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

function must(text: string): YMD {
  const d = parseDate(text);
  if (!d) throw new Error(`invalid date reached computation: ${text}`);
  return d;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic alone (H. Hinnant's
 * `days_from_civil`): the day `Date` counts, without building one.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of a valid date. */
export function dayNumber(text: string): number {
  const p = packedDate(text);
  if (p < 0) throw new Error(`invalid date reached computation: ${text}`);
  return daysFromCivil(Math.floor(p / 10000), Math.floor(p / 100) % 100, p % 100);
}

/** The largest day count a `Date` holds either side of 1970-01-01 (ECMA-262 §21.4.1.22). */
const DATE_LIMIT_DAYS = 100_000_000;

export function fromDayNumber(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) > DATE_LIMIT_DAYS) {
    // Outside the days of `Date` (or not a whole day): what `Date` makes of it, as before.
    // eslint-disable-next-line no-restricted-syntax -- UTC day arithmetic, no clock, no parsing
    const dt = new Date(n * MS_PER_DAY);
    return formatYMD(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  // H. Hinnant's `civil_from_days`, the inverse of `daysFromCivil`.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatYMD(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
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
