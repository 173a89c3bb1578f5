/**
 * What a self-contained build of thidua carries inside itself (see scripts/build-bundle.mjs
 * and docs/clerk-workflow.md): the version, the thidua commit it was built from, and the
 * files it would otherwise read from the repository (the report templates, the `init`
 * templates, the licences of the bundled packages, the WebAssembly and font of the charts).
 *
 * In the ordinary build this module says "not embedded" (`undefined`) and the files are read
 * from the repository. The bundle build replaces the whole module with the real values, so
 * nothing here is mutable state: it is a constant either way.
 */
interface Embedded {
  /** thidua's version (package.json). */
  readonly version: string;
  /** The thidua commit the build was made from (`abc1234`, `abc1234+dirty`, or `unknown`). */
  readonly source: string;
  /** A hash of every source file bundled in (names the record cache's folder, src/load/cache.ts). */
  readonly codeId: string;
  /** `/`-separated paths (`templates/report.md.liquid`, `LICENSES.txt`) → text. */
  readonly files: Readonly<Record<string, string>>;
  /**
   * Binary files the DOCX charts need (`resvg.wasm`, the chart font): base64 of their
   * Brotli-compressed bytes, so the program stays one text file.
   */
  readonly binaries?: Readonly<Record<string, string>>;
}

export const EMBEDDED: Embedded | undefined = undefined;
