/**
 * Issue #13, "a report that reads well", one fix a block: the no-break space before `%`,
 * thousands separators, data strings printed literally (hostile titles), shift types by their
 * words in check messages and in the report, charts whose labels and titles fit and whose
 * y-axis follows the data, and no file name in the document sent upward.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPeriodError, resolvePeriod } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import { issueMessage, shiftTypeWords } from '../../src/i18n/index.js';
import type { DataSet, Issue } from '../../src/model/types.js';
import { axisTop, barChart, CHART_TITLE_MAX, chartLabels, roundUp } from '../../src/render/md-blocks.js';
import { cell, groupThousands, inline, makeFmt, mermaidLabel, NBSP } from '../../src/render/md-format.js';
import { renderShiftsCsv } from '../../src/render/render-csv.js';
import { buildSummary } from '../../src/render/render-json.js';
import { labelsOf, renderMarkdownSet } from '../../src/render/render-markdown.js';
import { activity, dataSet, member, shift, unit } from './builders.js';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
const vi = makeFmt(labelsOf('vi'), 'vi');
const en = makeFmt(labelsOf('en'), 'en');

function reportOf(data: DataSet, lang: 'vi' | 'en' = 'vi') {
  const period = resolvePeriod({ kind: 'year', year: 2024 }, data.rules.phases);
  if (isPeriodError(period)) throw new Error(period.error);
  const figures = computeReport(data, period);
  return { figures, ...renderMarkdownSet(figures, { lang, templatesDir }) };
}

describe('a no-break space between a number and its %', () => {
  it('in both languages, for a share and for a fraction', () => {
    expect(vi.pct(7, 32)).toBe(`21,9${NBSP}%`);
    expect(vi.pctOf(0.2)).toBe(`20${NBSP}%`);
    expect(vi.pct(0, 0)).toBe(`0${NBSP}%`);
    expect(en.pct(2, 3)).toBe(`66.7${NBSP}%`);
    expect(en.pctOf(0.15)).toBe(`15${NBSP}%`);
  });

  it('everywhere the report prints a percentage, Mermaid labels included', () => {
    const { report, annex } = reportOf(sample());
    expect(annex).not.toMatch(/\d %/);
    for (const md of [report, reportOf(sample(), 'en').report]) {
      expect(md).not.toMatch(/\d %/);
      expect(md).toContain(`${NBSP}%`);
    }
    expect(report).toMatch(/^ {4}"Có sáng kiến đạt chuẩn: 1 người \(50\u00A0%\)" : 1$/m);
  });
});

describe('thousands separators: 1.313 in Vietnamese, 1,313 in English', () => {
  it('counts, decimals and negative numbers; below 1000 unchanged', () => {
    expect(vi.int(1313)).toBe('1.313');
    expect(vi.int(112138098)).toBe('112.138.098');
    expect(vi.int(999)).toBe('999');
    expect(vi.int(-4500)).toBe('-4.500');
    expect(vi.dec(1714.5, 1)).toBe('1.714,5');
    expect(vi.dec(10162, 1)).toBe('10.162');
    expect(en.int(1313)).toBe('1,313');
    expect(en.dec(1714.5, 1)).toBe('1,714.5');
    expect(groupThousands('1234567.25', 'en')).toBe('1,234,567.25');
  });

  it('numbers given to a sentence are written the same way; a year passed as text stays plain', () => {
    expect(vi.w('shifts.summary', { total: 1313, people: 25, from: '01/01/2024', to: '31/12/2024' })).toBe('Từ ngày 01/01/2024 đến ngày 31/12/2024 có 1.313 ca trực; 25 người thuộc diện đánh giá tham gia trực.');
    expect(en.w('shifts.summary', { total: 1313, people: 25, from: '2024-01-01', to: '2024-12-31' })).toContain(': 1,313 shifts;');
    expect(vi.w('title.year', { movement: 'Phong trào', year: '2024' })).toBe('Phong trào năm 2024');
  });

  it('in the report (hours of a 1000-hour year), never in the JSON or the CSV', () => {
    // 84 shifts of 24 h: 2016 hours.
    const days = Array.from({ length: 84 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i * 4)).toISOString().slice(0, 10));
    const data = sample({ shifts: days.map((date) => shift({ date, type: '24h', members: ['an'], department: 'a' })) });
    const { figures, report } = reportOf(data);
    expect(report).toMatch(/\| 1 \| Nguyễn Văn An \| 84 \| 2\.016 \|/);
    expect(report).toContain('**2.016**');
    expect(report).not.toMatch(/\b2016\b/);
    expect(JSON.stringify(buildSummary(figures))).toContain('"hours":2016');
    expect(renderShiftsCsv(figures, figures.memberShifts, { lang: 'vi' })).toMatch(/[,;]2016[,;]/);
  });
});

describe('data printed literally: Markdown escaping of titles and names', () => {
  const hostile = '*x* _y_ [link](http://a) `code` <b> | %%{init}%%';

  it('inline() escapes what GitHub would read as markup', () => {
    expect(inline(hostile)).toBe('\\*x\\* \\_y\\_ \\[link\\](http://a) \\`code\\` &lt;b> \\| %%{init}%%');
    expect(inline('# Tiêu đề')).toBe('\\# Tiêu đề');
    expect(inline('- gạch đầu dòng')).toBe('\\- gạch đầu dòng');
    expect(inline('> trích')).toBe('\\> trích');
    expect(inline('1. Một')).toBe('1\\. Một');
    expect(inline('a\\b ~~c~~ $x$ &amp; 3 < 5')).toBe('a\\\\b \\~\\~c\\~\\~ \\$x\\$ &amp;amp; 3 < 5');
    expect(inline('hai\ndòng\t  và   cách')).toBe('hai dòng và cách');
    expect(inline('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('cell() keeps an escaped | as it is and escapes a bare one', () => {
    expect(cell(inline('a | b'))).toBe('a \\| b');
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell('**Cộng**')).toBe('**Cộng**');
    expect(cell(`50${NBSP}%`)).toBe(`50${NBSP}%`);
  });

  it('mermaidLabel() leaves no quote, semicolon, entity or directive', () => {
    const label = mermaidLabel(hostile + ' "q"; #9829;\n%%%{x}%%%');
    expect(label).not.toMatch(/["`;#\n]/);
    expect(label).not.toContain('%%');
  });

  it('a hostile unit, department, member, initiative, decision and award render as written', () => {
    const data = sample({
      unit: unit({ name: 'Chi đoàn *Thử* nghiệm', departments: [{ ...unit().departments[0]!, name: 'Khoa <b>A</b> | 1' }, unit().departments[1]!] }),
      title: hostile,
      decision: '45/QĐ_[TTYT]',
      memberName: 'Nguyễn *Văn* An',
    });
    const { report, annex } = reportOf(data);
    const escaped = '\\*x\\* \\_y\\_ \\[link\\](http://a) \\`code\\` &lt;b> \\| %%{init}%%';
    expect(report).toContain(`| 1 | ${escaped} | Nguyễn \\*Văn\\* An | 10/02/2024 | Cơ sở | 20/05/2024 | 45/QĐ\\_\\[TTYT\\] | đã đăng 01M |`);
    expect(report).toContain('Chi đoàn \\*Thử\\* nghiệm báo cáo kết quả');
    expect(report).toContain('| Khoa &lt;b>A&lt;/b> \\| 1 | 1 |');
    expect(report).toContain('#### Khoa &lt;b>A&lt;/b> \\| 1\n');
    expect(report).toContain(`| ${escaped} | 123/QĐ-SYT | Nguyễn \\*Văn\\* An |`);
    expect(report).toContain(`Sáng kiến “${escaped}” được công nhận cấp cơ sở (Quyết định số 45/QĐ\\_\\[TTYT\\] ngày 20/05/2024)`);
    expect(annex).toContain('| Nguyễn \\*Văn\\* An | Khoa &lt;b>A&lt;/b> \\| 1 |');
    for (const md of [report, annex]) {
      // No unescaped markup from the data: every * _ [ ` is preceded by a backslash, outside the view's own ** and *…*.
      const text = md.replace(/```mermaid[\s\S]*?```/g, '');
      expect(text).not.toContain('*x*');
      expect(text).not.toContain('[link](');
      expect(text).not.toContain('`code`');
      expect(text).not.toContain('<b>');
    }
    // In the charts the department's name is a quoted label, its full form spelled out (escaped)
    // under the first chart; the only directive is the pie's own.
    const mermaid = [...report.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
    expect(mermaid.match(/%%\{/g)?.length).toBe(1);
    expect(mermaid).toMatch(/^ {4}x-axis \["Khoa [^"]+", "Khoa B"\]$/m);
    expect(report).toMatch(/^\*Tên viết tắt trên các biểu đồ: Khoa [^:]+: Khoa &lt;b>A&lt;\/b> \\\| 1\.\*$/m);
  });
});

describe('shift types by their words', () => {
  const issue = (message: string, params: Record<string, string | number>): Issue => ({ code: message as Issue['code'], severity: 'warning', source: { file: 'x.yaml', line: 1, column: 1 }, message, params });

  it('in check messages: the built-in day and night by the label file’s words, another type by its id', () => {
    expect(shiftTypeWords('night', 'vi')).toBe('ca đêm');
    expect(shiftTypeWords('day', 'en')).toBe('day shift');
    expect(shiftTypeWords('24h', 'vi')).toBe('ca “24h”');
    expect(issueMessage(issue('coverage', { date: '2024-03-02', department: 'Khoa A', type: 'night', have: 1, need: 2 }), 'vi')).toBe('ngày 2024-03-02, Khoa A chỉ có 1/2 người trực ca đêm');
    expect(issueMessage(issue('coverage', { date: '2024-03-02', department: 'Khoa A', type: 'night', have: 1, need: 2 }), 'en')).toBe('on 2024-03-02, Khoa A has only 1/2 people on the night shift');
    expect(issueMessage(issue('rest', { member: 'an', hours: 8, first: '2024-03-01', firstType: '24h', second: '2024-03-02', secondType: 'day', min: 12 }), 'vi')).toBe(
      '“an” chỉ được nghỉ 8 giờ giữa ca “24h” hôm 2024-03-01 và ca ngày hôm 2024-03-02 (tối thiểu 12 giờ)',
    );
    expect(issueMessage(issue('shift-overlap', { member: 'an', date: 'd2', type: 'day', time: 't2', otherDate: 'd1', otherType: 'night', otherTime: 't1', otherFile: 'f', otherLine: 3 }), 'en')).toBe(
      '“an” has two overlapping shifts: the day shift of d2 (t2) and the night shift of d1 (t1, f:3)',
    );
    // A param of the same name in another message is left alone.
    expect(issueMessage(issue('bad-value', { key: 'type', value: 'night' }), 'vi')).toBe('giá trị “night” của “type” không hợp lệ');
  });

  it('the messages’ words are the report labels’ words, written small', () => {
    for (const lang of ['vi', 'en'] as const) {
      const labels = labelsOf(lang) as { shiftTypes: Record<string, string> };
      for (const id of ['day', 'night']) expect(shiftTypeWords(id, lang).toLowerCase()).toContain(labels.shiftTypes[id]!.toLowerCase().replace(/^ca /, ''));
    }
  });

  it('in the report: the coverage table says “Ca đêm”, and a unit’s own type by its id', () => {
    const data = sample({
      shifts: [shift({ date: '2024-03-02', type: '24h', members: ['an'], department: 'a' })],
      coverage: [
        { department: 'a', type: 'night', min: 1, from: '2024-03-01', to: '2024-03-01' },
        { department: 'a', type: '24h', min: 2, from: '2024-03-02', to: '2024-03-02' },
      ],
    });
    const { report } = reportOf(data);
    expect(report).toContain('| 01/03/2024 | T6 | Khoa A | Ca đêm | 0 | 1 | 1 |');
    expect(report).toContain('| 02/03/2024 | T7 | Khoa A | 24h | 1 | 2 | 1 |');
  });
});

describe('charts that fit', () => {
  it('the y-axis: 0–100 % while a rate is above half, else a round number above the highest; counts likewise', () => {
    expect(axisTop([100, 88.9, 66.7], 'percent')).toBe(100);
    expect(axisTop([51], 'percent')).toBe(100);
    expect(axisTop([25, 11.1, 22.2, 33.3, 20], 'percent')).toBe(40);
    expect(axisTop([50, 33.3], 'percent')).toBe(50);
    expect(axisTop([0, 0], 'percent')).toBe(100);
    expect(axisTop([28, 101, 101, 20.8], 'count')).toBe(120);
    expect(axisTop([7], 'count')).toBe(8);
    expect(axisTop([0], 'count')).toBe(1);
    expect([0.3, 1, 1.1, 13, 26, 45, 99, 1234].map(roundUp)).toEqual([0.3, 1, 1.2, 15, 30, 50, 100, 1500]);
  });

  it('long department names are shortened the way offices write them; the first chart spells them out', () => {
    expect(chartLabels(['Khoa Khám bệnh', 'Khoa Hồi sức cấp cứu', 'Khoa Nội – Nhi', 'Phòng Tổ chức – Hành chính'])).toEqual(['Khoa Khám bệnh', 'Khoa HSCC', 'Khoa Nội – Nhi', 'Phòng TC–HC']);
    expect(chartLabels(['Khoa Chẩn đoán hình ảnh', 'Phòng Tài chính và Kế toán'])).toEqual(['Khoa CĐHA', 'Phòng TCKT']);
    // Ten bars leave about eight characters each.
    const ten = chartLabels(Array.from({ length: 10 }, (_, i) => `Khoa Điều trị số ${i + 1}`));
    for (const l of ten) expect([...l].length).toBeLessThanOrEqual(9);
    expect(new Set(ten).size).toBe(10);
    const chart = barChart({ f: vi, title: 'T', labels: ['Khoa Khám bệnh', 'Khoa Hồi sức cấp cứu'], yLabel: '%', scale: 'percent', bars: [[100, 50]], spellOut: true })!;
    expect(chart.xAxis).toBe('"Khoa Khám bệnh", "Khoa HSCC"');
    expect(chart.note).toBe('Tên viết tắt trên các biểu đồ: Khoa HSCC: Khoa Hồi sức cấp cứu.');
    expect(barChart({ f: vi, title: 'T', labels: ['Khoa Hồi sức cấp cứu'], yLabel: '%', bars: [[1]] })!.note).toBe('');
  });

  it('a long title is cut; the report’s titles are short', () => {
    const chart = barChart({ f: vi, title: 'Tỷ lệ đạt tiêu chí '.repeat(6), labels: ['A'], yLabel: '%', bars: [[1]] })!;
    expect([...chart.title].length).toBe(CHART_TITLE_MAX);
    expect(chart.title.endsWith('…')).toBe(true);
    const { report } = reportOf(sample());
    for (const m of report.matchAll(/^ {4}title "(.*)"$/gm)) expect([...m[1]!].length).toBeLessThanOrEqual(50);
  });
});

describe('no file name in the document sent upward', () => {
  it('the holiday source, the coverage and the allowance are said in a clerk’s words', () => {
    const data = sample({ holidays: ['2024-01-01'], allowance: true, coverage: [] });
    for (const lang of ['vi', 'en'] as const) {
      const { report, annex } = reportOf(data, lang);
      for (const md of [report, annex]) expect(md).not.toMatch(/\.(ya?ml|csv|json|md)\b/);
    }
    const { report } = reportOf(data);
    expect(report).toContain('- Năm 2024: theo danh sách ngày nghỉ lễ của đơn vị — 1 ngày (01/01).');
    expect(report).toContain('Đơn vị chưa đặt quy định về số người trực tối thiểu của mỗi ca.');
    expect(report).toContain('mức do đơn vị quy định).');
  });
});

/** Two departments, An (a) authors a recognized initiative; an award; rules with a 24-hour type. */
function sample(o: {
  unit?: DataSet['unit'];
  title?: string;
  decision?: string;
  memberName?: string;
  shifts?: DataSet['shifts'];
  coverage?: { department: string; type: string; min: number; from?: string; to?: string }[];
  holidays?: string[];
  allowance?: boolean;
} = {}): DataSet {
  return dataSet({
    unit: o.unit ?? unit(),
    members: [
      member({ id: 'an', name: o.memberName ?? 'Nguyễn Văn An', department: 'a', title: 'Bác sĩ' }),
      member({ id: 'binh', name: 'Trần Thị Bình', department: 'b' }),
    ],
    activities: [
      activity({ kind: 'initiative', date: '2024-02-10', title: o.title ?? 'Sổ tay điều dưỡng', members: ['an'], level: 'co-so', recognized: '2024-05-20', decision: o.decision ?? '45/QĐ-TTYT', in01m: true }),
      activity({ kind: 'award', date: '2024-12-20', title: o.title ?? 'Giấy khen', members: ['an'], decision: '123/QĐ-SYT' }),
    ],
    shifts: o.shifts ?? [shift({ date: '2024-03-02', members: ['an'] })],
    rules: {
      shifts: { types: { '24h': { start: '07:00', end: '07:00' } }, ...(o.coverage ? { coverage: o.coverage } : {}) },
      ...(o.holidays ? { holidays: o.holidays } : {}),
      ...(o.allowance ? { allowance: { rate: 65000 } } : {}),
      commendation: { emulation_fighter: { cap: 1 } },
      criteria: {},
    } as never,
  });
}
