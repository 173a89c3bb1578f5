/**
 * `thidua report` and the Word documents, in-process through main(): the default formats write
 * report.docx (and proposals.docx on a year window) beside the text files, `--format docx`
 * alone writes only those, a month has no proposal list, `--stdout` refuses the binary format,
 * two runs give the same bytes, and the self-contained build writes the same bytes with its
 * embedded WebAssembly and font, from a folder with no node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';
import { copyData, ROOT } from './sample-unit.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => copyData(join(tmp, 'data')));

function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runMain(argv, { cwd: tmp, env: { NO_COLOR: '1' } });
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('report --format docx, in-process', () => {
  it('the default formats include the Word documents: report.docx and, on a year window, proposals.docx', async () => {
    const r = await run(['report', '--data', 'data', '--year', '2024', '--out', 'y']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(tmp, 'y')).sort()).toEqual(['allowance.csv', 'annex.md', 'initiatives.csv', 'members.csv', 'proposals.csv', 'proposals.docx', 'report.docx', 'report.md', 'shifts.csv', 'summary.json']);
    expect(r.stdout).toContain('y/report.docx');
    expect(r.stdout).toContain('y/proposals.docx');
    for (const f of ['report.docx', 'proposals.docx']) {
      const bytes = readFileSync(join(tmp, 'y', f));
      expect([...bytes.subarray(0, 4)]).toEqual(ZIP);
      // [Content_Types].xml comes first, as office suites expect.
      expect(bytes.subarray(30, 30 + '[Content_Types].xml'.length).toString()).toBe('[Content_Types].xml');
    }
    // No temporary file is left beside them.
    expect(readdirSync(join(tmp, 'y')).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('--format docx alone writes only the Word document; a month has no proposal list', async () => {
    const r = await run(['report', '--data', 'data', '--month', '2024-03', '--format', 'docx', '--out', 'm']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(tmp, 'm'))).toEqual(['report.docx']);
  }, 120_000);

  it('two runs write the same bytes', async () => {
    expect((await run(['report', '--data', 'data', '--year', '2024', '--format', 'docx', '--out', 'again'])).code).toBe(0);
    for (const f of ['report.docx', 'proposals.docx']) expect(readFileSync(join(tmp, 'again', f)).equals(readFileSync(join(tmp, 'y', f))), f).toBe(true);
  }, 120_000);

  it('--stdout with docx is bad usage (a binary file is not printed), and writes nothing', async () => {
    const r = await run(['report', '--data', 'data', '--year', '2024', '--format', 'docx', '--stdout']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('thidua: --stdout chỉ in được md, csv hoặc json; bản Word (docx) là tệp nhị phân, hãy bỏ --stdout để ghi report.docx vào thư mục báo cáo\n');
    const en = await run(['report', '--data', 'data', '--year', '2024', '--format', 'word', '--stdout', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^thidua: --stdout prints md, csv or json only/);
  });

  it('an unknown format names docx among those accepted', async () => {
    const r = await run(['report', '--data', 'data', '--year', '2024', '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('thidua: --format chỉ nhận md, csv, json, docx: pdf\n');
  });
});

describe('the self-contained build writes the same Word documents', () => {
  it('from a folder with nothing but the program: resvg’s WebAssembly and the chart font come from inside it (a chunk of its own)', () => {
    const alone = join(tmp, 'alone');
    const bundle = join(tmp, 'build/thidua.mjs');
    cpSync(join(ROOT, 'dist/bundle'), join(tmp, 'build'), { recursive: true });
    const r = spawnSync(process.execPath, [bundle, 'report', '--data', 'data', '--year', '2024', '--format', 'docx', '--out', alone], {
      cwd: tmp,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', TZ: 'Pacific/Kiritimati', THIDUA_CACHE_DIR: join(tmp, 'cache') },
    });
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['report.docx', 'proposals.docx']) expect(readFileSync(join(alone, f)).equals(readFileSync(join(tmp, 'y', f))), f).toBe(true);
  }, 120_000);
});
