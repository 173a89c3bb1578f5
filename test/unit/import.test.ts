/** The pure parts of `thidua import` (SPEC §9): ids, date cells, headers, rows → records, YAML text. */
import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../src/import/date-cell.js';
import { dayOfHeader, foldHeader, matchHeader, MEMBER_HEADERS } from '../../src/import/headers.js';
import { importMembers, parseFlag } from '../../src/import/import-members.js';
import { cellCodes, importShifts, typeOfCode } from '../../src/import/import-shifts.js';
import { idFromName, uniqueId } from '../../src/import/member-id.js';
import { cellText, columnLetter, type CellValue, type Table } from '../../src/import/table.js';
import { shiftsText, spacedOf, styleOf, yamlText, membersText } from '../../src/import/yaml-text.js';
import { parse } from 'yaml';
import type { ShiftType } from '../../src/model/types.js';
import { member, unit } from './builders.js';

const table = (rows: CellValue[][], first = 1): Table => ({ file: 'x.xlsx', rows: rows.map((cells, i) => ({ row: first + i, cells })) });
const TYPES: ShiftType[] = [
  { id: 'day', start: '07:00', end: '17:00', code: 'N' },
  { id: 'night', start: '17:00', end: '07:00', code: 'Đ' },
  { id: '24h', start: '07:00', end: '07:00' },
];

describe('ids from names', () => {
  it('drops accents, turns đ into d, joins words with -', () => {
    expect(idFromName('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(idFromName('Đặng Thị Thu Hà')).toBe('dang-thi-thu-ha');
    expect(idFromName('  Võ   Thị Hồng  Nhung ')).toBe('vo-thi-hong-nhung');
    expect(idFromName('Nguyễn Văn An'.normalize('NFD'))).toBe('nguyen-van-an');
    expect(idFromName('Trương Thị Lệ (CN)')).toBe('truong-thi-le-cn');
    expect(idFromName('???')).toBe('');
  });
  it('numbers a taken id from 2', () => {
    expect(uniqueId('nguyen-van-an', new Set())).toBe('nguyen-van-an');
    expect(uniqueId('nguyen-van-an', new Set(['nguyen-van-an']))).toBe('nguyen-van-an-2');
    expect(uniqueId('nguyen-van-an', new Set(['nguyen-van-an', 'nguyen-van-an-2']))).toBe('nguyen-van-an-3');
  });
});

describe('date cells', () => {
  it('reads a Date cell by its UTC fields, whatever the time zone', () => {
    // exceljs gives 2024-09-01 as midnight UTC; in UTC+7 the local getters would still say the 1st,
    // in UTC-5 the 31st of August: only UTC getters are right everywhere.
    expect(parseDateCell(new Date(Date.UTC(2024, 8, 1)))).toEqual({ date: '2024-09-01' });
    expect(parseDateCell(new Date(Date.UTC(2024, 8, 1, 23, 59, 59, 999)))).toEqual({ date: '2024-09-02' });
  });
  it('reads serial numbers of the 1900 and 1904 systems', () => {
    expect(parseDateCell(45536)).toEqual({ date: '2024-09-01' });
    expect(parseDateCell(45536.75)).toEqual({ date: '2024-09-01' });
    expect(parseDateCell(44074, { date1904: true })).toEqual({ date: '2024-09-01' });
    expect(parseDateCell(0)).toEqual({ error: 'bad-date' });
  });
  it('reads dd/mm/yyyy text (and - or .), and yyyy-mm-dd', () => {
    expect(parseDateCell('01/09/2024')).toEqual({ date: '2024-09-01' });
    expect(parseDateCell('1/9/2024')).toEqual({ date: '2024-09-01' });
    expect(parseDateCell('01-09-2024')).toEqual({ date: '2024-09-01' });
    expect(parseDateCell('01.09.2024')).toEqual({ date: '2024-09-01' });
    expect(parseDateCell('2024-09-01')).toEqual({ date: '2024-09-01' });
  });
  it('refuses what is not a day', () => {
    for (const v of ['30/02/2024', 'tháng 9', '2024', '09/2024', '', true, null]) expect(parseDateCell(v)).toEqual({ error: 'bad-date' });
  });
});

describe('headers', () => {
  it('folds names: accents, case, / and notes in brackets', () => {
    expect(foldHeader('Khoa/phòng')).toBe('khoa phong');
    expect(foldHeader('HỌ VÀ TÊN')).toBe('ho va ten');
    expect(foldHeader('Ngày vào (dd/mm/yyyy)')).toBe('ngay vao');
    expect(foldHeader('Họ và tên'.normalize('NFD'))).toBe('ho va ten');
  });
  it('matches Vietnamese and English names, and lists the others', () => {
    const m = matchHeader({ row: 3, cells: ['STT', 'Họ và tên', 'Department', 'Chức danh', 'Đoàn viên', 'Ghi chú'] }, MEMBER_HEADERS);
    expect(m.columns).toEqual({ name: 1, department: 2, title: 3, 'doan-vien': 4 });
    expect(m.ignored.map((c) => c.text)).toEqual(['STT', 'Ghi chú']);
  });
  it('reads day columns: numbers, text, Ngày n, a weekday and a day, a date cell', () => {
    expect([1, '02', 'Ngày 3', 'T2 4', 'CN 5', '6/2', new Date(Date.UTC(2025, 1, 7)), 32, 'Tổng'].map(dayOfHeader)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined, undefined]);
  });
  it('columns as spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 33].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AH']);
  });
  it('cell text: NFC, spaces squeezed', () => {
    expect(cellText('  Nguyễn\u00a0 Văn   An '.normalize('NFD'))).toBe('Nguyễn Văn An');
  });
});

