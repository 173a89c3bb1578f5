/**
 * The binary files the DOCX charts need (`resvg.wasm`, `chart-font.ttf`), as a self-contained
 * build carries them (scripts/build-bundle.mjs): base64 of their Brotli-compressed bytes.
 * `undefined` in the ordinary build, which reads them from the package (src/cli/chart-painter.ts).
 * A module of its own so that the split build loads these megabytes only for a Word report.
 */
export const EMBEDDED_BINARIES: Readonly<Record<string, string>> | undefined = undefined;
