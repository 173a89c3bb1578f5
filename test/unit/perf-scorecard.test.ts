/**
 * Issue #15: a member's hours are added up in millionths of an hour while they are whole
 * millionths, exactly as the rationals did (src/compute/scorecard.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeScorecards, population, type EvalWindow } from '../../src/compute/scorecard.js';
import { expandMembers } from '../../src/model/activity.js';
import { add, fromNumber, toNumber, ZERO } from '../../src/model/rational.js';
import type { DataSet } from '../../src/model/types.js';
import { activity, dataSet, member } from './builders.js';

const YEAR: EvalWindow = { evalFrom: '2024-01-01', asOf: '2024-12-31' };

function communityHours(data: DataSet): number {
  const byId = new Map(data.members.map((m) => [m.id, m]));
  const expansion = new Map(data.activities.map((a) => [a, expandMembers(a, data.members, byId)]));
  const [score] = computeScorecards(data, population(data, YEAR.asOf), YEAR, expansion, () => false);
  return score!.criteria['community']!.hours;
}

/** The exact sum, one rational addition per activity, as before. */
const exactSum = (hours: readonly number[]): number => toNumber(hours.reduce((sum, h) => add(sum, fromNumber(h)), ZERO));

describe('hours of a criterion', () => {
  const cases: readonly (readonly number[])[] = [
    [0.1, 0.2],
    Array.from({ length: 1000 }, () => 0.1),
    [1e-7, 0.5, 3e-9],
    [2.5, 1 / 3, 4],
    [3e9, 3e9, 0.000001],
    [1e15, 1e15, 1e15, 0.25],
    [0, 0],
  ];
  for (const hours of cases) {
    it(`add up ${hours.length} values starting ${hours.slice(0, 3).join(', ')} exactly`, () => {
      const data = dataSet({
        members: [member({ id: 'an', groups: ['doan-vien'] })],
        activities: hours.map((h, i) => activity({ kind: 'volunteer', date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, members: ['an'], hours: h })),
      });
      expect(communityHours(data)).toBe(exactSum(hours));
    });
  }
});
