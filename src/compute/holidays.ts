/**
 * Official days off (SPEC §2 `holidays`): the data's list is the authority for every year
 * it names a date in; any other year gets the built-in Vietnamese public holidays of the
 * Labour Code 2019, art. 112, whose lunar dates come from the `date-holidays` package.
 */
import { createRequire } from 'node:module';
import { addDays, formatYMD, weekday } from '../model/dates.js';

/** `rules`: the year's dates come from rules.yaml; `built-in`: from the Labour Code calendar. */
export type HolidaySource = 'rules' | 'built-in';

export interface HolidayCalendar {
  isHoliday(date: string): boolean;
  sourceOf(year: number): HolidaySource;
  /** The year's holidays, sorted. */
  holidaysOf(year: number): readonly string[];
}

/** The lunar-calendar holidays of one year, as `YYYY-MM-DD`. */
export interface LunarDates {
  /** Mùng 1 Tết (1st day of the 1st lunar month). */
  readonly tet: string;
  /** Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month). */
  readonly hungKings: string;
}

export type LunarSource = (year: number) => LunarDates;

interface HolidaysInstance {
  getHolidays(year: number): { date: string; name: string; type: string }[];
}

/**
 * Lunar dates from `date-holidays` (its Vietnamese calendar names the first day of Tết
 * "Tết Nguyên Đán" and the Hùng Kings' day "Giỗ tổ Hùng Vương"). The package is loaded
 * only when a year is missing from the data's own list.
 */
export function lunarDatesFromLibrary(year: number): LunarDates {
  const require = createRequire(import.meta.url);
  const Holidays = require('date-holidays') as new (country: string) => HolidaysInstance;
  const list = new Holidays('VN').getHolidays(year);
  const find = (pattern: RegExp): string => {
    const hit = list.find((h) => h.type === 'public' && pattern.test(h.name));
    if (!hit) throw new Error(`date-holidays has no ${pattern.source} in ${year}`);
    return hit.date.slice(0, 10);
  };
  return { tet: find(/^Tết Nguyên Đán$/), hungKings: find(/^Giỗ tổ Hùng Vương$/i) };
}

/**
 * The Labour Code 2019 art. 112 days of one year: 1/1; five days of Tết (the lunar New
 * Year's Eve and the first four days of the new year); 10/3 lunar; 30/4; 1/5; 2/9 and an
 * adjacent day (3/9 when 2/9 is a Sunday or a Monday, so the break joins the weekend, else
 * 1/9). The Government fixes the exact days each year, and compensatory days too: a unit
 * that wants them exactly lists them in rules.yaml.
 */
export function builtInHolidays(year: number, lunar: LunarSource = lunarDatesFromLibrary): string[] {
  const { tet, hungKings } = lunar(year);
  const national = formatYMD(year, 9, 2);
  const wd = weekday(national);
  const adjacent = wd === 0 || wd === 1 ? formatYMD(year, 9, 3) : formatYMD(year, 9, 1);
  const tetDays = [-1, 0, 1, 2, 3].map((n) => addDays(tet, n));
  const days = new Set([formatYMD(year, 1, 1), ...tetDays, hungKings, formatYMD(year, 4, 30), formatYMD(year, 5, 1), national, adjacent]);
  // The eve of a Tết that falls in late January belongs to the same year; one that falls on
  // 31 December of the year before does not.
  return [...days].filter((d) => d.startsWith(`${year}-`)).sort();
}

export function makeHolidayCalendar(listed: readonly string[], lunar: LunarSource = lunarDatesFromLibrary): HolidayCalendar {
  const byYear = new Map<number, string[]>();
  for (const d of listed) {
    const y = Number(d.slice(0, 4));
    const days = byYear.get(y) ?? [];
    days.push(d);
    byYear.set(y, days);
  }
  for (const [y, days] of byYear) byYear.set(y, [...new Set(days)].sort());
  const builtIn = new Map<number, { days: string[]; set: Set<string> }>();
  const builtInOf = (year: number) => {
    let hit = builtIn.get(year);
    if (!hit) {
      const days = builtInHolidays(year, lunar);
      hit = { days, set: new Set(days) };
      builtIn.set(year, hit);
    }
    return hit;
  };
  const listedSet = new Set(listed);
  return {
    sourceOf: (year) => (byYear.has(year) ? 'rules' : 'built-in'),
    holidaysOf: (year) => byYear.get(year) ?? builtInOf(year).days,
    isHoliday: (date) => {
      const year = Number(date.slice(0, 4));
      return byYear.has(year) ? listedSet.has(date) : builtInOf(year).set.has(date);
    },
  };
}
