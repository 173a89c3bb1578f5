/**
 * What a self-contained build of thidua says about itself (see scripts/build-bundle.mjs and
 * docs/clerk-workflow.md): the version, the thidua commit it was built from, and the hash of
 * its sources. Small on purpose — every run reads it. The files the build would otherwise
 * read from the repository are in modules of their own, loaded only by what needs them:
 * the report and `init` templates (embedded-templates.ts) and the WebAssembly and font of
 * the charts (embedded-binaries.ts); the licences are the build's own LICENSES.txt.
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
}

export const EMBEDDED: Embedded | undefined = undefined;
