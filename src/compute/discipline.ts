/**
 * Discipline (SPEC §3 "Counts": violations): per member by type and by month, reminders
 * (nhắc nhở) versus formal discipline (kỷ luật), those over a criterion's max_violations,
 * and the members who need a reminder, with the reasons as data (the renderer words them).
 */
import { monthOf } from '../model/dates.js';
import { DISCIPLINE_FORMS, VIOLATION_TYPES, type DataSet, type DisciplineForm, type ViolationType } from '../model/types.js';
import { inWindow, type EvalWindow, type Expansion, type MemberScore } from './scorecard.js';
import { compareDateThenLine, compareEntryKeys } from './order.js';

export type TypeCounts = Readonly<Record<ViolationType, number>>;

export interface MemberDiscipline {
  readonly id: string;
  readonly byType: TypeCounts;
  /** `YYYY-MM` → violations that month (months with none left out), in month order. */
  readonly byMonth: Readonly<Record<string, number>>;
  readonly reminders: number;
  readonly formal: number;
  readonly minutes: number;
  /** Violations in all: `reminders + formal`. */
  readonly violations: number;
  /** The formal ones (kỷ luật), by date, with their form (SPEC §6). */
  readonly formalRecords: readonly FormalRecord[];
  /** The formal ones counted by form. */
  readonly byForm: FormCounts;
}

export interface MonthDiscipline {
  readonly month: string;
  readonly byType: TypeCounts;
  readonly reminders: number;
  readonly formal: number;
  /** Violations that month: `reminders + formal`. */
  readonly violations: number;
  /** Distinct population members with a violation that month. */
  readonly people: number;
}

export interface FormalRecord {
  readonly date: string;
  readonly type: ViolationType;
  readonly form: DisciplineForm;
  readonly decision?: string;
}

export type FormCounts = Readonly<Record<DisciplineForm, number>>;

/** One reason a member needs a reminder. */
export type ReminderReason =
  | {
      readonly kind: 'criterion';
      readonly criterion: string;
      readonly count: number;
      readonly requiredCount: number;
      readonly hours: number;
      readonly requiredHours: number;
    }
  | { readonly kind: 'violations'; readonly criterion: string; readonly violations: number; readonly max: number; readonly byType: TypeCounts }
  | { readonly kind: 'formal'; readonly formal: number; readonly records: readonly FormalRecord[] };

export interface DisciplineFigures {
  /** Population members with at least one violation, by id. */
  readonly members: readonly MemberDiscipline[];
  /** Every month of the window, in order. */
  readonly months: readonly MonthDiscipline[];
  /** Formal ones are also counted by form (khiển trách, cảnh cáo…). */
  readonly totals: {
    readonly reminders: number;
    readonly formal: number;
    /** `reminders + formal`. */
    readonly violations: number;
    /** Population members with at least one violation. */
    readonly people: number;
    readonly byType: TypeCounts;
    readonly byForm: FormCounts;
  };
  /** Population members over a criterion's `max_violations`, by id then rules order. */
  readonly exceeding: readonly { id: string; criterion: string; violations: number; max: number }[];
  /** Population members who are not allMet or have a formal violation, by id. */
  readonly needReminder: readonly { id: string; reasons: readonly ReminderReason[] }[];
}

export const zeroForms = (): Record<DisciplineForm, number> => Object.fromEntries(DISCIPLINE_FORMS.map((f) => [f, 0])) as Record<DisciplineForm, number>;

function formsOf(records: readonly { readonly form: DisciplineForm }[]): FormCounts {
  const out = zeroForms();
  for (const rec of records) out[rec.form] += 1;
  return out;
}

export const zeroTypes = (): Record<ViolationType, number> => Object.fromEntries(VIOLATION_TYPES.map((t) => [t, 0])) as Record<ViolationType, number>;

