/** All checkers in one list, and the order in which problems are shown. */
import type { DataSet, Issue } from '../model/types.js';
import {
  checkDateOrder,
  checkDates,
  checkDuplicateIds,
  checkDuplicateRecords,
  checkKindFields,
  checkLeave,
  checkMemberActive,
  checkRatings,
  checkReferences,
} from './check-records.js';
import { checkShifts } from './check-shifts.js';
import { compareSources, compareText } from '../model/order.js';

type Checker = (data: DataSet) => Issue[];

const CHECKERS: readonly Checker[] = [
  checkDuplicateIds,
  checkReferences,
  checkDates,
  checkDateOrder,
  checkMemberActive,
  checkKindFields,
  checkDuplicateRecords,
  checkLeave,
  checkRatings,
  checkShifts,
];

export function runChecks(data: DataSet, checkers: readonly Checker[] = CHECKERS): Issue[] {
  return checkers.flatMap((check) => check(data));
}

/** By file, line, column, then code and message: the same problems always print the same way. */
function compareIssues(a: Issue, b: Issue): number {
  return (
    compareSources(a.source, b.source) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message) ||
    compareText(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}
