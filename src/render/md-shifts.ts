/** Duty rosters in the Markdown report: counts, fairness, coverage gaps, warnings, holidays, the monthly night grid. */
import { weekday } from '../model/dates.js';
import { barChart, table, type BarChart, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell, shortNames } from './md-format.js';

export interface ShiftsView {
  /** True when the window has shift records. */
  readonly any: boolean;
  readonly summary: string;
  readonly departments: readonly { readonly title: string; readonly table: Table | null; readonly none: string }[];
  readonly fairness: Table | null;
  readonly fairnessNote: string;
  readonly fairnessChart: BarChart | null;
  readonly gapsText: string;
  readonly gaps: Table | null;
  readonly restText: string;
  readonly rest: readonly string[];
  readonly nightText: string;
  readonly nights: readonly string[];
  readonly holidays: readonly string[];
  /** The night-duty grid of the listed month (month windows only). */
  readonly roster: { readonly title: string; readonly note: string; readonly table: Table | null } | null;
}

function departmentTables(x: ViewContext): ShiftsView['departments'] {
  const { r, f } = x;
  return r.shiftTables.departments.map((d) => {
    const rows = x.byName(d.members).flatMap((id) => {
      const c = r.memberShifts.get(id);
      return c ? [{ id, c }] : [];
    });
    const t = d.totals;
    const tbl =
      rows.length === 0
        ? null
        : table(
            [
              f.w('common.index'),
              f.w('common.name'),
              f.w('shifts.colTotal'),
              f.w('shifts.colHours'),
              f.w('measures.night'),
              f.w('measures.weekend'),
              f.w('measures.holiday'),
            ],
            ['r', 'l', 'r', 'r', 'r', 'r', 'r'],
            [
              ...rows.map(({ id, c }, i) => [f.int(i + 1), x.name(id), f.int(c.total), f.dec(c.hours, 1), f.int(c.night), f.int(c.weekend), f.int(c.holiday)]),
              [
                '',
                `**${f.w('common.total')}**`,
                `**${f.int(t.total)}**`,
                `**${f.dec(t.hours, 1)}**`,
                `**${f.int(t.night)}**`,
                `**${f.int(t.weekend)}**`,
                `**${f.int(t.holiday)}**`,
              ],
            ],
          );
    return { title: x.department(d.department), table: tbl, none: f.w('shifts.departmentNone') };
  });
}

function rosterView(x: ViewContext): ShiftsView['roster'] {
  const { r, f } = x;
  const roster = r.shiftTables.nightRoster;
  if (!roster) return null;
  const title = f.w('shifts.rosterTitle', { month: f.month(r.period.from.slice(0, 7)) });
  const departments = roster.departments;
  if (departments.length === 0) return { title, note: f.w('shifts.rosterNone'), table: null };
  const short = new Map(departments.map((d) => [d.id, shortNames(d.members, r.people)]));
  const rows = roster.days.map((day) => {
    const special = day.holiday || day.weekend;
    const date = day.date.slice(8, 10);
    const wd = f.w(`weekdays.${weekday(day.date)}`) + (day.holiday ? ` ${f.w('shifts.holidayMark')}` : '');
    return [
      special ? `**${date}**` : date,
      special ? `**${wd}**` : wd,
      ...departments.map((d) => {
        const names = short.get(d.id);
        return x.byName(day.onNight[d.id] ?? []).map((id) => x.text(names?.get(id) ?? id)).join(', ');
      }),
    ];
  });
  return {
    title,
    note: f.w('shifts.rosterNote', { start: r.rules.shifts.nightWindow.start, end: r.rules.shifts.nightWindow.end }),
    table: table(
      [f.w('shifts.colDay'), f.w('shifts.colWeekday'), ...departments.map((d) => x.department(d.id))],
      ['r', 'l', ...departments.map(() => 'l' as const)],
      rows,
    ),
  };
}

