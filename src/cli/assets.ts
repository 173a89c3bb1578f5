/**
 * The files thidua needs besides its code — the report templates, the `init` templates, the
 * self-contained build that `init` and `upgrade` install — from wherever this copy of thidua
 * keeps them: inside itself when it is the self-contained build (`.thidua/thidua.mjs` and its
 * chunks in `.thidua/lib/` of a data repository), else in the repository or package it runs from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED } from '../model/embedded.js';
import { EMBEDDED_TEMPLATES } from '../model/embedded-templates.js';
import { comparePaths } from '../model/order.js';

/** The repository (or installed package) root of the ordinary build: src/cli or dist/cli → ../.. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `npm run build` leaves the self-contained build, relative to the package root. */
const BUNDLE_DIR = 'dist/bundle';
const BUNDLE_FILE = 'thidua.mjs';
const LICENSES_FILE = 'LICENSES.txt';

function listFiles(dir: string, prefix: string, out: Record<string, string>, skip: readonly string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => comparePaths(a.name, b.name))) {
    const path = join(dir, entry.name);
    const key = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      if (!skip.includes(key)) listFiles(path, `${key}/`, out, skip);
    } else if (entry.isFile()) out[key] = readFileSync(path, 'utf8');
  }
}

/**
 * Every file below `templates/<folder>` (`''` for all of templates/), keyed by its
 * `/`-separated path inside that folder, leaving out the sub-folders named in `skip`.
 */
export function readTemplateTree(folder: string, skip: readonly string[] = []): Record<string, string> {
  const base = folder === '' ? 'templates/' : `templates/${folder.replace(/\/?$/, '/')}`;
  const out: Record<string, string> = {};
  if (EMBEDDED_TEMPLATES) {
    for (const key of Object.keys(EMBEDDED_TEMPLATES).sort(comparePaths)) {
      const rel = key.slice(base.length);
      if (key.startsWith(base) && !skip.some((d) => rel.startsWith(`${d}/`))) out[rel] = EMBEDDED_TEMPLATES[key]!;
    }
    return out;
  }
  listFiles(join(PACKAGE_ROOT, base), '', out, skip);
  return out;
}

/** The Markdown report's templates and labels (templates/ without init/), for renderMarkdown. */
export function readReportTemplates(): Record<string, string> {
  return readTemplateTree('', ['init']);
}

/** One file of a self-contained build: its `/`-separated path inside the build's folder, its text. */
export interface BuildFile {
  readonly path: string;
  readonly content: string;
}

/** The self-contained build this copy of thidua installs into a data repository. */
export interface SelfContainedBuild {
  readonly version: string;
  /** The thidua commit it was built from. */
  readonly source: string;
  /**
   * Every file of the build (`.thidua/` in a data repository): the chunks (`lib/…`) and the
   * licences (`LICENSES.txt`) sorted by path, then the entry `thidua.mjs` — last, so that a
   * copy written in this order never has an entry naming chunks not yet there.
   */
  readonly files: readonly BuildFile[];
}

export class MissingBuildError extends Error {
  constructor(
    readonly path: string,
    /** The running program is itself the self-contained build (a file of it is missing), not a checkout without `npm run build`. */
    readonly running = false,
  ) {
    super(`${path} is missing`);
    this.name = 'MissingBuildError';
  }
}

/** The first line of a bundle: `#!/usr/bin/env node`; the second names version and source. */
export function readBuildHeader(code: string): { version: string; source: string } | undefined {
  const m = /^\/\/ thidua (\S+) \(source (\S+)\)/m.exec(code.split('\n', 3).join('\n'));
  return m ? { version: m[1]!, source: m[2]! } : undefined;
}

/**
 * The build's other files as its entry lists them (`// files: LICENSES.txt lib/…` in the
 * header, scripts/build-bundle.mjs), sorted. A single-file build (before the split) has no
 * such line: its only other file is its licences.
 */
export function readBuildFiles(code: string): string[] {
  const m = /^\/\/ files: (.*)$/m.exec(code.split('\n', 6).join('\n'));
  const names = m ? m[1]!.split(/\s+/).filter((n) => n !== '') : [LICENSES_FILE];
  return names.sort(comparePaths);
}

/**
 * The build whose entry is `entry`: every file its header lists, read from beside it.
 * Throws `MissingBuildError` (naming the file) when one is missing or the entry has no header.
 */
function readBuild(entry: string, running: boolean): SelfContainedBuild {
  const dir = dirname(entry);
  let code: string;
  try {
    code = readFileSync(entry, 'utf8');
  } catch {
    throw new MissingBuildError(entry, running);
  }
  const header = readBuildHeader(code);
  if (!header) throw new MissingBuildError(entry, running);
  const files: BuildFile[] = [];
  for (const path of readBuildFiles(code)) {
    // A listed name never leaves the build's folder (the build writes plain `lib/<name>.mjs`).
    if (path.split('/').some((part) => part === '..' || part === '')) throw new MissingBuildError(entry, running);
    try {
      files.push({ path, content: readFileSync(join(dir, path), 'utf8') });
    } catch {
      throw new MissingBuildError(join(dir, path), running);
    }
  }
  files.push({ path: BUNDLE_FILE, content: code });
  return { ...header, files };
}

/**
 * This copy's self-contained build: itself when it is one (its entry is beside the folder of
 * chunks this module is in), else the one `npm run build` made. Throws `MissingBuildError`
 * when the ordinary build has none (the build step was skipped) or a file of it is missing.
 */
export function selfContainedBuild(): SelfContainedBuild {
  if (EMBEDDED) return readBuild(fileURLToPath(new URL(`../${BUNDLE_FILE}`, import.meta.url)), true);
  return readBuild(join(PACKAGE_ROOT, BUNDLE_DIR, BUNDLE_FILE), false);
}
