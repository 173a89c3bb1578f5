/**
 * Duty-roster checks over the whole data folder (no report window): overlapping shifts of
 * one member are errors; short rests, too many nights in a month and coverage gaps are
 * warnings. The report lists the same warnings for its own window (src/compute/shifts.ts).
 */
import { inPopulationGroups } from '../model/activity.js';
import { itemSource, placeOf } from '../model/located.js';
import { isValidDate } from '../model/dates.js';
import { rulesAt } from '../model/defaults.js';
import { findNightExcess, findOverlaps, findRestShortfalls, intervalsByMember, scanCoverage, shiftInterval, type ShiftInterval } from '../model/shift-time.js';

/** `check` lists at most this many gap days per coverage rule, then says how many more. */
const COVERAGE_LISTED_PER_RULE = 31;
import type { DataSet, Issue, Shift, Source } from '../model/types.js';

/** Where a member's name sits on a shift: the item of `members`, else the record. */
function memberPos(iv: ShiftInterval, member: string): Source {
  const i = iv.shift.members.indexOf(member);
  return itemSource(iv.shift, 'members', i) ?? placeOf(iv.shift, 'members') ?? iv.shift.source;
}

/** Hours for a message: at most two decimals (a rest of 10 h 20 min is 10.33 h). */
const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

const clock = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** `17:00–07:00`: the wall-clock times a shift runs. */
const span = (iv: ShiftInterval): string => `${clock(iv.start)}–${clock(iv.end)}`;

export function checkShifts(data: DataSet): Issue[] {
  const valid: Shift[] = [];
  const intervals: ShiftInterval[] = [];
  // The first and the last date of the valid shifts (`compareDates` order).
  let firstDate = '';
  let lastDate = '';
  for (const s of data.shifts) {
    if (!isValidDate(s.date)) continue;
    if (valid.length === 0 || s.date < firstDate) firstDate = s.date;
    if (valid.length === 0 || s.date > lastDate) lastDate = s.date;
    valid.push(s);
    const iv = shiftInterval(s, data.rules);
    if (iv !== undefined) intervals.push(iv);
  }
  const byMember = intervalsByMember(intervals);
  const issues: Issue[] = [];

  for (const o of findOverlaps(byMember)) {
    issues.push({
      code: 'shift-overlap',
      severity: 'error',
      source: memberPos(o.second, o.member),
      message: 'shift-overlap',
      params: {
        member: o.member,
        date: o.second.shift.date,
        type: o.second.shift.type,
        time: span(o.second),
        otherDate: o.first.shift.date,
        otherType: o.first.shift.type,
        otherTime: span(o.first),
        otherFile: o.first.shift.source.file,
        otherLine: o.first.shift.source.line,
      },
    });
  }

  const evaluated = new Set<string>();
  for (const m of data.members) if (inPopulationGroups(m, data.rules)) evaluated.add(m.id);
  const populationShifts = new Map<string, ShiftInterval[]>();
  for (const [id, list] of byMember) if (evaluated.has(id)) populationShifts.set(id, list);
  const { minRestHours, maxNightsPerMonth, coverage } = data.rules.shifts;
  for (const r of findRestShortfalls(populationShifts, minRestHours)) {
    issues.push({
      code: 'rest',
      severity: 'warning',
      source: memberPos(r.second, r.member),
      message: 'rest',
      params: {
        member: r.member,
        hours: hours(r.restMinutes),
        first: r.first.shift.date,
        firstType: r.first.shift.type,
        second: r.second.shift.date,
        secondType: r.second.shift.type,
        min: minRestHours,
      },
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
    const departmentName = new Map(data.unit.departments.map((d) => [d.id, d.name]));
    const ruleAt = (i: number): Source => rulesAt(data.rules, `shifts.coverage.${i}`);
    const scan = scanCoverage(valid, coverage, firstDate, lastDate, COVERAGE_LISTED_PER_RULE);
    for (const g of scan.gaps) {
      issues.push({
        code: 'coverage',
        severity: 'warning',
        source: ruleAt(g.rule),
        message: 'coverage',
        params: { date: g.date, department: departmentName.get(g.department) ?? g.department, type: g.type, have: g.have, need: g.need },
      });
    }
    scan.totals.forEach((total, i) => {
      const more = total - Math.min(total, COVERAGE_LISTED_PER_RULE);
      if (more > 0) {
        issues.push({ code: 'coverage', severity: 'warning', source: ruleAt(i), message: 'coverage-more', params: { more, listed: COVERAGE_LISTED_PER_RULE } });
      }
    });
  }
  return issues;
}
