#!/usr/bin/env node
/**
 * The self-contained build: thidua, its dependencies and its templates as ES modules in
 * `dist/bundle/` — the entry `thidua.mjs`, the chunks it loads in `lib/`, and the licences of
 * what it bundles in `LICENSES.txt`. `thidua init` and `thidua upgrade` copy them all into a
 * clerk's data repository (`.thidua/`), so that the repository needs only Node.js and git —
 * no package registry — and its history records exactly which thidua made each report.
 *
 * Split into chunks (esbuild's code splitting), so that a run parses only what it uses:
 * the entry is a few lines that turn on Node's compile cache and import the rest; the
 * report renderers, the parsers, the templates and the chart binaries (megabytes) are
 * chunks of their own, loaded when needed. The entry's header names the build's version
 * and source, and lists the build's other files (`// files: …`), which is how `init` copies
 * the build and `upgrade` knows which old chunks to remove (src/cli/assets.ts).
 *
 * The same sources give the same bytes: esbuild is deterministic (a chunk's name carries the
 * hash of its content), files are listed sorted, files of an earlier build that this one
 * does not have are removed, and the build records no date. Run by `npm run build` (and so
 * by `npm ci` and `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (test/e2e/bundle.test.ts builds a second time to compare the bytes).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, 'dist/bundle');
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
 * the licence of each that no bundled package brings. They are in a chunk of their own
 * (src/model/embedded-binaries.ts), loaded only by a Word report's charts.
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
const ENTRY = 'thidua.mjs';
/** The chunks' folder beside the entry: every chunk is in it (src/cli/assets.ts relies on this). */
const CHUNK_DIR = 'lib';
const header = (files) =>
  [
    '#!/usr/bin/env node',
    `// thidua ${pkg.version} (source ${source}) — the program's entry; the rest is in ${CHUNK_DIR}/ beside it. Made by scripts/build-bundle.mjs.`,
    `// Do not edit: "thidua upgrade" replaces this file and ${CHUNK_DIR}/. Licences of the bundled packages: LICENSES.txt beside it.`,
    `// files: ${files.join(' ')}`,
  ].join('\n');
/** For a chunk that calls `require` (esbuild's shim for CommonJS packages): a real one. */
const REQUIRE_SHIM = "import { createRequire as __thiduaCreateRequire } from 'node:module';\nconst require = __thiduaCreateRequire(import.meta.url);\n";

/** Replaces src/model/embedded*.ts with the build's own values. */
function embedPlugin(templates, codeId, binaries) {
  const constant = (name, value) => ({ loader: 'js', contents: `export const ${name} = ${JSON.stringify(value)};\n` });
  return {
    name: 'thidua-embed',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]model[\\/]embedded\.ts$/ }, () => constant('EMBEDDED', { version: pkg.version, source, codeId }));
      b.onLoad({ filter: /[\\/]src[\\/]model[\\/]embedded-templates\.ts$/ }, () => constant('EMBEDDED_TEMPLATES', templates));
      b.onLoad({ filter: /[\\/]src[\\/]model[\\/]embedded-binaries\.ts$/ }, () => constant('EMBEDDED_BINARIES', binaries));
    },
  };
}

/** The record cache's code id (src/load/cache.ts): a hash of the version and of every bundled source, by path. */
function codeIdOf(inputs) {
  const hash = createHash('sha256').update(`${pkg.version}\0`);
  for (const input of [...inputs, ...BINARIES.map((b) => b.path)].sort()) hash.update(`${posix(input)}\0`).update(readFileSync(join(root, input))).update('\0');
  return hash.digest('hex');
}

function options(templates, codeId = '', binaries = {}) {
  return {
    absWorkingDir: root,
    entryPoints: { thidua: 'src/cli/standalone.ts' },
    bundle: true,
    splitting: true,
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [embedPlugin(templates, codeId, binaries)],
  };
}

const templates = {};
for (const file of listFiles(join(root, 'templates'))) templates[posix(relative(root, file))] = readFileSync(file, 'utf8');

// First pass: which sources and packages end up in the build, for its code id and the licences it carries.
const first = await build(options(templates));
const inputs = Object.keys(first.metafile.inputs);
const licenses = licensesText(inputs);
const final = await build(options(templates, codeIdOf(inputs), binariesOf()));
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const chunks = final.outputFiles
  .map((f) => ({ name: posix(relative(outDir, f.path)), text: f.text }))
  .filter((f) => f.name !== ENTRY)
  .sort((a, b) => byName(a.name, b.name));
const entry = final.outputFiles.find((f) => posix(relative(outDir, f.path)) === ENTRY);
if (!entry || chunks.some((c) => !c.name.startsWith(`${CHUNK_DIR}/`) || c.name.includes(' '))) throw new Error(`unexpected build output: ${final.outputFiles.map((f) => f.path).join(', ')}`);
const files = [
  // Chunks first and the entry last: a build half-written never has an entry that names missing chunks.
  ...chunks.map((c) => [c.name, /\brequire\b/.test(c.text) ? `${REQUIRE_SHIM}${c.text}` : c.text]),
  ['LICENSES.txt', licenses],
  [ENTRY, `${header(['LICENSES.txt', ...chunks.map((c) => c.name)])}\n${entry.text}`],
];

mkdirSync(join(outDir, CHUNK_DIR), { recursive: true });
for (const [name, text] of files) {
  const target = join(outDir, name);
  const tmp = join(dirname(target), `.${name.split('/').pop()}.${process.pid}.tmp`);
  writeFileSync(tmp, text, { mode: name === ENTRY ? 0o755 : 0o644 });
  renameSync(tmp, target);
}
// An earlier build's chunks (other hashes) are not part of this one.
const wanted = new Set(files.map(([name]) => name));
for (const path of listFiles(join(outDir, CHUNK_DIR))) if (!wanted.has(posix(relative(outDir, path)))) rmSync(path, { force: true });
if (process.argv.includes('--verbose')) {
  const size = files.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  process.stdout.write(`${posix(relative(root, outDir))}: ${files.length} files, ${size} bytes (entry ${Buffer.byteLength(files.at(-1)[1])}), thidua ${pkg.version} (source ${source})\n`);
}
