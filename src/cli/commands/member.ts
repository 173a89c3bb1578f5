/** `thidua member ID`: one member's scorecard, for the "tự kiểm tra" self-check. */
import { computeReport, expandAll } from '../../compute/report.js';
import { isPeriodError, resolvePeriod } from '../../compute/period.js';
import { computeScorecards } from '../../compute/scorecard.js';
import { makeHolidayCalendar } from '../../compute/holidays.js';
import { fill, catalogue } from '../../i18n/index.js';
import { closest } from '../../load/suggest.js';
import { formatDecimal } from '../../render/md-format.js';
import { UsageError, type Context } from '../context.js';
import { locateDataDir } from '../find-data-dir.js';
import { formatIssue, loadChecked } from '../load-checked.js';
import { parseWindow, todayFor, type WindowFlags } from '../options.js';

export interface MemberOptions extends WindowFlags {
  /** Undefined: look for data/ here and above (find-data-dir.ts). */
  readonly data?: string;
  readonly asOf?: string;
}

export function runMember(ctx: Context, id: string, options: MemberOptions): number {
  const words = catalogue(ctx.lang).member;
  const request = parseWindow(options, () => todayFor(ctx));
  const checked = loadChecked(ctx.cwd, locateDataDir(ctx.cwd, options.data), ctx.env);
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !checked.data) {
    for (const issue of errors) ctx.stderr.write(`${formatIssue(issue, checked.shownDir, ctx.lang)}\n`);
    ctx.stderr.write(`${catalogue(ctx.lang).cli.dataHasErrors}\n`);
    return 1;
  }
  const data = checked.data;
  const member = data.members.find((m) => m.id === id);
  if (!member) {
    const hint = closest(id, data.members.map((m) => m.id));
    throw new UsageError(fill(words.unknown, { id }) + (hint ? fill(catalogue(ctx.lang).hint, { hint }) : ''));
  }
  const period = resolvePeriod(request, data.rules.phases, options.asOf);
  if (isPeriodError(period)) throw new UsageError(fill(catalogue(ctx.lang).report.periodErrors[period.error] ?? period.error, period as unknown as Record<string, string | number>));
  const figures = computeReport(data, period);
  const inPopulation = figures.scores.find((s) => s.member.id === id);
  const score = inPopulation ?? computeScorecards(data, [member], { evalFrom: period.evalFrom, asOf: period.asOf }, expandAll(data), makeHolidayCalendar(data.rules.holidays).isHoliday)[0]!;
  const department = data.unit.departments.find((d) => d.id === member.department)?.name ?? member.department;
  const yes = words.yes;
  const no = words.no;
  const lines: string[] = [];
  lines.push(`${member.name} (${member.id}) — ${department}${member.title ? `, ${member.title}` : ''}`);
  lines.push(fill(words.period, { from: period.evalFrom, to: period.asOf, days: score.activeDays }));
  if (!inPopulation) lines.push(words.notInPopulation);
  for (const c of data.rules.criteria) {
    const s = score.criteria[c.id]!;
    const parts = [fill(words.count, { count: s.count, required: s.requiredCount })];
    if (s.requiredHours > 0 || s.hours > 0) parts.push(fill(words.hours, { hours: formatDecimal(s.hours, ctx.lang), required: formatDecimal(s.requiredHours, ctx.lang) }));
    if (s.violations !== undefined) parts.push(fill(words.violations, { violations: s.violations, max: s.maxViolations ?? 0 }));
    lines.push(`  ${s.met ? '✓' : '✗'} ${c.label}: ${parts.join('; ')}`);
  }
  lines.push(`${words.allMet}: ${score.allMet ? yes : no}`);
  lines.push(`${fill(words.initiative, { target: `${formatDecimal(figures.innovation.target * 100, ctx.lang, 1)} %` })}: ${figures.authorIds.has(id) ? yes : no}`);
  const sh = figures.memberShifts.get(id) ?? figures.shifts.perMember.get(id);
  if (sh) lines.push(fill(words.shifts, { total: sh.total, hours: formatDecimal(sh.hours, ctx.lang), night: sh.night, weekend: sh.weekend, holiday: sh.holiday }));
  const title = figures.commendation?.titles.get(id);
  if (figures.commendation) lines.push(`${words.commendation}: ${title ? catalogue(ctx.lang).csv.titles[title] : words.none}`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
