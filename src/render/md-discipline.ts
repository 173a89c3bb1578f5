/** Discipline and the members who need a reminder, in the Markdown report. */
import type { ReminderReason } from '../compute/discipline.js';
import { VIOLATION_TYPES, type ViolationType } from '../model/types.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell, type Fmt } from './md-format.js';

export interface DisciplineView {
  readonly summary: string;
  readonly table: Table | null;
  readonly exceedingText: string;
  readonly exceeding: readonly string[];
}

export interface ReminderView {
  readonly intro: string;
  readonly table: Table | null;
}

/** `2 đi trễ, 1 về sớm` */
export function violationBreakdown(f: Fmt, byType: Readonly<Record<ViolationType, number>>): string {
  return VIOLATION_TYPES.filter((t) => byType[t] > 0)
    .map((t) => f.w('discipline.typeCount', { n: byType[t], type: f.w(`violationTypes.${t}`) }))
    .join(', ');
}

export function buildDisciplineView(x: ViewContext): DisciplineView {
  const { r, f } = x;
  const d = r.discipline;
  const byId = new Map(d.members.map((m) => [m.id, m]));
  const ids = x.byName(d.members.map((m) => m.id));
  const total = (id: string) => VIOLATION_TYPES.reduce((n, t) => n + (byId.get(id)?.byType[t] ?? 0), 0);
  const sumType = (t: ViolationType) => d.totals.byType[t];
  const tbl =
    ids.length === 0
      ? null
      : table(
          [f.w('common.index'), f.w('common.name'), f.w('common.department'), ...VIOLATION_TYPES.map((t) => f.w(`violationTypesColumn.${t}`)), f.w('common.total'), f.w('discipline.colReminders'), f.w('discipline.colFormal'), f.w('discipline.colMinutes')],
          ['r', 'l', 'l', ...VIOLATION_TYPES.map(() => 'r' as const), 'r', 'r', 'r', 'r'],
          [
            ...ids.map((id, i) => {
              const m = byId.get(id)!;
              return [f.int(i + 1), x.name(id), x.department(r.membersById.get(id)?.department ?? ''), ...VIOLATION_TYPES.map((t) => (m.byType[t] === 0 ? '' : f.int(m.byType[t]))), f.int(total(id)), f.int(m.reminders), f.int(m.formal), m.minutes === 0 ? '' : f.int(m.minutes)];
            }),
            ['', `**${f.w('common.total')}**`, '', ...VIOLATION_TYPES.map((t) => `**${f.int(sumType(t))}**`), `**${f.int(d.totals.reminders + d.totals.formal)}**`, `**${f.int(d.totals.reminders)}**`, `**${f.int(d.totals.formal)}**`, ''],
          ],
        );
  const exceeding: string[] = [];
  for (const id of x.byName(r.scores.map((s) => s.member.id))) {
    const s = r.scores.find((sc) => sc.member.id === id)!;
    for (const c of r.data.rules.criteria) {
      const sc = s.criteria[c.id];
      if (sc?.violations !== undefined && sc.maxViolations !== undefined && sc.violations > sc.maxViolations) {
        exceeding.push(
          cell(f.w('discipline.exceedingItem', { name: x.name(id), department: x.department(s.member.department), n: sc.violations, max: sc.maxViolations, criterion: x.criterion(c), breakdown: violationBreakdown(f, byId.get(id)?.byType ?? zeroTypes()) })),
        );
      }
    }
  }
  return {
    summary: d.records.length === 0 ? f.w('discipline.none') : f.w('discipline.summary', { records: d.records.length, people: ids.length, reminders: d.totals.reminders, formal: d.totals.formal }),
    table: tbl,
    exceedingText: exceeding.length === 0 ? f.w('discipline.noExceeding') : f.w('discipline.exceeding', { n: exceeding.length }),
    exceeding,
  };
}

function zeroTypes(): Record<ViolationType, number> {
  return Object.fromEntries(VIOLATION_TYPES.map((t) => [t, 0])) as Record<ViolationType, number>;
}

/** One reason in words: `Trách nhiệm với cộng đồng 1/2 hoạt động`, `3 lần vi phạm (2 đi trễ, 1 về sớm)`. */
export function reasonText(x: ViewContext, reason: ReminderReason): string {
  const { f } = x;
  switch (reason.kind) {
    case 'criterion': {
      const parts: string[] = [];
      if (reason.count < reason.requiredCount) parts.push(f.w('reminders.count', { count: f.int(reason.count), required: f.int(reason.requiredCount) }));
      if (reason.hours < reason.requiredHours) parts.push(f.w('reminders.hours', { hours: f.dec(reason.hours, 1), required: f.dec(reason.requiredHours, 1) }));
      return f.w('reminders.criterion', { criterion: x.criterionById(reason.criterion), detail: parts.join(', ') });
    }
    case 'violations':
      return f.w('reminders.violations', { n: reason.violations, max: reason.max, breakdown: violationBreakdown(f, reason.byType) });
    case 'formal':
      return f.w('reminders.formal', { n: reason.formal });
  }
}

export function buildReminderView(x: ViewContext): ReminderView {
  const { r, f } = x;
  const list = r.discipline.needReminder;
  const reasons = new Map(list.map((n) => [n.id, n.reasons]));
  const ids = x.byName(list.map((n) => n.id));
  return {
    intro: ids.length === 0 ? f.w('reminders.none') : f.w('reminders.intro', { n: ids.length }),
    table:
      ids.length === 0
        ? null
        : table(
            [f.w('common.index'), f.w('common.name'), f.w('common.department'), f.w('reminders.colReason')],
            ['r', 'l', 'l', 'l'],
            ids.map((id, i) => [f.int(i + 1), x.name(id), x.department(r.membersById.get(id)?.department ?? ''), f.w('reminders.reasons', { reasons: (reasons.get(id) ?? []).map((rs) => reasonText(x, rs)).join('; ') })]),
          ),
  };
}
