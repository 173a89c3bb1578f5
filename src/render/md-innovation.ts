/** The 20 % initiative target of the Markdown report: figures, charts, the initiatives and the action items. */
import type { InnovationFigures } from '../compute/innovation.js';
import type { Activity } from '../model/types.js';
import { barChart, pieChart, table, type BarChart, type PieChart, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { authorOrder, cell } from './md-format.js';

export interface InnovationView {
  readonly rule: string;
  readonly result: string;
  readonly table: Table;
  readonly chart: BarChart | null;
  readonly pie: PieChart | null;
  /** The initiatives of the window, or null with `none` saying there are none. */
  readonly initiatives: Table | null;
  readonly none: string;
  readonly actions: readonly string[];
}

/** Authors as the record lists them (the first author first), then those named by `all`/`dept:` in Vietnamese order. */
export function authorsInOrder(x: ViewContext, activity: Activity, expanded: readonly string[]): string[] {
  return authorOrder(activity.members, expanded, x.people);
}

export function buildInnovationView(x: ViewContext): InnovationView {
  const { r, f } = x;
  const inn = r.innovation;
  const rules = r.rules.innovation;
  const pop = inn.population;
  const level = f.w(`levelsInText.${rules.minLevel}`);
  const rule = f.w(rules.require01m ? 'innovation.rule01m' : 'innovation.rule', { target: f.pctOf(rules.target), level });
  const result = inn.met
    ? f.w('innovation.resultMet', { authors: inn.authors, population: pop, rate: f.pct(inn.authors, pop), target: f.pctOf(inn.target), need: inn.need })
    : f.w('innovation.resultNotMet', {
      authors: inn.authors,
      population: pop,
      rate: f.pct(inn.authors, pop),
      target: f.pctOf(inn.target),
      need: inn.need,
      gap: inn.gap,
    });
  const row = (name: string, fig: InnovationFigures) => [
    name,
    f.int(fig.population),
    f.int(fig.authors),
    f.pct(fig.authors, fig.population),
    f.w('innovation.targetCell', { target: f.pctOf(fig.target), need: fig.need }),
    fig.met ? f.w('common.met') : f.w('common.notMet'),
    fig.gap === 0 ? '' : f.w('innovation.gapCell', { gap: fig.gap }),
  ];
  const bold = (cells: string[]) => cells.map((c) => (c === '' ? '' : `**${c}**`));
  const tbl = table(
    [
      f.w('common.department'),
      f.w('common.population'),
      f.w('innovation.colAuthors'),
      f.w('common.rate'),
      f.w('innovation.colTarget'),
      f.w('innovation.colResult'),
      f.w('innovation.colGap'),
    ],
    ['l', 'r', 'r', 'r', 'r', 'c', 'r'],
    [...r.departments.map((d) => row(x.department(d.department.id), d.innovation)), bold(row(f.w('common.unitTotal'), inn))],
  );
  const chart = barChart({
    f,
    title: f.w('innovation.chartTitle'),
    note: f.w('innovation.chartNote', { target: f.pctOf(inn.target) }),
    labels: r.departments.map((d) => x.plain.department(d.department.id)),
    yLabel: '%',
    scale: 'percent',
    bars: [r.departments.map((d) => (d.population === 0 ? 0 : (d.innovation.authors * 100) / d.population))],
    lines: [r.departments.map(() => inn.target * 100)],
    series: [f.w('common.rate'), f.w('innovation.colTarget')],
  });
  // The slices are named with the figures of the sentence above (count and rounded percentage).
  const others = inn.nonAuthors;
  const pie = pieChart(f.w('innovation.pieTitle'), [
    { label: f.w('innovation.pieSlice', { label: f.w('innovation.pieAuthors'), n: inn.authors, pct: f.pct(inn.authors, pop) }), value: inn.authors },
    { label: f.w('innovation.pieSlice', { label: f.w('innovation.pieOthers'), n: others, pct: f.pct(others, pop) }), value: others },
  ]);
  const status = (s: (typeof r.initiatives)[number]) =>
    s.pending ? f.w('innovation.statusPending') : s.activity.in01m ? f.w('innovation.statusIn01m') : f.w('innovation.statusNot01m');
  const initiatives =
    r.initiatives.length === 0
      ? null
      : table(
          [
            f.w('common.index'),
            f.w('innovation.colTitle'),
            f.w('innovation.colAuthorNames'),
            f.w('innovation.colSubmitted'),
            f.w('innovation.colLevel'),
            f.w('innovation.colRecognized'),
            f.w('innovation.colDecision'),
            f.w('innovation.colStatus'),
          ],
          ['r', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
          r.initiatives.map((s, i) => [
            f.int(i + 1),
            x.text(s.activity.title),
            authorsInOrder(x, s.activity, s.authors).map((id) => x.name(id)).join(', '),
            f.date(s.activity.date),
            s.activity.level ? f.w(`levels.${s.activity.level}`) : '',
            s.activity.recognized ? f.date(s.activity.recognized) : '',
            x.text(s.activity.decision),
            status(s),
          ]),
        );
  const actions: string[] = [];
  for (const s of r.initiatives) {
    const title = x.text(s.activity.title);
    if (s.recognizedInWindow && !s.activity.in01m) {
      actions.push(
        s.activity.decision
          ? f.w('innovation.actionRegisterDecision', { title, decision: x.text(s.activity.decision) })
          : f.w('innovation.actionRegister', { title }),
      );
    }
  }
  for (const s of r.initiatives) {
    if (s.pending) actions.push(f.w('innovation.actionPending', { title: x.text(s.activity.title), date: f.date(s.activity.date) }));
  }
  if (!inn.met) actions.push(f.w('innovation.actionGap', { gap: inn.gap, target: f.pctOf(inn.target) }));
  return { rule, result, table: tbl, chart, pie, initiatives, none: f.w('innovation.none'), actions: actions.map(cell) };
}
