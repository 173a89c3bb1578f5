/**
 * The clerk's words (SPEC §8): which headings name which section, the warnings of a narrative
 * file with their lines, which file belongs to which report period, and where the sections
 * land in the Markdown report.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPeriodError, resolvePeriod, type PeriodRequest } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import { parseNarrative } from '../../src/load/narrative.js';
import { narrativePeriod, narrativeSectionOf } from '../../src/model/narrative.js';
import type { Narrative } from '../../src/model/narrative.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { activity, dataSet, member, unit } from './builders.js';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

describe('section titles', () => {
  it.each([
    ['Đặc điểm tình hình', 'situation'],
    ['I. Đặc điểm, tình hình:', 'situation'],
    ['Tồn tại, hạn chế', 'limitations'],
    ['2. Hạn chế', 'limitations'],
    ['Nguyên nhân của những hạn chế', 'causes'],
    ['Bài học kinh nghiệm', 'lessons'],
    ['III. Phương hướng, nhiệm vụ năm 2025', 'direction'],
    ['Nhiệm vụ trọng tâm năm 2025', 'direction'],
    ['Đề xuất, kiến nghị', 'proposals'],
    ['Kiến nghị', 'proposals'],
    ['ĐỀ XUẤT, KIẾN NGHỊ', 'proposals'],
  ])('%s → %s', (title, id) => {
    expect(narrativeSectionOf(title)).toBe(id);
  });

  it.each(['Kết quả nổi bật', 'Phuong huong', 'Tình hình tài chính'])('%s names no section', (title) => {
    expect(narrativeSectionOf(title)).toBeUndefined();
  });
});

describe('a narrative file', () => {
  const text = [
    'Ghi chú đầu tệp.', // 1
    '', // 2
    '## Đặc điểm tình hình', // 3
    '', // 4
    'Đoạn một.', // 5
    '', // 6
    '```', // 7
    '## không phải tiêu đề', // 8
    '```', // 9
    '', // 10
    '## Phuong huong', // 11
    'Bị bỏ.', // 12
    '## Đặc điểm tình hình', // 13
    '- thêm một ý', // 14
  ].join('\r\n');
  const { narrative, issues } = parseNarrative('narrative/2024.md', text);

  it('is cut at its `## ` headings only (not in a code block), CRLF or not', () => {
    expect(narrative.period).toBe('2024');
    expect(narrative.sections.map((s) => [s.id, s.source.line])).toEqual([
      ['situation', 3],
      ['situation', 13],
    ]);
    expect(narrative.sections[0]!.text).toBe('Đoạn một.\n\n```\n## không phải tiêu đề\n```');
    expect(narrative.sections[1]!.text).toBe('- thêm một ý');
  });

  it('warns, with the line, of text outside a section, an unknown title (with a hint) and a section written twice', () => {
    expect(issues.map((i) => [i.code, i.severity, i.source.line, i.message, i.params['hint'] ?? ''])).toEqual([
      ['narrative-section', 'warning', 1, 'narrative-outside', ''],
      ['narrative-section', 'warning', 11, 'narrative-unknown', 'Phương hướng'],
      ['narrative-section', 'warning', 13, 'narrative-twice', ''],
    ]);
  });
});

describe('which file a report reads', () => {
  const request = (r: PeriodRequest) => {
    const p = resolvePeriod(r, [
      { name: 'Đợt 1', from: '01-01', to: '06-30' },
      { name: 'Đợt 2', from: '07-01', to: '12-31' },
    ]);
    if (isPeriodError(p)) throw new Error(p.error);
    return narrativePeriod(p);
  };
  it('year, month, phase and range', () => {
    expect(request({ kind: 'year', year: 2024 })).toBe('2024');
    expect(request({ kind: 'month', year: 2024, month: 3 })).toBe('2024-03');
    expect(request({ kind: 'phase', year: 2024, phase: 1 })).toBe('2024-p1');
    expect(request({ kind: 'range', from: '2024-01-01', to: '2024-03-31' })).toBe('2024-01-01_2024-03-31');
  });
});

describe('the narrative in the Markdown report', () => {
  const narrative = (period: string, markdown: string): Narrative => parseNarrative(`narrative/${period}.md`, markdown).narrative;
  const data = () =>
    dataSet({
      unit: unit({ code: 'ĐTN', signer: { onBehalf: 'TM. Ban Chấp hành', title: 'Bí thư', name: 'Nguyễn Văn An' }, recipients: ['Huyện đoàn Quế Sơn (b/c);', 'Lưu VP.'] }),
      members: [member({ id: 'an', name: 'Nguyễn Văn An' })],
      activities: [activity({ kind: 'study', date: '2024-03-01', members: 'all' })],
    });
  const render = (narratives: Narrative[], r: PeriodRequest) => {
    const d = { ...data(), narratives };
    const p = resolvePeriod(r, d.rules.phases);
    if (isPeriodError(p)) throw new Error(p.error);
    return renderMarkdown(computeReport(d, p), { lang: 'vi', templatesDir });
  };
  const files = [
    narrative('2024', '## Phương hướng, nhiệm vụ năm 2025\n\n1. Làm **tốt hơn**.\n\n## Đặc điểm tình hình\n\nChi đoàn có 1 đoàn viên.\n'),
    narrative('2024-03', '## Đặc điểm tình hình\n\nTháng 3.\n'),
  ];

  it('places the situation first and the direction after the commendation, numbered with the others', () => {
    const md = render(files, { kind: 'year', year: 2024 });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## I. Đặc điểm tình hình');
    expect(headings[1]).toBe('## II. Tổng quan');
    const direction = headings.indexOf('## VIII. Phương hướng, nhiệm vụ năm 2025');
    expect(direction).toBeGreaterThan(headings.findIndex((h) => h.includes('Đề xuất khen thưởng')));
    expect(md).toContain('1. Làm **tốt hơn**.');
    expect(md).toContain('Chi đoàn có 1 đoàn viên.');
  });

  it('takes the file of the period only', () => {
    const md = render(files, { kind: 'month', year: 2024, month: 3 });
    expect(md).toContain('## I. Đặc điểm tình hình\n\nTháng 3.');
    expect(md).not.toContain('Phương hướng');
    expect(render(files, { kind: 'month', year: 2024, month: 4 })).not.toContain('Đặc điểm tình hình');
  });

  it('uses code, signer and recipients of unit.yaml in the heading and the footer', () => {
    const md = render([], { kind: 'year', year: 2024 });
    expect(md).toContain('| Số: ……/BC-ĐTN |');
    expect(md).toContain('**TM. BAN CHẤP HÀNH**<br>**BÍ THƯ**');
    expect(md).toContain('<br>**Nguyễn Văn An** |');
    expect(md).toContain('- Huyện đoàn Quế Sơn (b/c);\n- Lưu VP.\n');
  });
});
