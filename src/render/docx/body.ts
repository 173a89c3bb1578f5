/**
 * A document body written block by block from view-model parts: any `Table` becomes a Word
 * table, any `BarChart`/`PieChart` a numbered picture with its caption, any string a paragraph
 * of Word runs. The report and the proposal list are both written with it, so a table that
 * gains a column or a chart that gains a series needs no change here.
 */
import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import type { BarChart, PieChart, Table } from '../md-blocks.js';
import type { Fmt } from '../md-format.js';
import { barChartSvg, CHART_SCALE, CHART_SIZE, pieChartSvg, type ChartPainter } from './charts.js';
import { centred, heading, listItem, spacer, textParagraph, wordTable } from './layout.js';
import { inlineRuns, type RunStyle } from './inline.js';
import { markdownBlocks } from './markdown-blocks.js';

export interface BodyWriter {
  readonly children: FileChild[];
  readonly width: number;
  heading(markdown: string, level: 1 | 2 | 3): void;
  /** A body paragraph (skipped when ''). */
  paragraph(markdown: string, style?: RunStyle): void;
  /** Several sentences as one paragraph, as the Markdown template joins them (`{{ a }} {{ b }}`). */
  sentences(parts: readonly string[]): void;
  /** A bold line introducing a table (`**Theo khoa/phòng**`). */
  label(markdown: string): void;
  list(items: readonly string[]): void;
  table(t: Table | null | undefined): void;
  /** A table, or the sentence that says there is none. */
  tableOr(t: Table | null | undefined, none: string): void;
  bar(chart: BarChart | null | undefined): void;
  pie(chart: PieChart | null | undefined): void;
  /** The clerk's Markdown (a narrative section). */
  markdown(text: string): void;
  centred(markdown: string, style?: RunStyle, after?: number): void;
  push(...blocks: FileChild[]): void;
}

export function bodyWriter(options: { readonly f: Fmt; readonly painter: ChartPainter; readonly width: number }): BodyWriter {
  const { f, painter, width } = options;
  const children: FileChild[] = [];
  let charts = 0;
  const picture = (svg: string, title: string) => {
    charts++;
    const png = painter.paint(svg, CHART_SCALE);
    const name = `chart${charts}`;
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: CHART_SIZE.width, height: CHART_SIZE.height },
          altText: { id: String(charts), name, title, description: title },
        })],
      }),
      centred(f.w('docx.chartCaption', { n: charts, title }), { italics: true, size: 24 }, { spacing: { after: 160 } }),
    );
  };
  return {
    children,
    width,
    heading: (markdown, level) => children.push(heading(markdown, level)),
    paragraph: (markdown, style = {}) => {
      if (markdown.trim() !== '') children.push(textParagraph(markdown, style));
    },
    sentences: (parts) => {
      const text = parts.filter((p) => p.trim() !== '').join(' ');
      if (text !== '') children.push(textParagraph(text));
    },
    label: (markdown) => children.push(new Paragraph({ keepNext: true, spacing: { before: 60, after: 60 }, children: inlineRuns(markdown, { bold: true }) })),
    list: (items) => {
      for (const item of items) children.push(listItem(inlineRuns(item)));
    },
    table: (t) => {
      if (t) children.push(wordTable(t, width), spacer());
    },
    tableOr: (t, none) => {
      if (t) children.push(wordTable(t, width), spacer());
      else if (none !== '') children.push(textParagraph(none));
    },
    bar: (chart) => {
      if (chart) picture(barChartSvg(chart.data, f.lang, painter.fontFamily), chart.data.title);
    },
    pie: (chart) => {
      if (chart) picture(pieChartSvg(chart, f.lang, painter.fontFamily), chart.data.title);
    },
    markdown: (text) => {
      children.push(...markdownBlocks(text, width));
    },
    centred: (markdown, style = {}, after = 0) => {
      if (markdown !== '') children.push(centred(markdown, style, { spacing: { after } }));
    },
    push: (...blocks) => {
      children.push(...blocks);
    },
  };
}
