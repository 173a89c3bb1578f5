/**
 * The Markdown report on a tiny hand-made unit: the date line of Nghị định 30/2020, table
 * escaping, Vietnamese name order, the sections' sentences, English, the monthly roster grid,
 * and the text hygiene (LF, no trailing spaces, one final newline).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPeriodError, resolvePeriod, type Period, type PeriodRequest } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import { catalogue } from '../../src/i18n/index.js';
import type { DataSet, Unit } from '../../src/model/types.js';
import { cell, decreeDateParts, formatDecimal, sortIdsByName, tidyMarkdown, withoutDiacritics } from '../../src/render/md-format.js';
import { renderMarkdown, renderMarkdownSet, type MarkdownOptions } from '../../src/render/render-markdown.js';
import { activity, dataSet, member, shift, unit } from './builders.js';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

const quesonUnit = (overrides: Partial<Unit> = {}): Unit =>
  unit({ name: 'Chi đoàn Trung tâm Y tế huyện Quế Sơn', parent: 'Huyện đoàn Quế Sơn', place: 'Quế Sơn', kind: 'doan', ...overrides });

/**
 * Department a: An (direct worker), Bình (joined 1 March). Department b: Dung (3 violations),
 * Em, Ánh. Community needs 2 activities: a has green Sunday + free clinic, b only green Sunday.
 */
function sample(unitOverrides: Partial<Unit> = {}): DataSet {
  return dataSet({
    unit: quesonUnit(unitOverrides),
    members: [
      member({ id: 'an', name: 'Nguyễn Văn An', department: 'a', title: 'Bác sĩ', directWorker: true }),
      member({ id: 'binh', name: 'Trần Thị Bình', department: 'a', joined: '2024-03-01' }),
      member({ id: 'dung', name: 'Phạm Thị Dung', department: 'b' }),
      member({ id: 'em', name: 'Hoàng Văn Em', department: 'b' }),
      member({ id: 'anh', name: 'Lê Thị Ánh', department: 'b' }),
    ],
    activities: [
      activity({ kind: 'study', date: '2024-02-01', members: 'all' }),
      activity({ kind: 'initiative', date: '2024-02-10', title: 'Nhắc lịch | tái khám qua Zalo', members: ['dung', 'an'], level: 'co-so', recognized: '2024-05-20', decision: '45/QĐ-TTYT', in01m: true }),
      activity({ kind: 'initiative', date: '2024-03-10', title: 'Sổ tay điều dưỡng', members: ['em'], level: 'co-so', recognized: '2024-06-01' }),
      activity({ kind: 'initiative', date: '2024-09-10', title: 'Bảng kiểm an toàn', members: ['anh'] }),
      activity({ kind: 'green-sunday', date: '2024-03-24', members: 'all' }),
      activity({ kind: 'study', date: '2024-04-01', members: 'all' }),
      activity({ kind: 'violation', date: '2024-04-02', members: ['dung'], type: 'late', minutes: 15 }),
      activity({ kind: 'study', date: '2024-05-01', members: 'all' }),
      activity({ kind: 'violation', date: '2024-05-02', members: ['dung'], type: 'late', minutes: 10 }),
      activity({ kind: 'study', date: '2024-06-01', members: 'all' }),
      activity({ kind: 'violation', date: '2024-06-02', members: ['dung'], type: 'early-leave' }),
      activity({ kind: 'free-clinic', date: '2024-06-15', members: ['dept:a'] }),
      activity({ kind: 'award', date: '2024-12-20', title: 'Giấy khen của Giám đốc Sở Y tế', members: ['an'], decision: '123/QĐ-SYT' }),
    ],
    shifts: [
      // 2 March 2024 is a Saturday; 17:00–07:00 covers the night window.
      shift({ date: '2024-03-02', type: 'night', members: ['an', 'binh'], department: 'a' }),
      shift({ date: '2024-03-03', type: 'day', members: ['an'], department: 'a' }),
      shift({ date: '2024-04-30', type: 'day', members: ['dung'], department: 'b' }),
    ],
    // Two people on the night shift of department a from 1 to 3 March: only 2 March has them.
    rules: { shifts: { coverage: [{ department: 'a', type: 'night', min: 2, from: '2024-03-01', to: '2024-03-03' }] } },
  });
}