/**
 * Every `YYYY-MM` from the month of `from` to the month of `to`, counted as numbers: as text,
 * `10000-01` sorts before `9999-12`, and a loop that compared text ran on to year 99999.
 */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  for (let i = index(from), end = index(to); i <= end; i++) {
    out.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

interface Tally {
  byType: Record<ViolationType, number>;
  byMonth: Record<string, number>;
  reminders: number;
  formal: number;
  minutes: number;
  formalRecords: FormalRecord[];
}

function reasonsOf(data: DataSet, s: MemberScore, t: Tally | undefined): ReminderReason[] {
  const reasons: ReminderReason[] = [];
  for (const c of data.rules.criteria) {
    const score = s.criteria[c.id];
    if (!score || score.met) continue;
    if (score.count < score.requiredCount || score.hours < score.requiredHours) {
      reasons.push({
        kind: 'criterion',
        criterion: c.id,
        count: score.count,
        requiredCount: score.requiredCount,
        hours: score.hours,
        requiredHours: score.requiredHours,
      });
    }
    if (score.violations !== undefined && score.maxViolations !== undefined && score.violations > score.maxViolations) {
      reasons.push({ kind: 'violations', criterion: c.id, violations: score.violations, max: score.maxViolations, byType: t?.byType ?? zeroTypes() });
    }
  }
  if (s.formalViolations > 0) reasons.push({ kind: 'formal', formal: s.formalViolations, records: t?.formalRecords ?? [] });
  return reasons;
}

export function computeDiscipline(data: DataSet, scores: readonly MemberScore[], w: EvalWindow, expansion: Expansion): DisciplineFigures {
  const popIds = new Set(scores.map((s) => s.member.id));
  const records = data.activities
    .filter((a) => a.kind === 'violation' && inWindow(a.date, w))
    .map((activity) => ({ activity, members: expansion.get(activity) ?? [] }))
    .sort((a, b) => compareDateThenLine(a.activity, b.activity));
  const per = new Map<string, Tally>();
  const months = new Map(monthsBetween(w.evalFrom, w.asOf).map((m) => [m, { byType: zeroTypes(), reminders: 0, formal: 0, people: new Set<string>() }]));
  const totals = { reminders: 0, formal: 0, byType: zeroTypes(), byForm: zeroForms() };
  for (const { activity, members } of records) {
    const type = activity.type ?? 'other';
    const formal = activity.severity === 'formal';
    const form = activity.form ?? 'khien-trach';
    const month = monthOf(activity.date);
    for (const id of members) {
      if (!popIds.has(id)) continue;
      const p = per.get(id) ?? { byType: zeroTypes(), byMonth: {}, reminders: 0, formal: 0, minutes: 0, formalRecords: [] };
      p.byType[type]++;
      p.byMonth[month] = (p.byMonth[month] ?? 0) + 1;
      if (formal) {
        p.formal++;
        p.formalRecords.push({ date: activity.date, type, form, ...(activity.decision === undefined ? {} : { decision: activity.decision }) });
      } else p.reminders++;
      p.minutes += activity.minutes ?? 0;
      per.set(id, p);
      totals.byType[type]++;
      if (formal) {
        totals.formal++;
        totals.byForm[form]++;
      } else totals.reminders++;
      const mt = months.get(month);
      if (mt) {
        mt.byType[type]++;
        if (formal) mt.formal++;
        else mt.reminders++;
        mt.people.add(id);
      }
    }
  }
  const members = [...per.entries()]
    .sort(compareEntryKeys)
    .map(([id, p]) => ({ id, ...p, violations: p.reminders + p.formal, byForm: formsOf(p.formalRecords) }));
  const exceeding: { id: string; criterion: string; violations: number; max: number }[] = [];
  const needReminder: { id: string; reasons: ReminderReason[] }[] = [];
  for (const s of scores) {
    for (const c of data.rules.criteria) {
      const sc = s.criteria[c.id];
      if (sc?.violations !== undefined && sc.maxViolations !== undefined && sc.violations > sc.maxViolations) {
        exceeding.push({ id: s.member.id, criterion: c.id, violations: sc.violations, max: sc.maxViolations });
      }
    }
    const reasons = reasonsOf(data, s, per.get(s.member.id));
    if (reasons.length > 0) needReminder.push({ id: s.member.id, reasons });
  }
  return {
    members,
    months: [...months.entries()].map(([month, m]) => ({
      month,
      byType: m.byType,
      reminders: m.reminders,
      formal: m.formal,
      violations: m.reminders + m.formal,
      people: m.people.size,
    })),
    totals: {
      reminders: totals.reminders,
      formal: totals.formal,
      violations: totals.reminders + totals.formal,
      people: members.length,
      byType: totals.byType,
      byForm: totals.byForm,
    },
    exceeding,
    needReminder,
  };
}
