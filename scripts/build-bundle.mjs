#!/usr/bin/env node
/**
 * The self-contained build: thidua, its dependencies and its templates in one ES module,
 * `dist/bundle/thidua.mjs`, with the licences of what it bundles in
 * `dist/bundle/LICENSES.txt`. `thidua init` and `thidua upgrade` copy both into a clerk's
 * data repository (`.thidua/`), so that the repository needs only Node.js and git — no
 * package registry — and its history records exactly which thidua made each report.
 *
 * The same sources give the same bytes: esbuild is deterministic, files are listed sorted,
 * and the build records no date. Run by `npm run build` (and so by `npm ci` and `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/bundle');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function gitSource() {
  try {
    const run = (args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = run(['rev-parse', '--short=12', 'HEAD']);
    const dirty = run(['status', '--porcelain', '--untracked-files=no', '--', 'src', 'templates', 'package.json', 'package-lock.json']) !== '';
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return 'unknown';
  }
}

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const posix = (p) => p.split(sep).join('/');

/** The package folder (…/node_modules/<name> or …/node_modules/@scope/name) of a bundled input. */
function packageDirOf(input) {
  const parts = posix(input).split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return undefined;
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

function licensesText(inputs) {
  const dirs = [...new Set(inputs.map(packageDirOf).filter((d) => d !== undefined))].sort();
  const blocks = [
    `thidua ${pkg.version} — ${pkg.license}\n\nThis file bundles thidua with the packages below; their licences follow.\n`,
  ];
  for (const dir of dirs) {
    const meta = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const names = readdirSync(join(root, dir)).filter((n) => /^(licen[cs]e|copying|notice)/i.test(n)).sort();
    const texts = names.map((n) => readFileSync(join(root, dir, n), 'utf8').trim());
    blocks.push(`${'='.repeat(78)}\n${meta.name} ${meta.version} — ${meta.license ?? 'see below'}\n${'='.repeat(78)}\n\n${texts.join('\n\n') || '(no licence file in the package)'}\n`);
  }
  return blocks.join('\n');
}

const source = gitSource();
const banner = [
  '#!/usr/bin/env node',
  `// thidua ${pkg.version} (source ${source}) — the whole program in one file, made by scripts/build-bundle.mjs.`,
  '// Do not edit: "thidua upgrade" replaces it. Licences of the bundled packages: LICENSES.txt beside it.',
  "import { createRequire as __thiduaCreateRequire } from 'node:module';",
  'const require = __thiduaCreateRequire(import.meta.url);',
].join('\n');

/** Replaces src/model/embedded.ts with the build's own values. */
function embedPlugin(files, codeId) {
  return {
    name: 'thidua-embed',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]model[\\/]embedded\.ts$/ }, () => ({
        loader: 'js',
        contents: `export const EMBEDDED = ${JSON.stringify({ version: pkg.version, source, codeId, files })};\n`,
      }));
    },
  };
}

/** The record cache's code id (src/load/cache.ts): a hash of the version and of every bundled source, by path. */
function codeIdOf(inputs) {
  const hash = createHash('sha256').update(`${pkg.version}\0`);
  for (const input of [...inputs].sort()) hash.update(`${posix(input)}\0`).update(readFileSync(join(root, input))).update('\0');
  return hash.digest('hex');
}

function options(files, codeId = '') {
  return {
    absWorkingDir: root,
    entryPoints: ['src/cli/standalone.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: banner },
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [embedPlugin(files, codeId)],
  };
}

const templates = {};
for (const file of listFiles(join(root, 'templates'))) templates[posix(relative(root, file))] = readFileSync(file, 'utf8');

// First pass: which packages end up in the bundle, for the licences it carries.
const first = await build(options({ ...templates, 'LICENSES.txt': '' }));
const inputs = Object.keys(first.metafile.inputs);
const licenses = licensesText(inputs);
const final = await build(options({ ...templates, 'LICENSES.txt': licenses }, codeIdOf(inputs)));
const code = final.outputFiles[0].text;

mkdirSync(outDir, { recursive: true });
for (const [name, text] of [
  ['LICENSES.txt', licenses],
  ['thidua.mjs', code],
]) {
  const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, text, { mode: name.endsWith('.mjs') ? 0o755 : 0o644 });
  renameSync(tmp, join(outDir, name));
}
if (process.argv.includes('--verbose')) process.stdout.write(`dist/bundle/thidua.mjs: ${code.length} bytes, thidua ${pkg.version} (source ${source})\n`);
