/**
 * The painter of the DOCX charts: resvg (an SVG renderer written in Rust, compiled to
 * WebAssembly — no native addon) with the chart font, Thidua Serif (a Vietnamese subset of
 * Liberation Serif, assets/fonts/). Both come from the repository in the ordinary build and
 * from inside the program in the self-contained one (EMBEDDED_BINARIES, a chunk of its own,
 * see scripts/build-bundle.mjs). No system font is read, so a chart is the same picture on every
 * machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { EMBEDDED_BINARIES } from '../model/embedded-binaries.js';
import type { ChartPainter } from '../render/docx/charts.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHART_FONT_FAMILY = 'Thidua Serif';
const CHART_FONT_FILE = 'assets/fonts/ThiduaSerif-Regular.ttf';

function binary(name: 'resvg.wasm' | 'chart-font.ttf', path: () => string): Uint8Array {
  const embedded = EMBEDDED_BINARIES?.[name];
  if (embedded !== undefined) return new Uint8Array(brotliDecompressSync(Buffer.from(embedded, 'base64')));
  return new Uint8Array(readFileSync(path()));
}

/**
 * resvg-wasm keeps its instance in its own module and may be set up once per process: the
 * one piece of state here is the promise of that set-up, shared by every report of the process.
 * Another copy of this module in the same process (the source and the built file side by side,
 * as under a test runner) finds it set up already: resvg says so, and that is success.
 */
let ready: Promise<void> | undefined;

function setUp(): Promise<void> {
  if (!ready) {
    const wasm = binary('resvg.wasm', () => createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    ready = initWasm(wasm).catch((err: unknown) => {
      if (err instanceof Error && /already initiali[sz]ed/i.test(err.message)) return;
      ready = undefined;
      throw err;
    });
  }
  return ready;
}

export async function chartPainter(): Promise<ChartPainter> {
  await setUp();
  const font = binary('chart-font.ttf', () => join(PACKAGE_ROOT, CHART_FONT_FILE));
  return {
    fontFamily: CHART_FONT_FAMILY,
    paint(svg, scale) {
      const resvg = new Resvg(svg, {
        font: {
          fontBuffers: [font],
          loadSystemFonts: false,
          defaultFontFamily: CHART_FONT_FAMILY,
          serifFamily: CHART_FONT_FAMILY,
          sansSerifFamily: CHART_FONT_FAMILY,
        },
        fitTo: { mode: 'zoom', value: scale },
        background: '#ffffff',
      });
      try {
        const image = resvg.render();
        try {
          return image.asPng();
        } finally {
          image.free();
        }
      } finally {
        resvg.free();
      }
    },
  };
}
