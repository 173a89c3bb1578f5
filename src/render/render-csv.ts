/**
 * CSV tables for spreadsheets: UTF-8 with a BOM so that Excel shows Vietnamese, cells that
 * a spreadsheet would read as a formula neutralised, plain numbers, a chosen delimiter.
 */
import { stringify } from 'csv-stringify/sync';
import { compareEntryKeys } from '../compute/order.js';
import type { ReportFigures } from '../compute/report.js';
import type { MemberShiftCounts } from '../compute/shifts.js';
import { catalogue, fill } from '../i18n/index.js';
import { allowanceRows } from './md-allowance.js';
import { basisWordsIn } from './md-commendation.js';
import { authorOrder, formatDate, formatDecimal } from './md-format.js';
import { collectiveRows, proposalRows } from './proposal-basis.js';

type CsvWords = ReturnType<typeof catalogue>['csv'];
const csvWords = (lang: 'vi' | 'en'): CsvWords => catalogue(lang).csv;

export interface CsvOptions {
  readonly lang: 'vi' | 'en';
  readonly delimiter: string;
}

export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) gets a leading apostrophe. */
export function neutralise(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], delimiter: string): string {
  const records = [header.map(neutralise), ...rows.map((row) => row.map(neutralise))];
  return BOM + stringify(records, { delimiter, record_delimiter: 'unix' });
}

/** A fraction as a plain percentage for a cell: `20%`, `12.5%`. */
function percentOf(fraction: number): string {
  return `${formatDecimal(fraction * 100, 'en', 1)}%`;
}

function yesNo(w: CsvWords, v: boolean): string {
  return v ? w.yes : w.no;
}

export function renderMembersCsv(r: ReportFigures, options: CsvOptions): string {
  const w = csvWords(options.lang);
  const criteria = r.rules.criteria;
  const header = [
    w.id, w.name, w.department, w.title, w.activeDays, w.leaveDays,
    ...criteria.flatMap((c) => [
      `${c.label} - ${w.count}`,
      `${c.label} - ${w.requiredCount}`,
      `${c.label} - ${w.hours}`,
      `${c.label} - ${w.requiredHours}`,
      `${c.label} - ${w.met}`,
    ]),
    w.allMet, w.violations, w.formalViolations, w.initiativeAuthor, w.rating,
    w.shiftsTotal, w.shiftsHours, w.shiftsNight, w.shiftsWeekend, w.shiftsHoliday, w.commendation,
  ];
  const departmentName = new Map(r.unit.departments.map((d) => [d.id, d.name]));
  const ratingWords = basisWordsIn(options.lang).ratings;
  const rows = r.scores.map((s) => {
    const sh: MemberShiftCounts = r.memberShifts.get(s.member.id) ?? { total: 0, hours: 0, night: 0, weekend: 0, holiday: 0 };
    const title = r.commendation?.titles.get(s.member.id);
    const rating = r.ratings.byMember.get(s.member.id);
    return [
      s.member.id, s.member.name, departmentName.get(s.member.department) ?? s.member.department, s.member.title ?? '', s.activeDays, s.leaveDays,
      ...criteria.flatMap((c) => {
        const sc = s.criteria[c.id];
        return sc ? [sc.count, sc.requiredCount, sc.hours, sc.requiredHours, yesNo(w, sc.met)] : ['', '', '', '', ''];
      }),
      yesNo(w, s.allMet), s.violations, s.formalViolations, yesNo(w, r.authorIds.has(s.member.id)),
      rating === undefined ? '' : ratingWords[rating],
      sh.total, sh.hours, sh.night, sh.weekend, sh.holiday, title ? w.titles[title] : '',
    ];
  });
  return toCsv(header, rows, options.delimiter);
}

