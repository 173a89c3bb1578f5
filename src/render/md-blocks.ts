/**
 * The building blocks the templates lay out: tables and Mermaid charts as plain strings,
 * already escaped, so a template only places them (`partials/table.liquid`,
 * `partials/bar-chart.liquid`, `partials/pie-chart.liquid`).
 */
import { cell, mermaidLabel, mermaidNumber } from './md-format.js';

export type Align = 'l' | 'r' | 'c';

export interface Table {
  readonly header: readonly string[];
  readonly align: readonly Align[];
  readonly rows: readonly (readonly string[])[];
}

/** A table; every header and cell goes through `cell()` (one line, `|` escaped). */
export function table(header: readonly string[], align: readonly Align[], rows: readonly (readonly (string | number)[])[]): Table {
  return {
    header: header.map((h) => cell(h)),
    align: header.map((_, i) => align[i] ?? 'l'),
    rows: rows.map((r) => header.map((_, i) => cell(String(r[i] ?? '')))),
  };
}

/** A Mermaid `xychart-beta` bar chart (with an optional line, e.g. a target). */
export interface BarChart {
  /** The same chart as plain data, for a renderer that draws it (the DOCX pictures). */
  readonly data: ChartData;
  readonly title: string;
  /** The quoted, comma-separated x-axis labels: `"Khoa A", "Khoa B"`. */
  readonly xAxis: string;
  readonly yLabel: string;
  readonly yMax: string;
  /** Comma-separated values of each bar series, drawn in order (later ones in front). */
  readonly bars: readonly string[];
  /** Comma-separated values of each line series. */
  readonly lines: readonly string[];
}

/** A chart's content as numbers and unescaped words (NFC, one line each). */
export interface ChartData {
  readonly title: string;
  readonly labels: readonly string[];
  readonly yLabel: string;
  readonly yMax: number;
  readonly bars: readonly (readonly number[])[];
  readonly lines: readonly (readonly number[])[];
  /** Names of the bar series then the line series, for a legend ([] = no legend). */
  readonly series: readonly string[];
}

const oneLine = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export function barChart(options: {
  title: string;
  labels: readonly string[];
  yLabel: string;
  yMax?: number;
  bars: readonly (readonly number[])[];
  lines?: readonly (readonly number[])[];
  /** Names of the bar series then the line series (Mermaid shows none; a drawn chart gets a legend). */
  series?: readonly string[];
}): BarChart | null {
  if (options.labels.length === 0) return null;
  const all = [...options.bars.flat(), ...(options.lines ?? []).flat()];
  const top = options.yMax ?? Math.max(1, Math.ceil(Math.max(0, ...all)));
  return {
    data: {
      title: oneLine(options.title),
      labels: options.labels.map(oneLine),
      yLabel: oneLine(options.yLabel),
      yMax: top,
      bars: options.bars.map((b) => [...b]),
      lines: (options.lines ?? []).map((l) => [...l]),
      series: (options.series ?? []).map(oneLine),
    },
    title: mermaidLabel(options.title),
    xAxis: options.labels.map((l) => `"${mermaidLabel(l)}"`).join(', '),
    yLabel: mermaidLabel(options.yLabel),
    yMax: mermaidNumber(top),
    bars: options.bars.map((b) => b.map(mermaidNumber).join(', ')),
    lines: (options.lines ?? []).map((l) => l.map(mermaidNumber).join(', ')),
  };
}

/** A Mermaid `pie`. */
export interface PieChart {
  /** The same chart as plain data (unescaped words), for a renderer that draws it. */
  readonly data: { readonly title: string; readonly slices: readonly { readonly label: string; readonly value: number }[] };
  readonly title: string;
  readonly slices: readonly { readonly label: string; readonly value: string }[];
}

export function pieChart(title: string, slices: readonly { label: string; value: number }[]): PieChart | null {
  if (!slices.some((s) => s.value > 0)) return null;
  return {
    data: { title: oneLine(title), slices: slices.map((s) => ({ label: oneLine(s.label), value: s.value })) },
    title: mermaidLabel(title),
    slices: slices.map((s) => ({ label: mermaidLabel(s.label), value: mermaidNumber(s.value) })) };
}
