/** Discipline and the members who need a reminder, in the Markdown report. */
import { zeroTypes, type ReminderReason, type TypeCounts } from '../compute/discipline.js';
import { DISCIPLINE_FORMS, VIOLATION_TYPES, type DisciplineForm } from '../model/types.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell, type Fmt } from './md-format.js';

export interface DisciplineView {
  readonly summary: string;
  /** `Hình thức kỷ luật: 1 khiển trách, 1 cảnh cáo.` ('' without formal discipline). */
  readonly forms: string;
  /** The per-person table: a named list, shown in the internal annex only. */
  readonly table: Table | null;
  readonly monthsTitle: string;
  readonly months: Table | null;
  readonly exceedingText: string;
  readonly exceeding: readonly string[];
}

export interface ReminderView {
  readonly intro: string;
  readonly table: Table | null;
}

/** `2 lần đi trễ, 1 lần về sớm` */
export function violationBreakdown(f: Fmt, byType: TypeCounts): string {
  return VIOLATION_TYPES.filter((t) => byType[t] > 0)
    .map((t) => f.w('discipline.typeCount', { n: byType[t], type: f.w(`violationTypes.${t}`) }))
    .join(', ');
}

/** `03/2024 (2), 05/2024` */
function monthList(f: Fmt, byMonth: Readonly<Record<string, number>>): string {
  return Object.entries(byMonth)
    .map(([m, n]) => (n > 1 ? f.w('discipline.monthTimes', { month: f.month(m), n }) : f.month(m)))
    .join(', ');
}

const bold = (s: string) => (s === '' ? '' : `**${s}**`);

/**
 * Violations by month, six columns wide: the kinds of violation are words in one column
 * (`1 lần đi trễ, 1 lần về sớm`) rather than a column each, most of them empty.
 */
function monthsTable(x: ViewContext): Table | null {
  const { r, f } = x;
  const d = r.discipline;
  if (d.totals.violations === 0) return null;
  const num = (n: number) => (n === 0 ? '' : f.int(n));
  return table(
    [
      f.w('discipline.colMonth'),
      f.w('discipline.colTimes'),
      f.w('discipline.colTypes'),
      f.w('discipline.colReminders'),
      f.w('discipline.colFormal'),
      f.w('discipline.colPeople'),
    ],
    ['l', 'r', 'l', 'r', 'r', 'r'],
    [
      ...d.months.map((m) => [f.month(m.month), f.int(m.violations), violationBreakdown(f, m.byType), num(m.reminders), num(m.formal), num(m.people)]),
      [
        bold(f.w('common.total')),
        bold(f.int(d.totals.violations)),
        bold(violationBreakdown(f, d.totals.byType)),
        bold(f.int(d.totals.reminders)),
        bold(f.int(d.totals.formal)),
        bold(f.int(d.totals.people)),
      ],
    ],
  );
}

/** How violations were dealt with: `3 nhắc nhở`, `1 nhắc nhở, 1 khiển trách`. */
function handling(f: Fmt, reminders: number, byForm: Readonly<Record<DisciplineForm, number>>): string {
  return [
    ...(reminders > 0 ? [f.w('discipline.reminderCount', { n: reminders })] : []),
    ...DISCIPLINE_FORMS.filter((form) => byForm[form] > 0).map((form) => f.w('discipline.formCount', { n: f.int(byForm[form]), form: f.w(`forms.${form}`) })),
  ].join(', ');
}

