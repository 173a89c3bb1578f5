/**
 * The building blocks the templates lay out: tables and Mermaid charts as plain strings,
 * already escaped, so a template only places them (`partials/table.liquid`,
 * `partials/bar-chart.liquid`, `partials/pie-chart.liquid`).
 */
import { cell, inline, mermaidLabel, mermaidNumber, oneLine, type Fmt } from './md-format.js';

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
  /** A line of Markdown under the chart ('' for none): what the bars and lines are, and the shortened labels in full. */
  readonly note: string;
}

/** The first word of a department's name that says what kind of unit it is (kept before an abbreviation). */
const UNIT_WORDS = new Set(['khoa', 'phòng', 'ban', 'tổ', 'trạm', 'đội', 'department', 'office', 'unit', 'ward']);
/** Small words left out of an abbreviation (`Tài chính và Kế toán` → `TC–KT`). */
const LINK_WORDS = new Set(['và', 'and', 'of', 'the', '&']);

/** A letter without its tone and vowel marks, as Vietnamese abbreviations write it (`ả` → `a`; `đ` stays). */
const withoutMarks = (ch: string) => ch.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

/** `Hồi sức cấp cứu` → `HSCC`, `Tổ chức – Hành chính` → `TC–HC`: initials, by part between dashes or slashes. */
function abbreviate(text: string): string {
  return text
    .split(/\s*([–—/-])\s*/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .split(' ')
            .filter((w) => !LINK_WORDS.has(w.toLowerCase()))
            .map((w) => (/^\d+$/.test(w) ? w : withoutMarks(/[\p{L}\p{N}]/u.exec(w)?.[0] ?? '').toUpperCase()))
            .join(''),
    )
    .join('');
}

/**
 * Short x-axis labels for a chart of `names.length` bars, so that none is cut: a name that fits
 * stays whole; a longer one keeps its first word when it names the kind of unit and abbreviates
 * the rest the way offices write it (`Khoa Hồi sức cấp cứu` → `Khoa HSCC`, `Phòng Tổ chức –
 * Hành chính` → `Phòng TC–HC`); failing that it is cut with `…`. The room per bar is about 80
 * characters shared by the bars, between 8 and 16 each. Two names that would look the same take
 * their full form cut instead, or else a number (`Khoa NT 1`, `Khoa NT 2`).
 */
export function chartLabels(names: readonly string[]): string[] {
  const max = Math.max(8, Math.min(16, Math.floor(80 / Math.max(1, names.length))));
  const len = (s: string) => [...s].length;
  const cut = (s: string) => (len(s) <= max ? s : `${[...s].slice(0, max - 1).join('').trimEnd()}…`);
  const full = names.map((n) => oneLine(n));
  const short = full.map((name) => {
    if (len(name) <= max) return name;
    const [first = '', ...rest] = name.split(' ');
    const kind = rest.length > 0 && UNIT_WORDS.has(first.toLowerCase()) ? first : '';
    const body = kind === '' ? name : rest.join(' ');
    const abbr = abbreviate(body);
    if (kind !== '' && len(`${kind} ${abbr}`) <= max) return `${kind} ${abbr}`;
    if (len(abbr) >= 2 && len(abbr) <= max) return abbr;
    return cut(name);
  });
  return short.map((s, i) => {
    if (short.indexOf(s) === short.lastIndexOf(s)) return s;
    const whole = cut(full[i] ?? s);
    if (full.filter((n) => cut(n) === whole).length === 1) return whole;
    return `${s} ${short.slice(0, i + 1).filter((t) => t === s).length}`;
  });
}

/** A chart title longer than this is cut (with `…`): Mermaid draws it on one line, in a 700 px wide picture. */
export const CHART_TITLE_MAX = 60;

/** Round numbers an axis may end at, per power of ten. */
const AXIS_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const;

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above `x` (1 for `x` ≤ 0). */
export function roundUp(x: number): number {
  if (!(x > 0)) return 1;
  const base = 10 ** Math.floor(Math.log10(x));
  for (const step of AXIS_STEPS) {
    const top = Number((step * base).toPrecision(12));
    if (top >= x - 1e-9) return top;
  }
  return Number((10 * base).toPrecision(12));
}

