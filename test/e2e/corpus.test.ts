/**
 * The bad-input corpus (test/corpus/cases.ts): every case is built in a temporary folder and
 * checked in-process through `main()` of the built CLI; a few are also run by spawning the
 * binary (pipes, huge or deeply nested files, alias bombs), where a hang, a process warning
 * or a crash would show. Each must exit as stated, print only located messages
 * (`file:line:col: severity: message [code]`) and never a stack trace. Times are measured
 * and the slow cases printed, not asserted: the machine running the tests may be busy.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, ftruncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, MEMBERS, UNIT, type CorpusCase, type Entry } from '../corpus/cases.js';
import { runMain } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/thidua.js');
const { loadDataFolder } = (await import(join(root, 'dist/load/load-data-folder.js'))) as {
  loadDataFolder: (dir: string) => { data?: { unit: { departments: { name: string }[] }; members: { name: string }[] } };
};

const tmp = mkdtempSync(join(tmpdir(), 'thidua-corpus-'));
const timings: { name: string; ms: number }[] = [];
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  const slow = timings.filter((t) => t.ms > 1000).sort((a, b) => b.ms - a.ms);
  // Printed for the report; a loaded machine makes these noisy, so nothing is asserted.
  console.log(slow.length ? `slow corpus cases (> 1 s):\n${slow.map((t) => `  ${t.ms} ms  ${t.name}`).join('\n')}` : 'no corpus case took more than 1 s');
});

function writeEntry(path: string, entry: Entry): void {
  mkdirSync(dirname(path), { recursive: true });
  if (typeof entry === 'string' || Buffer.isBuffer(entry)) writeFileSync(path, entry);
  else if ('dir' in entry) mkdirSync(path, { recursive: true });
  else if ('symlink' in entry) symlinkSync(entry.symlink, path);
  else if ('fifo' in entry) execFileSync('mkfifo', [path]);
  else if ('sparse' in entry) {
    const fd = openSync(path, 'w');
    ftruncateSync(fd, entry.sparse);
    closeSync(fd);
  } else {
    writeFileSync(path, entry.text);
    chmodSync(path, entry.mode);
  }
}

function buildCase(c: CorpusCase, index: number): string {
  const dir = join(tmp, String(index).padStart(3, '0'));
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Entry | null> = { 'unit.yaml': UNIT, 'members.yaml': MEMBERS, ...c.files };
  for (const [path, entry] of Object.entries(files)) if (entry !== null) writeEntry(join(dir, path), entry);
  return dir;
}

interface Outcome {
  readonly exit: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function runInProcess(cwd: string, argv: string[]): Promise<Outcome> {
  const r = await runMain(argv, { cwd, env: { NO_COLOR: '1' } });
  return { exit: r.code, stdout: r.stdout, stderr: r.stderr };
}

function runSpawned(cwd: string, argv: string[]): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, env: { ...process.env, NO_COLOR: '1', THIDUA_LANG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (exit) => {
      clearTimeout(timer);
      done({ exit, stdout, stderr });
    });
  });
}

const LOCATED = /^(.+):(\d+):(\d+): (error|warning): .+ \[([a-z-]+)\]$/;
const SUMMARY = /^\d+ lỗi, \d+ cảnh báo$/;

/** Every line is a located problem, but the last, the count; no stack trace, no process warning. */
function expectClean(o: Outcome): { at: string[]; codes: string[] } {
  expect(o.stderr).not.toMatch(/\n\s+at |node:internal|internal error|\(node:\d+\)|Warning:/);
  const lines = o.stderr === '' ? [] : o.stderr.replace(/\n$/, '').split('\n');
  if (lines.length > 0) expect(lines[lines.length - 1]).toMatch(SUMMARY);
  const problems = lines.slice(0, -1);
  for (const line of problems) expect(line).toMatch(LOCATED);
  const parsed = problems.map((l) => LOCATED.exec(l)!);
  return { at: parsed.map((m) => `${m[1]}:${m[2]}:${m[3]} ${m[5]}`), codes: [...new Set(parsed.map((m) => m[5]!))].sort() };
}

const SPAWNED = new Set([
  'named pipe as members.yaml (must not hang)',
  'deep block nesting',
  'alias bomb (billion laughs)',
  '3 MB of YAML-ish ASCII junk',
  'a list as a key',
  'file larger than 32 MB (sparse)',
]);

describe('the corpus', () => {
  it('has at least 60 cases, with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  const indexed = CASES.map((c, i) => ({ ...c, index: i }));
  // Cases that cannot run here say why in their name.
  it.skip.each(indexed.filter((c) => c.skip).map((c) => ({ label: `${c.name} (skipped: ${c.skip})` })))('$label', () => {});

  it.each(indexed.filter((c) => !c.skip))('$name', async (c) => {
    const dir = buildCase(c, c.index);
    const argv = ['check', '--data', c.data ?? '.', ...(c.args ?? [])];
    const started = performance.now();
    const o = await runInProcess(dir, argv);
    timings.push({ name: c.name, ms: Math.round(performance.now() - started) });
    const found = expectClean(o);
    expect(o.exit).toBe(c.exit);
    if (c.at) expect(found.at).toEqual(c.at);
    if (c.codes) {
      expect(found.codes).toEqual(c.codes);
      expect(found.at.length).toBeGreaterThan(0);
      // However much junk, at most 20 YAML problems per file and one line for the rest.
      expect(found.at.length).toBeLessThanOrEqual(21);
    }
    if (c.exit === 0) expect(o.stdout).toMatch(/^Dữ liệu hợp lệ: /);
    if (SPAWNED.has(c.name)) {
      const s = await runSpawned(dir, argv);
      expect(s.exit).toBe(c.exit);
      expect(s.stderr).toBe(o.stderr);
      expectClean(s);
    }
  }, 120_000);
});

describe('what is accepted is read right', () => {
  it('NFD text is loaded as NFC', () => {
    const c = CASES.find((x) => x.name === 'NFD-decomposed Vietnamese')!;
    const dir = buildCase(c, 900);
    const loaded = loadDataFolder(dir);
    // "Nguyễn" in NFD has ễ as e + U+0302 + U+0303; NFC makes it one code point again.
    expect(loaded.data?.members.map((m) => m.name)).toEqual(['Nguyễn Văn An'.normalize('NFC'), 'Trần Thị Bình'.normalize('NFC')]);
    expect(loaded.data?.unit.departments.map((d) => d.name)).toEqual(['Khoa A', 'Khoa B']);
    expect('Nguyễn'.normalize('NFD')).not.toBe('Nguyễn'.normalize('NFC'));
  });

  it('BOM and CRLF leave the values and positions as without them', () => {
    const c = CASES.find((x) => x.name === 'BOM and CRLF')!;
    const loaded = loadDataFolder(buildCase(c, 901)) as unknown as { data: { members: { name: string; source: object }[] } };
    expect(loaded.data.members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(loaded.data.members.map((m) => m.source)).toEqual([
      { file: 'members.yaml', line: 1, column: 3 },
      { file: 'members.yaml', line: 2, column: 3 },
    ]);
  });
});
