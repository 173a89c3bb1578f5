/**
 * The duty allowance table (Bảng thanh toán phụ cấp thường trực, SPEC §7): the rows shared by
 * the Markdown section and allowance.csv, and the Markdown view. Figures come from
 * src/compute/allowance.ts; this only orders, names and formats them.
 */
import type { MemberAllowance } from '../compute/allowance.js';
import type { ReportFigures } from '../compute/report.js';
import { table, type Table } from './md-blocks.js';
import type { ViewContext } from './md-context.js';
import { cell, formatDecimal } from './md-format.js';
import { amountInWords } from './number-words.js';

export interface AllowanceRow {
  readonly index: number;
  readonly member: MemberAllowance;
  readonly name: string;
  /** The department's name (the member's own department, from members.yaml). */
  readonly department: string;
}

/**
 * The payroll's people as a clerk lists them: by their department in unit.yaml order, then in
 * Vietnamese name order; numbered from 1.
 */
export function allowanceRows(r: ReportFigures): AllowanceRow[] {
  const a = r.allowance;
  if (!a) return [];
  const byId = new Map(a.members.map((m) => [m.id, m]));
  const departmentName = new Map(r.unit.departments.map((d) => [d.id, d.name.normalize('NFC')]));
  return a.payrollOrder.flatMap((id) => {
    const member = byId.get(id);
    return member ? [{ member, p: r.people.get(id) }] : [];
  }).map(({ member, p }, i) => ({
    index: i + 1,
    member,
    name: (p?.name ?? member.id).normalize('NFC'),
    department: departmentName.get(p?.department ?? '') ?? p?.department ?? '',
  }));
}

/** Whole đồng with thousands grouped: `709.313` (vi), `709,313` (en). */
export function formatAmount(n: number, lang: 'vi' | 'en'): string {
  const digits = BigInt(Math.trunc(Math.abs(n))).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',');
  return n < 0 ? `-${grouped}` : grouped;
}

export interface AllowanceView {
  /** The payroll period, the rate and the factors used. */
  readonly basis: readonly string[];
  readonly table: Table | null;
  readonly none: string;
  readonly total: string;
  readonly words: string;
}

export function buildAllowanceView(x: ViewContext): AllowanceView | null {
  const { r, f } = x;
  const a = r.allowance;
  if (!a) return null;
  const money = (n: number) => formatAmount(n, f.lang);
  const factor = (n: number) => formatDecimal(n, f.lang, 4);
  const intensive = a.rules.intensiveCare.map((id) => x.department(id));
  const basis = [
    f.w('allowance.period', { from: f.date(a.from), to: f.date(a.to) }),
    f.w('allowance.rate', { rate: money(a.rules.rate) }),
    f.w('allowance.classes'),
    f.w('allowance.dayFactors', { weekend: factor(a.rules.weekendFactor), holiday: factor(a.rules.holidayFactor) }),
    intensive.length === 0
      ? f.w('allowance.noIntensive')
      : f.w('allowance.intensive', { departments: intensive.join(f.w('common.listSeparator')), factor: factor(a.rules.intensiveFactor) }),
  ].map(cell);
  const rows = allowanceRows(r);
  const t = a.totals;
  const bold = (s: string) => `**${s}**`;
  const tbl =
    rows.length === 0
      ? null
      : table(
          [
            f.w('common.index'), f.w('common.name'), f.w('common.department'),
            f.w('allowance.colFull'), f.w('allowance.colThreeQuarter'), f.w('allowance.colHalf'),
            f.w('allowance.colOrdinary'), f.w('allowance.colWeekend'), f.w('allowance.colHoliday'), f.w('allowance.colAmount'),
          ],
          ['r', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          [
            ...rows.map((row) => {
              const m = row.member;
              return [
                f.int(row.index), x.text(row.name), x.text(row.department),
                f.int(m.byClass.full), f.int(m.byClass.threeQuarter), f.int(m.byClass.half),
                f.int(m.byDay.ordinary), f.int(m.byDay.weekend), f.int(m.byDay.holiday), money(m.amount),
              ];
            }),
            [
              '', bold(f.w('common.total')), '',
              bold(f.int(t.byClass.full)), bold(f.int(t.byClass.threeQuarter)), bold(f.int(t.byClass.half)),
              bold(f.int(t.byDay.ordinary)), bold(f.int(t.byDay.weekend)), bold(f.int(t.byDay.holiday)), bold(money(a.total)),
            ],
          ],
        );
  return {
    basis,
    table: tbl,
    none: f.w('allowance.none'),
    total: cell(f.w('allowance.total', {
      total: money(a.total),
      people: f.w('allowance.people', { count: rows.length }),
      shifts: f.w('allowance.paidDuties', { count: t.shifts }),
    })),
    words: cell(f.w('allowance.words', { words: amountInWords(BigInt(a.total)) })),
  };
}
