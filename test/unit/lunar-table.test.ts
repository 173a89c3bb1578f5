/**
 * The lunar-date table (src/compute/lunar-table.ts) is what scripts/make-lunar-table.mjs
 * computes with `date-holidays` today, for every year 1900–2100: regenerated here and
 * compared byte for byte, so that a table edited by hand or a changed package is caught.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LUNAR_YEARS, tableLunarSource } from '../../src/compute/holidays.js';
import { dayNumber } from '../../src/model/dates.js';
// @ts-expect-error a plain ES module script, without declarations
import { lunarTableSource } from '../../scripts/make-lunar-table.mjs';

describe('the lunar-date table', () => {
  it('is exactly what date-holidays computes for 1900–2100', () => {
    const committed = readFileSync(new URL('../../src/compute/lunar-table.ts', import.meta.url), 'utf8');
    expect(committed).toBe((lunarTableSource as () => string)());
  }, 120_000);

  it('covers 1900–2100 and nothing else', () => {
    expect(LUNAR_YEARS).toEqual({ first: 1900, last: 2100 });
    expect(tableLunarSource(1900)).toEqual({ tet: '1900-01-31', hungKings: '1900-04-09' });
    expect(tableLunarSource(2100)?.tet).toMatch(/^2100-0[12]-\d\d$/);
    for (const year of [1899, 2101, 0, 9999, 2024.5]) expect(tableLunarSource(year), String(year)).toBeUndefined();
  });

  it('puts every Tết between 21 January and 20 February, and Giỗ Tổ two lunar months and nine days later (three with a leap month)', () => {
    // Lunar months have 29 or 30 days: 10/3 is 2 × 29..30 + 9 = 67..69 days after 1/1, or 96..99 after a leap 1st or 2nd month.
    const gaps = new Set([67, 68, 69, 96, 97, 98, 99]);
    for (let y = LUNAR_YEARS.first; y <= LUNAR_YEARS.last; y++) {
      const { tet, hungKings } = tableLunarSource(y)!;
      expect(tet.slice(5) >= '01-21' && tet.slice(5) <= '02-20', tet).toBe(true);
      expect(gaps.has(dayNumber(hungKings) - dayNumber(tet)), hungKings).toBe(true);
    }
  });
});
