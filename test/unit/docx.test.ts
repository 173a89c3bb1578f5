/**
 * The Word documents (SPEC §8), unzipped and read as the XML Word reads: the page of Nghị
 * định 30/2020 (A4, margins in twips, Times New Roman 14 pt, page numbers at the top from
 * page 2), the heading of each kind of unit, real tables with their header row repeated,
 * Markdown made into runs, the charts as PNG pictures, the signature block, the narrative,
 * and the proposal list.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPainter } from '../../src/cli/chart-painter.js';
import { isPeriodError, resolvePeriod, type PeriodRequest } from '../../src/compute/period.js';
import { computeReport, type ReportFigures } from '../../src/compute/report.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';
import type { DataSet, Unit } from '../../src/model/types.js';
import type { ChartPainter } from '../../src/render/docx/charts.js';
import { inlineRuns } from '../../src/render/docx/inline.js';
import { columnWidths, TEXT_WIDTH } from '../../src/render/docx/layout.js';
import { coreProperties, zipStamp } from '../../src/render/docx/pack.js';
import { renderProposalsDocx } from '../../src/render/docx/proposals-docx.js';
import { renderReportDocx } from '../../src/render/docx/report-docx.js';
import { table } from '../../src/render/md-blocks.js';
import { labelsOf } from '../../src/render/render-markdown.js';
import { Paragraph, Packer, Document } from 'docx';
import { activity, dataSet, member, unit } from './builders.js';

const labels = labelsOf('vi');
let painter: ChartPainter;
beforeAll(async () => {
  painter = await chartPainter();
});

function figures(data: DataSet, request: PeriodRequest): ReportFigures {
  const period = resolvePeriod(request, data.rules.phases);
  if (isPeriodError(period)) throw new Error(period.error);
  return computeReport(data, period);
}

const sample = (): DataSet => {
  const loaded = loadDataFolder('data');
  if (!loaded.data) throw new Error('sample data did not load');
  return loaded.data;
};

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
const xmlOf = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);
/** The text of every `<w:t>` of a part, joined, entities decoded. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join('');

/** Width and height of a PNG, from its IHDR. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('report.docx of the sample unit (year 2024)', () => {
  let files: Record<string, Uint8Array>;
  let doc: string;
  beforeAll(async () => {
    files = unzip(await renderReportDocx(figures(sample(), { kind: 'year', year: 2024 }), { lang: 'vi', labels, painter }));
    doc = xmlOf(files, 'word/document.xml');
  }, 60_000);

  it('is A4 portrait with the margins of Nghị định 30/2020 (20/20/30/15 mm), a different first page, numbers at the top', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain('<w:titlePg/>');
    // The default header holds a centred PAGE field; the first page's header is empty.
    const refs = [...doc.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(refs.map((r) => r[0]).sort()).toEqual(['default', 'first']);
    const rels = xmlOf(files, 'word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const header = (type: string) => xmlOf(files, `word/${target(refs.find((r) => r[0] === type)![1]!)}`);
    expect(header('default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(header('default')).toContain('<w:jc w:val="center"/>');
    expect(header('first')).not.toContain('PAGE');
  });

  it('sets Times New Roman 14 pt, Vietnamese, as the default, and black bold headings', () => {
    const styles = xmlOf(files, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:b\/>[\s\S]*?<w:color w:val="000000"\/>/);
  });

  it('opens with the Đoàn heading: parent, unit in bold, ***, the number with the code, ĐOÀN TNCS HỒ CHÍ MINH underlined, the italic date line', () => {
    const text = textOf(doc);
    expect(text.indexOf('HUYỆN ĐOÀN QUẾ SƠN')).toBeLessThan(text.indexOf('CHI ĐOÀN TRUNG TÂM Y TẾ HUYỆN QUẾ SƠN'));
    expect(text).toContain('***');
    expect(text).toContain('Số: ……/BC-CĐTTYT');
    expect(doc).toMatch(/<w:b\/>[^]*?<w:t xml:space="preserve">CHI ĐOÀN TRUNG TÂM Y TẾ HUYỆN QUẾ SƠN<\/w:t>/);
    expect(doc).toMatch(/<w:u w:val="single"\/>[^<]*(<[^t][^>]*>)*<w:t xml:space="preserve">ĐOÀN TNCS HỒ CHÍ MINH<\/w:t>/);
    expect(doc).toMatch(/<w:i\/>(<[^t][^>]*>)*<w:t xml:space="preserve">Quế Sơn, ngày 31 tháng 12 năm 2024<\/w:t>/);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁOKết quả thực hiện phong trào “3 trách nhiệm” năm 2024');
  });

  it('numbers its sections as Word headings, the narrative at its place', () => {
    const headings = [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
    expect(headings[0]).toBe('I. Đặc điểm tình hình');
    expect(headings[1]).toBe('II. Tổng quan');
    expect(headings).toContain('XII. Phương hướng, nhiệm vụ năm 2025');
    expect(headings.indexOf('IX. Tồn tại, hạn chế')).toBeGreaterThan(headings.findIndex((h) => h.endsWith('Đề nghị khen thưởng')));
    // The named lists (reminders, each person's results) are in the internal annex, not in the document sent upward.
    expect(headings.at(-1)).toBe('XIII. Đề xuất, kiến nghị');
    expect(textOf(doc)).not.toContain('cần nhắc nhở');
    // The clerk's bold words and numbered list became runs, not Markdown.
    expect(doc).toMatch(/<w:b\/>(<[^t][^>]*>)*<w:t xml:space="preserve">Thuận lợi:<\/w:t>/);
    expect(textOf(doc)).toContain('2. Phấn đấu ít nhất 25 % đoàn viên');
  });

  it('has real tables whose header row repeats on every page, numbers right-aligned, and no Markdown left in the text', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    // Data tables (the heading and signature blocks are the two layout tables without a header row).
    const data = tables.filter((t) => t.includes('<w:tblHeader/>'));
    expect(data.length).toBeGreaterThan(20);
    const figures = data.find((t) => textOf(t).startsWith('Nội dungKết quả'))!;
    expect(figures).toMatch(/<w:jc w:val="right"\/>(<[^t][^>]*>)*<w:t xml:space="preserve">32<\/w:t>/);
    expect(figures).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    const text = textOf(doc);
    // (The Đoàn heading's `***` separator is the one run of asterisks.)
    expect(text.replace('***', '')).not.toMatch(/\*\*|\\\||<br>|&lt;/);
    // The unit-total row is bold.
    expect(doc).toMatch(/<w:b\/>(<[^t][^>]*>)*<w:t xml:space="preserve">Toàn đơn vị<\/w:t>/);
  });

  it('draws each chart of the view as a PNG picture with a numbered caption', () => {
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    const charts = [...doc.matchAll(/<wp:docPr id="(\d+)" name="chart\d+"/g)].map((m) => Number(m[1]));
    expect(charts).toEqual(charts.map((_, i) => i + 1));
    // Two charts with the same bars are the same picture, stored once (the sample's community and
    // self criteria both read 100, 100, 88.9, 100 by department); the caption names each.
    expect(media.length).toBeGreaterThan(0);
    expect(media.length).toBeLessThanOrEqual(charts.length);
    expect(charts.length).toBe(7); // overview, three criteria, innovation bar and pie, night-shift fairness
    for (const m of media) {
      const png = files[m]!;
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual({ width: 1210, height: 604 });
    }
    expect(textOf(doc)).toContain('Biểu đồ 1. Tỷ lệ đạt cả 3 tiêu chí theo khoa/phòng');
  });

  it('ends with the signer of unit.yaml beside its recipients', () => {
    const text = textOf(doc);
    expect(text).toMatch(/Nơi nhận:- Ban Thường vụ Huyện đoàn Quế Sơn \(b\/c\);- Chi bộ Trung tâm Y tế huyện \(b\/c\);- Lưu VP Chi đoàn\.TM\. BAN CHẤP HÀNHBÍ THƯĐặng Thị Thu Hà$/);
  });

  it('has fixed core properties: the window’s last day, the unit as author', () => {
    const core = xmlOf(files, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-12-31T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-12-31T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:creator>Chi đoàn Trung tâm Y tế huyện Quế Sơn</dc:creator>');
  });
});

describe('the heading of each kind of unit', () => {
  const tiny = (u: Partial<Unit>) =>
    dataSet({
      unit: unit({ name: 'Trung tâm Y tế huyện Tiên Phước', parent: 'Sở Y tế tỉnh Quảng Nam', place: 'Tiên Phước', ...u }),
      members: [member({ id: 'an', name: 'Nguyễn Văn An' })],
      activities: [activity({ kind: 'study', date: '2024-03-01', members: 'all' })],
    });
  const docOf = async (u: Partial<Unit>, request: PeriodRequest = { kind: 'month', year: 2024, month: 2 }) =>
    xmlOf(unzip(await renderReportDocx(figures(tiny(u), request), { lang: 'vi', labels, painter })), 'word/document.xml');

  it.each([
    ['co-quan', 'TTYT'],
    ['cong-doan', 'CĐCS'],
  ] as const)('%s: the quốc hiệu, the tiêu ngữ underlined, "Số: ……/BC-<code>", the short line under the unit', async (kind, code) => {
    const doc = await docOf({ kind, code });
    const text = textOf(doc);
    expect(text).toContain('SỞ Y TẾ TỈNH QUẢNG NAM');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc).toMatch(/<w:u w:val="single"\/>(<[^t][^>]*>)*<w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc<\/w:t>/);
    expect(text).toContain(`Số: ……/BC-${code}`);
    expect(text).not.toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(text).not.toContain('***');
    // The separator under the unit's name: a paragraph with a bottom border, indented on both sides.
    expect(doc).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/);
    expect(text).toContain('Tiên Phước, ngày 29 tháng 02 năm 2024');
  });

  it('without code, signer or recipients: "Số: ……/BC", the usual signature lines, the parent and the archive', async () => {
    const text = textOf(await docOf({ kind: 'cong-doan' }));
    expect(text).toContain('Số: ……/BC');
    expect(text).toMatch(/Nơi nhận:- Sở Y tế tỉnh Quảng Nam \(b\/c\);- Lưu: VT\.T\/M BAN CHẤP HÀNHCHỦ TỊCH$/);
  });

  it('a month window has no proposal list', async () => {
    const r = figures(tiny({}), { kind: 'month', year: 2024, month: 3 });
    expect(await renderProposalsDocx(r, { lang: 'vi', labels, painter })).toBeNull();
  });
});

describe('proposals.docx', () => {
  it('is the Danh sách đề nghị khen thưởng on landscape A4: heading, title, the proposal tables, the signature', async () => {
    const bytes = await renderProposalsDocx(figures(sample(), { kind: 'year', year: 2024 }), { lang: 'vi', labels, painter });
    const files = unzip(bytes!);
    const doc = xmlOf(files, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const text = textOf(doc);
    expect(text).toContain('Số: ……/DS-CĐTTYT');
    expect(text).toContain('DANH SÁCHĐề nghị khen thưởng năm 2024');
    expect(text).toContain('Kính gửi: Hội đồng Thi đua – Khen thưởng');
    expect(text).toContain('I. Cá nhân');
    expect(text).toContain('II. Tập thể');
    expect(text).toContain('Huỳnh Tấn Phát');
    const proposals = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => textOf(t).startsWith('STTHọ và tên'))!;
    expect(proposals).toContain('<w:tblHeader/>');
    expect(text).toMatch(/TM\. BAN CHẤP HÀNHBÍ THƯĐặng Thị Thu Hà$/);
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(false);
  }, 60_000);
});

describe('the pieces', () => {
  it('Markdown of the view becomes runs: bold, italic, line breaks, escaped pipes and entities', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: inlineRuns('**Tổng** *nghiêng* a \\| b &lt;Zalo&gt;<br>dòng 2 `abc1234`') })] }] });
    const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!);
    expect(xml).toMatch(/<w:b\/>(<[^t][^>]*>)*<w:t xml:space="preserve">Tổng<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>(<[^t][^>]*>)*<w:t xml:space="preserve">nghiêng<\/w:t>/);
    expect(xml).toContain('<w:br/>');
    expect(textOf(xml)).toBe('Tổng nghiêng a | b <Zalo>dòng 2 abc1234');
  });

  it('column widths fill the text width, keep the longest word whole, and give long text the room', () => {
    const t = table(['STT', 'Tên sáng kiến', 'Ngày'], ['r', 'l', 'l'], [['1', 'Nhắc lịch tái khám qua Zalo cho người bệnh mạn tính của Trung tâm', '20/11/2023']]);
    const widths = columnWidths(t, TEXT_WIDTH.portrait);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.portrait);
    expect(widths[1]).toBeGreaterThan(widths[0]! * 3);
    expect(widths[2]).toBeGreaterThan(1000); // "20/11/2023" on one line at 12 pt
  });

  it('the core properties and the zip stamp come from the date given, not the clock or the zone', () => {
    expect(coreProperties({ title: 'A & B', subject: 's', creator: 'c', date: '2024-03-31', language: 'vi-VN' })).toContain('<dc:title>A &amp; B</dc:title>');
    const stamp = zipStamp('2024-03-31');
    expect([stamp.getFullYear(), stamp.getMonth(), stamp.getDate(), stamp.getHours()]).toEqual([2024, 2, 31, 12]);
    expect(zipStamp('1970-01-01').getFullYear()).toBe(1980);
  });

  it('the painter makes a PNG of an SVG, scaled', () => {
    const png = painter.paint('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#2f5597"/><text x="5" y="30" font-size="14">Hồi sức</text></svg>', 2);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 200, height: 100 });
  });
});
