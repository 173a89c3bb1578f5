/**
 * The files thidua needs besides its code — the report templates, the `init` templates, the
 * self-contained build that `init` and `upgrade` install — from wherever this copy of thidua
 * keeps them: inside itself when it is the self-contained build (`.thidua/thidua.mjs` of a
 * data repository), else in the repository or package it runs from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED } from '../model/embedded.js';
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
  if (EMBEDDED) {
    for (const key of Object.keys(EMBEDDED.files).sort(comparePaths)) {
      const rel = key.slice(base.length);
      if (key.startsWith(base) && !skip.some((d) => rel.startsWith(`${d}/`))) out[rel] = EMBEDDED.files[key]!;
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

/** The self-contained build this copy of thidua installs into a data repository. */
export interface SelfContainedBuild {
  readonly version: string;
  /** The thidua commit it was built from. */
  readonly source: string;
  /** The single-file program, `.thidua/thidua.mjs`. */
  readonly code: string;
  /** The licences of the packages bundled into it, `.thidua/LICENSES.txt`. */
  readonly licenses: string;
}

export class MissingBuildError extends Error {
  constructor(readonly path: string) {
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
 * This copy's self-contained build: itself when it is one, else the one `npm run build`
 * made. Throws `MissingBuildError` when the ordinary build has none (the build step was
 * skipped).
 */
export function selfContainedBuild(): SelfContainedBuild {
  if (EMBEDDED) {
    const self = fileURLToPath(import.meta.url);
    return { version: EMBEDDED.version, source: EMBEDDED.source, code: readFileSync(self, 'utf8'), licenses: EMBEDDED.files[LICENSES_FILE] ?? '' };
  }
  const file = join(PACKAGE_ROOT, BUNDLE_DIR, BUNDLE_FILE);
  let code: string;
  let licenses: string;
  try {
    code = readFileSync(file, 'utf8');
    licenses = readFileSync(join(PACKAGE_ROOT, BUNDLE_DIR, LICENSES_FILE), 'utf8');
  } catch {
    throw new MissingBuildError(file);
  }
  const header = readBuildHeader(code);
  if (!header) throw new MissingBuildError(file);
  return { ...header, code, licenses };
}
