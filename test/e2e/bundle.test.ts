/**
 * The self-contained build (`dist/bundle/thidua.mjs`, what `init` puts in a data repository
 * as `.thidua/thidua.mjs`) is the same program as the ordinary build: for the sample unit and
 * for the init example (whose 2025 holidays come from the bundled date-holidays), every
 * format and `check --format json` give the same bytes, from a folder with no node_modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// Alone in a folder: nothing to resolve packages or templates from but the file itself.
const bundle = join(tmp, 'thidua.mjs');
copyFileSync(join(root, 'dist/bundle/thidua.mjs'), bundle);
const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', THIDUA_CACHE_DIR: join(tmp, 'cache') };

const run = (program: string, args: readonly string[], cwd = root) => {
  const r = spawnSync(process.execPath, [program, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const both = (args: readonly string[], cwd = root) => [run(join(root, 'bin/thidua.js'), args, cwd), run(bundle, args, cwd)] as const;

describe('the self-contained build', () => {
  it('names its version on its second line and with --version', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(bundle, 'utf8').split('\n')[1]).toMatch(new RegExp(`^// thidua ${version.replace(/\./g, '\\.')} \\(source \\S+\\)`));
    expect(run(bundle, ['--version']).stdout).toBe(`${version}\n`);
  });

  it.each(['md', 'csv', 'json'])('report --year 2024 --format %s prints the same bytes as the ordinary build', (format) => {
    const [a, b] = both(['report', '--year', '2024', '--format', format, '--stdout', '--data', 'data']);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
  }, 60_000);

  it('check --format json, and a month report, agree too', () => {
    const [a, b] = both(['check', '--format', 'json', '--data', 'data']);
    expect(b).toEqual(a);
    const [m, n] = both(['report', '--month', '2024-03', '--format', 'md', '--stdout', '--lang', 'en', '--data', 'data']);
    expect(m.code).toBe(0);
    expect(n).toEqual(m);
  }, 60_000);

  it('the init example: built-in 2025 holidays (date-holidays inside the bundle) give the same report', () => {
    const dir = join(tmp, 'example');
    expect(run(bundle, ['init', dir, '--no-git']).code).toBe(0);
    const [a, b] = both(['report', '--year', '2025', '--format', 'json', '--stdout'], dir);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    const [c, d] = both(['report', '--year', '2025', '--format', 'md', '--stdout'], dir);
    expect(d).toEqual(c);
    expect(c.stdout).toMatch(/Bộ luật Lao động|built-in|Labour Code/);
  }, 60_000);
});