export function buildShiftsView(x: ViewContext): ShiftsView {
  const { r, f } = x;
  const sh = r.shifts;
  const rules = r.rules.shifts;
  const people = r.shiftTables.people;
  // The JSON lists fairness by department id; the report follows unit.yaml like its other tables.
  const fairRows = r.shiftTables.fairness;
  const fairness =
    fairRows.length === 0
      ? null
      : table(
          [f.w('common.department'), f.w('shifts.colMeasure'), f.w('shifts.colMin'), f.w('shifts.colMax'), f.w('shifts.colMean'), f.w('shifts.colStdev')],
          ['l', 'l', 'r', 'r', 'r', 'r'],
          fairRows.map((row) => [
            x.department(row.department),
            f.w(`measures.${row.measure}`),
            f.int(row.min),
            f.int(row.max),
            f.dec(row.mean, 2, 2),
            f.dec(row.stdev, 2, 2),
          ]),
        );
  const nightRows = fairRows.filter((row) => row.measure === 'night');
  const fairnessChart =
    nightRows.length === 0
      ? null
      : barChart({
          f,
          title: f.w('shifts.fairnessChartTitle'),
          note: f.w('shifts.fairnessChartNote'),
          labels: nightRows.map((row) => x.plain.department(row.department)),
          yLabel: f.w('shifts.fairnessChartAxis'),
          bars: [nightRows.map((row) => row.max), nightRows.map((row) => row.min)],
          lines: [nightRows.map((row) => row.mean)],
          series: [f.w('shifts.colMax'), f.w('shifts.colMin'), f.w('shifts.colMean')],
        });
  const gaps =
    sh.coverageGaps.length === 0
      ? null
      : table(
          [
            f.w('common.date'),
            f.w('shifts.colWeekday'),
            f.w('common.department'),
            f.w('shifts.colType'),
            f.w('shifts.colHave'),
            f.w('shifts.colNeed'),
            f.w('shifts.colMissing'),
          ],
          ['l', 'l', 'l', 'l', 'r', 'r', 'r'],
          sh.coverageGaps.map((g) => [
            f.date(g.date),
            f.w(`weekdays.${weekday(g.date)}`),
            x.department(g.department),
            x.shiftType(g.type),
            f.int(g.have),
            f.int(g.need),
            f.int(g.missing),
          ]),
        );
  const gapsText =
    rules.coverage.length === 0
      ? f.w('shifts.noCoverageRules')
      : sh.coverageGaps.length === 0
        ? f.w('shifts.noGaps')
        : f.w('shifts.gaps', { n: sh.coverageGaps.length });
  const rest = sh.restViolations.map((v) =>
    cell(f.w('shifts.restItem', {
      name: x.name(v.member),
      department: x.department(r.people.get(v.member)?.department ?? ''),
      first: f.date(v.first),
      second: f.date(v.second),
      hours: f.dec(v.restHours, 1),
      min: f.dec(rules.minRestHours, 1),
    })),
  );
  const nights = sh.nightLimit.map((v) =>
    cell(f.w('shifts.nightItem', {
      name: x.name(v.member),
      department: x.department(r.people.get(v.member)?.department ?? ''),
      month: f.month(v.month),
      nights: v.nights,
      max: rules.maxNightsPerMonth,
    })),
  );
  const holidays = r.holidaySources.map((h) => {
    const source = f.opt(`shifts.holidaySource.${h.source}`) ?? String(h.source);
    const days = h.days.map((d) => (f.lang === 'vi' ? `${d.slice(8, 10)}/${d.slice(5, 7)}` : d.slice(5))).join(', ');
    return cell(f.w('shifts.holidayLine', { year: String(h.year), source, count: h.days.length, days }));
  });
  return {
    any: sh.total > 0,
    summary:
      sh.total === 0 ? f.w('shifts.none') : f.w('shifts.summary', { total: sh.total, people, from: f.date(r.period.evalFrom), to: f.date(r.period.asOf) }),
    departments: departmentTables(x),
    fairness,
    fairnessNote: f.w('shifts.fairnessNote'),
    fairnessChart,
    gapsText,
    gaps,
    restText:
      rest.length === 0
        ? f.w('shifts.noRest', { min: f.dec(rules.minRestHours, 1) })
        : f.w('shifts.rest', { n: rest.length, min: f.dec(rules.minRestHours, 1) }),
    rest,
    nightText:
      nights.length === 0
        ? f.w('shifts.noNightLimit', { max: rules.maxNightsPerMonth })
        : f.w('shifts.nightLimit', { n: nights.length, max: rules.maxNightsPerMonth }),
    nights,
    holidays,
    roster: rosterView(x),
  };
}
