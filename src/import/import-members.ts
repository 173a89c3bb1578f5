/**
 * `thidua import members` without the files: sheet rows → new member records and the
 * problems of each row (SPEC §9). Existing members are never changed; a person already
 * there (same name and department, or the same id and name) is skipped with a warning.
 */
import type { Department, Issue, Member } from '../model/types.js';
import { parseDateCell } from './date-cell.js';
import { findHeader, MEMBER_HEADERS, SHOWN_HEADERS, type MemberColumn } from './headers.js';
import { idFromName, uniqueId } from './member-id.js';
import { membersNamed, nameKey, resolveDepartment, withDepartmentHint } from './resolve.js';
import { cellIssue, cellText, type CellValue, type Table } from './table.js';

/** A member to append, in the order of members.yaml's keys. */
export interface NewMember extends Pick<Member, 'id' | 'name' | 'department' | 'title' | 'groups' | 'joined' | 'left'> {
  /** Written only when the sheet says so (`direct_worker` is false when absent). */
  readonly directWorker?: boolean;
  /** The sheet row it came from. */
  readonly row: number;
}

export interface MembersImport {
  readonly members: readonly NewMember[];
  /** Errors (nothing is written when there is one) and warnings (people skipped, namesakes). */
  readonly issues: readonly Issue[];
  /** Header cells that name no column thidua reads, shown to the clerk. */
  readonly ignoredColumns: readonly string[];
}

export interface MembersImportInput {
  readonly table: Table;
  readonly departments: readonly Department[];
  readonly existing: readonly Member[];
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  readonly date1904?: boolean;
}

const GROUP_COLUMNS = ['doan-vien', 'cong-doan', 'dang-vien'] as const;
const YES = new Set(['x', 'có', 'co', 'yes', 'y', 'v', '1', 'true', '✓', '✔', 'đv', 'dv']);
const NO = new Set(['', 'không', 'khong', 'no', 'n', '0', 'false', '-']);

