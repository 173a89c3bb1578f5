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
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
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

/**
 * Licences a package's files do not carry: @resvg/resvg-wasm (MPL-2.0) ships none, so the
 * licence text is kept in assets/licenses/.
 */
const LICENCE_TEXTS = { 'MPL-2.0': 'assets/licenses/MPL-2.0.txt' };
/** Packages that a bundled package has compiled into its own files (docx's dist holds nanoid and fflate). */
const CARRIED = { docx: ['nanoid', 'fflate'] };

/**
 * The binary files the DOCX charts need (src/cli/chart-painter.ts): resvg's WebAssembly and
 * the chart font, Brotli-compressed and in base64 so the program stays one text file, with
 * the licence of each that no bundled package brings.
 */
const require = createRequire(import.meta.url);
const BINARIES = [
  { name: 'resvg.wasm', path: relative(root, require.resolve('@resvg/resvg-wasm/index_bg.wasm')) },
  { name: 'chart-font.ttf', path: 'assets/fonts/ThiduaSerif-Regular.ttf', licence: { title: 'Thidua Serif (the chart font, a subset of Liberation Serif 2) — OFL-1.1', file: 'assets/fonts/OFL.txt' } },
];

/**
 * Brotli at its best quality takes ~6 s for the WebAssembly alone, and its input changes only
 * with a dependency: the result is kept in node_modules/.cache, under the hash of the input
 * (the same input gives the same bytes, so the cache changes no output).
 */
const CACHE_DIR = join(root, 'node_modules/.cache/thidua-build');

function compressed(bytes) {
  const key = createHash('sha256').update('brotli-11\0').update(bytes).digest('hex');
  const cached = join(CACHE_DIR, `${key}.br`);
  try {
    return readFileSync(cached);
  } catch {
    const out = brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: 0 } });
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(`${cached}.${process.pid}`, out);
      renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // No cache (a read-only node_modules): the next build compresses again.
    }
    return out;
  }
}

function binariesOf() {
  return Object.fromEntries(BINARIES.map((b) => [b.name, compressed(readFileSync(join(root, b.path))).toString('base64')]));
}

function licensesText(inputs) {
  const found = inputs.map(packageDirOf).filter((d) => d !== undefined);
  const carried = found.flatMap((dir) => (CARRIED[JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).name] ?? []).map((name) => posix(relative(root, dirname(require.resolve(`${name}/package.json`, { paths: [join(root, dir)] }))))));
  const dirs = [...new Set([...found, ...carried])].sort();
  const blocks = [
    `thidua ${pkg.version} — ${pkg.license}\n\nThis file bundles thidua with the packages below; their licences follow.\n`,
  ];
  for (const dir of dirs) {
    const meta = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    // Licence files, and those in a licences folder (echarts/licenses/LICENSE-d3: code it carries).
    const names = readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => /^(licen[cs]e|copying|notice)/i.test(e.name))
      .flatMap((e) => (e.isDirectory() ? readdirSync(join(root, dir, e.name)).sort().map((n) => join(e.name, n)) : [e.name]))
      .sort();
    const texts = names.map((n) => readFileSync(join(root, dir, n), 'utf8').trim());
    if (texts.length === 0 && LICENCE_TEXTS[meta.license]) texts.push(readFileSync(join(root, LICENCE_TEXTS[meta.license]), 'utf8').trim());
    blocks.push(`${'='.repeat(78)}\n${meta.name} ${meta.version} — ${meta.license ?? 'see below'}\n${'='.repeat(78)}\n\n${texts.join('\n\n') || '(no licence file in the package)'}\n`);
  }
  for (const b of BINARIES.filter((x) => x.licence)) {
    blocks.push(`${'='.repeat(78)}\n${b.licence.title}\n${'='.repeat(78)}\n\n${readFileSync(join(root, b.licence.file), 'utf8').trim()}\n`);
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
function embedPlugin(files, codeId, binaries) {
  return {
    name: 'thidua-embed',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]model[\\/]embedded\.ts$/ }, () => ({
        loader: 'js',
        contents: `export const EMBEDDED = ${JSON.stringify({ version: pkg.version, source, codeId, files, binaries })};\n`,
      }));
    },
  };
}

/** The record cache's code id (src/load/cache.ts): a hash of the version and of every bundled source, by path. */
function codeIdOf(inputs) {
  const hash = createHash('sha256').update(`${pkg.version}\0`);
  for (const input of [...inputs, ...BINARIES.map((b) => b.path)].sort()) hash.update(`${posix(input)}\0`).update(readFileSync(join(root, input))).update('\0');
  return hash.digest('hex');
}

function options(files, codeId = '', binaries = {}) {
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
    plugins: [embedPlugin(files, codeId, binaries)],
  };
}

const templates = {};
for (const file of listFiles(join(root, 'templates'))) templates[posix(relative(root, file))] = readFileSync(file, 'utf8');

// First pass: which packages end up in the bundle, for the licences it carries.
const first = await build(options({ ...templates, 'LICENSES.txt': '' }));
const inputs = Object.keys(first.metafile.inputs);
const licenses = licensesText(inputs);
const final = await build(options({ ...templates, 'LICENSES.txt': licenses }, codeIdOf(inputs), binariesOf()));
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
