/** `thidua member ID`: one member's scorecard, for the "tự kiểm tra" self-check. */
import { computeReport, expandAll } from '../../compute/report.js';
import { isPeriodError, resolvePeriod } from '../../compute/period.js';
import { computeScorecards, leaveKindsIn } from '../../compute/scorecard.js';
import { makeHolidayCalendar } from '../../compute/holidays.js';
import type { CommendationFigures } from '../../compute/commendation.js';
import type { DataSet } from '../../model/types.js';
import { achievementText } from '../../render/proposal-basis.js';
import { criterionWords, fill, catalogue } from '../../i18n/index.js';
import { closest } from '../../load/suggest.js';
import { basisWordsIn } from '../../render/md-commendation.js';
import { formatDate, formatDecimal } from '../../render/md-format.js';
import { UsageError, type Context } from '../context.js';
import type { Lang } from '../../i18n/index.js';
import { locateDataDir } from '../find-data-dir.js';
import { loadForCommand } from '../load-checked.js';
import { parseWindow, todayFor, type WindowFlags } from '../options.js';

type MemberWords = ReturnType<typeof catalogue>['member'];

export interface MemberOptions extends WindowFlags {
  /** Undefined: look for data/ here and above (find-data-dir.ts). */
  readonly data?: string;
  readonly asOf?: string;
}