export function buildDisciplineView(x: ViewContext): DisciplineView {
  const { r, f } = x;
  const d = r.discipline;
  const byId = new Map(d.members.map((m) => [m.id, m]));
  const listed = x.byName(d.members.map((m) => m.id)).flatMap((id) => {
    const m = byId.get(id);
    return m ? [m] : [];
  });
  // Seven columns: the kinds of violation (with the minutes late or early) and how each was
  // dealt with are words, not a column per kind and per outcome.
  const what = (byType: TypeCounts, minutes: number) => {
    const kinds = violationBreakdown(f, byType);
    return minutes === 0 ? kinds : f.w('discipline.withMinutes', { kinds, minutes: f.int(minutes) });
  };
  const tbl =
    listed.length === 0
      ? null
      : table(
          [
            f.w('common.index'),
            f.w('common.name'),
            f.w('common.department'),
            f.w('discipline.colTimes'),
            f.w('discipline.colTypes'),
            f.w('discipline.colHandling'),
            f.w('discipline.colMonths'),
          ],
          ['r', 'l', 'l', 'r', 'l', 'l', 'l'],
          [
            ...listed.map((m, i) => [
              f.int(i + 1),
              x.name(m.id),
              x.department(r.people.get(m.id)?.department ?? ''),
              f.int(m.violations),
              what(m.byType, m.minutes),
              handling(f, m.reminders, m.byForm),
              monthList(f, m.byMonth),
            ]),
            [
              '',
              bold(f.w('common.total')),
              '',
              bold(f.int(d.totals.violations)),
              bold(violationBreakdown(f, d.totals.byType)),
              bold(handling(f, d.totals.reminders, d.totals.byForm)),
              '',
            ],
          ],
        );
  const scores = new Map(r.scores.map((s) => [s.member.id, s]));
  const exceedingIds = x.byName(new Set(d.exceeding.map((e) => e.id)));
  const exceeding = exceedingIds.flatMap((id) =>
    d.exceeding
      .filter((e) => e.id === id)
      .map((e) =>
        cell(
          f.w('discipline.exceedingItem', {
            name: x.name(id),
            department: x.department(scores.get(id)?.member.department ?? ''),
            n: e.violations,
            max: e.max,
            criterion: x.criterionById(e.criterion),
            breakdown: violationBreakdown(f, byId.get(id)?.byType ?? zeroTypes()),
          }),
        ),
      ),
  );
  const none = d.totals.violations === 0;
  const forms = DISCIPLINE_FORMS.filter((form) => d.totals.byForm[form] > 0).map((form) =>
    f.w('discipline.formCount', { n: f.int(d.totals.byForm[form]), form: f.w(`forms.${form}`) }),
  );
  return {
    summary: none
      ? f.w('discipline.none')
      : f.w('discipline.summary', { records: d.totals.violations, people: d.totals.people, reminders: d.totals.reminders, formal: d.totals.formal }),
    forms: forms.length === 0 ? '' : f.w('discipline.forms', { list: forms.join(', ') }),
    table: tbl,
    monthsTitle: f.w('discipline.monthsTitle'),
    months: monthsTable(x),
    exceedingText: none ? '' : exceeding.length === 0 ? f.w('discipline.noExceeding') : f.w('discipline.exceeding', { n: exceeding.length }),
    exceeding,
  };
}

/** One reason in words: `Trách nhiệm với cộng đồng 1/2 hoạt động`, `3 lần đi trễ, vượt mức tối đa 2 lần`. */
export function reasonText(x: ViewContext, reason: ReminderReason): string {
  const { f } = x;
  switch (reason.kind) {
    case 'criterion': {
      const parts: string[] = [];
      if (reason.count < reason.requiredCount) parts.push(f.w('reminders.count', { count: f.int(reason.count), required: f.int(reason.requiredCount) }));
      if (reason.hours < reason.requiredHours) parts.push(f.w('reminders.hours', { hours: f.dec(reason.hours, 1), required: f.dec(reason.requiredHours, 1) }));
      return f.w('reminders.criterion', { criterion: x.criterionById(reason.criterion), detail: parts.join(', ') });
    }
    case 'violations': {
      const kinds = VIOLATION_TYPES.filter((t) => reason.byType[t] > 0);
      const breakdown = violationBreakdown(f, reason.byType);
      return kinds.length === 1
        ? f.w('reminders.violationsOneType', { breakdown, max: reason.max })
        : f.w('reminders.violations', { n: reason.violations, breakdown, max: reason.max });
    }
    case 'formal': {
      const recordText = (rec: (typeof reason.records)[number]) =>
        f.w('reminders.formalRecord', { type: f.w(`violationTypes.${rec.type}`), date: f.date(rec.date), form: f.w(`forms.${rec.form}`) });
      const detail = reason.records.map(recordText).join(', ');
      return f.w('reminders.formal', { n: reason.formal, detail });
    }
  }
}

export function buildReminderView(x: ViewContext): ReminderView {
  const { r, f } = x;
  const list = r.discipline.needReminder;
  const reasons = new Map(list.map((n) => [n.id, n.reasons]));
  const ids = x.byName(list.map((n) => n.id));
  const words = (id: string) => {
    const all = reasons.get(id) ?? [];
    const unmet = all.filter((rs) => rs.kind !== 'formal').map((rs) => reasonText(x, rs));
    const formal = all.filter((rs) => rs.kind === 'formal').map((rs) => reasonText(x, rs));
    return [...(unmet.length > 0 ? [f.w('reminders.reasons', { reasons: unmet.join('; ') })] : []), ...formal].join('; ');
  };
  return {
    intro: ids.length === 0 ? f.w('reminders.none') : f.w('reminders.intro', { n: ids.length }),
    table:
      ids.length === 0
        ? null
        : table(
            [f.w('common.index'), f.w('common.name'), f.w('common.department'), f.w('reminders.colReason')],
            ['r', 'l', 'l', 'l'],
            ids.map((id, i) => [f.int(i + 1), x.name(id), x.department(r.people.get(id)?.department ?? ''), words(id)]),
          ),
  };
}
