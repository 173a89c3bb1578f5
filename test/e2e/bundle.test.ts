/**
 * The self-contained build (`dist/bundle/`: the entry `thidua.mjs`, its chunks in `lib/`, its
 * `LICENSES.txt` — what `init` puts in a data repository's `.thidua/`) is the same program as
 * the ordinary build: for the sample unit and for the init example (whose 2025 holidays come
 * from the built-in lunar table), every text format (one --out run each) and `check --format
 * json` give the same bytes, from a folder with no node_modules.
 * The bundle is spawned (it is a program of its own); the ordinary build runs in-process
 * through main() with the same working folder and environment, and the two runs go side by side.
 * Then what the split is for: a small entry whose header lists the build's files, `check`
 * and start-up loading none of the big chunks (templates, chart binaries, renderers), a
 * missing chunk said in one line, and the same sources giving the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuildFiles } from '../../src/cli/assets.js';
import { runMain, spawnThidua } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// Alone in a folder: nothing to resolve packages or templates from but the build itself.
const buildDir = join(tmp, 'build');
cpSync(join(root, 'dist/bundle'), buildDir, { recursive: true });
const bundle = join(buildDir, 'thidua.mjs');
const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', THIDUA_CACHE_DIR: join(tmp, 'cache') };

/** The files of a folder, name → content. */
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
/** Every file below a folder, `/`-separated, sorted. */
const treeOf = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? treeOf(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();

/** The bundle, spawned. */
const run = async (args: readonly string[], cwd = root, program = bundle) => {
  const r = await spawnThidua(args, { program, cwd, env });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
};
/** The ordinary build in-process and the bundle spawned, side by side. */
const both = (args: readonly string[], cwd = root) => Promise.all([runMain(args, { cwd, env }), run(args, cwd)]);

/** The chunks a file of the build imports statically (`from"./x.mjs"`, `import"./x.mjs"`), transitively, with itself. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const todo = [file];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of readFileSync(join(buildDir, f), 'utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.mjs)"/g)) todo.push(join(dirname(f), m[1]!));
  }
  return seen;
}

describe('the self-contained build', () => {
  it('names its version on its second line and with --version', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const lines = readFileSync(bundle, 'utf8').split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env node');
    expect(lines[1]).toMatch(new RegExp(`^// thidua ${version.replace(/\./g, '\\.')} \\(source \\S+\\)`));
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
  });

  it('report --year 2024 writes the same bytes as the ordinary build, in every text format', async () => {
    const args = (out: string) => ['report', '--year', '2024', '--format', 'md,csv,json', '--out', join(tmp, out), '--data', 'data'];
    const [a, b] = await Promise.all([runMain(args('ordinary'), { cwd: root, env }), run(args('bundle'))]);
    expect(a.code, a.stderr).toBe(0);
    expect({ code: b.code, stderr: b.stderr }).toEqual({ code: a.code, stderr: a.stderr });
    const ordinary = filesOf(join(tmp, 'ordinary'));
    expect(Object.keys(ordinary)).toEqual(expect.arrayContaining(['report.md', 'annex.md', 'members.csv', 'proposals.csv', 'summary.json']));
    expect(filesOf(join(tmp, 'bundle'))).toEqual(ordinary);
  }, 60_000);

  it('check --format json, and a month report, agree too', async () => {
    const [a, b] = await both(['check', '--format', 'json', '--data', 'data']);
    expect(b).toEqual(a);
    const [m, n] = await both(['report', '--month', '2024-03', '--format', 'md', '--stdout', '--lang', 'en', '--data', 'data']);
    expect(m.code).toBe(0);
    expect(n).toEqual(m);
  }, 60_000);

  it('the init example: built-in 2025 holidays (the lunar table inside the bundle) give the same report', async () => {
    const dir = join(tmp, 'example');
    expect((await run(['init', dir, '--no-git'])).code).toBe(0);
    const [a, b] = await both(['report', '--year', '2025', '--format', 'md', '--stdout'], dir);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    expect(a.stdout).toMatch(/Bộ luật Lao động|built-in|Labour Code/);
  }, 60_000);
});

describe('split into chunks', () => {
  const entryText = readFileSync(bundle, 'utf8');
  const listed = readBuildFiles(entryText);

  it('the entry lists exactly the build\'s other files, every chunk in lib/', () => {
    expect(listed[0]).toBe('LICENSES.txt');
    expect(listed.slice(1).every((f) => /^lib\/[\w-]+\.mjs$/.test(f))).toBe(true);
    expect(treeOf(buildDir)).toEqual([...listed, 'thidua.mjs'].sort());
  });

  it('the entry is a few lines: it turns on the compile cache, then imports the rest', () => {
    expect(statSync(bundle).size).toBeLessThan(8_000);
    const code = entryText.split('\n').filter((l) => !l.startsWith('#!') && !l.startsWith('//')).join('\n');
    expect(code).toMatch(/enableCompileCache\?\.\(\)[^]*import\("\.\/lib\/run-process-[\w-]+\.mjs"\)/);
    expect([...staticClosure('thidua.mjs')]).toEqual(['thidua.mjs']);
  });

  it('start-up and check load none of the big chunks: templates, chart binaries, workbook and Word renderers', () => {
    const entryTarget = /import\("\.\/(lib\/run-process-[\w-]+\.mjs)"\)/.exec(entryText)![1]!;
    const check = listed.find((f) => /^lib\/check-[\w-]+\.mjs$/.test(f))!;
    const loaded = new Set([...staticClosure(entryTarget), ...staticClosure(check)]);
    const holding = (needle: string) => listed.filter((f) => f.startsWith('lib/') && readFileSync(join(buildDir, f), 'utf8').includes(needle));
    const binaries = holding('"resvg.wasm":');
    const templates = holding('"templates/init/README.md":');
    expect(binaries).toHaveLength(1);
    expect(templates).toHaveLength(1);
    for (const f of [...binaries, ...templates]) expect({ f, loaded: loaded.has(f) }).toEqual({ f, loaded: false });
    const size = (files: Iterable<string>) => [...files].reduce((n, f) => n + statSync(join(buildDir, f)).size, 0);
    // What check parses is a small part of the whole.
    expect(size(loaded) * 4).toBeLessThan(size(listed.filter((f) => f.startsWith('lib/'))));
  });

  it('a missing chunk is one line and exit 3 (thidua itself failed), no stack trace', async () => {
    const broken = join(tmp, 'broken');
    cpSync(buildDir, broken, { recursive: true });
    const runProcess = listed.find((f) => /^lib\/run-process-/.test(f))!;
    rmSync(join(broken, runProcess));
    const r = await run(['--version'], root, join(broken, 'thidua.mjs'));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^thidua: internal error: .*run-process-[\w-]+\.mjs.*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('init from a build that lost one of its files: a plain message naming it, exit 1, nothing written', async () => {
    const partial = join(tmp, 'partial');
    cpSync(buildDir, partial, { recursive: true });
    rmSync(join(partial, 'LICENSES.txt'));
    const target = join(tmp, 'partial-init');
    const r = await run(['init', target, '--no-git', '--lang', 'en'], root, join(partial, 'thidua.mjs'));
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `thidua: ${join(partial, 'LICENSES.txt')}, a file of the running thidua, is missing; get it back from git (git checkout -- .thidua in the repository that holds it)\n`,
    });
    expect(existsSync(target)).toBe(false);
  });

  it('the same sources give the same bytes: a second build is the same files', () => {
    const again = join(tmp, 'again');
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-bundle.mjs'), '--out', again], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(treeOf(again)).toEqual(treeOf(buildDir));
    for (const f of treeOf(buildDir)) expect(readFileSync(join(again, f)).equals(readFileSync(join(buildDir, f))), f).toBe(true);
    expect(existsSync(join(again, 'lib'))).toBe(true);
  }, 120_000);
});
