/**
 * Official days off (SPEC §2 `holidays`): the data's own list per year, else the built-in
 * Labour Code 2019 art. 112 days, whose lunar dates come from a table made with `date-holidays`. The lunar
 * dates are checked against the published Vietnamese calendar (Tết Giáp Thìn 10/02/2024,
 * Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026; Giỗ Tổ 18/04/2024, 07/04/2025, 26/04/2026) and,
 * for more years, against an independent implementation of Hồ Ngọc Đức's algorithm for
 * the Vietnamese lunar calendar (time zone UTC+7) written below.
 */
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script, without declarations
import { lunarFromDateHolidays } from '../../scripts/make-lunar-table.mjs';
import { builtInHolidays, LUNAR_YEARS, makeHolidayCalendar, tableLunarSource, nationalDayAdjacent, type LunarSource } from '../../src/compute/holidays.js';
import { weekday } from '../../src/model/dates.js';

// ---- Hồ Ngọc Đức, "Thuật toán tính âm lịch" (the reference, not the code under test) ----
const INT = Math.floor;
function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
}
function jdToDate(jd: number): string {
  const a = jd + 32044;
  const b = INT((4 * a + 3) / 146097);
  const c = a - INT((b * 146097) / 4);
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function newMoonDay(k: number, tz: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr) - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return INT(jd1 + c1 - deltat + 0.5 + tz / 24);
}
function sunLongitude(jdn: number, tz: number): number {
  const T = (jdn - 2451545.5 - tz / 24) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M) + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * INT(L / (Math.PI * 2));
  return INT((L / Math.PI) * 6);
}
function lunarMonth11(yy: number, tz: number): number {
  const k = INT((jdFromDate(31, 12, yy) - 2415021) / 29.530588853);
  const nm = newMoonDay(k, tz);
  return sunLongitude(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunLongitude(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitude(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}
/** Solar date of lunar day/month (months before the 11th, not a leap month) of a lunar year. */
function lunarToSolar(day: number, month: number, year: number, tz = 7): string {
  const a11 = lunarMonth11(year - 1, tz);
  const b11 = lunarMonth11(year, tz);
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11 + 12;
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11, tz)) off += 1;
  return jdToDate(newMoonDay(k + off, tz) + day - 1);
}
// ---- end of the reference ----

describe('the reference algorithm itself', () => {
  it('gives the published dates, including the years Vietnam and China differ', () => {
    expect([2024, 2025, 2026].map((y) => [lunarToSolar(1, 1, y), lunarToSolar(10, 3, y)])).toEqual([
      ['2024-02-10', '2024-04-18'],
      ['2025-01-29', '2025-04-07'],
      ['2026-02-17', '2026-04-26'],
    ]);
    // Tết 1985 and 2007 in Vietnam (UTC+7) are 21/01/1985 and 17/02/2007; China had 20/02/1985, 18/02/2007.
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21');
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17');
    expect(lunarToSolar(1, 1, 1985, 8)).toBe('1985-02-20');
  });
});

describe('lunar dates from the table (made with date-holidays: lunar-table.test.ts)', () => {
  const lunar = tableLunarSource;

  it('match the published calendar for 2024–2026', () => {
    expect(lunar(2024)).toEqual({ tet: '2024-02-10', hungKings: '2024-04-18' });
    expect(lunar(2025)).toEqual({ tet: '2025-01-29', hungKings: '2025-04-07' });
    expect(lunar(2026)).toEqual({ tet: '2026-02-17', hungKings: '2026-04-26' });
  });

  it('use the Vietnamese time zone (Tết 2007 is 17 February, Tết 2030 is 2 February, one day before China)', () => {
    expect(lunar(2007)?.tet).toBe('2007-02-17');
    expect(lunar(2030)?.tet).toBe('2030-02-02');
  });

  it('agree with the independent algorithm for 2020–2040', () => {
    for (let y = 2020; y <= 2040; y++) expect(lunar(y), String(y)).toEqual({ tet: lunarToSolar(1, 1, y), hungKings: lunarToSolar(10, 3, y) });
  });

  it('are not asked for years outside 1900–2100', () => {
    expect(LUNAR_YEARS).toEqual({ first: 1900, last: 2100 });
    expect(lunar(1899)).toBeUndefined();
    expect(lunar(2101)).toBeUndefined();
  });
});

describe('built-in holidays', () => {
  it('2026: 1/1, Tết eve + mùng 1–4, Giỗ Tổ, 30/4, 1/5, 2/9 (Wednesday) + 1/9', () => {
    // 2026-09-02: 1 January 2026 is a Thursday and 2 September is 244 days later (244 = 34 × 7 + 6): a Wednesday.
    expect(weekday('2026-09-02')).toBe(3);
    expect(builtInHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-02-16', // 30 tháng Chạp (eve)
      '2026-02-17', // mùng 1
      '2026-02-18',
      '2026-02-19',
      '2026-02-20', // mùng 4
      '2026-04-26', // 10/3 âm lịch
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('2024: Tết from 09/02, 2/9 on a Monday adds 3/9', () => {
    expect(builtInHolidays(2024)).toEqual(['2024-01-01', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03']);
  });

  it('2025: Tết from 28/01, 2/9 on a Tuesday adds 1/9', () => {
    expect(builtInHolidays(2025)).toEqual(['2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02']);
  });

  it('the adjacent day of 2/9 joins the weekend, as the Government decided in 2021–2025', () => {
    // 2021 Thu → 3/9 (off Thu–Sun), 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9, 2025 Tue → 1/9.
    expect([2021, 2022, 2023, 2024, 2025].map((y) => [weekday(`${y}-09-02`), nationalDayAdjacent(y)])).toEqual([
      [4, '2021-09-03'],
      [5, '2022-09-01'],
      [6, '2023-09-01'],
      [1, '2024-09-03'],
      [2, '2025-09-01'],
    ]);
    // 2029: 2/9 is a Sunday → Monday 3/9; 2026 Wednesday → 1/9.
    expect(weekday('2029-09-02')).toBe(0);
    expect(nationalDayAdjacent(2029)).toBe('2029-09-03');
  });

  it('takes the lunar days from the source given; a year the source does not cover has the solar days only', () => {
    const fake: LunarSource = (y) => (y === 2031 ? { tet: '2031-01-23', hungKings: '2031-04-01' } : undefined);
    expect(builtInHolidays(2031, fake)).toEqual(['2031-01-01', '2031-01-22', '2031-01-23', '2031-01-24', '2031-01-25', '2031-01-26', '2031-04-01', '2031-04-30', '2031-05-01', '2031-09-01', '2031-09-02']);
    // 2032-09-02 is a Thursday → 3/9.
    expect(builtInHolidays(2032, fake)).toEqual(['2032-01-01', '2032-04-30', '2032-05-01', '2032-09-02', '2032-09-03']);
  });

  it('year 1 does not reach the library (which would not finish)', () => {
    // The solar days only: 1/1, 30/4, 1/5, 2/9 and one adjacent day (1/9 or 3/9).
    const days = builtInHolidays(1);
    expect(days.filter((d) => !['0001-09-01', '0001-09-03'].includes(d))).toEqual(['0001-01-01', '0001-04-30', '0001-05-01', '0001-09-02']);
    expect(days).toHaveLength(5);
  });
});

describe('makeHolidayCalendar', () => {
  const fake: LunarSource = (y) => ({ tet: `${y}-02-10`, hungKings: `${y}-04-18` });
  const listed = ['2024-02-14', '2024-01-01', '2024-02-08', '2024-01-01'];

  it('a year with a listed date uses the list only', () => {
    const cal = makeHolidayCalendar(listed, fake);
    expect(cal.sourceOf(2024)).toBe('rules');
    expect(cal.holidaysOf(2024)).toEqual(['2024-01-01', '2024-02-08', '2024-02-14']);
    expect(cal.isHoliday('2024-02-08')).toBe(true);
    // The built-in Tết (fake 10/02) and 30/4 are not holidays of a listed year.
    expect(cal.isHoliday('2024-02-10')).toBe(false);
    expect(cal.isHoliday('2024-04-30')).toBe(false);
  });

  it('a year with no listed date uses the built-in days', () => {
    const cal = makeHolidayCalendar(listed, fake);
    expect(cal.sourceOf(2025)).toBe('built-in');
    expect(cal.isHoliday('2025-02-09')).toBe(true); // fake eve
    expect(cal.isHoliday('2025-04-30')).toBe(true);
    expect(cal.isHoliday('2025-02-14')).toBe(false); // mùng 5 is not a built-in day
    expect(cal.holidaysOf(2025)).toEqual(builtInHolidays(2025, fake));
  });

  it('asks the lunar source once per year', () => {
    const asked: number[] = [];
    const cal = makeHolidayCalendar([], (y) => (asked.push(y), fake(y)));
    cal.isHoliday('2026-01-01');
    cal.isHoliday('2026-05-01');
    cal.holidaysOf(2026);
    expect(asked).toEqual([2026]);
  });
});

describe('the time zone never moves a holiday', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  it('same days under UTC, Asia/Ho_Chi_Minh, Pacific/Kiritimati (UTC+14) and America/Los_Angeles', () => {
    const years = [2024, 2025, 2026, 2027, 2030];
    const results = ['UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      process.env['TZ'] = tz;
      // A new date-holidays calendar built under this TZ (the table was made from it).
      const holidays = new Holidays('VN');
      return years.map((y) => builtInHolidays(y, (year) => lunarFromDateHolidays(year, holidays)));
    });
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]![2]).toContain('2026-02-17');
  });
});