export function renderInitiativesCsv(r: ReportFigures, options: CsvOptions): string {
  const w = csvWords(options.lang);
  const header = [w.initiative, w.submitted, w.authors, w.authorIds, w.level, w.recognized, w.decision, w.in01m, w.status];
  const levels = catalogue(options.lang).labels.levels;
  const rows = r.initiatives.map((s) => {
    const a = s.activity;
    const status = s.counting ? fill(w.statusCounting, { target: percentOf(r.innovation.target) }) : s.recognizedInWindow ? w.statusNot01m : w.statusPending;
    const authors = authorOrder(a.members, s.authors, r.people);
    return [
      a.title ?? '', a.date, authors.map((id) => r.people.get(id)?.name ?? id).join(', '), authors.join(', '),
      a.level ? levels[a.level] : '', a.recognized ?? '', a.decision ?? '', yesNo(w, a.in01m), status,
    ];
  });
  return toCsv(header, rows, options.delimiter);
}

/** Shifts per member over the listed part of the window: what payroll needs for a month. */
export function renderShiftsCsv(r: ReportFigures, listed: ReadonlyMap<string, MemberShiftCounts>, options: CsvOptions): string {
  const w = csvWords(options.lang);
  const header = [w.id, w.name, w.department, w.from, w.to, w.shiftsTotal, w.shiftsHours, w.shiftsNight, w.shiftsWeekend, w.shiftsHoliday];
  const departmentName = new Map(r.unit.departments.map((d) => [d.id, d.name]));
  const rows = [...listed.entries()].sort(compareEntryKeys).map(([id, c]) => {
    const m = r.people.get(id);
    return [
      id,
      m?.name ?? id,
      departmentName.get(m?.department ?? '') ?? m?.department ?? '',
      r.period.from,
      r.period.asOf,
      c.total,
      c.hours,
      c.night,
      c.weekend,
      c.holiday,
    ];
  });
  return toCsv(header, rows, options.delimiter);
}

/**
 * The proposal list a unit attaches to its commendation proposal (year windows): the same
 * people, order, ratings and grounds as the Markdown report's list (src/render/proposal-basis.ts),
 * then the collectives proposed, numbered on.
 */
export function renderProposalsCsv(r: ReportFigures, options: CsvOptions): string {
  const w = csvWords(options.lang);
  const year = r.ratings.year;
  const header = [w.rowNo, w.kind, w.name, w.title, w.department, `${w.rating} ${year}`, w.proposedTitle, w.basis];
  const date = (iso: string) => formatDate(iso, options.lang);
  const basis = basisWordsIn(options.lang);
  const people = proposalRows(r, basis, date);
  const rows: Cell[][] = people.map((p) => [p.index, w.person, p.name, p.title, p.department, p.rating, w.titles[p.award], p.basis]);
  const pct = (n: number, of: number) => (of === 0 ? '' : `${formatDecimal((n * 100) / of, options.lang, 1)} %`);
  for (const k of collectiveRows(r, basis, pct, people.length + 1)) {
    rows.push([k.index, w.collective, k.name, '', '', '', w.titles[k.award], k.basis]);
  }
  return toCsv(header, rows, options.delimiter);
}

/**
 * The duty allowance payroll (SPEC §7), written only with an `allowance` block: one row a
 * person with a paid shift in the listed period (by department in unit.yaml order, then by
 * name), paid shifts by class and by day type, the amount in whole đồng; then a total row.
 */
export function renderAllowanceCsv(r: ReportFigures, options: CsvOptions): string {
  const w = csvWords(options.lang);
  const a = w.allowance;
  const header = [w.rowNo, w.name, w.department, a.full, a.threeQuarter, a.half, a.ordinary, a.weekend, a.holiday, a.amount];
  const fig = r.allowance;
  if (!fig) return toCsv(header, [], options.delimiter);
  const rows: Cell[][] = allowanceRows(r).map((row) => {
    const m = row.member;
    return [
      row.index,
      row.name,
      row.department,
      m.byClass.full,
      m.byClass.threeQuarter,
      m.byClass.half,
      m.byDay.ordinary,
      m.byDay.weekend,
      m.byDay.holiday,
      m.amount,
    ];
  });
  const t = fig.totals;
  rows.push(['', a.total, '', t.byClass.full, t.byClass.threeQuarter, t.byClass.half, t.byDay.ordinary, t.byDay.weekend, t.byDay.holiday, fig.total]);
  return toCsv(header, rows, options.delimiter);
}
