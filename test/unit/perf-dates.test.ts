/**
 * Issue #15: dates and times are read character by character and days counted by arithmetic
 * (src/model/dates.ts). These tests hold them to what the regular expressions and `Date` gave.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, isValidDate, parseTime, weekday } from '../../src/model/dates.js';

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The day count as `Date` gives it. */
function dateDayNumber(year: number, month: number, day: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(year, month - 1, day);
  return dt.getTime() / MS_PER_DAY;
}

/** The date of a day count as `Date` gives it. */
function dateOfDayNumber(n: number): string {
  const dt = new Date(n * MS_PER_DAY);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1, 2)}-${pad(dt.getUTCDate(), 2)}`;
}

const OLD_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OLD_TIME = /^(\d{2}):(\d{2})$/;

function oldIsValidDate(text: string): boolean {
  const m = OLD_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

function oldParseTime(text: string): number | undefined {
  const m = OLD_TIME.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h > 23 || min > 59 ? undefined : h * 60 + min;
}

describe('day numbers by arithmetic', () => {
  it('count every day of 1600–2400 as Date does, and back', () => {
    // One expectation over the days that disagree: one per day takes seconds.
    const disagree: string[] = [];
    for (let n = dateDayNumber(1600, 1, 1), end = dateDayNumber(2400, 12, 31); n <= end; n++) {
      const text = dateOfDayNumber(n);
      if (fromDayNumber(n) !== text || dayNumber(text) !== n) disagree.push(text);
    }
    expect(disagree).toEqual([]);
  });

  it('agree with Date at the ends of four-digit years and far outside them', () => {
    for (const [y, m, d] of [[0, 1, 1], [0, 2, 29], [1, 1, 1], [99, 12, 31], [100, 3, 1], [9999, 12, 31], [4000, 2, 29]] as const) {
      const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(dayNumber(text)).toBe(dateDayNumber(y, m, d));
      expect(fromDayNumber(dayNumber(text))).toBe(text);
    }
    for (const n of [-100_000_001, -100_000_000, -3_000_000, 3_000_000, 100_000_000, 100_000_001, 0.5, Number.NaN]) {
      expect(fromDayNumber(n)).toBe(dateOfDayNumber(n));
    }
    expect(weekday('2024-03-10')).toBe(0);
  });

  it('accept and refuse the dates the regular expression did', () => {
    const texts = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-04-31', '2024-13-01', '2024-00-01', '2024-01-00'];
    texts.push('', '2024-1-01', '2024/01/01', ' 2024-01-01', '2024-01-01\n', '２０２４-01-01', '+024-01-01', '2024-01-0a');
    for (const text of texts) expect(isValidDate(text)).toBe(oldIsValidDate(text));
  });
});

describe('parseTime by characters', () => {
  it('reads every HH:MM as the regular expression did', () => {
    for (let h = 0; h < 100; h++) for (let m = 0; m < 100; m++) expect(parseTime(`${pad(h, 2)}:${pad(m, 2)}`)).toBe(oldParseTime(`${pad(h, 2)}:${pad(m, 2)}`));
    for (const text of ['', '7:00', '07:00 ', '07-00', '０7:00', '07:0']) expect(parseTime(text)).toBe(oldParseTime(text));
  });
});