describe('members rows', () => {
  const u = unit();
  const existing = [member({ id: 'nguyen-van-an', name: 'Nguyễn Văn An', department: 'a' })];
  const run = (rows: CellValue[][]) => importMembers({ table: table(rows), departments: u.departments, existing });

  it('makes records, numbering ids on collision, and skips a person already there', () => {
    const r = run([
      ['Họ và tên', 'Khoa/phòng', 'Ngày vào', 'Đoàn viên', 'Công đoàn viên'],
      ['Nguyễn Văn An', 'Khoa B', 45536, 'x', ''],
      ['Nguyễn Văn An', 'a', null, null, null],
      ['Trần Thị Bình', 'khoa a', '01/09/2024', 'có', 'X'],
    ]);
    expect(r.members.map((m) => [m.id, m.department, m.joined, m.groups])).toEqual([
      ['nguyen-van-an-2', 'b', '2024-09-01', ['doan-vien']],
      ['tran-thi-binh', 'a', '2024-09-01', ['doan-vien', 'cong-doan']],
    ]);
    expect(r.issues.map((i) => [i.code, i.severity, i.source.line, i.message])).toEqual([
      ['duplicate-record', 'warning', 2, 'import-namesake'],
      ['duplicate-record', 'warning', 3, 'import-already-present'],
    ]);
  });
  it('reports every bad cell of every row', () => {
    const r = run([
      ['Họ và tên', 'Khoa/phòng', 'Ngày vào', 'Ngày nghỉ', 'Đoàn viên'],
      ['Lê Văn C', 'Khoa Z', '31/02/2024', '', 'maybe'],
      ['', 'a', '', '', ''],
      ['Phạm D', 'a', '01/09/2024', '01/01/2024', ''],
      ['Phạm D', 'a', '', '', ''],
    ]);
    expect(r.members).toEqual([]);
    expect(r.issues.map((i) => `${i.source.line}:${i.source.column} ${i.code} ${i.message}`)).toEqual([
      '2:2 unknown-department import-unknown-department',
      '2:3 bad-date import-bad-date',
      '2:5 schema import-bad-flag',
      '3:1 schema import-empty-cell',
      '4:4 date-order left-before-joined',
      '5:1 duplicate-id import-row-twice',
    ]);
  });
  it('needs a name column in the first rows', () => {
    const r = run([['Danh sách'], ['STT', 'Tên khoa']]);
    expect(r.issues.map((i) => [i.code, i.message, i.source.line])).toEqual([['schema', 'import-no-name-column', 1]]);
  });
  it('flags', () => {
    expect(['x', 'X', 'có', 'Có', 'yes', '', 'không', true].map((v) => parseFlag(v))).toEqual([true, true, true, true, true, false, false, true]);
    expect(parseFlag('?')).toBeUndefined();
  });
});

