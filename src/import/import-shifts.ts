/**
 * `thidua import shifts` without the files: the roster grid (one row a person, one column
 * a day, a cell the codes of that day's shifts) → shift records of one month (SPEC §9).
 * A code is a shift type's `code:` or its id, compared without regard to case.
 */
import { daysInMonth, formatYMD } from '../model/dates.js';
import type { Department, Issue, Member, ShiftType } from '../model/types.js';
import { dayOfHeader, findHeader, foldHeader, ROSTER_HEADERS, SHOWN_HEADERS, type RosterColumn } from './headers.js';
import { membersNamed, resolveDepartment, withDepartmentHint } from './resolve.js';
import { cellIssue, cellText, columnLetter, foldText, withHint, type CellValue, type Table } from './table.js';

export interface NewShift {
  readonly date: string;
  readonly type: string;
  readonly department: string;
  readonly members: readonly string[];
}

export interface ShiftsImport {
  readonly shifts: readonly NewShift[];
  readonly issues: readonly Issue[];
  readonly ignoredColumns: readonly string[];
}

export interface ShiftsImportInput {
  readonly table: Table;
  /** `YYYY-MM` */
  readonly month: string;
  readonly departments: readonly Department[];
  readonly members: readonly Member[];
  /** rules.shifts.types, in the order rules.yaml lists them (defaults first). */
  readonly types: readonly ShiftType[];
}

const WEEKDAY = /^(t ?[2-7]|cn|thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|mon|tue|wed|thu|fri|sat|sun)$/;

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/** The type a roster code names: its `code:` first, else its id; undefined when none. */
export function typeOfCode(code: string, types: readonly ShiftType[]): ShiftType | undefined {
  const c = upper(code);
  return types.find((t) => t.code !== undefined && upper(t.code) === c) ?? types.find((t) => upper(t.id) === c);
}

