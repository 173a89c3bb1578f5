/**
 * The parts every signed document shares (Nghị định 30/2020, Hướng dẫn 29-HD/TWĐTN-VP, QĐ
 * 933/QĐ-TLĐ): the page (A4, margins, Times New Roman, page numbers centred at the top from
 * page 2), the two-column heading, and the signature block beside "Nơi nhận".
 */
import {
  AlignmentType,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table as WordTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Fmt } from '../md-format.js';
import type { HeadingView, MarkdownView } from '../markdown-view.js';
import { inlineRuns } from './inline.js';
import { A4, FONT, MARGIN, NO_BORDERS, shortRule, SIZE } from './layout.js';

/** Left column of the heading and of the signature block, as a share of the text width. */
const LEFT_SHARE = 0.4;

function layoutTable(width: number, left: Paragraph[], right: Paragraph[]): WordTable {
  const l = Math.round(width * LEFT_SHARE);
  const cell = (children: Paragraph[], w: number) => new TableCell({
    width: { size: w, type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: 0, right: 0 },
    children,
  });
  return new WordTable({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [l, width - l],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, l), cell(right, width - l)] })],
  });
}

const line = (markdown: string, style: Parameters<typeof inlineRuns>[1], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: inlineRuns(markdown, style) });

/**
 * The heading: on the left the parent body (regular), the issuing body (bold), the separator
 * (`***` for Đoàn, a short line otherwise) and the number; on the right the quốc hiệu and tiêu
 * ngữ (underlined), or ĐOÀN TNCS HỒ CHÍ MINH (underlined), and the italic place-and-date line.
 */
export function headingBlock(h: HeadingView, number: string, f: Fmt, width: number): WordTable {
  const leftWidth = Math.round(width * LEFT_SHARE);
  const left = [
    ...(h.parent !== '' ? [line(h.parent, { size: SIZE.heading })] : []),
    line(h.unit, { size: SIZE.heading, bold: true }),
    h.doan ? line('\\*\\*\\*', { size: SIZE.heading }, 60) : shortRule(leftWidth),
    line(number, { size: SIZE.heading }),
  ];
  const right = h.doan
    ? [line(f.w('heading.doan'), { size: SIZE.doanTitle, bold: true, underline: true }, 240)]
    : [line(f.w('heading.nation'), { size: SIZE.heading, bold: true }), line(f.w('heading.motto'), { size: SIZE.body, bold: true, underline: true }, 240)];
  right.push(line(h.dateLine, { size: SIZE.body, italics: true }));
  return layoutTable(width, left, right);
}

/**
 * The signature block: "Nơi nhận:" and its list on the left (12 and 11 pt), the signer's
 * authority and title (bold) on the right, room to sign, then the name (bold).
 */
export function signatureBlock(footer: MarkdownView['footer'], f: Fmt, width: number): WordTable {
  const left = [
    new Paragraph({ spacing: { after: 0 }, children: inlineRuns(f.w('footer.recipientsTitle'), { bold: true, italics: true, size: SIZE.recipientsTitle }) }),
    ...footer.recipients.map((r) => new Paragraph({ spacing: { after: 0 }, children: inlineRuns(`- ${r}`, { size: SIZE.recipients }) })),
  ];
  const right = [
    ...footer.signer.map((s) => line(s, { bold: true, size: SIZE.body })),
    ...Array.from({ length: 4 }, () => new Paragraph({ spacing: { after: 0 }, children: [] })),
    ...(footer.signerName !== '' ? [line(footer.signerName, { bold: true, size: SIZE.body })] : []),
  ];
  return layoutTable(width, left, right);
}

/** The page number, centred at the top of every page but the first. */
function pageNumberHeader(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })] })],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

/** A Word document of the given body, on A4 (landscape for wide lists), with the styles of a signed document. */
export function signedDocument(children: FileChild[], options: { readonly landscape?: boolean; readonly language: string; readonly title: string }): Document {
  const heading = (size: number, italics = false) => ({
    run: { font: FONT, size, bold: true, italics, color: '000000' },
    paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
  });
  return new Document({
    title: options.title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: SIZE.body, language: { value: options.language } },
          paragraph: { spacing: { line: 276, lineRule: 'auto' } },
        },
        heading1: heading(SIZE.body),
        heading2: heading(SIZE.body),
        heading3: heading(SIZE.body, true),
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: options.landscape ? { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE } : { width: A4.width, height: A4.height },
            margin: MARGIN,
          },
        },
        headers: pageNumberHeader(),
        children,
      },
    ],
  });
}
