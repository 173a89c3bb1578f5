/**
 * Commendation proposals on the sample unit in data/, through the built binary. The
 * expectations are read by hand off the sample's records: the initiatives recognized in
 * 2024 and their levels (data/activities), who is a direct worker (data/members.yaml).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/thidua.js');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-commend-'));
// Each run spawns the binary on the whole sample unit: seconds on a busy machine.
const SLOW = { timeout: 120_000 };
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Apia' } });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
  expect(r.status).toBe(0);
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
  const s = JSON.parse(run(['report', '--year', '2024', '--format', 'json', '--stdout']));

  it('proposes titles within a quota of 15 % of the advanced workers', () => {
    const c = s.commendation;
    expect(c).not.toBeNull();
    expect(c.advancedWorkers).toBeGreaterThan(0);
    // quota = floor(0.15 × advancedWorkers + 0.5), in integers: floor((15 × n + 50) / 100).
    expect(c.quota).toBe(Math.floor((15 * c.advancedWorkers + 50) / 100));
    expect(c.emulationFighters).toHaveLength(c.quota);
  });

  it('ranks the candidates: provincial level first, then two initiatives, then the direct worker', () => {
    const c = s.commendation;
    // Recognized in 2024 at >= co-so, authors who are advanced workers: Phát and Nhung (tinh,
    // 2871/QĐ-UBND); Mai (two co-so, one submitted in 2023); Oanh (co-so, not in 01M: not
    // needed here), direct worker; Quân and Hằng (co-so, not direct workers). Đức (formal
    // sanction) and Bảo (3 violations > 2) are not advanced workers; Lan misses a criterion.
    expect(c.emulationFighters.slice(0, 2).sort()).toEqual(['huynh-tan-phat', 'vo-thi-hong-nhung']);
    expect(c.emulationFighters.slice(2)).toEqual(['tran-thi-mai', 'nguyen-thi-kim-oanh']);
    // More candidates than the quota: the two without direct work fall beyond it.
    expect([...c.beyondQuota].sort()).toEqual(['le-minh-quan', 'nguyen-thi-hang']);
    const title = (id: string) => s.members.find((m: { id: string }) => m.id === id)?.commendation;
    expect(title('nguyen-thi-kim-oanh')).toBe('emulationFighter');
    expect(title('le-minh-quan')).toBe('beyondQuota');
    expect(title('hoang-minh-duc')).toBeNull();
    expect(title('tran-quoc-bao')).toBeNull();
    expect(s.members.filter((m: { commendation: string | null }) => m.commendation !== null)).toHaveLength(c.advancedWorkers);
  });

  it('the Markdown proposal section gives the grounds and the reasons of the ranking', () => {
    const md = run(['report', '--year', '2024', '--format', 'md', '--stdout']);
    const proposals = tableAfter(md, 'Danh sách đề nghị công nhận danh hiệu thi đua');
    expect(proposals).toHaveLength(s.commendation.advancedWorkers);
    expect(proposals[2]?.slice(0, 5)).toEqual(['3', 'Trần Thị Mai', 'Bác sĩ', 'Khoa Nội – Nhi', 'Chiến sĩ thi đua cơ sở']);
    expect(proposals[2]?.[5]).toContain('(Quyết định số 24/QĐ-TTYT ngày 15/03/2024)');
    expect(proposals[2]?.[5]).toContain('(Quyết định số 105/QĐ-TTYT ngày 13/12/2024)');
    expect(md).toMatch(/Lê Minh Quân \(thứ [56]\) so với Nguyễn Thị Kim Oanh \(thứ 4, người cuối cùng trong chỉ tiêu\): cùng cấp cơ sở, cùng 1 sáng kiến, nhưng không phải người trực tiếp lao động\./);
    const ranking = tableAfter(md, 'Xếp hạng đề nghị Chiến sĩ thi đua cơ sở');
    // Mai (3rd) is ahead of Oanh on the number of initiatives; Oanh (4th) ahead of the 5th on direct work.
    expect(ranking[2]?.[7]).toBe('2 sáng kiến, người kế tiếp 1');
    expect(ranking[3]?.[7]).toBe('là người trực tiếp lao động, người kế tiếp không');
    expect(md).toContain('| 3 | 27/12/2024 | Giấy khen của Giám đốc Sở Y tế Quảng Nam: có sáng kiến được công nhận cấp tỉnh | 1456/QĐ-SYT | Võ Thị Hồng Nhung, Huỳnh Tấn Phát |');
  });

  it('proposals.csv holds the same list in the same order, with the same grounds', () => {
    const out = join(tmp, 'y2024');
    run(['report', '--year', '2024', '--format', 'md,csv', '--out', out]);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const csv = readFileSync(join(out, 'proposals.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức danh', 'Khoa/phòng', 'Danh hiệu đề nghị', 'Căn cứ']);
    expect(rows.slice(1)).toEqual(tableAfter(md, 'Danh sách đề nghị công nhận danh hiệu thi đua'));
  });
});

describe('other windows', SLOW, () => {
  it('a month report has no commendation, and no member has one', () => {
    const s = JSON.parse(run(['report', '--month', '2024-12', '--format', 'json', '--stdout']));
    expect(s.commendation).toBeNull();
    expect(s.members.length).toBeGreaterThan(0);
    expect(s.members.every((m: { commendation: unknown }) => m.commendation === null)).toBe(true);
  });
});
