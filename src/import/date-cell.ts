/**
 * Dates typed or formatted in a spreadsheet, read without any time zone (SPEC §2: dates are
 * calendar dates). exceljs gives a date cell as a JavaScript Date at midnight UTC of that
 * day, so only the UTC fields are read; a serial number counts days from 1899-12-30 (the
 * 1900 system, 1904-01-01 for workbooks in the 1904 system); text is `dd/mm/yyyy` (or with
 * `-` or `.`, day and month with one or two digits) or `yyyy-mm-dd`.
 */
import { formatYMD, isValidDate, WINDOW_YEARS } from '../model/dates.js';
import type { CellValue } from './table.js';

export type DateCell = { readonly date: string } | { readonly error: 'bad-date' };

const DAY_MS = 86_400_000;
/** Days from 1970-01-01 back to Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug). */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

function fromUtcDate(d: Date): DateCell {
  if (Number.isNaN(d.getTime())) return { error: 'bad-date' };
  // A date cell keeps a time of day when the workbook's clock rounding slips (23:59:59.999):
  // round to the nearest day, in UTC.
  const rounded = new Date(Math.round(d.getTime() / DAY_MS) * DAY_MS);
  return { date: formatYMD(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate()) };
}

function checked(year: number, month: number, day: number): DateCell {
  if (year < WINDOW_YEARS.min || year > WINDOW_YEARS.max) return { error: 'bad-date' };
  const text = formatYMD(year, month, day);
  return isValidDate(text) ? { date: text } : { error: 'bad-date' };
}

/** The calendar date a cell holds, or `bad-date`. An empty cell is not asked about here. */
export function parseDateCell(value: CellValue, options: { readonly date1904?: boolean } = {}): DateCell {
  if (value instanceof Date) return fromUtcDate(value);
  if (typeof value === 'number') {
    // Serial dates: whole days (a fraction is a time of day, dropped), within 1900–2999.
    if (!Number.isFinite(value) || value < 1 || value > 401_768) return { error: 'bad-date' };
    return fromUtcDate(new Date((options.date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + Math.floor(value) * DAY_MS));
  }
  if (typeof value !== 'string') return { error: 'bad-date' };
  const text = value.normalize('NFC').trim();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (dmy) return checked(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (ymd) return checked(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return { error: 'bad-date' };
}
