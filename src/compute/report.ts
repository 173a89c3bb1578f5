/**
 * Every figure of one report, computed once from the data and the window: the pure core
 * that the JSON, CSV and Markdown renderers all read from, so they always agree.
 */
import { expandMembers } from '../model/activity.js';
import { computeAllowance, type AllowanceFigures } from './allowance.js';
import type { Narrative } from '../model/narrative.js';
import { narrativePeriod } from '../model/narrative.js';
import type { Activity, DataSet, Department, ReportWarning, Rules, Unit } from '../model/types.js';
import { computeCommendation, ratingsOf, type CommendationFigures, type YearRatings } from './commendation.js';
import { computeDiscipline, type DisciplineFigures } from './discipline.js';
import { makeHolidayCalendar, type HolidayCalendar, type HolidaySource } from './holidays.js';
import { initiativeStatuses, innovationAuthors, innovationFigures, type InitiativeStatus, type InnovationFigures } from './innovation.js';
import { compareDateThenLine, sortByDepartmentThenName } from './order.js';
import { computeParticipation, type CriterionParticipation } from './participation.js';
import { peopleById, type Person } from './people.js';
import { phaseWindows, type Period } from './period.js';
import { computeScorecards, inWindow, population, type EvalWindow, type Expansion, type MemberScore } from './scorecard.js';
import { computeShiftTables, type ShiftTables } from './shift-tables.js';
import { computeShiftFigures, countShiftsOfEveryone, timeShiftsIn, type MemberShiftCounts, type ShiftFigures } from './shifts.js';

export interface DepartmentFigures {
  readonly department: Department;
  readonly population: number;
  readonly allMet: number;
  readonly criteriaMet: Readonly<Record<string, number>>;
  readonly innovation: InnovationFigures;
}

export interface PhaseFigures {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** False when the phase starts after the report's `asOf`: nothing is evaluated yet. */
  readonly started: boolean;
  readonly population: number;
  readonly allMet: number;
  readonly innovationAuthors: number;
  readonly criteriaMet: Readonly<Record<string, number>>;
  readonly departments: readonly { id: string; allMet: number; population: number; criteriaMet: Readonly<Record<string, number>> }[];
}

/** An award as the report lists it: when, what, the decision, and who received it (expanded ids). */
export interface AwardReceived {
  readonly date: string;
  readonly title?: string;
  readonly decision?: string;
  readonly members: readonly string[];
}

export interface ReportFigures {
  readonly unit: Unit;
  readonly period: Period;
  /** The rules the figures were computed under: the labels and thresholds shown beside them. */
  readonly rules: Rules;
  /** The clerk's words for this report's period (`narrative/<period>.md`, SPEC §8); null = none. */
  readonly narrative: Narrative | null;
  /** Members evaluated (active on `asOf`, in a population group). */
  readonly population: number;
  /** Population members' scorecards, by id. */
  readonly scores: readonly MemberScore[];
  /** The population's ids as the per-member appendix lists them: by department in unit.yaml order, then by name. */
  readonly appendixOrder: readonly string[];
  readonly allMet: number;
  readonly criteriaMet: Readonly<Record<string, number>>;
  /** Each criterion's activities and participations by kind, in the rules' order. */
  readonly participation: readonly CriterionParticipation[];
  readonly innovation: InnovationFigures;
  readonly initiatives: readonly InitiativeStatus[];
  readonly authorIds: ReadonlySet<string>;
  readonly departments: readonly DepartmentFigures[];
  readonly phases: readonly PhaseFigures[];
  readonly shifts: ShiftFigures;
  /** The roster tables of the Markdown report: people on duty by department, fairness in unit order, the month's night grid. */
  readonly shiftTables: ShiftTables;
  readonly memberShifts: ReadonlyMap<string, MemberShiftCounts>;
  /** Everyone's shifts in the listed part of the window `[from, asOf]` (payroll), by id. */
  readonly listedShifts: ReadonlyMap<string, MemberShiftCounts>;
  readonly holidaySources: readonly { year: number; source: HolidaySource; days: readonly string[] }[];
  readonly commendation: CommendationFigures | null;
  /** The staff ratings of the year of `asOf` (SPEC §6), on every window. */
  readonly ratings: YearRatings;
  /** The duty allowance of the listed part of the window `[from, asOf]`; null without an `allowance` block. */
  readonly allowance: AllowanceFigures | null;
  readonly discipline: DisciplineFigures;
  /** Awards received in the listed part of the window, by date then line. */
  readonly awards: readonly AwardReceived[];
  /** Everyone of members.yaml as the reports show them (name, department, position), by id. */
  readonly people: ReadonlyMap<string, Person>;
  /**
   * Records dated in the listed part of the window `[from, asOf]` (every activity kind, every
   * shift, whoever they name). None at all usually means the period's data is not entered yet.
   */
  readonly listedRecords: { readonly activities: number; readonly shifts: number };
}

