/**
 * Discipline (SPEC §3 "Counts": violations) and the members who need a reminder, with the
 * reasons as data (the renderer puts them into words).
 */
import { VIOLATION_TYPES, type Activity, type DataSet, type ViolationType } from '../model/types.js';
import { inWindow, type EvalWindow, type Expansion, type MemberScore } from './scorecard.js';

export interface MemberDiscipline {
  readonly id: string;
  readonly byType: Readonly<Record<ViolationType, number>>;
  readonly byMonth: Readonly<Record<string, number>>;
  readonly reminders: number;
  readonly formal: number;
  readonly minutes: number;
}

/** One reason a member needs a reminder. */
export type ReminderReason =
  | { readonly kind: 'criterion'; readonly criterion: string; readonly count: number; readonly requiredCount: number; readonly hours: number; readonly requiredHours: number }
  | { readonly kind: 'violations'; readonly criterion: string; readonly violations: number; readonly max: number; readonly byType: Readonly<Record<ViolationType, number>> }
  | { readonly kind: 'formal'; readonly formal: number };

export interface DisciplineFigures {
  /** Violation records in the window, by date. */
  readonly records: readonly { activity: Activity; members: readonly string[] }[];
  /** Population members with at least one violation, by id. */
  readonly members: readonly MemberDiscipline[];
  readonly totals: { readonly reminders: number; readonly formal: number; readonly byType: Readonly<Record<ViolationType, number>> };
  /** Population members who are not allMet or have a formal violation, by id. */
  readonly needReminder: readonly { id: string; reasons: readonly ReminderReason[] }[];
}

const zeroTypes = (): Record<ViolationType, number> => Object.fromEntries(VIOLATION_TYPES.map((t) => [t, 0])) as Record<ViolationType, number>;

export function computeDiscipline(data: DataSet, scores: readonly MemberScore[], w: EvalWindow, expansion: Expansion): DisciplineFigures {
  const popIds = new Set(scores.map((s) => s.member.id));
  const records = data.activities
    .filter((a) => a.kind === 'violation' && inWindow(a.date, w))
    .map((activity) => ({ activity, members: expansion.get(activity) ?? [] }))
    .sort((a, b) => (a.activity.date < b.activity.date ? -1 : a.activity.date > b.activity.date ? 1 : a.activity.source.line - b.activity.source.line));
  const per = new Map<string, { byType: Record<ViolationType, number>; byMonth: Record<string, number>; reminders: number; formal: number; minutes: number }>();
  const totals = { reminders: 0, formal: 0, byType: zeroTypes() };
  for (const { activity, members } of records) {
    const type = activity.type ?? 'other';
    for (const id of members) {
      if (!popIds.has(id)) continue;
      const p = per.get(id) ?? { byType: zeroTypes(), byMonth: {}, reminders: 0, formal: 0, minutes: 0 };
      p.byType[type]++;
      const month = activity.date.slice(0, 7);
      p.byMonth[month] = (p.byMonth[month] ?? 0) + 1;
      if (activity.severity === 'formal') p.formal++;
      else p.reminders++;
      p.minutes += activity.minutes ?? 0;
      per.set(id, p);
      totals.byType[type]++;
      if (activity.severity === 'formal') totals.formal++;
      else totals.reminders++;
    }
  }
  const members = [...per.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, p]) => ({ id, ...p }));
  const needReminder: { id: string; reasons: ReminderReason[] }[] = [];
  for (const s of scores) {
    const reasons: ReminderReason[] = [];
    for (const c of data.rules.criteria) {
      const score = s.criteria[c.id];
      if (!score || score.met) continue;
      if (score.count < score.requiredCount || score.hours < score.requiredHours) {
        reasons.push({ kind: 'criterion', criterion: c.id, count: score.count, requiredCount: score.requiredCount, hours: score.hours, requiredHours: score.requiredHours });
      }
      if (score.violations !== undefined && score.maxViolations !== undefined && score.violations > score.maxViolations) {
        reasons.push({ kind: 'violations', criterion: c.id, violations: score.violations, max: score.maxViolations, byType: per.get(s.member.id)?.byType ?? zeroTypes() });
      }
    }
    if (s.formalViolations > 0) reasons.push({ kind: 'formal', formal: s.formalViolations });
    if (reasons.length > 0) needReminder.push({ id: s.member.id, reasons });
  }
  return { records, members, totals, needReminder };
}
