/**
 * Helpers of the import tests: realistic sheets built with exceljs (as a clerk's Excel saves
 * them: a title above the header, Date cells, serial numbers, text dates, decomposed accents,
 * stray spaces), and an in-process run of the built CLI (`main()` of dist/cli/main.js).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from './sample-unit.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const { main } = (await import(join(ROOT, 'dist/cli/main.js'))) as { main: (p: object) => Promise<number> };

export async function runIn(cwd: string, argv: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, env: { NO_COLOR: '1' }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

type Cell = string | number | Date | null;

/** Writes a workbook whose first sheet holds `rows` (and a second sheet, which the import ignores). */
export async function writeWorkbook(path: string, sheetName: string, rows: readonly Cell[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
  workbook.addWorksheet('Ghi chú').addRow(['Trang này không được đọc']);
  await workbook.xlsx.writeFile(path);
}

/** New staff of the sample unit, as the personnel office sends them. */
export const NEW_STAFF: Cell[][] = [
  ['TRUNG TÂM Y TẾ HUYỆN QUẾ SƠN'],
  ['DANH SÁCH VIÊN CHỨC BỔ SUNG NĂM 2025'],
  [],
  ['STT', 'Họ và tên', 'Khoa/phòng', 'Chức danh', 'Ngày vào', 'Đoàn viên', 'Công đoàn viên', 'Ghi chú'],
  // Typed on a Mac: decomposed accents; a Date cell.
  [1, 'Nguyễn Thị Thu Trang'.normalize('NFD'), 'Khoa Khám bệnh', 'Điều dưỡng', new Date(Date.UTC(2025, 2, 3)), 'x', 'x', null],
  // Stray spaces; the department by its short id in capitals; a serial date (2025-04-01).
  [2, '  Phạm  Văn   Long ', 'HSCC', 'Bác sĩ', 45748, 'x', null, 'BS đa khoa'],
  // A namesake of Trần Thị Mai (Khoa Nội – Nhi): another person, numbered id; a text date.
  [3, 'Trần Thị Mai', 'Phòng Tổ chức – Hành chính', 'Văn thư', '15/04/2025', null, 'có', null],
  // Already a member: skipped, not added twice.
  [4, 'Nguyễn Văn An', 'kham-benh', 'Bác sĩ', '01/09/2019', 'x', 'x', 'đã có'],
];

/** The April 2025 roster of two departments of the sample unit: codes N, Đ, 24 of data/rules.yaml. */
export function aprilRoster(): Cell[][] {
  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  const row = (n: number, name: string, dept: string, cells: Record<number, string>): Cell[] => [n, name, dept, ...days.map((d) => cells[d] ?? null)];
  return [
    ['LỊCH TRỰC THÁNG 04/2025'],
    ['STT', 'Họ và tên', 'Khoa/phòng', ...days],
    row(1, 'Huỳnh Tấn Phát', 'Khoa Hồi sức cấp cứu', { 1: 'Đ', 5: 'N', 9: 'Đ', 20: 'đ' }),
    row(2, 'Nguyễn Thị Kim Oanh'.normalize('NFD'), 'hscc', { 1: 'Đ', 6: 'N', 13: 'Đ' }),
    row(3, 'Trần Quốc  Bảo', 'hscc', { 5: 'Đ', 9: 'Đ', 20: 'Đ' }),
    row(4, 'Trần Thị Mai', 'Khoa Nội – Nhi', { 6: '24', 27: '24' }),
    row(5, 'Nguyễn Thị Lan', 'noi-nhi', { 2: 'N', 12: 'N, Đ' }),
    [],
    [null, 'Người lập bảng'],
  ];
}
