/**
 * Commendation proposals on the sample unit in data/, in-process through main() of the built
 * CLI from the repository root, with the process's zone set to Pacific/Apia. The
 * expectations are read by hand off the sample's records: the initiatives recognized in
 * 2024 and their levels (data/activities), who is a direct worker (data/members.yaml).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/render/render-json.js';
import { ROOT as root, runMain, testEnv } from '../support/run-main.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-commend-'));
// Each run reads the whole sample unit: seconds on a busy machine.
const SLOW = { timeout: 120_000 };
// The runs happen in an odd zone (UTC+13), as the spawned runs of this file did: Node applies a
// change of process.env.TZ at once. Put back for the next file of this worker.
const zoneBefore = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Pacific/Apia';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zoneBefore;
  rmSync(tmp, { recursive: true, force: true });
});

async function run(args: string[]): Promise<string> {
  const r = await runMain(args, { cwd: root, env: testEnv({ TZ: 'Pacific/Apia' }) });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The rows of the first Markdown table after a heading, as cells (`\|` unescaped). */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = first + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.replace(/\\\|/g, '|')));
  }
  return rows;
}

describe('thidua report --year 2024 on the sample unit', SLOW, () => {
  let s: Summary;
  beforeAll(async () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(-13 * 60); // the zone really is Apia (UTC+13, no daylight time since 2021)
    s = JSON.parse(await run(['report', '--year', '2024', '--format', 'json', '--stdout']));
  }, 120_000);

  it('proposes titles within a quota of not more than 15 % of the advanced workers (SPEC §6)', () => {
    const c = s.commendation;
    expect(c).not.toBeNull();
    expect(c.advancedWorkers).toBeGreaterThan(0);
    // quota = floor(0.15 × advancedWorkers), in integers: floor(15 × n / 100); 25 → 3 (3,75).
    expect(c.quota).toBe(Math.floor((15 * c.advancedWorkers) / 100));
    expect(c.emulationFighters).toHaveLength(c.quota);
    expect(c.provisional).toBe(false);
  });

  it('ranks the candidates: provincial level first, then two initiatives, then the direct worker', () => {
    const c = s.commendation;
    // Recognized in 2024 at >= co-so, authors who are advanced workers: Phát and Nhung (tinh,
    // 2871/QĐ-UBND); Mai (two co-so); Tuấn (a đề tài accepted at co-so) and Oanh (co-so), direct
    // workers; Quân and Hằng (co-so, not direct workers). Đức (formal sanction, rated ht), Bảo
    // (cảnh cáo, rated kht) and Tiến (rated ht) are not advanced workers; Lan misses a criterion.
    expect(c.emulationFighters.slice(0, 2).sort()).toEqual(['huynh-tan-phat', 'vo-thi-hong-nhung']);
    expect(c.emulationFighters.slice(2)).toEqual(['tran-thi-mai']);
    expect(c.beyondQuota).toEqual(['nguyen-van-tuan', 'nguyen-thi-kim-oanh', 'le-minh-quan', 'nguyen-thi-hang']);
    const member = (id: string) => s.members.find((m: { id: string }) => m.id === id);
    expect(member('nguyen-thi-kim-oanh').commendation).toBe('beyondQuota');
    expect(member('hoang-minh-duc').commendation).toBeNull();
    expect(member('tran-quoc-bao').commendation).toBeNull();
    // Rated "hoàn thành nhiệm vụ": every criterion met, no title.
    expect(member('pham-van-tien')).toMatchObject({ rating: 'ht', allMet: true, commendation: null });
    // 40 working days of sick leave: not fewer than 40.
    expect(member('dinh-thi-quynh')).toMatchObject({ allMet: true, leaveWorkingDays: 40, commendation: null });
    // Six months of maternity leave: her share is pro-rated, and she is an advanced worker.
    expect(member('le-thi-yen')).toMatchObject({ commendation: 'advancedWorker', leaveWorkingDays: 0 });
    expect(member('le-thi-yen').leaveDays).toBeGreaterThan(180);
    expect(s.members.filter((m: { commendation: string | null }) => m.commendation !== null)).toHaveLength(c.advancedWorkers);
  });

  it('the Markdown proposal section gives the ratings, the grounds and the order, not the tie-break mechanics', async () => {
    const md = await run(['report', '--year', '2024', '--format', 'md', '--stdout']);
    const proposals = tableAfter(md, 'Danh sách đề nghị khen thưởng');
    expect(proposals).toHaveLength(s.commendation.advancedWorkers);
    expect(proposals[2]?.slice(0, 6)).toEqual(['3', 'Trần Thị Mai', 'Bác sĩ', 'Khoa Nội – Nhi', 'Hoàn thành xuất sắc nhiệm vụ', 'Chiến sĩ thi đua cơ sở']);
    expect(proposals[2]?.[6]).toContain('(Quyết định số 24/QĐ-TTYT ngày 15/03/2024)');
    expect(proposals[2]?.[6]).toContain('(Quyết định số 105/QĐ-TTYT ngày 13/12/2024)');
    expect(md).toContain('Nguyễn Thị Kim Oanh (thứ 5) so với Trần Thị Mai (thứ 3, người cuối cùng trong số tối đa): cùng cấp cơ sở, nhưng có 1 sáng kiến, đề tài, ít hơn 2.');
    const ranking = tableAfter(md, 'Thứ tự đề nghị Chiến sĩ thi đua cơ sở');
    expect(ranking.map((r) => r[1])).toEqual(['Huỳnh Tấn Phát', 'Võ Thị Hồng Nhung', 'Trần Thị Mai', 'Nguyễn Văn Tuấn', 'Nguyễn Thị Kim Oanh', 'Lê Minh Quân', 'Nguyễn Thị Hằng']);
    expect(md).not.toContain('mã người');
    expect(md).toContain('Căn cứ kết quả đánh giá, xếp loại cán bộ năm 2024 (Quyết định số 135/QĐ-TTYT).');
    expect(md).toContain('| 3 | 27/12/2024 | Giấy khen của Giám đốc Sở Y tế Quảng Nam: có sáng kiến được công nhận cấp tỉnh | 1456/QĐ-SYT | Võ Thị Hồng Nhung, Huỳnh Tấn Phát |');
  });

  it('proposals.csv holds the same people in the same order with the same ratings, then the collectives', async () => {
    const out = join(tmp, 'y2024');
    await run(['report', '--year', '2024', '--format', 'md,csv', '--out', out]);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const csv = readFileSync(join(out, 'proposals.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(['STT', 'Cá nhân, tập thể', 'Họ và tên', 'Chức danh', 'Khoa/phòng', 'Xếp loại 2024', 'Danh hiệu đề nghị', 'Căn cứ']);
    const people = rows.slice(1).filter((r) => r[1] === 'Cá nhân');
    const table = tableAfter(md, 'Danh sách đề nghị khen thưởng');
    expect(people.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual(table.map((r) => r.slice(0, 6)));
    // The CSV row stands alone: the common grounds, then what the report's column adds.
    for (const [i, r] of people.entries()) if (table[i]![6] !== '') expect(r[7]!.toLowerCase()).toContain(table[i]![6]!.toLowerCase().slice(1));
    const collectives = rows.slice(1).filter((r) => r[1] === 'Tập thể');
    expect(collectives.map((r) => [r[0], r[2], r[6]])).toEqual([
      [String(people.length + 1), 'Khoa Khám bệnh', 'Tập thể lao động xuất sắc'],
      [String(people.length + 2), 'Khoa Nội – Nhi', 'Tập thể lao động xuất sắc'],
      [String(people.length + 3), 'Phòng Tổ chức – Hành chính', 'Tập thể lao động tiên tiến'],
    ]);
  });
});

describe('other windows', SLOW, () => {
  it('a month report has no commendation, and no member has one', async () => {
    const s = JSON.parse(await run(['report', '--month', '2024-12', '--format', 'json', '--stdout']));
    expect(s.commendation).toBeNull();
    expect(s.members.length).toBeGreaterThan(0);
    expect(s.members.every((m: { commendation: unknown }) => m.commendation === null)).toBe(true);
  });
});