export function expandAll(data: DataSet): Expansion {
  const byId = new Map(data.members.map((m) => [m.id, m]));
  const out = new Map<Activity, readonly string[]>();
  for (const a of data.activities) out.set(a, expandMembers(a, data.members, byId));
  return out;
}

const EMPTY_SHIFTS: MemberShiftCounts = { total: 0, hours: 0, night: 0, weekend: 0, holiday: 0 };

function countMet(scores: readonly MemberScore[], criteria: readonly { id: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of criteria) out[c.id] = scores.filter((s) => s.criteria[c.id]?.met).length;
  return out;
}

function evaluatePhase(
  data: DataSet,
  expansion: Expansion,
  calendar: HolidayCalendar,
  pw: { phase: { name: string }; from: string; to: string; asOf: string },
): PhaseFigures {
  const started = pw.from <= pw.asOf;
  const w: EvalWindow = { evalFrom: pw.from, asOf: pw.asOf };
  const members = started ? population(data, pw.asOf) : [];
  const scores = computeScorecards(data, members, w, expansion, calendar.isHoliday);
  const statuses = initiativeStatuses(data, w, expansion);
  const authors = innovationAuthors(statuses, new Set(members.map((m) => m.id)));
  return {
    name: pw.phase.name,
    from: pw.from,
    to: pw.to,
    asOf: pw.asOf,
    started,
    population: members.length,
    allMet: scores.filter((s) => s.allMet).length,
    innovationAuthors: authors.size,
    criteriaMet: countMet(scores, data.rules.criteria),
    departments: data.unit.departments.map((d) => {
      const ds = scores.filter((s) => s.member.department === d.id);
      return { id: d.id, population: ds.length, allMet: ds.filter((s) => s.allMet).length, criteriaMet: countMet(ds, data.rules.criteria) };
    }),
  };
}

