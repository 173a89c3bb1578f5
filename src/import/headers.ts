/**
 * The header row: which column holds what, by its Vietnamese or English name (SPEC §9).
 * Names are compared folded (no accents, lower case, `/`, `-`, `.` and `:` read as spaces),
 * so `Họ và tên`, `HỌ VÀ TÊN`, `Ho va ten` and `Name` all find the name column.
 */
import { cellText, foldText, type CellValue, type TableRow } from './table.js';

export type MemberColumn = 'id' | 'name' | 'department' | 'title' | 'joined' | 'left' | 'doan-vien' | 'cong-doan' | 'dang-vien' | 'direct_worker';
export type RosterColumn = 'id' | 'name' | 'department';

/** Accepted header names per column, folded. The first is the one messages show. */
export const MEMBER_HEADERS: Readonly<Record<MemberColumn, readonly string[]>> = {
  id: ['ma', 'ma so', 'ma nguoi', 'id'],
  name: ['ho va ten', 'ho ten', 'ten', 'name', 'full name'],
  department: ['khoa phong', 'khoa', 'phong', 'khoa phong ban', 'bo phan', 'department', 'dept'],
  title: ['chuc danh', 'chuc vu', 'title'],
  joined: ['ngay vao', 'ngay vao lam', 'ngay bat dau', 'joined'],
  left: ['ngay nghi', 'ngay nghi viec', 'ngay chuyen di', 'left'],
  'doan-vien': ['doan vien', 'union youth', 'youth union'],
  'cong-doan': ['cong doan vien', 'cong doan', 'trade union'],
  'dang-vien': ['dang vien', 'party member'],
  direct_worker: ['truc tiep lao dong', 'nguoi truc tiep lao dong', 'direct worker'],
};

export const ROSTER_HEADERS: Readonly<Record<RosterColumn, readonly string[]>> = {
  id: MEMBER_HEADERS.id,
  name: MEMBER_HEADERS.name,
  department: MEMBER_HEADERS.department,
};

/** The names a message shows for a column: the Vietnamese and the English one. */
export const SHOWN_HEADERS: Readonly<Record<MemberColumn, string>> = {
  id: 'Mã / id',
  name: 'Họ và tên / name',
  department: 'Khoa/phòng / department',
  title: 'Chức danh / title',
  joined: 'Ngày vào / joined',
  left: 'Ngày nghỉ / left',
  'doan-vien': 'Đoàn viên',
  'cong-doan': 'Công đoàn viên',
  'dang-vien': 'Đảng viên',
  direct_worker: 'Trực tiếp lao động / direct worker',
};

/** A header cell folded for matching: `Khoa/phòng` → `khoa phong`, `Ngày vào (dd/mm/yyyy)` → `ngay vao`. */
export function foldHeader(value: CellValue | undefined): string {
  return foldText(cellText(value).replace(/\([^)]*\)/g, ' ').replace(/[/\-.:_*]+/g, ' '));
}

export interface HeaderMatch<C extends string> {
  /** The header's spreadsheet row. */
  readonly row: number;
  /** Column index by role. */
  readonly columns: Partial<Record<C, number>>;
  /** Header cells that name nothing thidua reads (STT, Ghi chú…), by column index. */
  readonly ignored: readonly { readonly column: number; readonly text: string }[];
}

/** Matches one row's cells against `names`; the first column wins when two match one role. */
export function matchHeader<C extends string>(
  row: TableRow,
  names: Readonly<Record<C, readonly string[]>>,
  isOther: (folded: string) => boolean = () => false,
): HeaderMatch<C> {
  const columns: Partial<Record<C, number>> = {};
  const ignored: { column: number; text: string }[] = [];
  row.cells.forEach((cell, column) => {
    const folded = foldHeader(cell);
    if (folded === '') return;
    const role = (Object.keys(names) as C[]).find((r) => names[r].includes(folded));
    if (role !== undefined && columns[role] === undefined) columns[role] = column;
    else if (!isOther(folded)) ignored.push({ column, text: cellText(cell) });
  });
  return { row: row.row, columns, ignored };
}

/** How many rows from the top the header may be preceded by (a title, the unit's name, a date line). */
export const HEADER_SEARCH_ROWS = 10;

/** The first of the top rows that has a column for one of `required`; undefined when none has. */
export function findHeader<C extends string>(
  rows: readonly TableRow[],
  names: Readonly<Record<C, readonly string[]>>,
  required: readonly C[],
  isOther?: (folded: string) => boolean,
): HeaderMatch<C> | undefined {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const match = matchHeader(row, names, isOther);
    if (required.some((r) => match.columns[r] !== undefined)) return match;
  }
  return undefined;
}

/** A roster's day column header: `1`…`31`, `01`, `Ngày 5`, `5/2`, or a date cell; the day of month, else undefined. */
export function dayOfHeader(value: CellValue | undefined): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getUTCDate();
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 31 ? value : undefined;
  const folded = foldHeader(value);
  const m =
    /^(?:ngay |day )?0?([1-9]|[12]\d|3[01])(?: \d{1,2}(?: \d{4})?)?$/.exec(folded) ??
    /^(?:t[2-7]|cn|thu [2-7]|chu nhat) 0?([1-9]|[12]\d|3[01])$/.exec(folded);
  return m ? Number(m[1]) : undefined;
}