describe('roster grid', () => {
  const u = unit();
  const members = [
    member({ id: 'an', name: 'Nguyễn Văn An', department: 'a' }),
    member({ id: 'binh', name: 'Trần Thị Bình', department: 'b', joined: '2025-02-10' }),
    member({ id: 'huong-a', name: 'Lê Thị Hương', department: 'a' }),
    member({ id: 'huong-b', name: 'Lê Thị Hương', department: 'b' }),
  ];
  const run = (rows: CellValue[][], month = '2025-02') => importShifts({ table: table(rows), month, departments: u.departments, members, types: TYPES });

  it('codes and ids, several a cell, grouped by day, type and department', () => {
    expect(typeOfCode('đ', TYPES)?.id).toBe('night');
    expect(typeOfCode('24H', TYPES)?.id).toBe('24h');
    expect(cellCodes(' N , Đ;')).toEqual(['N', 'Đ']);
    const r = run([
      ['LỊCH TRỰC THÁNG 02/2025'],
      ['STT', 'Họ và tên', 'Khoa/phòng', 1, 2, 3, 'Ghi chú'],
      [1, 'Nguyễn Văn An', '', 'Đ', 'N,Đ', null, 'trưởng tua'],
      [2, 'Lê Thị Hương', 'Khoa B', 'đ', null, '24h'],
      [3, 'Người ký', null, null, null, null],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.ignoredColumns).toEqual(['STT', 'Ghi chú']);
    expect(r.shifts).toEqual([
      { date: '2025-02-01', type: 'night', department: 'a', members: ['an'] },
      { date: '2025-02-02', type: 'day', department: 'a', members: ['an'] },
      { date: '2025-02-02', type: 'night', department: 'a', members: ['an'] },
      { date: '2025-02-01', type: 'night', department: 'b', members: ['huong-b'] },
      { date: '2025-02-03', type: '24h', department: 'b', members: ['huong-b'] },
    ]);
  });
  it('reports unknown codes and people, a person twice, a day the month lacks, a day before joining', () => {
    const days = Array.from({ length: 31 }, (_, i) => i + 1);
    const row = (name: string, cells: Record<number, string>) => [name, ...days.map((d) => cells[d] ?? null)];
    const r = run([
      ['Họ và tên', ...days],
      row('Nguyễn Văn An', { 1: 'X' }),
      row('Nguyễn Văn Ann', { 2: 'N' }),
      row('Lê Thị Hương', { 3: 'N' }),
      row('Nguyễn Văn An', { 4: 'N' }),
      row('Trần Thị Bình', { 5: 'N', 30: 'Đ' }),
    ]);
    expect(r.issues.map((i) => `${i.source.line}:${columnLetter(i.source.column - 1)} ${i.code} ${i.message}`)).toEqual([
      '2:B unknown-shift-type import-unknown-code',
      '3:A unknown-member import-unknown-person',
      '4:A unknown-member import-ambiguous-person',
      '5:A duplicate-id import-person-twice',
      '6:F member-inactive member-not-joined',
      '6:AE bad-date import-no-such-day',
    ]);
    expect(r.issues[1]!.params['hint']).toBe('Nguyễn Văn An');
  });
});

describe('YAML text', () => {
  it('quotes only what YAML would misread', () => {
    expect(['Nguyễn Văn An', 'Bác sĩ CKI', 'yes', '123', '2024-01-01', 'a: b', '#1', 'Khoa Nội – Nhi'].map((v) => yamlText(v))).toEqual([
      'Nguyễn Văn An', 'Bác sĩ CKI', '"yes"', '"123"', '"2024-01-01"', '"a: b"', '"#1"', 'Khoa Nội – Nhi',
    ]);
    expect(yamlText('Điều dưỡng, hộ lý', true)).toBe('"Điều dưỡng, hộ lý"');
    for (const v of ['yes', 'a: b', '"x"', "Lê Văn O'Neil", 'x #y']) expect(parse(`k: ${yamlText(v)}`)).toEqual({ k: v });
  });
  it('writes members in the style of the file and shifts under department headings', () => {
    const m = [{ id: 'an', name: 'Nguyễn Văn An', department: 'a', groups: ['doan-vien'], joined: '2024-09-01', row: 2 }];
    expect(membersText({ members: m, style: 'block', spaced: false, comments: ['Nhập từ x.xlsx'] })).toBe(
      '# Nhập từ x.xlsx\n- id: an\n  name: Nguyễn Văn An\n  department: a\n  groups: [doan-vien]\n  joined: 2024-09-01\n',
    );
    expect(membersText({ members: m, style: 'flow', spaced: false, comments: [] })).toBe('- { id: an, name: Nguyễn Văn An, department: a, groups: [doan-vien], joined: 2024-09-01 }\n');
    const text = shiftsText({ shifts: [{ date: '2025-02-01', type: 'night', department: 'a', members: ['an', 'binh'] }], style: 'flow', modeline: '# yaml-language-server: $schema=x.json', comments: ['c'], sections: { a: '== Khoa A ==' } });
    expect(text).toBe('# yaml-language-server: $schema=x.json\n# c\n\n# == Khoa A ==\n- { date: 2025-02-01, type: night, department: a, members: [an, binh] }\n');
    expect(parse(text)).toEqual([{ date: '2025-02-01', type: 'night', department: 'a', members: ['an', 'binh'] }]);
  });
  it('reads a file’s style', () => {
    expect(styleOf('- { a: 1 }\n- { a: 2 }\n- a: 3\n')).toBe('flow');
    expect(styleOf('- a: 1\n  b: 2\n')).toBe('block');
    expect(spacedOf('# x\n- a: 1\n\n- a: 2\n\n- a: 3\n')).toBe(true);
    expect(spacedOf('- a: 1\n- a: 2\n')).toBe(false);
  });
});

describe('the code key of shift types', () => {
  it('is accepted by rules.yaml, resolved onto the type, and in the JSON Schema for editors', async () => {
    const { rulesSchema } = await import('../../src/model/schemas.js');
    const { resolveRules } = await import('../../src/model/defaults.js');
    const { schemaTexts } = await import('../../src/cli/commands/schema.js');
    const input = rulesSchema.parse({ shifts: { types: { night: { start: '17:00', end: '07:00', code: 'Đ' } } } });
    expect(resolveRules(input).shifts.types['night']).toEqual({ id: 'night', start: '17:00', end: '07:00', code: 'Đ' });
    expect(resolveRules({}).shifts.types['day']).toEqual({ id: 'day', start: '07:00', end: '17:00' });
    expect(() => rulesSchema.parse({ shifts: { types: { night: { start: '17:00', end: '07:00', code: '' } } } })).toThrow();
    const json = JSON.parse(schemaTexts().get('rules.schema.json')!) as Record<string, unknown>;
    expect(JSON.stringify(json)).toContain('"code":{"type":"string","minLength":1,"maxLength":8');
  });
});