export async function runMember(ctx: Context, id: string, options: MemberOptions): Promise<number> {
  const words = catalogue(ctx.lang).member;
  const request = parseWindow(options, () => todayFor(ctx), ctx.lang);
  const checked = await loadForCommand(ctx, locateDataDir(ctx.cwd, options.data));
  if (!checked) return 1;
  const data = checked.data;
  const member = data.members.find((m) => m.id === id);
  if (!member) {
    const hint = closest(id, data.members.map((m) => m.id));
    throw new UsageError(fill(words.unknown, { id }) + (hint ? fill(catalogue(ctx.lang).hint, { hint }) : ''));
  }
  const period = resolvePeriod(request, data.rules.phases, options.asOf);
  if (isPeriodError(period)) {
    const template = catalogue(ctx.lang).report.periodErrors[period.error] ?? period.error;
    throw new UsageError(fill(template, period as unknown as Record<string, string | number>));
  }
  const figures = computeReport(data, period);
  const inPopulation = figures.scores.find((s) => s.member.id === id);
  const score =
    inPopulation ??
    computeScorecards(
      data,
      [member],
      { evalFrom: period.evalFrom, asOf: period.asOf },
      expandAll(data),
      makeHolidayCalendar(data.rules.holidays).isHoliday,
    )[0]!;
  const department = data.unit.departments.find((d) => d.id === member.department)?.name ?? member.department;
  const yes = words.yes;
  const no = words.no;
  const lines: string[] = [];
  lines.push(`${member.name} (${member.id}) — ${department}${member.title ? `, ${member.title}` : ''}`);
  lines.push(fill(words.period, { from: period.evalFrom, to: period.asOf, days: score.activeDays }));
  if (!inPopulation) lines.push(words.notInPopulation);
  const ratings = figures.ratings;
  const rating = ratings.byMember.get(id);
  lines.push(
    !ratings.exist
      ? fill(words.noRatings, { year: ratings.year })
      : rating
        ? fill(words.rating, { year: ratings.year, rating: words.ratingWords[rating] ?? rating })
        : fill(words.unrated, { year: ratings.year }),
  );
  if (score.leaveDays > 0) {
    const basis = basisWordsIn(ctx.lang);
    const kinds = leaveKindsIn(member, period).map((k) => basis.leaveKinds[k]).join(', ');
    const max = data.rules.commendation.advancedWorker.maxLeaveDays;
    lines.push(fill(words.leave, { days: score.leaveDays, kinds, atWork: score.activeDays - score.leaveDays, working: score.leaveWorkingDays, max }));
  }
  for (const c of data.rules.criteria) {
    const s = score.criteria[c.id]!;
    const parts = [fill(words.count, { count: s.count, required: s.requiredCount })];
    if (s.requiredHours > 0 || s.hours > 0) {
      parts.push(fill(words.hours, { hours: formatDecimal(s.hours, ctx.lang), required: formatDecimal(s.requiredHours, ctx.lang) }));
    }
    if (s.violations !== undefined) parts.push(fill(words.violations, { violations: s.violations, max: s.maxViolations ?? 0 }));
    lines.push(`  ${s.met ? '✓' : '✗'} ${criterionWords(c, ctx.lang)}: ${parts.join('; ')}`);
  }
  lines.push(`${words.allMet}: ${score.allMet ? yes : no}`);
  const initiativeTarget = `${formatDecimal(figures.innovation.target * 100, ctx.lang, 1)} %`;
  lines.push(`${fill(words.initiative, { target: initiativeTarget })}: ${figures.authorIds.has(id) ? yes : no}`);
  const sh = figures.memberShifts.get(id) ?? figures.shifts.perMember.get(id);
  if (sh) {
    lines.push(
      fill(words.shifts, { total: sh.total, hours: formatDecimal(sh.hours, ctx.lang), night: sh.night, weekend: sh.weekend, holiday: sh.holiday }),
    );
  }
  const c = figures.commendation;
  if (c) {
    const title = c.titles.get(id);
    lines.push(`${words.commendation}: ${title ? catalogue(ctx.lang).csv.titles[title] : words.none}`);
    const why = whyNot(c, id, data, words, ctx.lang);
    if (why.length > 0) lines.push(`  ${words.why}: ${why.join('; ')}`);
    const proposal = c.proposals.find((p) => p.id === id);
    if (proposal && proposal.achievements.length > 0) {
      const basis = basisWordsIn(ctx.lang);
      const list = proposal.achievements.map((a) => achievementText(a, basis, (iso) => formatDate(iso, ctx.lang))).join('; ');
      lines.push(`  ${fill(words.achievements, { list })}`);
    }
  }
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Why a member is not (or not more than) an advanced worker, in the order of SPEC §6. */
function whyNot(c: CommendationFigures, id: string, data: DataSet, words: MemberWords, lang: Lang): string[] {
  const rules = data.rules.commendation.advancedWorker;
  const check = c.checks.find((k) => k.id === id);
  if (!check) return [];
  const out: string[] = [];
  if (!check.qualifies) {
    if (!check.ratingOk) {
      out.push(
        check.rating === undefined
          ? fill(words.whyUnrated, { year: c.ratings.year })
          : fill(words.whyRating, {
              rating: words.ratingWords[check.rating] ?? check.rating,
              min: words.ratingWords[rules.minRating] ?? rules.minRating,
            }),
      );
    }
    if (!check.tenureOk) out.push(fill(words.whyTenure, { months: rules.minTenureMonths, from: check.tenureFrom ?? '' }));
    if (!check.allMet) {
      const criterionName = (cid: string) => {
        const cr = data.rules.criteria.find((x) => x.id === cid);
        return cr ? criterionWords(cr, lang) : cid;
      };
      out.push(fill(words.whyCriteria, { criteria: check.unmet.map(criterionName).join(', ') }));
    }
    if (!check.disciplineOk) out.push(fill(words.whyDiscipline, { n: check.formalViolations, max: rules.maxFormalViolations }));
    if (!check.leaveOk) out.push(fill(words.whyLeave, { days: check.leaveWorkingDays, max: rules.maxLeaveDays }));
    return out;
  }
  const candidate = c.candidates.find((k) => k.id === id);
  if (!candidate) out.push(words.whyNoAchievement);
  else if (!candidate.withinQuota) out.push(fill(words.whyBeyond, { rank: candidate.rank, candidates: c.candidates.length, quota: c.quota }));
  return out;
}
