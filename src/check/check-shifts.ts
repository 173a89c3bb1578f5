/**
 * Duty-roster checks over the whole data folder (no report window): overlapping shifts of
 * one member are errors; short rests, too many nights in a month and coverage gaps are
 * warnings. The report lists the same warnings for its own window (src/compute/shifts.ts).
 */
import { inPopulationGroups } from '../model/activity.js';
import { isValidDate } from '../model/dates.js';
import { findCoverageGaps, findNightExcess, findOverlaps, findRestShortfalls, intervalsByMember, shiftInterval, type ShiftInterval } from '../model/shift-time.js';
import type { DataSet, Issue, Source } from '../model/types.js';

/** Where a member's name sits on a shift: the item of `members`, else the record. */
function memberPos(iv: ShiftInterval, member: string): Source {
  const i = iv.shift.members.indexOf(member);
  return iv.shift.items['members']?.[i] ?? iv.shift.at['members'] ?? iv.shift.source;
}

const hours = (minutes: number): number => minutes / 60;

export function checkShifts(data: DataSet): Issue[] {
  const valid = data.shifts.filter((s) => isValidDate(s.date));
  const intervals = valid.map((s) => shiftInterval(s, data.rules)).filter((iv): iv is ShiftInterval => iv !== undefined);
  const byMember = intervalsByMember(intervals);
  const issues: Issue[] = [];

  for (const o of findOverlaps(byMember)) {
    issues.push({
      code: 'shift-overlap',
      severity: 'error',
      source: memberPos(o.second, o.member),
      message: 'shift-overlap',
      params: { member: o.member, date: o.second.shift.date, otherDate: o.first.shift.date, otherFile: o.first.shift.source.file, otherLine: o.first.shift.source.line },
    });
  }

  const evaluated = new Set(data.members.filter((m) => inPopulationGroups(m, data.rules)).map((m) => m.id));
  const populationShifts = new Map([...byMember].filter(([id]) => evaluated.has(id)));
  const { minRestHours, maxNightsPerMonth, coverage } = data.rules.shifts;
  for (const r of findRestShortfalls(populationShifts, minRestHours)) {
    issues.push({
      code: 'rest',
      severity: 'warning',
      source: memberPos(r.second, r.member),
      message: 'rest',
      params: { member: r.member, hours: hours(r.restMinutes), first: r.first.shift.date, second: r.second.shift.date, min: minRestHours },
    });
  }
  for (const n of findNightExcess(populationShifts, maxNightsPerMonth)) {
    issues.push({
      code: 'night-limit',
      severity: 'warning',
      source: memberPos(n.over, n.member),
      message: 'night-limit',
      params: { member: n.member, nights: n.nights, month: n.month, max: maxNightsPerMonth },
    });
  }

  if (valid.length > 0 && coverage.length > 0) {
    const dates = valid.map((s) => s.date).sort();
    const departmentName = new Map(data.unit.departments.map((d) => [d.id, d.name]));
    for (const g of findCoverageGaps(valid, coverage, dates[0]!, dates[dates.length - 1]!)) {
      issues.push({
        code: 'coverage',
        severity: 'warning',
        source: data.rules.at[`shifts.coverage.${g.rule}`] ?? coverage[g.rule]?.source ?? { file: 'rules.yaml', line: 1, column: 1 },
        message: 'coverage',
        params: { date: g.date, department: departmentName.get(g.department) ?? g.department, type: g.type, have: g.have, need: g.need },
      });
    }
  }
  return issues;
}
