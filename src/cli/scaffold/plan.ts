/**
 * What `thidua init` writes: the files of templates/init (named without leading dots, so
 * that `npm pack` keeps them), the data repository's package.json and the JSON Schema files,
 * as a plan of `{ path, content, mode }` sorted by path. Reading templates is the only I/O.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaTexts } from '../commands/schema.js';
import { VERSION } from '../version.js';

export const INIT_TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../templates/init');

/** Where the schema files go in a data repository; the YAML modelines point here. */
export const SCHEMA_DIR = '.thidua/schema';

export interface PlannedFile {
  /** `/`-separated, relative to the repository root. */
  readonly path: string;
  readonly content: string;
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
];

/** The example month of the scaffold's data (fixed, so that output is deterministic). */
export const EXAMPLE_MONTH = '2025-01';

/** The dependency spec written when `--thidua` is not given: this version, by semver range. */
export function defaultThiduaSpec(): string {
  return `^${VERSION}`;
}

/** An npm dependency spec we are willing to write: one token, no spaces or quotes. */
export function isAcceptableSpec(spec: string): boolean {
  return /^[^\s"'\\]+$/.test(spec);
}

/** The data repository's package.json: thidua as its one dependency, scripts, the hook. */
export function dataPackageJson(thiduaSpec: string): string {
  const pkg = {
    name: 'thidua-data',
    version: '1.0.0',
    private: true,
    description: 'Dữ liệu thi đua của đơn vị, kiểm tra và lập báo cáo bằng thidua',
    engines: { node: '>=20' },
    scripts: {
      check: 'thidua check',
      report: 'thidua report',
      schema: `thidua schema --out ${SCHEMA_DIR}`,
      prepare: 'git config core.hooksPath .githooks || exit 0',
    },
    dependencies: { thidua: thiduaSpec },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export interface PlanOptions {
  readonly thiduaSpec: string;
  readonly templatesDir?: string;
}

export function planScaffold(options: PlanOptions): PlannedFile[] {
  const dir = options.templatesDir ?? INIT_TEMPLATES_DIR;
  const files: PlannedFile[] = TEMPLATE_FILES.map((t) => ({
    path: t.to,
    content: readFileSync(join(dir, t.from), 'utf8'),
    mode: t.mode ?? 0o644,
  }));
  files.push({ path: 'package.json', content: dataPackageJson(options.thiduaSpec), mode: 0o644 });
  for (const [name, text] of schemaTexts()) files.push({ path: `${SCHEMA_DIR}/${name}`, content: text, mode: 0o644 });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