export function computeReport(data: DataSet, period: Period): ReportFigures {
  const expansion = expandAll(data);
  const w: EvalWindow = { evalFrom: period.evalFrom, asOf: period.asOf };
  const members = population(data, period.asOf);
  const popIds = new Set(members.map((m) => m.id));
  const calendar = makeHolidayCalendar(data.rules.holidays);
  const scores = computeScorecards(data, members, w, expansion, calendar.isHoliday);
  const statuses = initiativeStatuses(data, w, expansion);
  const innovation = innovationFigures(data, members, statuses);
  const authorIds = innovationAuthors(statuses, popIds);
  const departments: DepartmentFigures[] = data.unit.departments.map((department) => {
    const dm = members.filter((m) => m.department === department.id);
    const ds = scores.filter((s) => s.member.department === department.id);
    const dIds = new Set(dm.map((m) => m.id));
    return {
      department,
      population: dm.length,
      allMet: ds.filter((s) => s.allMet).length,
      criteriaMet: countMet(ds, data.rules.criteria),
      innovation: innovationFigures(data, dm, statuses, (s) => s.authors.some((id) => dIds.has(id))),
    };
  });
  // The window's shifts are timed once: for the figures, and (the listed part of them) for the
  // payroll counts and the allowance.
  const evalTimed = timeShiftsIn(data, period.evalFrom, period.asOf, calendar);
  const shifts = computeShiftFigures({ data, population: popIds, evalFrom: period.evalFrom, asOf: period.asOf, calendar, timed: evalTimed });
  const years: number[] = [];
  for (let y = Number(period.evalFrom.slice(0, 4)); y <= Number(period.asOf.slice(0, 4)); y++) years.push(y);
  const commendation = period.kind === 'year' ? computeCommendation(data, scores, statuses, w, expansion) : null;
  const listed: EvalWindow = { evalFrom: period.from, asOf: period.asOf };
  const awards = data.activities
    .filter((a) => a.kind === 'award' && inWindow(a.date, listed))
    .sort(compareDateThenLine)
    .map((a): AwardReceived => ({
      date: a.date,
      ...(a.title === undefined ? {} : { title: a.title }),
      ...(a.decision === undefined ? {} : { decision: a.decision }),
      members: expansion.get(a) ?? [],
    }));
  const memberShifts = new Map(members.map((m) => [m.id, shifts.perMember.get(m.id) ?? EMPTY_SHIFTS]));
  // The listed part [from, asOf] lies inside [evalFrom, asOf]: its shifts, in the same order.
  const listedTimed =
    period.from === period.evalFrom
      ? evalTimed
      : period.evalFrom < period.from
        ? evalTimed.filter((t) => t.shift.date >= period.from)
        : timeShiftsIn(data, period.from, period.asOf, calendar);
  const stem = narrativePeriod(period);
  return {
    unit: data.unit,
    period,
    rules: data.rules,
    narrative: (data.narratives ?? []).find((n) => n.period === stem) ?? null,
    population: members.length,
    scores,
    appendixOrder: sortByDepartmentThenName(popIds, new Map(members.map((m) => [m.id, m])), data.unit.departments),
    allMet: scores.filter((s) => s.allMet).length,
    criteriaMet: countMet(scores, data.rules.criteria),
    participation: computeParticipation({ rules: data.rules, activities: data.activities, expansion, window: w, population: popIds }),
    innovation,
    initiatives: statuses,
    authorIds,
    departments,
    phases: phaseWindows(period, data.rules.phases).map((pw) => evaluatePhase(data, expansion, calendar, pw)),
    shifts,
    shiftTables: computeShiftTables({
      shifts,
      memberShifts,
      population: members,
      departments: data.unit.departments,
      ...(period.kind === 'month'
        ? {
            roster: {
              shifts: data.shifts,
              rules: data.rules,
              departments: data.unit.departments,
              from: period.from,
              to: period.asOf,
              isHoliday: calendar.isHoliday,
            },
          }
        : {}),
    }),
    memberShifts,
    listedShifts: countShiftsOfEveryone(listedTimed),
    holidaySources: years.map((year) => ({ year, source: calendar.sourceOf(year), days: calendar.holidaysOf(year) })),
    commendation,
    ratings: commendation?.ratings ?? ratingsOf(data, Number(period.asOf.slice(0, 4))),
    allowance: computeAllowance(data, period.from, period.asOf, listedTimed),
    discipline: computeDiscipline(data, scores, w, expansion),
    awards,
    people: peopleById(data.members, w),
    listedRecords: {
      activities: data.activities.filter((a) => inWindow(a.date, listed)).length,
      shifts: data.shifts.filter((sh) => inWindow(sh.date, listed)).length,
    },
  };
}

/** Whether the listed part of the window holds no activity and no shift at all. */
export function isEmptyPeriod(r: ReportFigures): boolean {
  return r.listedRecords.activities === 0 && r.listedRecords.shifts === 0;
}

/**
 * What `report` warns about its window: `empty-period` when the listed part holds no record
 * at all (any window: a month, phase, year or range with nothing is equally silent), so that a
 * scheduled job does not publish a report of "nobody met anything" without a word. Located at
 * the data folder itself (`file: '.'`, shown as `data:1:1`).
 */
export function reportWarnings(r: ReportFigures): ReportWarning[] {
  if (!isEmptyPeriod(r)) return [];
  const p = r.period;
  return [
    {
      code: 'empty-period',
      severity: 'warning',
      source: { file: '.', line: 1, column: 1 },
      message: `empty-period-${p.kind}`,
      params: { from: p.from, asOf: p.asOf, year: p.year, month: p.from.slice(0, 7), ...(p.kind === 'phase' ? { phase: p.index ?? 1 } : {}) },
    },
  ];
}
