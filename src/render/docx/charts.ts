/**
 * The view's charts as pictures: Apache ECharts draws each `BarChart` or `PieChart` of the
 * view model as SVG (its server-side renderer: no DOM, no canvas, no animation), and a
 * `ChartPainter` given by the caller turns the SVG into PNG (the command line's is resvg,
 * compiled to WebAssembly, with a Vietnamese font embedded in thidua). Same data, same bytes.
 */
import { BarChart as EBarChart, LineChart as ELineChart, PieChart as EPieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartData, PieChart } from '../md-blocks.js';
import { formatDecimal, type MarkdownLang } from '../md-format.js';

echarts.use([EBarChart, ELineChart, EPieChart, GridComponent, LegendComponent, SVGRenderer]);

/** Turns an SVG into a PNG `scale` times as large (1 SVG unit = 1 px at scale 1). */
export interface ChartPainter {
  /** The family name of the font the painter draws text with. */
  readonly fontFamily: string;
  paint(svg: string, scale: number): Uint8Array;
}

/** The size a chart is drawn at, in SVG units (≈ px at 96 dpi): 16 cm × 8 cm on the page. */
export const CHART_SIZE = { width: 605, height: 302 } as const;
/** Pixels per SVG unit in the PNG: 2 × 96 = 192 dpi, sharp in print. */
export const CHART_SCALE = 2;

const COLORS = { bars: ['#9dc3e6', '#2f5597', '#70ad47', '#ffc000'], lines: ['#c00000', '#7f7f7f'], text: '#000000', axis: '#595959', grid: '#d9d9d9' };

function render(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_SIZE.width, height: CHART_SIZE.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A bar chart (bars drawn over one another, later ones in front, as the Markdown's Mermaid does), lines on top. */
export function barChartSvg(data: ChartData, lang: MarkdownLang, fontFamily: string): string {
  const number = (x: number) => formatDecimal(x, lang, 1);
  const names = data.series;
  const legend = names.length > 0;
  const bars = data.bars.map((values, i) => ({
    type: 'bar' as const,
    name: names[i] ?? '',
    data: [...values],
    barGap: '-100%',
    barMaxWidth: 70,
    itemStyle: { color: COLORS.bars[(data.bars.length === 1 ? 1 : i) % COLORS.bars.length] },
    // Values on the front series only: overlapping labels would be unreadable.
    label: {
      show: i === data.bars.length - 1,
      position: 'top' as const,
      color: COLORS.text,
      fontSize: 14,
      formatter: (p: { value: unknown }) => number(Number(p.value)),
    },
  }));
  const lines = data.lines.map((values, i) => ({
    type: 'line' as const,
    name: names[data.bars.length + i] ?? '',
    data: [...values],
    symbol: 'none',
    lineStyle: { color: COLORS.lines[i % COLORS.lines.length], type: 'dashed' as const, width: 2 },
    itemStyle: { color: COLORS.lines[i % COLORS.lines.length] },
  }));
  return render({
    animation: false,
    textStyle: { fontFamily, color: COLORS.text, fontSize: 14 },
    legend: legend ? { show: true, bottom: 0, itemWidth: 18, itemHeight: 10, textStyle: { fontSize: 14 } } : { show: false },
    grid: { left: 48, right: 16, top: 28, bottom: legend ? 72 : 52 },
    xAxis: {
      type: 'category',
      data: [...data.labels],
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: COLORS.axis } },
      axisLabel: {
        interval: 0,
        color: COLORS.text,
        fontSize: 14,
        width: Math.max(60, Math.floor((CHART_SIZE.width - 80) / Math.max(1, data.labels.length)) - 8),
        overflow: 'break',
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: data.yMax,
      name: data.yLabel,
      nameTextStyle: { color: COLORS.text, fontSize: 14, align: 'left' },
      axisLabel: { color: COLORS.text, fontSize: 14, formatter: (v: number) => number(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [...bars, ...lines],
  });
}

/** A pie chart with each slice's count and share. */
export function pieChartSvg(pie: PieChart, lang: MarkdownLang, fontFamily: string): string {
  const total = pie.data.slices.reduce((n, s) => n + s.value, 0);
  const share = (v: number) => (total === 0 ? '0' : formatDecimal((v * 100) / total, lang, 1));
  return render({
    animation: false,
    textStyle: { fontFamily, color: COLORS.text, fontSize: 14 },
    legend: { show: false },
    series: [
      {
        type: 'pie',
        radius: ['0%', '58%'],
        center: ['50%', '52%'],
        startAngle: 90,
        data: pie.data.slices.map((s, i) => ({
          name: s.label,
          value: s.value,
          itemStyle: { color: [COLORS.bars[1], COLORS.bars[0], COLORS.bars[2], COLORS.bars[3]][i % 4] },
        })),
        label: {
          color: COLORS.text,
          fontSize: 14,
          overflow: 'none',
          formatter: (p: { name: string; value: number }) => `${p.name}: ${formatDecimal(p.value, lang, 1)} (${share(p.value)} %)`,
        },
        labelLine: { lineStyle: { color: COLORS.axis } },
      },
    ],
  });
}
