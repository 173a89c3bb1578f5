/**
 * "Output never wobbles": on random valid units (with leave, ratings, discipline forms and
 * đề tài, SPEC §6), computeReport + buildSummary agree with the figures recomputed
 * independently from the plain data (test/property/oracle.ts), and satisfy the sums the
 * SPEC implies. Seed and run count: FC_SEED, FC_RUNS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Period } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import { buildSummary, type Summary } from '../../src/render/render-json.js';
import { dateBetween, toDataSet, unitArb, writeDataFolder, type PlainUnit } from './arbitraries.js';
import { fc, fcParams, runCli, timeoutFor } from './cli-harness.js';
import { expectedSummary, populationOf } from './oracle.js';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const YEAR: Period = { kind: 'year', from: '2024-01-01', to: '2024-12-31', evalFrom: '2024-01-01', asOf: '2024-12-31', year: 2024 };

function summaryOf(u: PlainUnit, period: Period): Summary {
  return buildSummary(computeReport(toDataSet(u), period));
}

/** The parts of the summary that the oracle recomputes. */
function comparable(s: Summary) {
  return {
    population: s.population,
    criteria: s.criteria,
    allMet: s.allMet,
    innovation: s.innovation,
    departments: s.departments,
    members: s.members,
    shiftsTotal: s.shifts.total,
    phases: s.phases,
    commendation: s.commendation,
  };
}

/** Sums and equivalences that must hold whatever the data (SPEC §3, §5). */
function checkInvariants(s: Summary): void {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // Every population member is in exactly one department of the unit.
  expect(sum(s.departments.map((d) => d.population))).toBe(s.population);
  expect(sum(s.departments.map((d) => d.allMet))).toBe(s.allMet);
  // Authors are counted in their own department, so a co-authored initiative across
  // departments adds one author to each department and the sum is still the unit's.
  expect(sum(s.departments.map((d) => d.innovationAuthors))).toBe(s.innovation.authors);
  expect(s.members.length).toBe(s.population);
  const ids = s.members.map((m) => m.id);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(s.allMet).toBe(s.members.filter((m) => m.allMet).length);
  for (const m of s.members) expect(m.allMet).toBe(Object.values(m.criteria).every((c) => c.met));
  // Leave lies within the active days, and its working days within it.
  for (const m of s.members) expect(0 <= m.leaveWorkingDays && m.leaveWorkingDays <= m.leaveDays && m.leaveDays <= m.activeDays).toBe(true);
  for (const [id, c] of Object.entries(s.criteria)) expect(c.met).toBe(s.members.filter((m) => m.criteria[id]!.met).length);
  expect(s.innovation.authors).toBe(s.members.filter((m) => m.initiativeAuthor).length);
  expect(s.innovation.rate).toBe(s.population === 0 ? 0 : s.innovation.authors / s.population);
  if (s.commendation) {
    const c = s.commendation;
    expect(c.advancedWorkers).toBe(s.members.filter((m) => m.commendation !== null).length);
    expect(c.emulationFighters.length).toBe(Math.min(c.quota, c.emulationFighters.length + c.beyondQuota.length));
    // Provisional: no ratings file for the year, so nobody has a rating.
    if (c.provisional) expect(s.members.every((m) => m.rating === null)).toBe(true);
    // An excellent collective has an emulation fighter within the quota.
    if (c.excellentCollective.unit) expect(c.emulationFighters.length).toBeGreaterThan(0);
    expect(c.emulationFighters).toEqual(s.members.filter((m) => m.commendation === 'emulationFighter').map((m) => m.id).filter((id) => c.emulationFighters.includes(id)).sort((a, b) => c.emulationFighters.indexOf(a) - c.emulationFighters.indexOf(b)));
  }
}

