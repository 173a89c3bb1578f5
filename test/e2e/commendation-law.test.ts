/**
 * Commendation by the law (SPEC §6) end to end, in-process through `main()`: the hand-made unit
 * of test/fixtures/units/basic, copied and given a ratings file, a sick leave, a đề tài and a
 * cảnh cáo; then `report` (JSON, Markdown, proposals.csv), `member` and `check` on it.
 * Expected figures are worked out from the YAML in the comments.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'test/fixtures/units/basic');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cwd: string, argv: string[]): Promise<Ran> {
  return runMain(argv, { cwd, env: { NO_COLOR: '1' } });
}

const RATINGS = `# Kết quả đánh giá, xếp loại năm 2024
year: 2024
decision: 12/QĐ-TTYT
date: 2024-12-25
levels:
  an: htxs
  binh: ht
  dung: htt
  em: htt
`;

let dir = '';
let data = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-law-'));
  data = join(dir, 'data');
  cpSync(fixture, data, { recursive: true });
  mkdirSync(join(data, 'ratings'));
  writeFileSync(join(data, 'ratings/2024.yaml'), RATINGS);
  // Dung: a sick leave of 8 weeks, 4 March – 26 April 2024: 54 days; Monday–Friday 40, less
  // Giỗ Tổ Hùng Vương (Thursday 18 April 2024) = 39 working days, under the limit of 40.
  const members = readFileSync(join(data, 'members.yaml'), 'utf8').replace(
    '- { id: dung, name: Phạm Thị Dung, department: b }',
    '- { id: dung, name: Phạm Thị Dung, department: b, leave: [{ from: 2024-03-04, to: 2024-04-26, kind: sick }] }',
  );
  writeFileSync(join(data, 'members.yaml'), members);
  writeFileSync(
    join(data, 'activities/law.yaml'),
    [
      '- { kind: research, date: 2024-01-15, title: Khảo sát tuân thủ vệ sinh tay, members: [an], level: co-so, accepted: 2024-10-01, decision: "88/QĐ-TTYT" }',
      '- { kind: violation, date: 2024-11-05, members: [em], type: absent, severity: formal, form: canh-cao, decision: "99/QĐ-TTYT" }',
      '',
    ].join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the year report under SPEC §6', () => {
  it('JSON: ratings, leave, the rating gate, the đề tài, the floor quota, no longer provisional', async () => {
    const r = await run(dir, ['report', '--year', '2024', '--format', 'json', '--stdout']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    const byId = new Map(s.members.map((m: { id: string }) => [m.id, m]));
    expect(byId.get('an')).toMatchObject({ rating: 'htxs', leaveDays: 0, leaveWorkingDays: 0, commendation: 'beyondQuota' });
    // Bình meets every criterion but is rated "hoàn thành nhiệm vụ", below htt: not an advanced worker.
    expect(byId.get('binh')).toMatchObject({ rating: 'ht', allMet: true, commendation: null });
    expect(byId.get('dung')).toMatchObject({ rating: 'htt', leaveDays: 54, leaveWorkingDays: 39 });
    // Advanced worker: An alone; quota floor(0.15 × 1) = 0, so An, with a sáng kiến and a đề tài, is beyond it.
    expect(s.commendation).toEqual({
      advancedWorkers: 1,
      quota: 0,
      emulationFighters: [],
      beyondQuota: ['an'],
      // Khoa A: 1 advanced worker of 2 is not above 50 %. Khoa B: none.
      advancedCollective: { unit: false, departments: [] },
      excellentCollective: { unit: false, departments: [] },
      provisional: false,
    });
  });

  it('Markdown: the ratings decision, the đề tài with its decision, the cảnh cáo by its form', async () => {
    const out = join(dir, 'out-md');
    const r = await run(dir, ['report', '--year', '2024', '--format', 'md', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('Căn cứ kết quả đánh giá, xếp loại cán bộ năm 2024 (Quyết định số 12/QĐ-TTYT).');
    expect(md).toContain('Hình thức kỷ luật: 1 cảnh cáo.');
    expect(md).toContain('đề tài “Khảo sát tuân thủ vệ sinh tay” được nghiệm thu cấp cơ sở (Quyết định số 88/QĐ-TTYT ngày 01/10/2024)');
    expect(md).toContain('| 1 | Nguyễn Văn An | Bác sĩ | Khoa A | Hoàn thành xuất sắc nhiệm vụ | Lao động tiên tiến |');
    expect(md).toContain('| Khoa B | 2 | 0 | 0\u00A0% | 0 | Chưa đủ điều kiện | tỷ lệ Lao động tiên tiến 0\u00A0%, chưa trên 50\u00A0%; có 1 người bị kỷ luật từ hình thức cảnh cáo trở lên |');
    // Em, the one with the cảnh cáo, is named in the report only as an author of a sáng kiến.
    expect(md.split('\n').filter((l) => l.includes('Hoàng Văn Em') && /kỷ luật|cảnh cáo|vắng/.test(l))).toEqual([]);
    const annex = readFileSync(join(out, 'annex.md'), 'utf8');
    expect(annex).toContain('| Trần Thị Bình | Khoa A | xếp loại hoàn thành nhiệm vụ, cần từ hoàn thành tốt nhiệm vụ trở lên |');
    expect(annex).toContain('bị kỷ luật 1 lần (cảnh cáo: vắng mặt ngày 05/11/2024)');
  });

  it('proposals.csv: the rating column and the grounds', async () => {
    const out = join(dir, 'out-csv');
    const r = await run(dir, ['report', '--year', '2024', '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(join(out, 'proposals.csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines[0]).toBe('STT,"Cá nhân, tập thể",Họ và tên,Chức danh,Khoa/phòng,Xếp loại 2024,Danh hiệu đề nghị,Căn cứ');
    expect(lines[1]).toMatch(/^1,Cá nhân,Nguyễn Văn An,Bác sĩ,Khoa A,Hoàn thành xuất sắc nhiệm vụ,Lao động tiên tiến,/);
    expect(lines).toHaveLength(2);
  });

  it('member: the rating, the leave and why a title is not reached', async () => {
    const binh = await run(dir, ['member', 'binh', '--year', '2024', '--data', 'data']);
    expect(binh.code, binh.stderr).toBe(0);
    expect(binh.stdout).toContain('Xếp loại năm 2024: hoàn thành nhiệm vụ');
    expect(binh.stdout).toContain('Danh hiệu đề nghị: chưa đủ điều kiện\n  Lý do: xếp loại hoàn thành nhiệm vụ, cần từ hoàn thành tốt nhiệm vụ trở lên\n');
    const dung = await run(dir, ['member', 'dung', '--year', '2024', '--data', 'data']);
    expect(dung.stdout).toContain('Nghỉ: 54 ngày trong kỳ (ốm đau); yêu cầu tính theo 312 ngày làm việc; 39 ngày làm việc nghỉ tính vào giới hạn (dưới 40 ngày)');
    const an = await run(dir, ['member', 'an', '--year', '2024', '--data', 'data', '--lang', 'en']);
    expect(an.stdout).toContain('Staff rating 2024: excellent');
    expect(an.stdout).toContain('  Why: number 1 of 1 eligible for Grassroots Emulation Fighter, beyond the cap of 0');
  });
});

describe('check on the new records', () => {
  it('a form on a reminder and a second rating are located errors; nothing is written', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'thidua-law-bad-'));
    try {
      cpSync(data, join(bad, 'data'), { recursive: true });
      writeFileSync(join(bad, 'data/ratings/2024-bo-sung.yaml'), 'year: 2024\nlevels:\n  an: htt\n');
      writeFileSync(join(bad, 'data/activities/reminder.yaml'), '- { kind: violation, date: 2024-02-05, members: [an], type: late, form: canh-cao }\n');
      const r = await run(bad, ['check']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('data/activities/reminder.yaml:1:73: error: nhắc nhở không có hình thức kỷ luật; “form: canh-cao” chỉ dùng khi severity: formal [schema]');
      expect(r.stderr).toMatch(/data\/ratings\/2024\.yaml:6:3: error: “an” đã được xếp loại năm 2024 ở ratings\/2024-bo-sung\.yaml:3; mỗi người chỉ một xếp loại mỗi năm \[duplicate-rating\]/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
