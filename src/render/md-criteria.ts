/** The criteria section of the Markdown report: each criterion's requirement, activities by kind, departments, chart and phases. */
import type { PhaseFigures } from '../compute/report.js';
import type { Criterion } from '../model/types.js';
import { barChart, table, type BarChart, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell } from './md-format.js';

export interface CriterionView {
  readonly title: string;
  readonly requirement: string;
  readonly kinds: string;
  readonly activities: Table | null;
  readonly departments: Table;
  readonly chart: BarChart | null;
  readonly phases: Table | null;
}

function requirementText(x: ViewContext, c: Criterion): string {
  const { f } = x;
  // Minimum counts and hours are pro-rated by days of service (SPEC §3); the violation limit is not.
  const minimums: string[] = [];
  if (c.minCount > 0) minimums.push(f.w('criteria.minCount', { n: f.dec(c.minCount) }));
  if (c.minHours > 0) minimums.push(f.w('criteria.minHours', { n: f.dec(c.minHours) }));
  const parts = minimums.length === 0 ? [] : [f.w('criteria.prorated', { parts: minimums.join(f.w('common.listSeparator')) })];
  if (c.maxViolations !== undefined) parts.push(f.w('criteria.maxViolations', { n: c.maxViolations }));
  if (parts.length === 0) return f.w('criteria.noRequirement');
  return f.w('criteria.requirement', { parts: parts.join(f.w('common.listSeparator')) });
}

export function buildCriteriaViews(x: ViewContext): CriterionView[] {
  const { r, f } = x;
  const participation = new Map(r.participation.map((p) => [p.criterion, p]));
  return r.rules.criteria.map((c, i) => {
    const kinds = participation.get(c.id)?.kinds ?? [];
    const activityRows = participation.get(c.id)?.byKind ?? [];
    const pop = r.population;
    const met = r.criteriaMet[c.id] ?? 0;
    return {
      title: cell(`${i + 1}. ${x.criterion(c)}`),
      requirement: cell(requirementText(x, c)),
      kinds: kinds.length === 0 ? '' : cell(f.w('criteria.kinds', { kinds: kinds.map((k) => x.kind(k)).join(f.w('common.listSeparator')) })),
      activities:
        activityRows.length === 0
          ? null
          : table(
              [f.w('criteria.colKind'), f.w('criteria.colCount'), f.w('criteria.colParticipations')],
              ['l', 'r', 'r'],
              activityRows.map((row) => [x.kind(row.kind), f.int(row.activities), f.int(row.participations)]),
            ),
      departments: table(
        [f.w('common.department'), f.w('common.population'), f.w('common.metCount'), f.w('common.rate')],
        ['l', 'r', 'r', 'r'],
        [
          ...r.departments.map((d) => [
            x.department(d.department.id),
            f.int(d.population),
            f.int(d.criteriaMet[c.id] ?? 0),
            f.pct(d.criteriaMet[c.id] ?? 0, d.population),
          ]),
          [`**${f.w('common.unitTotal')}**`, `**${f.int(pop)}**`, `**${f.int(met)}**`, `**${f.pct(met, pop)}**`],
        ],
      ),
      chart: barChart({
        f,
        title: f.w('criteria.chartTitle', { criterion: x.plain.criterion(c) }),
        labels: r.departments.map((d) => x.plain.department(d.department.id)),
        yLabel: '%',
        scale: 'percent',
        bars: [r.departments.map((d) => (d.population === 0 ? 0 : ((d.criteriaMet[c.id] ?? 0) * 100) / d.population))],
      }),
      phases: phaseTable(x, [f.w('common.metCount'), f.w('common.rate')], (p) => [
        f.int(p.criteriaMet[c.id] ?? 0),
        f.pct(p.criteriaMet[c.id] ?? 0, p.population),
      ]),
    };
  });
}

/**
 * A table of the year's phases: phase, period and population, then `columns` filled by `cells`
 * for a phase that has started (a phase not started yet says so, the rest left blank).
 */
export function phaseTable(x: ViewContext, columns: readonly string[], cells: (p: PhaseFigures) => string[]): Table | null {
  const { r, f } = x;
  if (r.phases.length === 0) return null;
  return table(
    [f.w('common.phase'), f.w('common.period'), f.w('common.population'), ...columns],
    ['l', 'l', 'r', ...columns.map(() => 'r' as const)],
    r.phases.map((p) =>
      p.started
        ? [x.phase(p.name), f.w('common.fromTo', { from: f.date(p.from), to: f.date(p.asOf) }), f.int(p.population), ...cells(p)]
        : [x.phase(p.name), f.w('common.fromTo', { from: f.date(p.from), to: f.date(p.to) }), f.w('common.notStarted'), ...columns.map(() => '')],
    ),
  );
}