function period(data: DataSet, request: PeriodRequest, asOf?: string): Period {
  const p = resolvePeriod(request, data.rules.phases, asOf);
  if (isPeriodError(p)) throw new Error(`bad period: ${p.error}`);
  return p;
}

function render(data: DataSet, request: PeriodRequest, options: Partial<MarkdownOptions> & { asOf?: string } = {}): string {
  const { asOf, ...rest } = options;
  return renderMarkdown(computeReport(data, period(data, request, asOf)), { lang: 'vi', templatesDir, ...rest });
}

/** The internal annex beside the report: the named lists. */
function renderAnnex(data: DataSet, request: PeriodRequest, options: Partial<MarkdownOptions> = {}): string {
  return renderMarkdownSet(computeReport(data, period(data, request)), { lang: 'vi', templatesDir, ...options }).annex;
}

const YEAR: PeriodRequest = { kind: 'year', year: 2024 };

function expectTidy(md: string): void {
  expect(md.endsWith('\n')).toBe(true);
  expect(md.endsWith('\n\n')).toBe(false);
  expect(md).not.toMatch(/[ \t]+$/m);
  expect(md).not.toContain('\r');
  expect(md).not.toContain('\n\n\n');
  expect(md).not.toMatch(/\[\[[a-zA-Z]/); // a label missing from the label file
  expect(md).not.toMatch(/undefined|NaN|\[object /);
}

/** The rows of the first table after a heading line containing `heading`. */
function tableAfter(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const rows: string[] = [];
  for (let i = first; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

describe('the date line (Nghị định 30/2020)', () => {
  it('pads days below 10 and the months 1 and 2, not the other months', () => {
    expect(decreeDateParts('2024-02-05')).toMatchObject({ day: '05', month: '02', year: '2024' });
    expect(decreeDateParts('2024-01-09')).toMatchObject({ day: '09', month: '01' });
    expect(decreeDateParts('2024-03-15')).toMatchObject({ day: '15', month: '3' });
    expect(decreeDateParts('2024-12-31')).toMatchObject({ day: '31', month: '12' });
  });

  it('is dated asOf, with the unit place', () => {
    const data = sample();
    expect(render(data, YEAR)).toContain('Quế Sơn, ngày 31 tháng 12 năm 2024');
    expect(render(data, YEAR, { asOf: '2024-02-05' })).toContain('Quế Sơn, ngày 05 tháng 02 năm 2024');
    expect(render(data, YEAR, { asOf: '2024-03-15' })).toContain('Quế Sơn, ngày 15 tháng 3 năm 2024');
  });

  it('omits the place when the unit has none', () => {
    const md = render(sample({ place: undefined }), YEAR);
    expect(md).toContain('*Ngày 31 tháng 12 năm 2024*');
    expect(md).not.toContain(', ngày 31 tháng 12');
  });

  it('reads "Que Son, 31 December 2024" in English', () => {
    expect(render(sample(), YEAR, { lang: 'en' })).toContain('Que Son, 31 December 2024');
    expect(withoutDiacritics('Quế Sơn, Đà Nẵng')).toBe('Que Son, Da Nang');
  });
});

describe('the heading and title', () => {
  it('a Đoàn unit: parent and unit in capitals on the left, ĐOÀN TNCS HỒ CHÍ MINH on the right', () => {
    const md = render(sample(), YEAR);
    const firstLine = md.split('\n')[0]!;
    expect(firstLine).toBe('| HUYỆN ĐOÀN QUẾ SƠN<br>**CHI ĐOÀN TRUNG TÂM Y TẾ HUYỆN QUẾ SƠN**<br>\\*\\*\\* | **ĐOÀN TNCS HỒ CHÍ MINH** |');
    expect(md).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(md).toContain('# BÁO CÁO\n\n**Kết quả thực hiện phong trào “3 trách nhiệm” năm 2024**');
  });

  it('a trade union or agency: the quốc hiệu', () => {
    const md = render(sample({ kind: 'cong-doan', name: 'Công đoàn Bệnh viện Đa khoa', parent: 'Công đoàn ngành Y tế' }), YEAR);
    expect(md).toContain('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**');
    expect(md).toContain('CÔNG ĐOÀN NGÀNH Y TẾ<br>**CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA**');
    expect(md).not.toContain('ĐOÀN TNCS');
    expect(md).toContain('**CHỦ TỊCH**');
  });

  it('titles each kind of window', () => {
    const data = sample();
    expect(render(data, { kind: 'phase', year: 2024, phase: 1 })).toContain('“3 trách nhiệm” đợt 1 năm 2024**');
    expect(render(data, { kind: 'month', year: 2024, month: 3 })).toContain('“3 trách nhiệm” tháng 03/2024 (lũy kế từ đầu năm)**');
    expect(render(data, { kind: 'range', from: '2024-01-01', to: '2024-03-15' })).toContain('“3 trách nhiệm” từ ngày 01/01/2024 đến ngày 15/03/2024**');
  });
});

describe('the year report', () => {
  const md = render(sample(), YEAR, { provenance: { commit: 'abc1234', dirty: false } });
  const annex = renderAnnex(sample(), YEAR, { provenance: { commit: 'abc1234', dirty: false } });

  it('is tidy: LF, no trailing spaces, at most one blank line, one final newline', () => {
    expectTidy(md);
    expect(render(sample(), YEAR, { provenance: { commit: 'abc1234', dirty: false } })).toBe(md);
  });

  it('numbers its sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## I. Tổng quan',
      '## II. Kết quả thực hiện từng tiêu chí',
      '## III. Chỉ tiêu 20\u00A0% người có sáng kiến',
      '## IV. Lịch trực',
      '## V. Kỷ luật, giờ giấc',
      '## VI. Đề nghị khen thưởng',
    ]);
    expect(annex.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 1. Vi phạm kỷ luật, giờ giấc của từng người',
      '## 2. Chưa đủ điều kiện Lao động tiên tiến',
      '## 3. Những người cần nhắc nhở',
      '## 4. Kết quả của từng người',
    ]);
    expectTidy(annex);
  });

  it('keeps every named list of late or absent people out of the document sent upward', () => {
    // Phạm Thị Dung has three violations: named in the annex, never in report.md.
    expect(annex).toContain('| Phạm Thị Dung | Khoa B |');
    expect(md).not.toMatch(/Phạm Thị Dung[^|]*\|[^|]*\|[^|]*\d+ lần/);
    expect(md).not.toContain('cần nhắc nhở');
    expect(md).not.toContain('mã người');
    expect(annex).toContain('> Tài liệu nội bộ của Chi đoàn Trung tâm Y tế huyện Quế Sơn');
  });

  it('overview: population, all-met share, the innovation headline', () => {
    // all 5 active on 31 Dec; a: An, Bình meet everything; b: 1 community activity of 2 required.
    expect(md).toContain('có 5 người thuộc diện đánh giá; 2 người (40\u00A0%) hoàn thành cả 3 tiêu chí.');
    // Counting initiative: the 01M one by Dung and An → 2/5 = 40 % ≥ 20 %.
    expect(md).toContain('Có 2/5 người (40\u00A0%) có sáng kiến đạt chuẩn: đạt chỉ tiêu 20\u00A0%.');
    // Vietnamese decimal comma: b meets "work" 2/3 = 66,7 %.
    expect(md).toContain('| Khoa B | 3 | 0 (0\u00A0%) | 2 (66,7\u00A0%) | 3 (100\u00A0%) | 0 | 0\u00A0% |');
  });

  it('escapes | in table cells', () => {
    expect(md).toContain('| 1 | Nhắc lịch \\| tái khám qua Zalo | Phạm Thị Dung, Nguyễn Văn An | 10/02/2024 | Cơ sở | 20/05/2024 | 45/QĐ-TTYT | đã đăng 01M |');
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });

  it('initiatives: 01M status and the action items', () => {
    expect(md).toContain('| Sổ tay điều dưỡng | Hoàng Văn Em | 10/03/2024 | Cơ sở | 01/06/2024 |  | chưa đăng 01M |');
    expect(md).toContain('| Bảng kiểm an toàn | Lê Thị Ánh | 10/09/2024 |  |  |  | chờ công nhận |');
    expect(md).toContain('- Đăng sáng kiến “Sổ tay điều dưỡng” lên Chương trình “1 triệu sáng kiến”');
    expect(md).toContain('đã đăng trên Chương trình “1 triệu sáng kiến” (01M).');
    expect(md).toContain('- Theo dõi việc công nhận sáng kiến “Bảng kiểm an toàn” (nộp ngày 10/09/2024).');
  });

  it('has Mermaid charts', () => {
    expect(md.match(/```mermaid\nxychart-beta\n/g)?.length).toBeGreaterThanOrEqual(5);
    // The pie's slices carry the sentence's figures; Mermaid's own whole-number percentages are hidden.
    expect(md).toContain('Có 2/5 người (40\u00A0%) có sáng kiến đạt chuẩn');
    expect(md).toContain(
      '```mermaid\n%%{init: {"themeVariables": {"pieSectionTextSize": "0px"}}}%%\npie\n    title Người có sáng kiến đạt chuẩn\n    "Có sáng kiến đạt chuẩn: 2 người (40\u00A0%)" : 2\n    "Chưa có: 3 người (60\u00A0%)" : 3\n```',
    );
    // Rates above half read on 0–100 %; the initiative rates (50 % and 33,3 %) on 0–50 %.
    expect(md).toContain('    x-axis ["Khoa A", "Khoa B"]\n    y-axis "%" 0 --> 100\n    bar [100, 66.7]');
    expect(md).toContain('    y-axis "%" 0 --> 50\n    bar [50, 33.3]\n    line [20, 20]\n```\n\n*Cột: tỷ lệ người có sáng kiến đạt chuẩn của khoa/phòng; đường ngang: chỉ tiêu 20\u00A0%.*');
  });

  it('shifts: the coverage gap sentence counts the gaps', () => {
    // Rule: 2 people on the night shift of a, 1–3 March; only 2 March is staffed.
    expect(md).toContain('Có 2 ca trực thiếu người so với quy định tối thiểu:');
    expect(md).toContain('| 01/03/2024 | T6 | Khoa A | Ca đêm | 0 | 2 | 2 |');
    expect(md).toContain('| 03/03/2024 | CN | Khoa A | Ca đêm | 0 | 2 | 2 |');
    expect(md).toMatch(/- Năm 2024: theo lịch nghỉ lễ mặc định \(Bộ luật Lao động 2019, Điều 112\)/);
    // The roster grid is for month windows only.
    expect(md).not.toContain('Lịch trực đêm tháng');
  });

  it('discipline and reminders in words, in the annex', () => {
    expect(annex).toContain('- Phạm Thị Dung (Khoa B): 3 lần vi phạm (2 lần đi trễ, 1 lần về sớm), vượt mức tối đa 2 lần của tiêu chí Trách nhiệm với công việc.');
    expect(annex).toContain('| Phạm Thị Dung | Khoa B | chưa đạt: Trách nhiệm với cộng đồng 1/2 hoạt động; 3 lần vi phạm (2 lần đi trễ, 1 lần về sớm), vượt mức tối đa 2 lần |');
  });

  it('lists people in Vietnamese order: by given name, then full name', () => {
    const reminders = tableAfter(annex, 'Những người cần nhắc nhở').slice(2).map((row) => row.split(' | ')[1]);
    // Ánh < Dung < Em (given names), whatever the family names.
    expect(reminders).toEqual(['Lê Thị Ánh', 'Phạm Thị Dung', 'Hoàng Văn Em']);
    const byId = new Map(
      [['x', 'Lê Văn Đức'], ['y', 'Phạm Thị Dung'], ['z', 'Nguyễn Thị Ánh'], ['w', 'Hoàng Anh'], ['v', 'Trần An']].map(([id, name]) => [id!, member({ id: id!, name: name! })]),
    );
    expect(sortIdsByName(byId.keys(), byId).map((id) => byId.get(id)!.name)).toEqual(['Trần An', 'Hoàng Anh', 'Nguyễn Thị Ánh', 'Phạm Thị Dung', 'Lê Văn Đức']);
  });

  it('commendation: quota line, proposals with their grounds, collectives, awards', () => {
    // Advanced workers: An and Bình (Bình's tenure from 2024-03-01 + 10 months = 2025-01-01 ≤ asOf + 1 day).
    expect(md).toContain('Số Chiến sĩ thi đua cơ sở không quá 15\u00A0% × 2 = 0,3: tối đa 0 người.');
    expect(md).toContain('Danh sách dưới đây là dự kiến, chờ kết quả đánh giá, xếp loại cán bộ năm 2024 để xét điều kiện xếp loại.');
    // What every proposed person shares is said once; the column keeps each one's own grounds,
    // and no rating column while no rating exists (the list is provisional).
    expect(md).toContain(
      'Đề nghị công nhận danh hiệu Lao động tiên tiến cho 2 cá nhân (theo tên). Căn cứ chung: mọi cá nhân trong danh sách đều đủ điều kiện Lao động tiên tiến (đủ 10 tháng công tác, hoàn thành các tiêu chí, không bị kỷ luật, nghỉ dưới 40 ngày làm việc); cột “Căn cứ riêng” ghi thêm căn cứ của từng người.\n\n| STT | Họ và tên | Chức danh | Khoa/phòng | Danh hiệu đề nghị | Căn cứ riêng |',
    );
    expect(md).toContain('| 1 | Nguyễn Văn An | Bác sĩ | Khoa A | Lao động tiên tiến | Sáng kiến “Nhắc lịch \\| tái khám qua Zalo” được công nhận cấp cơ sở (Quyết định số 45/QĐ-TTYT ngày 20/05/2024); thứ 1/1 người đủ điều kiện Chiến sĩ thi đua cơ sở, ngoài số tối đa 0 người |');
    expect(md).toContain('| 2 | Trần Thị Bình |  | Khoa A | Lao động tiên tiến | Công tác từ ngày 01/03/2024 (đủ 10 tháng) |');
    expect(md).not.toContain('Hoàn thành đủ 3 tiêu chí thi đua; không bị kỷ luật');
    expect(md).toContain('- Nguyễn Văn An (thứ 1): số tối đa là 0 người.');
    expect(md).toContain('| Khoa B | 3 | 0 | 0\u00A0% | 0 | Chưa đủ điều kiện | tỷ lệ Lao động tiên tiến 0\u00A0%, chưa trên 50\u00A0%; không có người bị kỷ luật từ hình thức cảnh cáo trở lên |');
    expect(md).toContain('| Khoa A | 2 | 2 | 100\u00A0% | 0 | Tập thể lao động tiên tiến | tỷ lệ Lao động tiên tiến 100\u00A0%, trên 50\u00A0%; không có người bị kỷ luật từ hình thức cảnh cáo trở lên; chưa đủ điều kiện Tập thể lao động xuất sắc: chưa có Chiến sĩ thi đua cơ sở |');
    expect(md).toContain('| 1 | 20/12/2024 | Giấy khen của Giám đốc Sở Y tế | 123/QĐ-SYT | Nguyễn Văn An |');
  });

  it('appendix: one row per member, by department then name', () => {
    const rows = tableAfter(annex, 'Kết quả của từng người').slice(2).map((row) => row.split(' | ').slice(1, 3).join(' / '));
    expect(rows).toEqual(['Nguyễn Văn An / Khoa A', 'Trần Thị Bình / Khoa A', 'Lê Thị Ánh / Khoa B', 'Phạm Thị Dung / Khoa B', 'Hoàng Văn Em / Khoa B']);
    expect(annex).toContain('| 4 | Phạm Thị Dung | Khoa B | 1/2 ✗ | 1/0 · 3 lần VP ✗ | 4/4 | Chưa đạt | Có | 1 |  |');
  });

  it('footer: the as-of date and the data commit', () => {
    expect(md).toContain('*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit `abc1234`.*');
    expect(md).toContain('| **NGƯỜI LẬP BÁO CÁO** | **T/M BAN CHẤP HÀNH**<br>**BÍ THƯ** |');
    expect(md).toContain('- Huyện đoàn Quế Sơn (b/c);');
    expect(render(sample(), YEAR)).toContain('*Số liệu tính đến ngày 31/12/2024.*');
  });

  it('a note under the title only when the listed period holds no record at all', () => {
    expect(md).not.toContain('Lưu ý:');
    const empty = render(sample(), { kind: 'year', year: 2030 });
    expect(empty).toContain('\n\n> **Lưu ý:** từ ngày 01/01/2030 đến ngày 31/12/2030, dữ liệu chưa có hoạt động hay ca trực nào.');
    expectTidy(empty);
  });

  it('footer: uncommitted changes in the data folder are named; outside git nothing is said', () => {
    const footer = (provenance?: { commit?: string; dirty: boolean }, lang: 'vi' | 'en' = 'vi') =>
      render(sample(), YEAR, { lang, ...(provenance ? { provenance } : {}) }).split('\n').filter((l) => /^\*(Số liệu|Figures)/.test(l));
    expect(footer({ commit: 'abc1234', dirty: true })).toEqual(['*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit `abc1234` kèm thay đổi chưa commit.*']);
    expect(footer({ dirty: true })).toEqual(['*Số liệu tính đến ngày 31/12/2024; dữ liệu chưa được commit.*']);
    expect(footer({ dirty: false })).toEqual(['*Số liệu tính đến ngày 31/12/2024.*']);
    expect(footer(undefined)).toEqual(['*Số liệu tính đến ngày 31/12/2024.*']);
    expect(footer({ commit: 'abc1234', dirty: false }, 'en')).toEqual(['*Figures as of 2024-12-31; data: commit `abc1234`.*']);
    expect(footer({ commit: 'abc1234', dirty: true }, 'en')).toEqual(['*Figures as of 2024-12-31; data: commit `abc1234` plus uncommitted changes.*']);
    expect(footer({ dirty: true }, 'en')).toEqual(['*Figures as of 2024-12-31; data: not yet committed.*']);
  });
});

describe('commendation beyond the quota', () => {
  it('names the deciding key between the last one within the quota and the one outside', () => {
    const base = sample();
    const data: DataSet = {
      ...base,
      activities: [
        ...base.activities,
        activity({ kind: 'initiative', date: '2024-04-01', title: 'Phiếu theo dõi', members: ['binh'], level: 'co-so', recognized: '2024-07-01', decision: '77/QĐ-TTYT' }),
      ],
      rules: { ...base.rules, commendation: { ...base.rules.commendation, emulationFighter: { cap: 0.5, rounding: 'floor' } } },
    };
    const md = render(data, YEAR);
    // Advanced workers An and Bình; quota floor(0.5 × 2) = 1. Same level, one initiative
    // each; An is a direct worker, Bình is not.
    expect(md).toContain('Số Chiến sĩ thi đua cơ sở không quá 50\u00A0% × 2 = 1: tối đa 1 người.');
    expect(md).toContain('| 1 | Nguyễn Văn An | Bác sĩ | Khoa A | Chiến sĩ thi đua cơ sở | Sáng kiến “Nhắc lịch \\| tái khám qua Zalo” được công nhận cấp cơ sở (Quyết định số 45/QĐ-TTYT ngày 20/05/2024) |');
    expect(md).toContain('| 2 | Trần Thị Bình |  | Khoa A | Lao động tiên tiến | Công tác từ ngày 01/03/2024 (đủ 10 tháng); sáng kiến “Phiếu theo dõi” được công nhận cấp cơ sở (Quyết định số 77/QĐ-TTYT ngày 01/07/2024); thứ 2/2 người đủ điều kiện Chiến sĩ thi đua cơ sở, ngoài số tối đa 1 người |');
    expect(md).toContain('- Trần Thị Bình (thứ 2) so với Nguyễn Văn An (thứ 1, người cuối cùng trong số tối đa): cùng cấp cơ sở, cùng 1 sáng kiến, đề tài, nhưng không phải người trực tiếp lao động.');
    // An's total count: 2 community (green Sunday, free clinic) + 1 work (initiative) + 4 self (study) = 7.
    expect(md).toContain('| 1 | Nguyễn Văn An | Cơ sở | 1 | Có | 7 | Chiến sĩ thi đua cơ sở |');
  });

  it('presents two candidates equal on every key as equal, not as ranked by their ids', () => {
    const base = sample();
    const data: DataSet = {
      ...base,
      members: base.members.map((m) => (m.id === 'binh' ? { ...m, directWorker: true } : m)),
      activities: [
        ...base.activities,
        activity({ kind: 'initiative', date: '2024-04-01', title: 'Phiếu theo dõi', members: ['binh'], level: 'co-so', recognized: '2024-07-01' }),
        // Bình gets An's total count (7): one more study.
        activity({ kind: 'study', date: '2024-10-01', members: ['binh'] }),
      ],
      rules: { ...base.rules, commendation: { ...base.rules.commendation, emulationFighter: { cap: 0.5, rounding: 'floor' } } },
    };
    const md = render(data, YEAR);
    expect(md).toMatch(/\(thứ 2\) so với .* ngang nhau về các tiêu chí xếp thứ tự; Hội đồng xem xét\./);
    expect(md).not.toContain('theo mã');
  });
});

describe('other windows', () => {
  it('a month window has the night roster grid of the month, and no commendation', () => {
    const md = render(sample(), { kind: 'month', year: 2024, month: 3 });
    expectTidy(md);
    expect(md).toContain('### Lịch trực đêm tháng 03/2024');
    const grid = tableAfter(md, 'Lịch trực đêm tháng 03/2024');
    expect(grid[0]).toBe('| Ngày | Thứ | Khoa A |');
    expect(grid).toHaveLength(2 + 31);
    // The night shift of Saturday 2 March: given names, Vietnamese order; the day shift of 3 March is not night duty.
    expect(grid).toContain('| **02** | **T7** | An, Bình |');
    expect(grid).toContain('| **03** | **CN** |  |');
    expect(grid).toContain('| 04 | T2 |  |');
    expect(md).not.toContain('Đề xuất khen thưởng');
    expect(md).not.toContain('Những người cần nhắc nhở');
  });

  it('an empty unit renders without charts of nothing', () => {
    const md = render(dataSet({ unit: quesonUnit() }), YEAR);
    expectTidy(md);
    expect(md).toContain('có 0 người thuộc diện đánh giá');
    expect(md).not.toContain('pie showData');
    expect(md).toContain('Trong kỳ không có ca trực nào.');
  });
});

describe('English', () => {
  const md = render(sample(), YEAR, { lang: 'en' });
  const vi = catalogue('vi').labels;

  it('has no Vietnamese section titles or labels', () => {
    expectTidy(md);
    for (const title of Object.values(vi.sections)) expect(md).not.toContain(title.replace('{target}', '20\u00A0%'));
    for (const word of ['Tổng quan', 'Kết quả', 'Lịch trực', 'Khoa/phòng', 'Số người', 'Trách nhiệm', 'chưa đạt', 'Đợt 1', 'BÁO CÁO', 'NGƯỜI LẬP']) expect(md).not.toContain(word);
    expect(md.split('\n').filter((l) => l.startsWith('## '))[0]).toBe('## I. Overview');
    expect(md).toContain('**Results of the “3 responsibilities” movement, year 2024**');
  });

  it('uses a decimal point', () => {
    expect(md).toContain('2 (66.7\u00A0%)');
    expect(md).not.toContain('66,7');
  });
});

describe('formatting helpers', () => {
  it('formats decimals without the locale', () => {
    expect(formatDecimal(22.5, 'vi', 1)).toBe('22,5');
    expect(formatDecimal(22.5, 'en', 1)).toBe('22.5');
    expect(formatDecimal(2.1602, 'vi', 2, 1)).toBe('2,16');
    expect(formatDecimal(5, 'vi', 2, 1)).toBe('5,0');
    expect(formatDecimal(-0.001, 'en', 1)).toBe('0');
  });
  it('tidies the rendered text', () => {
    expect(tidyMarkdown('\n\na  \r\n\n\n\nb\t\n\n')).toBe('a\n\nb\n');
  });
});
