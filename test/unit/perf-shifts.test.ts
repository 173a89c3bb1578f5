/** Issue #15: the shift figures without a `Set` or a spread per shift. */
import { describe, expect, it } from 'vitest';
import { compareDates, dayNumber, fromDayNumber, isValidDate, maxDate, minDate } from '../../src/model/dates.js';
import { compareIds } from '../../src/model/order.js';
import { distinctIds, scanCoverage } from '../../src/model/shift-time.js';
import type { CoverageRule, Shift } from '../../src/model/types.js';
import { shift } from './builders.js';

describe('distinctIds', () => {
  it('gives the list itself when no id repeats, else each id once in first-listed order', () => {
    const once = ['b', 'a', 'c'];
    expect(distinctIds(once)).toBe(once);
    expect(distinctIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    const long = Array.from({ length: 40 }, (_, i) => `m${i % 30}`);
    expect(distinctIds(long)).toEqual([...new Set(long)]);
    const longOnce = Array.from({ length: 40 }, (_, i) => `m${i}`);
    expect(distinctIds(longOnce)).toBe(longOnce);
  });
});

/** scanCoverage as it was before issue #15: one joined `date|department|type` key per shift. */
function scanCoverageBefore(shifts: readonly Shift[], rules: readonly CoverageRule[], from: string, to: string, perRule = Number.POSITIVE_INFINITY) {
  const totals = rules.map(() => 0);
  if (rules.length === 0 || to < from) return { gaps: [], totals };
  const staffed = new Map<string, Set<string>>();
  for (const s of shifts) {
    if (s.date < from || s.date > to) continue;
    const key = `${s.date}|${s.department}|${s.type}`;
    const set = staffed.get(key) ?? new Set<string>();
    for (const id of s.members) set.add(id);
    staffed.set(key, set);
  }
  const gaps = new Map<string, { date: string; department: string; type: string; have: number; need: number; rule: number }>();
  rules.forEach((rule, index) => {
    if ((rule.from !== undefined && !isValidDate(rule.from)) || (rule.to !== undefined && !isValidDate(rule.to))) return;
    const first = rule.from === undefined ? from : maxDate(rule.from, from);
    const last = rule.to === undefined ? to : minDate(rule.to, to);
    if (last < first) return;
    const suffix = `|${rule.department}|${rule.type}`;
    let staffedDays = 0;
    for (const [key, members] of staffed) {
      if (key.endsWith(suffix) && members.size >= rule.min) {
        const date = key.slice(0, 10);
        if (first <= date && date <= last) staffedDays++;
      }
    }
    totals[index] = dayNumber(last) - dayNumber(first) + 1 - staffedDays;
    let listed = 0;
    for (let n = dayNumber(first), end = dayNumber(last); n <= end && listed < perRule; n++) {
      const date = fromDayNumber(n);
      const key = `${date}${suffix}`;
      const have = staffed.get(key)?.size ?? 0;
      if (have >= rule.min) continue;
      listed++;
      const prev = gaps.get(key);
      if (!prev || rule.min > prev.need) gaps.set(key, { date, department: rule.department, type: rule.type, have, need: rule.min, rule: index });
    }
  });
  const byDay = (a: { date: string; department: string; type: string }, b: { date: string; department: string; type: string }) =>
    compareDates(a.date, b.date) || compareIds(a.department, b.department) || compareIds(a.type, b.type);
  return { gaps: [...gaps.values()].sort(byDay), totals };
}

describe('scanCoverage', () => {
  /** A small deterministic generator, so that a failure can be replayed. */
  function random(seed: number): () => number {
    let x = seed;
    return () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
  }
  const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  // Ids and dates as the schemas let them through (ids never hold a `|`, dates are YYYY-MM-DD).
  it('finds the same gaps and totals as the joined keys did', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const odd = seed % 3 === 0;
      const departments = odd ? ['a', 'a.b', 'b', 'x-a'] : ['a', 'b', 'c'];
      const types = odd ? ['day', 'b_day', 'night'] : ['day', 'night'];
      const dates = ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03'];
      const shifts = Array.from({ length: 40 }, () =>
        shift({ date: pick(next, dates), department: pick(next, departments), type: pick(next, types), members: [pick(next, ['an', 'binh', 'chi', 'dung']), pick(next, ['an', 'em'])] }),
      );
      const rules: CoverageRule[] = Array.from({ length: 3 }, () => ({
        department: pick(next, departments),
        type: pick(next, types),
        min: 1 + Math.floor(next() * 3),
        ...(next() < 0.3 ? { from: pick(next, dates.slice(0, 6)) } : {}),
        ...(next() < 0.3 ? { to: pick(next, [...dates.slice(0, 6), '2024-02-30']) } : {}),
      }));
      for (const perRule of [Number.POSITIVE_INFINITY, 2]) {
        expect(scanCoverage(shifts, rules, '2024-02-26', '2024-03-04', perRule)).toEqual(scanCoverageBefore(shifts, rules, '2024-02-26', '2024-03-04', perRule));
      }
    }
  });
});
