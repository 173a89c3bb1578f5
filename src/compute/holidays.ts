/**
 * Official days off (SPEC §2 `holidays`): the data's list is the authority for every year
 * it names a date in; any other year gets the built-in Vietnamese public holidays of the
 * Labour Code 2019, art. 112, whose lunar dates come from a table made once with the
 * `date-holidays` package (lunar-table.ts).
 */
import { addDays, formatYMD, weekday } from '../model/dates.js';
import { compareDates } from './order.js';
import { LUNAR_TABLE, LUNAR_TABLE_FIRST } from './lunar-table.js';

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

/** The lunar holidays of a year; `undefined` for a year the source does not cover. */
export type LunarSource = (year: number) => LunarDates | undefined;

/**
 * The years whose lunar dates the built-in calendar knows: those of the table that
 * scripts/make-lunar-table.mjs computed with the `date-holidays` package (astronomical and
 * right for these years; far outside them it drifts — Tết of 9999 in April — or does not
 * finish, year 1). Other years get the solar days only.
 */
export const LUNAR_YEARS = { first: LUNAR_TABLE_FIRST, last: LUNAR_TABLE_FIRST + LUNAR_TABLE.length - 1 } as const;

/** Lunar dates from the precomputed table (src/compute/lunar-table.ts): nothing to load, nothing to compute. */
export const tableLunarSource: LunarSource = (year) => {
  const row = LUNAR_TABLE[year - LUNAR_TABLE_FIRST];
  if (row === undefined || !Number.isInteger(year)) return undefined;
  const [tet = '', hungKings = ''] = row.split(' ');
  return { tet: `${year}-${tet}`, hungKings: `${year}-${hungKings}` };
};

/**
 * The adjacent day of Quốc khánh 2/9 (Labour Code 2019 art. 112: "02/9 and one day before
 * or after"). The Government picks the day that joins the weekend: 3/9 when 2/9 is a
 * Sunday, a Monday or a Thursday, else 1/9. That is what it decided every year since the
 * Code took effect: 2021 Thu → 3/9, 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9,
 * 2025 Tue → 1/9.
 */
export function nationalDayAdjacent(year: number): string {
  const wd = weekday(formatYMD(year, 9, 2));
  return wd === 0 || wd === 1 || wd === 4 ? formatYMD(year, 9, 3) : formatYMD(year, 9, 1);
}

/**
 * The Labour Code 2019 art. 112 days of one year: 1/1; five days of Tết (the lunar New
 * Year's Eve and the first four days of the new year); 10/3 lunar; 30/4; 1/5; 2/9 and its
 * adjacent day (`nationalDayAdjacent`). The Government fixes the exact days each year, and
 * swapped and compensatory days too: a unit that wants them exactly lists them in rules.yaml.
 */
export function builtInHolidays(year: number, lunar: LunarSource = tableLunarSource): string[] {
  const solar = [formatYMD(year, 1, 1), formatYMD(year, 4, 30), formatYMD(year, 5, 1), formatYMD(year, 9, 2), nationalDayAdjacent(year)];
  const moon = lunar(year);
  // Mùng 1 Tết falls between 21 January and 20 February, so its eve is in the same year.
  const lunarDays = moon ? [...[-1, 0, 1, 2, 3].map((n) => addDays(moon.tet, n)), moon.hungKings] : [];
  return [...new Set([...solar, ...lunarDays])].sort(compareDates);
}

export function makeHolidayCalendar(listed: readonly string[], lunar: LunarSource = tableLunarSource): HolidayCalendar {
  const byYear = new Map<number, string[]>();
  for (const d of listed) {
    const y = Number(d.slice(0, 4));
    const days = byYear.get(y) ?? [];
    days.push(d);
    byYear.set(y, days);
  }
  for (const [y, days] of byYear) byYear.set(y, [...new Set(days)].sort(compareDates));
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
