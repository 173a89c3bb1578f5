/**
 * The self-contained build (`dist/bundle/thidua.mjs`, what `init` puts in a data repository
 * as `.thidua/thidua.mjs`) is the same program as the ordinary build: for the sample unit and
 * for the init example (whose 2025 holidays come from the built-in lunar table), every text
 * format (one --out run each) and `check --format json` give the same bytes, from a folder
 * with no node_modules.
 * The bundle is spawned (it is a file of its own); the ordinary build runs in-process through
 * main() with the same working folder and environment, and the two runs go side by side.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, spawnThidua } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// Alone in a folder: nothing to resolve packages or templates from but the file itself.
const bundle = join(tmp, 'thidua.mjs');
copyFileSync(join(root, 'dist/bundle/thidua.mjs'), bundle);
const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', THIDUA_CACHE_DIR: join(tmp, 'cache') };

/** The files of a folder, name → content. */
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** The bundle, spawned. */
const run = async (args: readonly string[], cwd = root) => {
  const r = await spawnThidua(args, { program: bundle, cwd, env });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
};
/** The ordinary build in-process and the bundle spawned, side by side. */
const both = (args: readonly string[], cwd = root) => Promise.all([runMain(args, { cwd, env }), run(args, cwd)]);

describe('the self-contained build', () => {
  it('names its version on its second line and with --version', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(bundle, 'utf8').split('\n')[1]).toMatch(new RegExp(`^// thidua ${version.replace(/\./g, '\\.')} \\(source \\S+\\)`));
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
