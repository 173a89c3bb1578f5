/** `thidua check`: every problem of the data folder, sorted, as text or JSON. */
import { catalogue, fill } from '../../i18n/index.js';
import type { Issue } from '../../model/types.js';
import { problemCount } from '../../load/issue-cap.js';
import type { Context } from '../context.js';
import { locateDataDir } from '../find-data-dir.js';
import { formatIssue, issueJson, loadChecked } from '../load-checked.js';

interface CheckOptions {
  /** Undefined: look for data/ here and above (find-data-dir.ts). */
  readonly data?: string;
  readonly format: 'text' | 'json';
  readonly strict: boolean;
}

export async function runCheck(ctx: Context, options: CheckOptions): Promise<number> {
  const { data, issues, shownDir } = await loadChecked(ctx.cwd, locateDataDir(ctx.cwd, options.data), ctx.env);
  // A "… and N more" line counts as the N problems it stands for.
  const count = (severity: Issue['severity']) => issues.reduce((n, i) => n + (i.severity === severity ? problemCount(i) : 0), 0);
  const errors = count('error');
  const warnings = count('warning');
  const failed = errors > 0 || (options.strict && warnings > 0);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(issues.map((i) => issueJson(i, shownDir, ctx.lang)), null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const words = catalogue(ctx.lang).cli;
  for (const issue of issues) ctx.stderr.write(`${formatIssue(issue, shownDir, ctx.lang)}\n`);
  if (issues.length > 0) ctx.stderr.write(`${fill(words.summaryCounts, { errors, warnings })}\n`);
  if (!failed && data) {
    const counted = (message: typeof words.members, n: number) => fill(message, { count: n });
    const counts = {
      members: counted(words.members, data.members.length),
      activities: counted(words.activities, data.activities.length),
      shifts: counted(words.shifts, data.shifts.length),
    };
    ctx.stdout.write(`${fill(words.noProblems, counts)}\n`);
  }
  return failed ? 1 : 0;
}
