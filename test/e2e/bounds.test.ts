/**
 * Runaway work a user can cause (issue #16, class 4): windows far from any record, floods of
 * one mistake, numbers out of reach. Each finishes quickly with a plain answer.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runMain, STACK_TRACE, testEnv } from '../support/run-main.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-bounds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const UNIT = 'name: Chi đoàn Thử nghiệm\ndepartments:\n  - { id: a, name: Khoa A }\n';
const MEMBERS = '- { id: an, name: Nguyễn Văn An, department: a }\n- { id: binh, name: Trần Thị Bình, department: a }\n';

function unit(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries({ 'unit.yaml': UNIT, 'members.yaml': MEMBERS, ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const run = (args: string[], cwd = tmp) => runMain(args, { cwd, env: testEnv() });

describe('report windows stay within 1900–2999', () => {
  const dir = unit('windows', { 'activities/2024.yaml': '- { kind: study, date: 2024-03-01, members: all }\n' });

  it.each([
    [['--year', '9999'], '9999'],
    [['--year', '1899'], '1899'],
    [['--month', '3000-01'], '3000-01'],
    [['--phase', '0999:1'], '0999:1'],
    [['--from', '2024-01-01', '--to', '9999-12-31'], '9999-12-31'],
  ])('%j is a usage error naming the value', async (window, value) => {
    const r = await run(['report', '--data', dir, '--stdout', '--format', 'json', ...window]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`thidua: chỉ lập báo cáo cho các năm từ 1900 đến 2999: ${value}\n`);
  });

  it('says so in English with --lang en', async () => {
    const r = await run(['report', '--data', dir, '--stdout', '--format', 'json', '--year', '9999', '--lang', 'en']);
    expect(r.stderr).toBe('thidua: reports are made for the years 1900 to 2999 only: 9999\n');
  });

  it('the last year allowed has its twelve months, not ninety thousand years of them', async () => {
    // Months were compared as text: "10000-01" < "9999-12", and the discipline table ran on to year 99999.
    const late = unit('year-2999', { 'activities/2999.yaml': '- { kind: violation, type: late, date: 2999-05-02, members: [an] }\n' });
    const r = await run(['report', '--data', late, '--stdout', '--format', 'md', '--year', '2999']);
    expect(r.code).toBe(0);
    const monthRows = r.stdout.split('\n').filter((l) => /^\| \d\d\/\d{4,} \|/.test(l));
    expect(monthRows.map((l) => l.slice(2, 9))).toEqual(Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2999`));
  });
});

describe('a flood of one mistake is listed up to 50 per file and code, then counted', () => {
  // 3,000 records naming a member who is not in members.yaml: a check-level problem (the records load).
  const title = (i: number) => `B${String(i + 1).padStart(4, '0')}`;
  const records = Array.from({ length: 3000 }, (_, i) => `- { kind: study, date: 2024-03-01, title: ${title(i)}, members: [an, chi] }\n`).join('');
  const dir = unit('flood', { 'activities/2024.yaml': records });

  it('prints 50 lines, one "and 2950 more" line, and counts all 3000 in the summary', async () => {
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.filter((l) => l.endsWith('[unknown-member]'))).toHaveLength(51);
    // Record 51 is line 51; "- { kind: study, date: 2024-03-01, title: B0051, members: [an, " is 63 characters.
    expect(lines[50]).toBe(`flood/activities/2024.yaml:51:64: error: … và 2950 chỗ khác cùng loại trong tệp này (chỉ liệt kê 50 chỗ đầu); hãy sửa những chỗ ở trên trước [unknown-member]`);
    expect(lines[51]).toBe('3000 lỗi, 0 cảnh báo');
  });

  it('gives the same cut in JSON', async () => {
    const r = await run(['check', '--data', dir, '--format', 'json', '--lang', 'en']);
    const issues = JSON.parse(r.stdout) as { line: number; message: string }[];
    expect(issues).toHaveLength(51);
    expect(issues[50]).toMatchObject({ line: 51, message: '… and 2950 more of this kind in this file (only the first 50 are listed); fix the ones above first' });
  });

  it('a record file whose every record is invalid is cut while it loads', async () => {
    const bad = Array.from({ length: 2000 }, (_, i) => `- { kind: study, date: 2024-13-01, title: ${title(i)}, members: all }\n`).join('');
    const r = await run(['check', '--data', unit('flood-load', { 'activities/2024.yaml': bad })]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines[50]).toMatch(/:51:24: error: … và 1950 chỗ khác cùng loại .*\[bad-date\]$/);
    expect(lines[51]).toBe('2000 lỗi, 0 cảnh báo');
  });
});

describe('numbers out of reach are refused at their place, never summed into Infinity', () => {
  it('hours: 1e308 in a kind default of rules.yaml', async () => {
    const dir = unit('rules-hours', { 'rules.yaml': 'kinds:\n  study: { label: Học tập, hours: 1e308 }\n' });
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'rules.yaml'), 'utf8')).toContain('1e308');
    expect(r.stderr).toContain('rules.yaml:2:35: error: “hours” = 1e308 lớn hơn mức cho phép (10000) [schema]');
  });
});