/** `x`, `có`, `yes`… → true; empty, `không`, `no`… → false; anything else undefined. */
export function parseFlag(value: CellValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLocaleLowerCase('vi');
  return YES.has(text) ? true : NO.has(text) ? false : undefined;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

export function importMembers(input: MembersImportInput): MembersImport {
  const { table, departments, existing } = input;
  const file = table.file;
  const issues: Issue[] = [];
  const header = findHeader<MemberColumn>(table.rows, MEMBER_HEADERS, ['name']);
  if (header === undefined || header.columns.name === undefined) {
    issues.push(cellIssue('schema', file, table.rows[0]?.row ?? 1, 0, 'import-no-name-column', { column: SHOWN_HEADERS.name }));
    return { members: [], issues, ignoredColumns: [] };
  }
  const col = header.columns;
  const at = (cells: readonly CellValue[], c: MemberColumn) => (col[c] === undefined ? undefined : cells[col[c]!]);
  const taken = new Set(existing.map((m) => m.id));
  const seen = new Map<string, number>(); // name + department → first row
  const out: NewMember[] = [];

  for (const { row, cells } of table.rows.filter((r) => r.row > header.row)) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const issue = (code: Issue['code'], c: MemberColumn, message: Issue['message'], params: Issue['params'] = {}, severity: Issue['severity'] = 'error') =>
      issues.push(cellIssue(code, file, row, col[c] ?? 0, message, params, severity));
    const before = issues.filter((i) => i.severity === 'error').length;
    const name = cellText(at(cells, 'name'));
    if (name === '') {
      issue('schema', 'name', 'import-empty-cell', { column: SHOWN_HEADERS.name });
      continue;
    }
    const deptText = cellText(at(cells, 'department'));
    let department: Department | undefined;
    if (col.department === undefined) issue('schema', 'name', 'import-no-department-column', { column: SHOWN_HEADERS.department });
    else if (deptText === '') issue('schema', 'department', 'import-empty-cell', { column: SHOWN_HEADERS.department });
    else {
      department = resolveDepartment(deptText, departments);
      if (department === undefined) issue('unknown-department', 'department', 'import-unknown-department', withDepartmentHint(deptText, departments));
    }
    // The same person twice in the sheet (same name and department, no id to tell them apart).
    if (department !== undefined) {
      const key = `${nameKey(name)}\0${department.id}\0${cellText(at(cells, 'id'))}`;
      const firstRow = seen.get(key);
      if (firstRow !== undefined) issue('duplicate-id', 'name', 'import-row-twice', { name, otherRow: firstRow });
      else seen.set(key, row);
    }
    const dates: Partial<Record<'joined' | 'left', string>> = {};
    for (const key of ['joined', 'left'] as const) {
      const value = at(cells, key);
      if (cellText(value) === '') continue;
      const parsed = parseDateCell(value ?? null, { date1904: input.date1904 ?? false });
      if ('date' in parsed) dates[key] = parsed.date;
      else issue('bad-date', key, 'import-bad-date', { value: cellText(value), column: SHOWN_HEADERS[key] });
    }
    if (dates.joined !== undefined && dates.left !== undefined && dates.left < dates.joined) {
      issue('date-order', 'left', 'left-before-joined', { left: dates.left, joined: dates.joined });
    }
    const groups: string[] = [];
    for (const g of GROUP_COLUMNS) {
      const flag = parseFlag(at(cells, g));
      if (flag === undefined) issue('schema', g, 'import-bad-flag', { value: cellText(at(cells, g)), column: SHOWN_HEADERS[g] });
      else if (flag) groups.push(g);
    }
    const direct = col.direct_worker === undefined ? undefined : parseFlag(at(cells, 'direct_worker'));
    if (col.direct_worker !== undefined && direct === undefined) {
      issue('schema', 'direct_worker', 'import-bad-flag', { value: cellText(at(cells, 'direct_worker')), column: SHOWN_HEADERS.direct_worker });
    }
    const givenId = cellText(at(cells, 'id'));
    if (givenId !== '' && !ID_PATTERN.test(givenId)) issue('schema', 'id', 'bad-id', { value: givenId });
    if (issues.filter((i) => i.severity === 'error').length > before || department === undefined) continue;

    // Already in members.yaml? The same id with the same name, or the same name in the same department.
    const byId = givenId === '' ? undefined : existing.find((m) => m.id === givenId);
    if (byId !== undefined && nameKey(byId.name) !== nameKey(name)) {
      issue('duplicate-id', 'id', 'import-id-taken', { id: givenId, name: byId.name, otherFile: byId.source.file, otherLine: byId.source.line });
      continue;
    }
    const present = byId ?? membersNamed(name, existing).find((m) => m.department === department!.id);
    if (present !== undefined) {
      const place = { otherFile: present.source.file, otherLine: present.source.line };
      issue('duplicate-record', 'name', 'import-already-present', { name, id: present.id, ...place }, 'warning');
      continue;
    }
    if (givenId !== '' && taken.has(givenId)) {
      issue('duplicate-id', 'id', 'import-id-taken-new', { id: givenId });
      continue;
    }
    const base = givenId || idFromName(name);
    if (base === '') {
      issue('schema', 'name', 'import-no-id', { name });
      continue;
    }
    const id = givenId || uniqueId(base, taken);
    taken.add(id);
    const namesake = membersNamed(name, existing)[0];
    if (namesake !== undefined) {
      issue('duplicate-record', 'name', 'import-namesake', { name, id, other: namesake.id, otherDepartment: namesake.department }, 'warning');
    }
    out.push({
      id,
      name,
      department: department.id,
      ...(cellText(at(cells, 'title')) === '' ? {} : { title: cellText(at(cells, 'title')) }),
      groups,
      ...dates,
      ...(direct === true ? { directWorker: true } : {}),
      row,
    });
  }
  return { members: out, issues, ignoredColumns: header.ignored.map((c) => c.text) };
}
