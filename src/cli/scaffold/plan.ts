/**
 * What `thidua init` writes: the files of templates/init (named without leading dots, so
 * that `npm pack` keeps them), the data repository's package.json, the JSON Schema files,
 * and thidua itself — the self-contained build: its entry `.thidua/thidua.mjs`, its chunks in
 * `.thidua/lib/` and the licences of what it bundles — as a plan of `{ path, content, mode }`
 * sorted by path.
 *
 * The repository needs nothing but Node.js and git: no package is installed from anywhere,
 * and the build committed in `.thidua/` is the exact program that made each report
 * (docs/decisions.md, "The clerk's repository carries thidua").
 */
import { readTemplateTree, type SelfContainedBuild } from '../assets.js';
import { schemaTexts } from '../commands/schema.js';
import { comparePaths } from '../../model/order.js';

/** Where thidua lives in a data repository. */
const TOOL_DIR = '.thidua';
/** The program, run as `node .thidua/thidua.mjs …` by the hook, the scripts and CI. */
export const TOOL_FILE = `${TOOL_DIR}/thidua.mjs`;
/** The build's chunks, which the entry loads; the folder is thidua's own (`upgrade` removes old chunks from it). */
export const CHUNK_DIR = `${TOOL_DIR}/lib`;
/** Where the schema files go in a data repository; the YAML modelines point here. */
export const SCHEMA_DIR = `${TOOL_DIR}/schema`;

export interface PlannedFile {
  /** `/`-separated, relative to the repository root. */
  readonly path: string;
  /** Text, or the bytes of a binary file (the example workbooks). */
  readonly content: string | Uint8Array;
  readonly mode: number;
}

/** Every template file and where it goes. A test keeps this list and templates/init equal. */
export const TEMPLATE_FILES: readonly { readonly from: string; readonly to: string; readonly mode?: number }[] = [
  { from: 'README.md', to: 'README.md' },
  { from: 'gitignore', to: '.gitignore' },
  { from: 'gitattributes', to: '.gitattributes' },
  { from: 'githooks/pre-commit', to: '.githooks/pre-commit', mode: 0o755 },
  { from: 'github/workflows/thidua.yml', to: '.github/workflows/thidua.yml' },
  { from: 'gitlab-ci.yml', to: '.gitlab-ci.yml' },
  { from: 'vscode/settings.json', to: '.vscode/settings.json' },
  { from: 'vscode/extensions.json', to: '.vscode/extensions.json' },
  { from: 'data/unit.yaml', to: 'data/unit.yaml' },
  { from: 'data/rules.yaml', to: 'data/rules.yaml' },
  { from: 'data/members.yaml', to: 'data/members.yaml' },
  { from: 'data/activities/2025/2025-01.yaml', to: 'data/activities/2025/2025-01.yaml' },
  { from: 'data/shifts/2025/2025-01.yaml', to: 'data/shifts/2025/2025-01.yaml' },
  { from: 'data/ratings/2025.yaml', to: 'data/ratings/2025.yaml' },
  { from: 'data/narrative/2025.md', to: 'data/narrative/2025.md' },
  // Sample sheets for `thidua import` (SPEC §9), kept as base64 text: see scripts/make-import-examples.mjs.
  { from: 'examples/danh-sach-thanh-vien.xlsx.base64', to: 'examples/danh-sach-thanh-vien.xlsx' },
  { from: 'examples/lich-truc-2025-02.xlsx.base64', to: 'examples/lich-truc-2025-02.xlsx' },
];

/** A template file as written: text as it is, a `.base64` template decoded into its bytes. */
function templateContent(templates: Readonly<Record<string, string>>, from: string): string | Uint8Array {
  const text = templateText(templates, from);
  return from.endsWith('.base64') ? new Uint8Array(Buffer.from(text, 'base64')) : text;
}

/** The example month of the scaffold's data (fixed, so that output is deterministic). */
export const EXAMPLE_MONTH = '2025-01';

/** The data repository's package.json: no dependency at all, scripts that run `.thidua/thidua.mjs`. */
export function dataPackageJson(): string {
  const run = `node ${TOOL_FILE}`;
  const pkg = {
    name: 'thidua-data',
    version: '1.0.0',
    private: true,
    description: 'Dữ liệu thi đua của đơn vị, kiểm tra và lập báo cáo bằng thidua (.thidua/thidua.mjs)',
    engines: { node: '>=20' },
    scripts: {
      check: `${run} check`,
      report: `${run} report`,
      member: `${run} member`,
      thidua: run,
      hooks: 'git config core.hooksPath .githooks',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The files that are thidua itself rather than the clerk's: what `upgrade` replaces. The
 * build's files come in the build's order — chunks and licences first, the entry
 * (`TOOL_FILE`) last — and the schema files before the entry, so that files written one by
 * one in this order never leave an entry that names a chunk not yet written.
 */
export function planTool(build: SelfContainedBuild): PlannedFile[] {
  const files: PlannedFile[] = [];
  const entries: PlannedFile[] = [];
  for (const file of build.files) {
    const path = `${TOOL_DIR}/${file.path}`;
    if (path === TOOL_FILE) entries.push({ path, content: file.content, mode: 0o755 });
    else files.push({ path, content: file.content, mode: 0o644 });
  }
  for (const [name, text] of schemaTexts()) files.push({ path: `${SCHEMA_DIR}/${name}`, content: text, mode: 0o644 });
  return [...files, ...entries];
}

/** The repository's own set-up files from this version's templates (hook, CI, package.json…), not the data. */
export function planSetup(templates: Readonly<Record<string, string>> = readTemplateTree('init')): PlannedFile[] {
  const isSetup = (t: (typeof TEMPLATE_FILES)[number]) => !t.from.startsWith('data/') && !t.from.startsWith('examples/') && t.from !== 'README.md';
  const files: PlannedFile[] = TEMPLATE_FILES.filter(isSetup).map((t) => ({
    path: t.to,
    content: templateText(templates, t.from),
    mode: t.mode ?? 0o644,
  }));
  files.push({ path: 'package.json', content: dataPackageJson(), mode: 0o644 });
  return files;
}

function templateText(templates: Readonly<Record<string, string>>, from: string): string {
  const text = templates[from];
  if (text === undefined) throw new Error(`templates/init/${from} is missing`);
  return text;
}

const byPath = (a: PlannedFile, b: PlannedFile) => comparePaths(a.path, b.path);

interface PlanOptions {
  readonly build: SelfContainedBuild;
  /** templates/init's files by their path in it (default: this copy's own). */
  readonly templates?: Readonly<Record<string, string>>;
}

export function planScaffold(options: PlanOptions): PlannedFile[] {
  const templates = options.templates ?? readTemplateTree('init');
  const files: PlannedFile[] = TEMPLATE_FILES.map((t) => ({ path: t.to, content: templateContent(templates, t.from), mode: t.mode ?? 0o644 }));
  files.push({ path: 'package.json', content: dataPackageJson(), mode: 0o644 });
  files.push(...planTool(options.build));
  return files.sort(byPath);
}
