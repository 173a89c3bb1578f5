/** What the two commendation test files share: the year 2024, its report, and full marks on the default criteria. */
import { isPeriodError, resolvePeriod, type PeriodRequest } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import type { Activity, DataSet } from '../../src/model/types.js';
import { activity } from './builders.js';

export const YEAR: PeriodRequest = { kind: 'year', year: 2024 };

export function report(data: DataSet, request: PeriodRequest = YEAR, asOf?: string) {
  const p = resolvePeriod(request, data.rules.phases, asOf);
  if (isPeriodError(p)) throw new Error(`bad period: ${p.error}`);
  return computeReport(data, p);
}

export function commend(data: DataSet, request: PeriodRequest = YEAR, asOf?: string) {
  const c = report(data, request, asOf).commendation;
  if (!c) throw new Error('no commendation');
  return c;
}

/**
 * Everything the default criteria ask for a full year, all after 2 March 2024 so that a
 * member who joined in March is counted too: community 2 (volunteer ×2), work 0, self 4
 * (study ×4). Total count over all criteria: 6.
 */
export function fullMarks(ids: string[]): Activity[] {
  return [
    activity({ kind: 'volunteer', date: '2024-04-10', members: ids }),
    activity({ kind: 'volunteer', date: '2024-05-10', members: ids }),
    ...['06', '07', '08', '09'].map((m) => activity({ kind: 'study', date: `2024-${m}-10`, members: ids })),
  ];
}
