/**
 * Links out of the data folder and odd file names (#16), with real symbolic links and file
 * names made of raw bytes: a link whose target lies outside the data folder is an error at
 * the link and nothing behind it is read (a real process through `/proc/self` and `/usr`
 * returns in seconds); a data folder reached through a link is read as itself; a name with
 * bytes that are not UTF-8 or a line break is shown escaped on one line, never crashes, and a
 * record file so named is refused.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runMain, STACK_TRACE, testEnv } from '../support/run-main.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-links-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const UNIT = 'name: Chi đoàn Thử nghiệm\ndepartments:\n  - { id: a, name: Khoa A }\n';
const MEMBERS = '- { id: an, name: Nguyễn Văn An, department: a }\n';

let made = 0;
/** A fresh data folder (in its own parent folder) with unit.yaml and members.yaml. */
function dataFolder(): string {
  const dir = join(tmp, String(made++), 'data');
  mkdirSync(join(dir, 'activities'), { recursive: true });
  writeFileSync(join(dir, 'unit.yaml'), UNIT);
  writeFileSync(join(dir, 'members.yaml'), MEMBERS);
  return dir;
}

/** The real binary, killed after `limitMs`: a hang shows as a kill, not as a stuck test run. */
function spawnTimed(argv: readonly string[], cwd: string, limitMs: number): Promise<{ code: number | null; killed: boolean; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...argv], { cwd, env: testEnv(), encoding: 'utf8', timeout: limitMs, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: unknown; killed?: boolean }) | null;
      done({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, killed: e?.killed ?? false, stderr, ms: performance.now() - started });
    });
  });
}

const outside = (path: string, target: string) =>
  `${path}:1:1: error: liên kết tượng trưng này trỏ ra ngoài thư mục dữ liệu (tới ${target}) nên không được đọc; ` +
  'hãy chép tệp hoặc thư mục vào thư mục dữ liệu thay cho liên kết [file-read]';

describe('links out of the data folder (real process)', () => {
  it.runIf(existsSync('/proc/self') && existsSync('/usr'))('through /proc/self and /usr: one error per link, nothing below them, in seconds', async () => {
    const dir = dataFolder();
    symlinkSync('/proc/self', join(dir, 'activities/self'));
    mkdirSync(join(dir, 'shifts'));
    symlinkSync('/usr', join(dir, 'shifts/usr'));
    symlinkSync('/usr/share', join(dir, 'ratings'));
    const r = await spawnTimed(['check', '--data', 'data'], join(dir, '..'), 30_000);
    expect(r.killed).toBe(false);
    expect(r.stderr).toBe(
      [outside('data/activities/self', '/proc/self'), outside('data/ratings', '/usr/share'), outside('data/shifts/usr', '/usr'), '3 lỗi, 0 cảnh báo', ''].join('\n'),
    );
    expect(r.code).toBe(1);
    // Walking /usr/share took seconds and /proc/self never ended; refusing the links takes well under a second.
    expect(r.ms).toBeLessThan(15_000);
  }, 60_000);
});