/**
 * The top of the y-axis. A percentage reads on the full 0–100 % scale while some value is
 * above half of it; when every value is at most 50 % the axis ends at the next round number
 * above the highest (0–40 % for rates of 10–35 %), so that small rates and a target line stay
 * readable. A count ends at the next round number above the highest (101 → 120).
 */
export function axisTop(values: readonly number[], scale: 'percent' | 'count'): number {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (scale === 'percent') return max === 0 || max > 50 ? 100 : Math.min(100, roundUp(max));
  return roundUp(max);
}

/** A chart's title on one line, cut at `CHART_TITLE_MAX` characters. */
function chartTitle(text: string): string {
  const t = mermaidLabel(text);
  const chars = [...t];
  return chars.length <= CHART_TITLE_MAX ? t : `${chars.slice(0, CHART_TITLE_MAX - 1).join('').trimEnd()}…`;
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

export function barChart(options: {
  /** The words of the language: the sentence that spells out shortened labels (`charts.shortLabels`). */
  f: Fmt;
  title: string;
  /** The x-axis labels as written in the data (department names); long ones are shortened. */
  labels: readonly string[];
  yLabel: string;
  /** How the y-axis is scaled (see `axisTop`); `count` by default. */
  scale?: 'percent' | 'count';
  bars: readonly (readonly number[])[];
  lines?: readonly (readonly number[])[];
  /** A sentence of the label file saying what the bars and lines are ('' or absent for none). */
  note?: string;
  /**
   * Spell out the shortened labels under this chart. The report does it once, under its first
   * chart (the overview's), where every department appears; the later charts use the same short names.
   */
  spellOut?: boolean;
  /** Names of the bar series then the line series (Mermaid shows none; a drawn chart gets a legend). */
  series?: readonly string[];
}): BarChart | null {
  const { f } = options;
  if (options.labels.length === 0) return null;
  const all = [...options.bars.flat(), ...(options.lines ?? []).flat()];
  const top = axisTop(all, options.scale ?? 'count');
  const short = chartLabels(options.labels);
  const spelled = options.spellOut ? options.labels.flatMap((full, i) => (short[i] !== oneLine(full) ? [`${inline(short[i])}: ${inline(full)}`] : [])) : [];
  const note = [
    options.note ?? '',
    spelled.length === 0 ? '' : f.w('charts.shortLabels', { list: spelled.join(f.w('common.listSeparator')) }),
  ].filter((s) => s !== '').join(' ');
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
    title: chartTitle(options.title),
    xAxis: short.map((l) => `"${mermaidLabel(l)}"`).join(', '),
    yLabel: mermaidLabel(options.yLabel),
    yMax: mermaidNumber(top),
    bars: options.bars.map((b) => b.map(mermaidNumber).join(', ')),
    lines: (options.lines ?? []).map((l) => l.map(mermaidNumber).join(', ')),
    note: cell(note),
  };
}

/** A Mermaid `pie`. */
export interface PieChart {
  /** The same chart as plain data (unescaped words), for a renderer that draws it. */
  readonly data: { readonly title: string; readonly slices: readonly { readonly label: string; readonly value: number }[] };
  readonly title: string;
  readonly slices: readonly { readonly label: string; readonly value: string }[];
}

/**
 * A pie whose slices are sized by `value` and named by `label`. Mermaid writes its own
 * percentage on each slice, rounded to a whole number (22 % where the text says 21,9 %): the
 * label should carry the figures the text gives, and `partials/pie-chart.liquid` hides Mermaid's.
 */
export function pieChart(title: string, slices: readonly { label: string; value: number }[]): PieChart | null {
  if (!slices.some((s) => s.value > 0)) return null;
  return {
    data: { title: oneLine(title), slices: slices.map((s) => ({ label: oneLine(s.label), value: s.value })) },
    title: chartTitle(title),
    slices: slices.map((s) => ({ label: mermaidLabel(s.label), value: mermaidNumber(s.value) })) };
}
