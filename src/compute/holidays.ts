/**
 * Official days off (SPEC §2 `holidays`): the data's list is the authority for every year
 * it names a date in; any other year gets the built-in Vietnamese public holidays of the
 * Labour Code 2019, art. 112, whose lunar dates come from the `date-holidays` package.
 */
import { createRequire } from 'node:module';
import { addDays, formatYMD, weekday } from '../model/dates.js';
import { compareDates } from './order.js';

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

interface HolidaysInstance {
  getHolidays(year: number): { date: string; name: string; type: string }[];
}

/**
 * The years whose lunar dates the built-in calendar takes from `date-holidays`. Its lunar
 * computation is astronomical and right for these years; far outside them it drifts (it puts
 * Tết of 9999 in April) or does not finish (year 1), so other years get the solar days only.
 */
export const LUNAR_YEARS = { first: 1900, last: 2100 } as const;

/**
 * Lunar dates from `date-holidays` (its Vietnamese calendar names the first day of Tết
 * "Tết Nguyên Đán" and the Hùng Kings' day "Giỗ tổ Hùng Vương"). Its `date` field is the
 * wall-clock day in Asia/Ho_Chi_Minh written as text, which the process's `TZ` does not
 * move (its `start`/`end` Date objects are never read). The package is loaded, and its
 * calendar built, only when a year is missing from the data's own list, once per source.
 */
export function makeLibraryLunarSource(): LunarSource {
  let instance: HolidaysInstance | undefined;
  return (year) => {
    if (year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) return undefined;
    if (!instance) {
      const Holidays = loadDateHolidays() as new (country: string) => HolidaysInstance;
      instance = new Holidays('VN');
    }
    const list = instance.getHolidays(year);
    const find = (pattern: RegExp): string => {
      const hit = list.find((h) => h.type === 'public' && pattern.test(h.name.normalize('NFC')));
      if (!hit) throw new Error(`date-holidays has no ${pattern.source} in ${year}`);
      return hit.date.slice(0, 10);
    };
    return { tet: find(/^Tết Nguyên Đán$/iu), hungKings: find(/^Giỗ tổ Hùng Vương$/iu) };
  };
}

/**
 * `date-holidays`, loaded on first use. In the self-contained build (scripts/build-bundle.mjs)
 * `require` is defined and esbuild bundles the package behind this very call, still loaded
 * only when it runs; in the ordinary ES-module build `require` does not exist and Node's
 * `createRequire` loads it from node_modules.
 */
function loadDateHolidays(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate: esbuild's bundle provides `require` and bundles date-holidays through it
  return typeof require === 'function' ? require('date-holidays') : createRequire(import.meta.url)('date-holidays');
}

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
export function builtInHolidays(year: number, lunar: LunarSource = makeLibraryLunarSource()): string[] {
  const solar = [formatYMD(year, 1, 1), formatYMD(year, 4, 30), formatYMD(year, 5, 1), formatYMD(year, 9, 2), nationalDayAdjacent(year)];
  const moon = lunar(year);
  // Mùng 1 Tết falls between 21 January and 20 February, so its eve is in the same year.
  const lunarDays = moon ? [...[-1, 0, 1, 2, 3].map((n) => addDays(moon.tet, n)), moon.hungKings] : [];
  return [...new Set([...solar, ...lunarDays])].sort(compareDates);
}

export function makeHolidayCalendar(listed: readonly string[], lunar: LunarSource = makeLibraryLunarSource()): HolidayCalendar {
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