describe('links out of the data folder (in-process)', () => {
  it('the values of a linked file outside are never shown: it is not read', async () => {
    const dir = dataFolder();
    const secret = join(tmp, 'secret.yaml');
    writeFileSync(secret, '- { id: SECRET-VALUE, name: Mật khẩu 12345, department: zz }\n');
    symlinkSync(secret, join(dir, 'activities/borrowed.yaml'));
    symlinkSync(secret, join(dir, 'members.yaml.tmp'));
    rmSync(join(dir, 'members.yaml'));
    symlinkSync(secret, join(dir, 'members.yaml'));
    const r = await runMain(['check', '--data', 'data', '--lang', 'en'], { cwd: join(dir, '..') });
    expect(r.stderr).not.toMatch(/SECRET|12345/);
    expect(r.stderr).toContain(`data/members.yaml:1:1: error: this symbolic link leads outside the data folder (to ${secret}), so it is not read;`);
    expect(r.stderr).toContain(`data/activities/borrowed.yaml:1:1: error: this symbolic link leads outside the data folder (to ${secret})`);
    expect(r.code).toBe(1);
  });

  it('a data folder given through a link is read as itself: its own inside links still work', async () => {
    const dir = dataFolder();
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive/2024.yaml'), '- { kind: study, date: 2024-03-05, members: [an] }\n');
    symlinkSync('../archive/2024.yaml', join(dir, 'activities/2024.yaml'));
    symlinkSync(dir, join(dir, '..', 'via-link'));
    const r = await runMain(['check', '--data', 'via-link'], { cwd: join(dir, '..') });
    expect(r.stderr).toBe(
      'via-link/archive:1:1: warning: thư mục này không được đọc (thidua chỉ đọc các thư mục members/, activities/, shifts/, ratings/, narrative/) [ignored-file]\n' +
        '0 lỗi, 1 cảnh báo\n',
    );
    expect(r.stdout).toMatch(/^Dữ liệu hợp lệ: 1 người, 1 hoạt động, 0 ca trực\./);
    expect(r.code).toBe(0);
  });

  it('a link back into the folder is followed once: a folder is never walked twice', async () => {
    const dir = dataFolder();
    writeFileSync(join(dir, 'activities/2024.yaml'), '- { kind: study, date: 2024-03-05, members: [an] }\n');
    mkdirSync(join(dir, 'shifts'));
    symlinkSync('../activities', join(dir, 'shifts/again'));
    symlinkSync('.', join(dir, 'activities/loop'));
    const r = await runMain(['check', '--data', 'data'], { cwd: join(dir, '..') });
    expect(r.stderr).toBe(
      'data/activities/loop:1:1: warning: thư mục lặp vòng qua liên kết tượng trưng; đã bỏ qua [file-read]\n' +
        'data/shifts/again:1:1: warning: thư mục lặp vòng qua liên kết tượng trưng; đã bỏ qua [file-read]\n' +
        '0 lỗi, 2 cảnh báo\n',
    );
    expect(r.stdout).toMatch(/1 hoạt động, 0 ca trực/);
  });
});

describe('file names a message cannot show as they are', () => {
  const bytes = (dir: string, ...parts: (string | number[])[]) =>
    Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))]);

  it('bytes that are not UTF-8 and line breaks: escaped, one line each; record files so named are refused', async () => {
    const dir = dataFolder();
    const record = '- { kind: study, date: 2024-03-05, members: [zz] }\n';
    writeFileSync(bytes(dir, 'activities/bad', [0xff], '.yaml'), record);
    writeFileSync(bytes(dir, 'activities/line\nbreak.yaml'), record);
    writeFileSync(bytes(dir, 'activities/notes', [0xe9], '.txt'), 'x');
    mkdirSync(bytes(dir, 'activities/th', [0xe1, 0x6e, 0x67]));
    writeFileSync(bytes(dir, 'activities/th', [0xe1, 0x6e, 0x67], '/x.yaml'), record);
    writeFileSync(bytes(dir, 'bad', [0xfe], '.yaml'), 'x');
    const r = await runMain(['check', '--data', 'data', '--lang', 'en'], { cwd: join(dir, '..') });
    const refused = 'error: this name holds a control character (such as a line break) or bytes that are not UTF-8, so it is not read; rename it [file-read]';
    expect(r.stderr).toBe(
      [
        `data/activities/bad\\xff.yaml:1:1: ${refused}`,
        `data/activities/line\\nbreak.yaml:1:1: ${refused}`,
        'data/activities/notes\\xe9.txt:1:1: warning: this file is not read: records must be in .yaml (or .yml) files [ignored-file]',
        `data/activities/th\\xe1ng:1:1: ${refused}`,
        'data/bad\\xfe.yaml:1:1: warning: this file is not read (thidua reads unit.yaml, rules.yaml, members.yaml and the folders members/, activities/, shifts/, ratings/, narrative/) [ignored-file]',
        'errors: 3, warnings: 2',
        '',
      ].join('\n'),
    );
    // The unknown member `zz` of the refused files is never reported: they are not read.
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
  });

  it('check --format json carries the same escaped names', async () => {
    const dir = dataFolder();
    writeFileSync(bytes(dir, 'activities/a\tb', [0x80], '.yaml'), 'x');
    const r = await runMain(['check', '--data', 'data', '--format', 'json'], { cwd: join(dir, '..') });
    expect(r.stdout).toContain('"file": "data/activities/a\\\\tb\\\\x80.yaml"');
    expect(r.code).toBe(1);
  });
});
