/** The per-member appendix of the Markdown report: every evaluated member, by department then name. */
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';

export interface AppendixView {
  readonly note: string;
  readonly table: Table | null;
}

export function buildAppendixView(x: ViewContext): AppendixView {
  const { r, f } = x;
  const criteria = r.rules.criteria;
  const year = r.commendation !== null;
  const scores = new Map(r.scores.map((s) => [s.member.id, s]));
  const listed = r.appendixOrder.flatMap((id) => {
    const s = scores.get(id);
    return s ? [s] : [];
  });
  const rows = listed.map((s, i) => {
    const id = s.member.id;
    const cells = criteria.map((c) => {
      const sc = s.criteria[c.id];
      if (!sc) return '';
      let text = `${f.int(sc.count)}/${f.int(sc.requiredCount)}`;
      if (sc.requiredHours > 0) text += ` · ${f.w('appendix.hours', { hours: f.dec(sc.hours, 1), required: f.dec(sc.requiredHours, 1) })}`;
      if (sc.violations !== undefined && sc.violations > 0) text += ` · ${f.w('appendix.violations', { n: sc.violations })}`;
      return sc.met ? text : `${text} ${f.w('appendix.notMetMark')}`;
    });
    const title = r.commendation?.titles.get(id);
    return [
      f.int(i + 1),
      x.name(id),
      x.department(s.member.department),
      ...cells,
      s.allMet ? f.w('common.met') : f.w('common.notMet'),
      r.authorIds.has(id) ? f.w('common.yes') : '',
      f.int(r.memberShifts.get(id)?.total ?? 0),
      ...(year ? [title === undefined ? '' : title === 'emulationFighter' ? f.w('awards.emulationFighterShort') : f.w('awards.advancedWorkerShort')] : []),
    ];
  });
  return {
    note: f.w(year ? 'appendix.noteYear' : 'appendix.note'),
    table:
      rows.length === 0
        ? null
        : table(
            [
              f.w('common.index'),
              f.w('common.name'),
              f.w('common.department'),
              ...criteria.map((c) => x.criterion(c)),
              f.w('appendix.colAllMet', { n: criteria.length }),
              f.w('appendix.colInitiative'),
              f.w('appendix.colShifts'),
              ...(year ? [f.w('appendix.colAward')] : []),
            ],
            ['r', 'l', 'l', ...criteria.map(() => 'c' as const), 'c', 'c', 'r', ...(year ? ['l' as const] : [])],
            rows,
          ),
  };
}