/** A cell's codes: split at `,` (also `;`), trimmed, empty parts dropped. */
export function cellCodes(value: CellValue | undefined): string[] {
  return cellText(value)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function importShifts(input: ShiftsImportInput): ShiftsImport {
  const { table, departments, members, types } = input;
  const file = table.file;
  const year = Number(input.month.slice(0, 4));
  const month = Number(input.month.slice(5, 7));
  const lastDay = daysInMonth(year, month);
  const issues: Issue[] = [];
  const isDay = (folded: string) => dayOfHeader(folded) !== undefined;
  const header = findHeader<RosterColumn>(table.rows, ROSTER_HEADERS, ['name', 'id'], isDay);
  if (header === undefined) {
    issues.push(cellIssue('schema', file, table.rows[0]?.row ?? 1, 0, 'import-no-name-column', { column: SHOWN_HEADERS.name }));
    return { shifts: [], issues, ignoredColumns: [] };
  }
  const headerCells = table.rows.find((r) => r.row === header.row)!.cells;
  const dayColumns = new Map<number, number>(); // column → day
  const dayFirstColumn = new Map<number, number>();
  headerCells.forEach((cell, column) => {
    if (Object.values(header.columns).includes(column)) return;
    const day = dayOfHeader(cell);
    if (day === undefined) return;
    const first = dayFirstColumn.get(day);
    if (first !== undefined) {
      issues.push(cellIssue('schema', file, header.row, column, 'import-day-twice', { day, otherColumn: columnLetter(first) }));
      return;
    }
    dayFirstColumn.set(day, column);
    dayColumns.set(column, day);
  });
  if (dayColumns.size === 0) issues.push(cellIssue('schema', file, header.row, 0, 'import-no-days', {}));
  const col = header.columns;
  const at = (cells: readonly CellValue[], c: RosterColumn) => (col[c] === undefined ? undefined : cells[col[c]!]);
  const codeWords = types.flatMap((t) => (t.code === undefined ? [t.id] : [t.code, t.id]));
  const codesShown = types.map((t) => (t.code === undefined ? t.id : `${t.code} (${t.id})`)).join(', ');
  const personRow = new Map<string, number>();
  const groups = new Map<string, { date: string; type: string; department: string; members: string[] }>();

  for (const { row, cells } of table.rows.filter((r) => r.row > header.row)) {
    const coded = [...dayColumns.keys()].filter((c) => cellCodes(cells[c]).length > 0);
    // Rows without a single code (a blank line, a signature, a person off all month) write nothing.
    if (coded.length === 0) continue;
    const personColumn = col.id ?? col.name ?? 0;
    // The row of weekdays under the days (T2 … T7, CN) names nobody: not a person's row.
    if (cellText(at(cells, 'id')) === '' && cellText(at(cells, 'name')) === '' && coded.every((c) => WEEKDAY.test(foldText(cellText(cells[c]))))) continue;
    const issue = (code: Issue['code'], column: number, message: Issue['message'], params: Issue['params'] = {}) =>
      issues.push(cellIssue(code, file, row, column, message, params));
    const idText = cellText(at(cells, 'id'));
    const nameText = cellText(at(cells, 'name'));
    const deptText = cellText(at(cells, 'department'));
    let department: Department | undefined;
    if (deptText !== '') {
      department = resolveDepartment(deptText, departments);
      if (department === undefined) {
        issue('unknown-department', col.department!, 'import-unknown-department', withDepartmentHint(deptText, departments));
        continue;
      }
    }
    let member: Member | undefined;
    if (idText !== '') {
      member = members.find((m) => m.id === idText);
      if (member === undefined) issue('unknown-member', col.id!, 'unknown-member', withHint({ id: idText }, idText, members.map((m) => m.id)));
    } else if (nameText === '') {
      issue('schema', personColumn, 'import-empty-cell', { column: SHOWN_HEADERS.name });
    } else {
      let named = membersNamed(nameText, members);
      if (named.length > 1 && department !== undefined) named = named.filter((m) => m.department === department!.id);
      if (named.length === 1) {
        member = named[0];
      } else if (named.length === 0) {
        issue('unknown-member', personColumn, 'import-unknown-person', withHint({ name: nameText }, nameText, members.map((m) => m.name)));
      } else {
        issue('unknown-member', personColumn, 'import-ambiguous-person', { name: nameText, ids: named.map((m) => m.id).join(', ') });
      }
    }
    if (member === undefined) continue;
    const firstRow = personRow.get(member.id);
    if (firstRow !== undefined) {
      issue('duplicate-id', personColumn, 'import-person-twice', { name: member.name, id: member.id, otherRow: firstRow });
      continue;
    }
    personRow.set(member.id, row);
    const dept = department?.id ?? member.department;
    for (const column of coded) {
      const day = dayColumns.get(column)!;
      if (day > lastDay) {
        issue('bad-date', column, 'import-no-such-day', { day, month: input.month });
        continue;
      }
      const date = formatYMD(year, month, day);
      if (member.joined !== undefined && date < member.joined) {
        issue('member-inactive', column, 'member-not-joined', { id: member.id, date, joined: member.joined });
        continue;
      }
      if (member.left !== undefined && date > member.left) {
        issue('member-inactive', column, 'member-left', { id: member.id, date, left: member.left });
        continue;
      }
      for (const code of new Set(cellCodes(cells[column]))) {
        const type = typeOfCode(code, types);
        if (type === undefined) {
          // `D` for `Đ`, `d` for `đ`: the same letters without their marks come first.
          const same = codeWords.find((w) => foldText(w) === foldText(code));
          const params = { value: code, codes: codesShown };
          issue('unknown-shift-type', column, 'import-unknown-code', same === undefined ? withHint(params, code, codeWords) : { ...params, hint: same });
          continue;
        }
        const key = `${date}\0${type.id}\0${dept}`;
        const group = groups.get(key) ?? { date, type: type.id, department: dept, members: [] };
        group.members.push(member.id);
        groups.set(key, group);
      }
    }
  }
  const deptOrder = new Map(departments.map((d, i) => [d.id, i]));
  const typeOrder = new Map(types.map((t, i) => [t.id, i]));
  const shifts = [...groups.values()].sort(
    (a, b) =>
      (deptOrder.get(a.department) ?? 0) - (deptOrder.get(b.department) ?? 0) ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (typeOrder.get(a.type) ?? 0) - (typeOrder.get(b.type) ?? 0),
  );
  const ignoredColumns = header.ignored.filter((c) => !dayColumns.has(c.column) && foldHeader(c.text) !== '').map((c) => c.text);
  return { shifts, issues, ignoredColumns };
}
