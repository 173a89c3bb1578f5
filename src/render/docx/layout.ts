/**
 * The page and the paragraphs of a signed document as Nghị định 30/2020 (Phụ lục I) lays them
 * out — A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt body, the
 * first line indented 1 cm, 6 pt between paragraphs — and the Word tables every view `Table`
 * becomes. Pure builders of `docx` objects.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table as WordTable,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Align, Table } from '../md-blocks.js';
import { inlineRuns, plainText, type RunStyle } from './inline.js';

export const FONT = 'Times New Roman';
/** Half-points. */
export const SIZE = { body: 28, heading: 26, table: 24, smallTable: 22, recipients: 22, recipientsTitle: 24, doanTitle: 30 } as const;

/** Millimetres in twips (1/1440 inch), rounded as Word does: A4 is 11906 × 16838. */
export const mm = (x: number) => Math.round((x * 1440) / 25.4);

export const A4 = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
/** The width between the margins, portrait and landscape. */
export const TEXT_WIDTH = { portrait: A4.width - MARGIN.left - MARGIN.right, landscape: A4.height - MARGIN.left - MARGIN.right };

const INDENT = mm(10);
/** 6 pt, in twentieths of a point. */
const GAP = 120;

/** A body paragraph: justified, first line indented 1 cm. */
export function bodyParagraph(children: ParagraphChild[], options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: GAP }, children, ...options });
}

/** A body paragraph from a line of the view model's Markdown. */
export function textParagraph(markdown: string, style: RunStyle = {}, options: Partial<IParagraphOptions> = {}): Paragraph {
  return bodyParagraph(inlineRuns(markdown, style), options);
}

/** A centred line (titles, captions, notes). */
export function centred(markdown: string, style: RunStyle = {}, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: inlineRuns(markdown, style), ...options });
}

/** A list item as Vietnamese documents write one: a dash (or the item's number) at the indented first line. */
export function listItem(children: ParagraphChild[], marker = '-', level = 0): Paragraph {
  return bodyParagraph([...inlineRuns(`${marker} `), ...children], { indent: { firstLine: INDENT, left: level * INDENT } });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A section heading (`I. Tổng quan` = level 1), a Word heading so the navigation pane lists it. */
export function heading(markdown: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1], keepNext: true, keepLines: true, children: inlineRuns(markdown) });
}

/** A short horizontal line, centred, a third as wide as `width` (the line under a trích yếu or a unit's name). */
export function shortRule(width: number, share = 1 / 3): Paragraph {
  const side = Math.round((width * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: GAP, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  l: AlignmentType.LEFT,
  r: AlignmentType.RIGHT,
  c: AlignmentType.CENTER,
};

/**
 * About how wide a word is in Times New Roman, in twips, at a size in half-points: capitals
 * 0.7 em, digits 0.5, other letters 0.45, punctuation and narrow letters 0.3 (bold: 5 % more).
 */
export function wordTwips(word: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of word.normalize('NFC')) {
    if (/[\p{Lu}]/u.test(ch)) ems += /[IJ]/.test(ch) ? 0.4 : 0.7;
    else if (/\d/.test(ch)) ems += 0.5;
    else if (/[.,:;'’/()\-–!|fijlrt]/.test(ch)) ems += 0.3;
    else if (/[mw]/.test(ch)) ems += 0.75;
    else ems += 0.48;
  }
  return ems * size * 10 * (bold ? 1.05 : 1);
}
/** A cell's margins and a little slack, in twips. */
const CELL_SLACK = 200;

/**
 * Column widths from what the columns hold: each at least as wide as its longest word (no
 * word is ever broken across lines, "STT" stays on one line), and the room left shared in
 * proportion to the columns' mean text length, so a name or a title column is wide and a
 * count narrow. When even the longest words do not fit, the columns shrink in proportion.
 */
export function columnWidths(t: Table, total: number, size: number = SIZE.table): number[] {
  const cw = wordTwips('n', size);
  const minimum: number[] = [];
  const preferred: number[] = [];
  t.header.forEach((h, c) => {
    const cells = t.rows.map((r) => plainText(r[c] ?? ''));
    const longest = (texts: readonly string[], bold: boolean) => Math.max(0, ...texts.flatMap((s) => s.split(/\s+/)).map((w) => wordTwips(w, size, bold)));
    const min = Math.max(2 * cw, longest([plainText(h)], true), longest(cells, false)) + CELL_SLACK;
    const mean = cells.length === 0 ? 0 : cells.reduce((n, s) => n + [...s].length, 0) / cells.length;
    minimum.push(min);
    preferred.push(Math.max(min, Math.min(48, mean) * cw + CELL_SLACK));
  });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(minimum) >= total) widths = minimum.map((m) => (m / sum(minimum)) * total);
  else if (sum(preferred) >= total) {
    const room = total - sum(minimum);
    const want = sum(preferred) - sum(minimum);
    // preferred has an entry for each column of minimum: they are pushed together above.
    widths = minimum.map((m, i) => m + (want === 0 ? 0 : (((preferred[i] ?? m) - m) / want) * room));
  } else {
    const extra = total - sum(preferred);
    widths = preferred.map((p) => p + (p / sum(preferred)) * extra);
  }
  const rounded = widths.map((w) => Math.floor(w));
  const last = rounded.length - 1;
  const lastWidth = rounded[last];
  if (lastWidth !== undefined) rounded[last] = lastWidth + (total - sum(rounded));
  return rounded;
}

const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

function wordCell(markdown: string, align: Align, width: number, size: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: [new Paragraph({
      alignment: header ? AlignmentType.CENTER : ALIGN[align],
      spacing: { after: 0 },
      children: inlineRuns(markdown, header ? { bold: true, size } : { size }),
    })],
  });
}

/**
 * Any view `Table` as a real Word table: the header row bold, centred and repeated at the top
 * of every page the table runs onto, rows kept whole, each column aligned as the view says
 * (numbers right). Wide tables (8 columns or more) use a smaller size.
 */
export function wordTable(t: Table, width: number): WordTable {
  const size = t.header.length >= 8 ? SIZE.smallTable : SIZE.table;
  const widths = columnWidths(t, width, size);
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: t.header.map((_, i) => wordCell(cells[i] ?? '', t.align[i] ?? 'l', widths[i] ?? 0, size, header)),
    });
  return new WordTable({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

/** An empty paragraph after a table, so two tables never touch and text does not stick to a table. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [] });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** The borders of a layout table (heading, signature block): none. */
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