describe('random valid units', () => {
  it('year 2024 (sometimes cut by --as-of): the summary equals the independent recomputation, and its sums hold', { timeout: timeoutFor(150, 50) }, () => {
    const asOf = fc.oneof(fc.constant('2024-12-31'), dateBetween('2024-01-01', '2024-12-30'));
    fc.assert(
      fc.property(unitArb, asOf, (u, cut) => {
        const period: Period = { ...YEAR, asOf: cut };
        const s = summaryOf(u, period);
        checkInvariants(s);
        expect(comparable(s)).toEqual(expectedSummary(u, period, 'year'));
      }),
      fcParams(150),
    );
  });

  it('a range window (with an --as-of cut) equals the recomputation; no phases, no commendation', { timeout: timeoutFor(100, 50) }, () => {
    const range = fc
      .tuple(dateBetween('2024-01-01', '2024-12-31'), dateBetween('2024-01-01', '2024-12-31'), fc.nat())
      .map(([a, b, n]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
        const asOf = new Date(Date.parse(from) + (n % (span + 1)) * 86_400_000).toISOString().slice(0, 10);
        return { kind: 'range', from, to, evalFrom: from, asOf, year: 2024 } as Period;
      });
    fc.assert(
      fc.property(unitArb, range, (u, p) => {
        const s = summaryOf(u, p);
        checkInvariants(s);
        expect(s.phases).toEqual([]);
        expect(s.commendation).toBeNull();
        expect(comparable(s)).toEqual(expectedSummary(u, p, 'range'));
      }),
      fcParams(100),
    );
  });

  it('a month report has the figures of the range Y-01-01..month end, except the period', { timeout: timeoutFor(60, 50) }, () => {
    fc.assert(
      fc.property(unitArb, fc.integer({ min: 1, max: 12 }), (u, month) => {
        const end = lastDay(2024, month);
        const from = `2024-${String(month).padStart(2, '0')}-01`;
        const m = summaryOf(u, { kind: 'month', from, to: end, evalFrom: '2024-01-01', asOf: end, year: 2024, index: month });
        const r = summaryOf(u, { kind: 'range', from: '2024-01-01', to: end, evalFrom: '2024-01-01', asOf: end, year: 2024 });
        expect(m.period).toEqual({ kind: 'month', from, to: end, evalFrom: '2024-01-01', asOf: end });
        expect({ ...m, period: null }).toEqual({ ...r, period: null });
      }),
      fcParams(60),
    );
  });

  it('a record for someone outside the population changes no population figure', { timeout: timeoutFor(60, 50) }, () => {
    const extra = fc.record({
      kind: fc.constantFrom('volunteer', 'study', 'initiative', 'violation', 'it-application', 'research'),
      date: dateBetween('2024-01-01', '2024-12-31'),
      shiftDate: dateBetween('2024-01-01', '2024-12-31'),
      level: fc.constantFrom('co-so', 'tinh', 'toan-quoc'),
      department: fc.nat(),
    });
    fc.assert(
      fc.property(unitArb, extra, (u0, e) => {
        // Population is restricted to doan-vien; the outsider is only in cong-doan.
        const u: PlainUnit = { ...u0, populationGroups: ['doan-vien'] };
        const department = u.departments[e.department % u.departments.length]!;
        const outsider = { id: 'zz-outsider', department, groups: ['cong-doan'], directWorker: true, leave: [] };
        expect(populationOf({ ...u, members: [...u.members, outsider] }, '2024-12-31').map((m) => m.id)).not.toContain('zz-outsider');
        const withMember: PlainUnit = { ...u, members: [...u.members, outsider] };
        const withRecords: PlainUnit = {
          ...withMember,
          activities: [
            ...u.activities,
            {
              kind: e.kind,
              date: e.date,
              members: ['zz-outsider'],
              except: [],
              in01m: true,
              // A cảnh cáo, which would block any collective of which the outsider were a population member.
              ...(e.kind === 'violation' ? { severity: 'formal' as const, form: 'canh-cao' as const } : { severity: 'reminder' as const }),
              ...(e.kind === 'initiative' ? { level: e.level, recognized: e.date } : {}),
              ...(e.kind === 'research' ? { level: e.level, accepted: e.date } : {}),
            },
          ],
          shifts: [...u.shifts, { date: e.shiftDate, type: 'night', department, members: ['zz-outsider'] }],
        };
        const before = summaryOf(withMember, YEAR);
        const after = summaryOf(withRecords, YEAR);
        // Population figures: everything but the counts of records themselves (initiatives,
        // shift records, coverage, which count everyone's shifts).
        const populationFigures = (s: Summary) => ({
          population: s.population,
          criteria: s.criteria,
          allMet: s.allMet,
          innovation: { ...s.innovation, initiatives: null, recognizedNot01m: null },
          departments: s.departments,
          members: s.members,
          restViolations: s.shifts.restViolations,
          nightLimit: s.shifts.nightLimit,
          fairness: s.shifts.fairness,
          phases: s.phases,
          commendation: s.commendation,
        });
        expect(populationFigures(after)).toEqual(populationFigures(before));
        expect(after.shifts.total).toBe(before.shifts.total + 1);
      }),
      fcParams(60),
    );
  });
});

describe('random valid units through the CLI', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'thidua-props-units-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let n = 0;

  it('check accepts them (warnings only) and report --format json prints the in-process summary', { timeout: timeoutFor(8, 1000) }, async () => {
    await fc.assert(
      fc.asyncProperty(unitArb, async (u) => {
        const cwd = join(tmp, String(++n));
        writeDataFolder(u, join(cwd, 'data'));
        const check = await runCli(['check', '--data', 'data', '--format', 'json'], cwd);
        const issues = JSON.parse(check.stdout) as { severity: string; code: string; file: string; line: number; message: string }[];
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(check.code).toBe(0);
        const report = await runCli(['report', '--year', '2024', '--data', 'data', '--format', 'json', '--stdout'], cwd);
        expect(report.code).toBe(0);
        expect(JSON.parse(report.stdout)).toEqual(JSON.parse(JSON.stringify(summaryOf(u, YEAR))));
        rmSync(cwd, { recursive: true, force: true });
      }),
      fcParams(8),
    );
  });
});
