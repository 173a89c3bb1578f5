#!/usr/bin/env node
/**
 * The sample workbooks that `thidua init` puts in a new repository's examples/: a list of new
 * members and a duty roster of February 2025, as a clerk of the template unit (Chi đoàn Trung
 * tâm Y tế huyện Tiên Phước, templates/init/data) would receive them from the personnel office
 * and the duty planner. Written with exceljs, then stored as base64 text
 * (templates/init/examples/*.xlsx.base64) so that the templates stay text files, embedded as
 * they are in the self-contained build; init decodes them. Deterministic: the workbook's
 * dates are fixed. Run after changing the examples: node scripts/make-import-examples.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

// The zip's DOS times are local times: fixed in UTC, the bytes are the same in every zone.
process.env.TZ = 'UTC';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'templates/init/examples');
const FIXED = new Date(Date.UTC(2025, 1, 1));

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

const bold = { bold: true };
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

async function save(wb, name) {
  // The zip entries carry the time of writing: packed again with a fixed one, the same bytes each run.
  const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const files = Object.fromEntries(Object.keys(entries).map((name) => [name, [entries[name], { mtime: FIXED, level: 9 }]]));
  const bytes = Buffer.from(zipSync(files));
  // Re-read to be sure the file opens.
  await new ExcelJS.Workbook().xlsx.load(bytes);
  writeFileSync(join(outDir, `${name}.base64`), `${bytes.toString('base64').replace(/.{76}/g, '$&\n')}\n`);
  process.stdout.write(`templates/init/examples/${name}.base64: ${bytes.length} bytes\n`);
}

async function members() {
  const wb = workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['TRUNG TÂM Y TẾ HUYỆN TIÊN PHƯỚC']).font = bold;
  ws.addRow(['DANH SÁCH ĐOÀN VIÊN, CÔNG ĐOÀN VIÊN BỔ SUNG THÁNG 02/2025']).font = bold;
  ws.addRow(['Ngày ghi dd/mm/yyyy; Đoàn viên, Công đoàn viên đánh dấu x. Nhập vào dữ liệu: thidua import members examples/danh-sach-thanh-vien.xlsx']);
  const header = ws.addRow(['STT', 'Họ và tên', 'Khoa/phòng', 'Chức danh', 'Ngày vào', 'Ngày nghỉ', 'Đoàn viên', 'Công đoàn viên', 'Ghi chú']);
  header.font = bold;
  const people = [
    ['Võ Thị Em', 'Khoa Khám bệnh', 'Điều dưỡng', new Date(Date.UTC(2025, 1, 3)), null, 'x', 'x', 'Chuyển từ Trạm Y tế xã Tiên Kỳ'],
    ['Huỳnh Văn Phúc', 'Khoa Hồi sức cấp cứu', 'Bác sĩ', new Date(Date.UTC(2025, 1, 10)), null, 'x', 'x', null],
    ['Nguyễn Thị Giang', 'Khoa Khám bệnh', 'Hộ sinh', new Date(Date.UTC(2025, 1, 17)), null, null, 'x', 'Hợp đồng'],
  ];
  people.forEach((p, i) => ws.addRow([i + 1, ...p]));
  ws.columns.forEach((c, i) => (c.width = [6, 24, 24, 14, 12, 12, 11, 15, 32][i]));
  for (let r = 4; r <= 4 + people.length; r++) ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
  for (let r = 5; r <= 4 + people.length; r++) for (const c of [5, 6]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  await save(wb, 'danh-sach-thanh-vien.xlsx');
}

async function roster() {
  const wb = workbook();
  const ws = wb.addWorksheet('Tháng 02-2025');
  const days = Array.from({ length: 28 }, (_, i) => i + 1);
  const weekday = (d) => ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'][new Date(Date.UTC(2025, 1, d)).getUTCDay()];
  ws.addRow(['LỊCH TRỰC THÁNG 02 NĂM 2025']).font = bold;
  ws.addRow(['Ký hiệu: N = ca ngày 07:00–17:00; Đ = ca đêm 17:00–07:00 sáng hôm sau; hai ca một ngày ghi N, Đ']);
  const header = ws.addRow(['STT', 'Họ và tên', 'Khoa/phòng', ...days]);
  header.font = bold;
  ws.addRow([null, null, null, ...days.map(weekday)]);
  // Nights in Khoa Hồi sức cấp cứu every third day each (at most 10 a month, rules.yaml);
  // day shifts on Saturdays and Sundays in Khoa Khám bệnh.
  const hscc = (offset) => Object.fromEntries(days.filter((d) => d % 3 === offset).map((d) => [d, 'Đ']));
  const weekends = (which) => Object.fromEntries(days.filter((d) => weekday(d) === which).map((d) => [d, 'N']));
  const rows = [
    ['Nguyễn Văn An', 'Khoa Khám bệnh', weekends('T7')],
    ['Trần Thị Bình', 'Khoa Khám bệnh', weekends('CN')],
    ['Lê Văn Cường', 'Khoa Hồi sức cấp cứu', hscc(1)],
    ['Phạm Thị Dung', 'Khoa Hồi sức cấp cứu', hscc(0)],
  ];
  rows.forEach(([name, dept, cells], i) => ws.addRow([i + 1, name, dept, ...days.map((d) => cells[d] ?? null)]));
  ws.addRow([]);
  ws.addRow([null, 'Người lập bảng', null, ...days.map(() => null)]);
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 20;
  ws.getColumn(3).width = 22;
  for (const d of days) {
    const col = ws.getColumn(3 + d);
    col.width = 4.5;
    if (weekday(d) === 'T7' || weekday(d) === 'CN') for (let r = 3; r <= 4 + rows.length; r++) ws.getCell(r, 3 + d).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
  }
  for (let r = 3; r <= 4 + rows.length; r++) ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
  await save(wb, 'lich-truc-2025-02.xlsx');
}

await members();
await roster();
