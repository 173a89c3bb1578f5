/**
 * `thidua new month Y-MM`: the month's two record files, `activities/Y/Y-MM.yaml` and
 * `shifts/Y/Y-MM.yaml`, each with the folder's editor modeline and a short commented example
 * (so both hold no record yet). Refuses, writing neither, when one of them exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../../load/folders.js';
import { catalogue, fill } from '../../i18n/index.js';
import { displayPath, UsageError, type Context } from '../context.js';
import { locateDataDir } from '../find-data-dir.js';
import { formatIssue, loadChecked } from '../load-checked.js';
import { writeDataFile } from '../write-data-file.js';
import { latestFileOf, modelineFor, type RecordKind } from './data-file-style.js';

export interface NewMonthOptions {
  readonly data?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export async function runNewMonth(ctx: Context, month: string, options: NewMonthOptions): Promise<number> {
  const words = catalogue(ctx.lang).import;
  if (!MONTH.test(month)) throw new UsageError(fill(words.badMonth, { value: month }));
  const checked = await loadChecked(ctx.cwd, locateDataDir(ctx.cwd, options.data));
  const data = checked.data;
  if (!data) {
    for (const issue of checked.issues) ctx.stderr.write(`${formatIssue(issue, checked.shownDir, ctx.lang)}\n`);
    return 1;
  }
  const [yyyy, mm] = [month.slice(0, 4), month.slice(5, 7)];
  const department = data.unit.departments[0]?.id ?? 'khoa';
  const members = data.members.filter((m) => m.department === department).slice(0, 2).map((m) => m.id);
  const params = { yyyy, mm, department, members: (members.length > 0 ? members : ['ma-nguoi']).join(', ') };
  const files = (['activities', 'shifts'] as const).map((kind: RecordKind & ('activities' | 'shifts')) => {
    const target = join(checked.absDir, kind, yyyy, `${month}.yaml`);
    const modeline = modelineFor(checked.absDir, kind, target, latestFileOf(checked.absDir, kind === 'activities' ? data.activities : data.shifts));
    const lines = (kind === 'activities' ? words.newMonthActivities : words.newMonthShifts).split('\n').map((l) => `# ${fill(l, params)}\n`);
    return { target, text: `${modeline === undefined ? '' : `${modeline}\n`}${lines.join('')}` };
  });
  const taken = files.flatMap((f) => [f.target, f.target.replace(/\.yaml$/, '.yml')]).filter((p) => existsSync(p));
  if (taken.length > 0) {
    for (const path of taken) ctx.stderr.write(`thidua: ${fill(words.newMonthExists, { file: displayPath(ctx.cwd, path) })}\n`);
    return 1;
  }
  const written: string[] = [];
  try {
    for (const f of files) {
      writeDataFile(f.target, f.text, 'create');
      written.push(f.target);
    }
  } catch (err) {
    const code = errorCode(err);
    const target = files[written.length]!.target;
    const message =
      code === 'EEXIST'
        ? fill(words.newMonthExists, { file: displayPath(ctx.cwd, target) })
        : fill(words.writeFailed, { target: displayPath(ctx.cwd, target), detail: code });
    ctx.stderr.write(`thidua: ${message}\n`);
    return 1;
  }
  for (const path of written) ctx.stdout.write(`${fill(words.newMonthWrote, { file: displayPath(ctx.cwd, path) })}\n`);
  return 0;
}
