/**
 * `thidua import` and `thidua new month` end to end (SPEC §9), in-process through main() of
 * the built CLI on copies of the sample unit: real .xlsx files made with exceljs and CSVs with
 * Vietnamese headers; the YAML written is compared with reviewed files in
 * test/fixtures/import/ (`.txt`, so that no test takes them for records), and the checks run on the result. One test spawns the
 * self-contained build, to show that exceljs is inside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aprilRoster, NEW_STAFF, runIn, writeWorkbook } from './import-sheets.js';
import { cleanEnv, copyData, fingerprint, ROOT } from './sample-unit.js';

const EXPECTED = join(ROOT, 'test/fixtures/import');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the sample unit in a fresh folder: `<dir>/data`. */
function sample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-import-'));
  dirs.push(dir);
  copyData(join(dir, 'data'));
  return dir;
}

const expected = (name: string) => readFileSync(join(EXPECTED, `${name}.txt`), 'utf8');

/** Compares with a reviewed file; `UPDATE_GOLDEN=1` rewrites it instead (then review `git diff`). */
function expectFile(actual: string, name: string): void {
  if (process.env['UPDATE_GOLDEN']) writeFileSync(join(EXPECTED, `${name}.txt`), actual);
  expect(actual).toBe(expected(name));
}

describe('import members from a workbook', () => {
  it('appends the new people, skips the one already there, keeps every byte before, and checks the result', async () => {
    const dir = sample();
    await writeWorkbook(join(dir, 'nhan-su-bo-sung.xlsx'), 'Danh sách', NEW_STAFF);
    const before = readFileSync(join(dir, 'data/members.yaml'), 'utf8');
    const r = await runIn(dir, ['import', 'members', 'nhan-su-bo-sung.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'Đã thêm 3 người vào data/members.yaml: nguyen-thi-thu-trang, pham-van-long, tran-thi-mai-2',
      'Dữ liệu hợp lệ: 43 người, 74 hoạt động, 1690 ca trực.',
    ]);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'Bỏ qua các cột: STT, Ghi chú',
      'nhan-su-bo-sung.xlsx:7:B: warning: Trần Thị Mai trùng tên với tran-thi-mai (khoa/phòng noi-nhi); thêm như một người khác, mã tran-thi-mai-2 [duplicate-record]',
      'nhan-su-bo-sung.xlsx:8:B: warning: Nguyễn Văn An đã có trong danh sách (nguyen-van-an, data/members.yaml:5): bỏ qua, không thêm lần nữa [duplicate-record]',
    ]);
    const after = readFileSync(join(dir, 'data/members.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expectFile(after.slice(before.length), 'members-appended.yaml');
  });

  it('--dry-run prints the YAML and writes nothing', async () => {
    const dir = sample();
    await writeWorkbook(join(dir, 'ds.xlsx'), 'DS', NEW_STAFF);
    const prints = fingerprint(join(dir, 'data'));
    const r = await runIn(dir, ['import', 'members', 'ds.xlsx', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(thử, không ghi) sẽ ghi vào data/members.yaml:');
    // Only what would be appended: the file's own records are not repeated.
    expect(r.stdout).toBe(expected('members-appended.yaml').replace('nhan-su-bo-sung.xlsx', 'ds.xlsx'));
    expect(fingerprint(join(dir, 'data'))).toEqual(prints);
  });

  it('a CSV with Vietnamese headers, ; separated, with a BOM, into a data folder given by --data', async () => {
    const dir = sample();
    const csv = '\ufeffHọ và tên;Khoa/phòng;Chức danh;Ngày vào;Ngày nghỉ;Đoàn viên;Công đoàn viên;Đảng viên\n"Lê Thị Ngọc Hân";Khoa Nội – Nhi;Hộ sinh;2/1/2025;;x;x;\nĐoàn Văn Đức;hcth;Lái xe;01/02/2025;31/12/2025;;có;có\n';
    writeFileSync(join(dir, 'them.csv'), csv);
    const before = readFileSync(join(dir, 'data/members.yaml'), 'utf8');
    mkdirSync(join(dir, 'sub'));
    const r = await runIn(join(dir, 'sub'), ['import', 'members', '../them.csv', '--data', '../data']);
    expect(r.code).toBe(0);
    // A path outside the working folder is shown whole, as check shows it.
    expect(r.stdout.split('\n')[0]).toBe(`Đã thêm 2 người vào ${join(dir, 'data/members.yaml')}: le-thi-ngoc-han, doan-van-duc`);
    expectFile(readFileSync(join(dir, 'data/members.yaml'), 'utf8').slice(before.length), 'members-csv-appended.yaml');
  });

  it('bad rows: every one reported as FILE:row:column, in English with --lang en, nothing written, exit 1', async () => {
    const dir = sample();
    const csv = 'Name,Department,Joined,Đoàn viên\nNguyễn Văn Bé,Khoa Ngoại,01/02/2025,x\nTrần Văn Cò,hscc,30/02/2025,x\n,hscc,,\nLê Văn Dế,hscc,01/03/2025,maybe\n';
    writeFileSync(join(dir, 'bad.csv'), csv);
    const prints = fingerprint(join(dir, 'data'));
    const r = await runIn(dir, ['--lang', 'en', 'import', 'members', 'bad.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'bad.csv:2:B: error: no department “Khoa Ngoại” in unit.yaml (write its id or its name) [unknown-department]',
      'bad.csv:3:C: error: “30/02/2025” in column “Ngày vào / joined” is not a date; write dd/mm/yyyy (e.g. 01/09/2024) or format the cell as a date [bad-date]',
      'bad.csv:4:A: error: the “Họ và tên / name” cell is empty [schema]',
      'bad.csv:5:D: error: “maybe” in column “Đoàn viên” is not valid; write x (or yes) when it holds, leave it empty when not [schema]',
      'bad.csv: 4 errors; nothing written. Fix the sheet and run the command again.',
      '',
    ]);
    expect(fingerprint(join(dir, 'data'))).toEqual(prints);
  });
});

describe('import shifts from a roster grid', () => {
  it('writes shifts/2025/2025-04.yaml from the codes, in the style of the sample, and checks the result', async () => {
    const dir = sample();
    await writeWorkbook(join(dir, 'lich-truc-04-2025.xlsx'), 'Tháng 4', aprilRoster());
    const r = await runIn(dir, ['import', 'shifts', 'lich-truc-04-2025.xlsx', '--month', '2025-04']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'Đã ghi data/shifts/2025/2025-04.yaml: 12 ca trực, 5 người, từ 2025-04-01 đến 2025-04-27',
      'Dữ liệu hợp lệ: 40 người, 74 hoạt động, 1702 ca trực.',
    ]);
    expect(r.stderr.split('\n')[0]).toBe('Bỏ qua các cột: STT');
    expectFile(readFileSync(join(dir, 'data/shifts/2025/2025-04.yaml'), 'utf8'), 'shifts-2025-04.yaml');
  });

  it('refuses a month that has its file already, naming it', async () => {
    const dir = sample();
    await writeWorkbook(join(dir, 'lich.xlsx'), 'T3', aprilRoster());
    const prints = fingerprint(join(dir, 'data'));
    const r = await runIn(dir, ['import', 'shifts', 'lich.xlsx', '--month', '2025-03']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('thidua: đã có data/shifts/2025/2025-03.yaml; import không ghi đè. Muốn nhập lại thì xoá (hoặc đổi tên) tệp đó trước.\n');
    expect(fingerprint(join(dir, 'data'))).toEqual(prints);
  });

  it('a CSV roster with Vietnamese headers and ids', async () => {
    const dir = sample();
    const days = Array.from({ length: 31 }, (_, i) => i + 1).join(',');
    const row = (id: string, name: string, cells: Record<number, string>) => `${id},${name},${Array.from({ length: 31 }, (_, i) => (cells[i + 1] ?? '').includes(',') ? `"${cells[i + 1]}"` : (cells[i + 1] ?? '')).join(',')}`;
    const csv = [`Mã,Họ và tên,${days}`, row('nguyen-van-an', 'Nguyễn Văn An', { 1: 'Đ', 31: 'N' }), row('tran-thi-binh', 'Trần Thị Bình', { 1: 'Đ', 2: 'N, Đ' })].join('\n') + '\n';
    writeFileSync(join(dir, 'lich-5.csv'), csv);
    const r = await runIn(dir, ['import', 'shifts', 'lich-5.csv', '--month', '2025-05', '--dry-run']);
    expect(r.code).toBe(0);
    expectFile(r.stdout, 'shifts-2025-05-dry-run.yaml');
  });

  it('usage errors exit 2', async () => {
    const dir = sample();
    writeFileSync(join(dir, 'a.csv'), 'Họ và tên\n');
    writeFileSync(join(dir, 'a.xls'), '');
    expect((await runIn(dir, ['import', 'shifts', 'a.csv'])).code).toBe(2);
    expect((await runIn(dir, ['import', 'members', 'a.csv', '--month', '2025-01'])).code).toBe(2);
    expect((await runIn(dir, ['import', 'shifts', 'a.csv', '--month', '2025-13'])).code).toBe(2);
    expect((await runIn(dir, ['import', 'people', 'a.csv'])).code).toBe(2);
    const xls = await runIn(dir, ['import', 'members', 'a.xls']);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain('Lưu dưới dạng .xlsx');
  });
});

describe('new month', () => {
  it('creates the month’s activities and shifts files, then refuses to overwrite them', async () => {
    const dir = sample();
    const r = await runIn(dir, ['new', 'month', '2025-04']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã tạo data/activities/2025/2025-04.yaml\nĐã tạo data/shifts/2025/2025-04.yaml\n');
    expectFile(readFileSync(join(dir, 'data/activities/2025/2025-04.yaml'), 'utf8'), 'new-month-activities-2025-04.yaml');
    expectFile(readFileSync(join(dir, 'data/shifts/2025/2025-04.yaml'), 'utf8'), 'new-month-shifts-2025-04.yaml');
    expect((await runIn(dir, ['check'])).code).toBe(0);
    const again = await runIn(dir, ['new', 'month', '2025-04']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'thidua: đã có data/activities/2025/2025-04.yaml; new month không ghi đè tệp nào\nthidua: đã có data/shifts/2025/2025-04.yaml; new month không ghi đè tệp nào\n',
    );
    expect((await runIn(dir, ['new', 'month', '2025-4'])).code).toBe(2);
  });

  it('in a repository made by init, the files carry the editor modeline of their neighbours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-new-month-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'templates/init/data'), join(dir, 'data'), { recursive: true });
    const r = await runIn(dir, ['new', 'month', '2025-02']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'data/shifts/2025/2025-02.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.thidua/schema/shifts.schema.json');
    expect(readFileSync(join(dir, 'data/activities/2025/2025-02.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.thidua/schema/activities.schema.json');
    expect(existsSync(join(dir, 'data/shifts/2025/2025-01.yaml'))).toBe(true);
  });
});

describe('the examples of a repository made by init', () => {
  it('import as they are: first the members, then the February roster, and the data stays valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-init-import-'));
    dirs.push(dir);
    expect((await runIn(dir, ['init', '.', '--no-git'])).code).toBe(0);
    const members = await runIn(dir, ['import', 'members', 'examples/danh-sach-thanh-vien.xlsx']);
    expect(members.code).toBe(0);
    expect(members.stdout).toBe('Đã thêm 3 người vào data/members.yaml: vo-thi-em, huynh-van-phuc, nguyen-thi-giang\nDữ liệu hợp lệ: 7 người, 7 hoạt động, 8 ca trực.\n');
    const roster = await runIn(dir, ['import', 'shifts', 'examples/lich-truc-2025-02.xlsx', '--month', '2025-02']);
    expect(roster.code).toBe(0);
    expect(roster.stdout.split('\n')[0]).toMatch(/^Đã ghi data\/shifts\/2025\/2025-02\.yaml: \d+ ca trực, 4 người, từ 2025-02-01 đến 2025-02-28$/);
    const text = readFileSync(join(dir, 'data/shifts/2025/2025-02.yaml'), 'utf8');
    // The modeline of the template's files, and one record a line as in the template's January.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.thidua/schema/shifts.schema.json');
    expect(text).toContain('\n- { date: 2025-02-01, type: day, department: kham-benh, members: [nguyen-van-an] }\n');
    // A roster the rules are happy with: no rest or night-limit warning.
    expect(roster.stderr).toBe('Bỏ qua các cột: STT\n');
  });
});

describe('the self-contained build', () => {
  it('reads a workbook (exceljs is bundled)', async () => {
    const dir = sample();
    await writeWorkbook(join(dir, 'ds.xlsx'), 'DS', NEW_STAFF);
    // West of Greenwich, where a Date cell read with local getters would be the day before.
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bundle/thidua.mjs'), 'import', 'members', 'ds.xlsx', '--dry-run'], { cwd: dir, env: cleanEnv({ TZ: 'America/Los_Angeles' }), encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected('members-appended.yaml').replace('nhan-su-bo-sung.xlsx', 'ds.xlsx'));
  });
});

describe('a sheet whose file name holds a line break', () => {
  it('is named escaped, on one line, in every message (issue #16)', async () => {
    const dir = sample();
    writeFileSync(join(dir, 'danh\nsach.csv'), 'Họ và tên,Khoa/phòng\nNguyễn Văn Xuân,Khoa không có\n');
    const r = await runIn(dir, ['import', 'members', 'danh\nsach.csv']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^danh\\nsach\.csv:2:B: error: .*\[unknown-department\]$/);
    expect(lines[1]).toContain('danh\\nsach.csv');
    expect(lines).toHaveLength(2);
  });
});
