/**
 * Bugs found by the property tests, each shrunk to a minimal unit, with the answer the
 * SPEC asks for. A bug not fixed yet would be an `it.fails` (it passes while the bug is
 * there); once fixed, a plain `it` that guards against its return.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFaults, runCli } from './cli-harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-regress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const cwd = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(cwd, 'data', path, '..'), { recursive: true });
    writeFileSync(join(cwd, 'data', path), text);
  }
  return cwd;
}

describe('a shift dated far in the future with an open-ended coverage rule', () => {
  // Found by mutations.test.ts (FC_SEED=777): a date in shifts/2024/2024-11.yaml changed to
  // 9999-12-31. `check` evaluates coverage from the first to the last shift in the data
  // (docs/decisions.md), so every day up to then was a gap, and src/cli/load-checked.ts
  // spread them into `issues.push(...)`: `thidua: internal error: Maximum call stack size
  // exceeded`, exit 3. Fixed on main (h-errors follow-up): 31 gap days per rule are listed,
  // then one warning counts the rest. Kept as a guard.
  const cwd = folder('far-future-shift', {
    'unit.yaml': 'name: Đơn vị thử\ndepartments:\n  - { id: a, name: Khoa A }\n',
    'rules.yaml': 'shifts:\n  coverage:\n    - { department: a, type: night, min: 1 }\n',
    'members.yaml': '- { id: an, name: Nguyễn Văn An, department: a }\n',
    'shifts/s.yaml': '- { date: 2024-01-01, type: night, department: a, members: [an] }\n- { date: 2400-01-01, type: night, department: a, members: [an] }\n',
  });

  it('check reports the coverage gaps as located warnings and exits 0', async () => {
    const r = await runCli(['check', '--data', 'data'], cwd);
    expect(r.code).toBe(0);
    expect(outputFaults(r, cwd)).toEqual([]);
    // Days 2024-01-01 .. 2400-01-01 inclusive: 376 years of 365 days + 91 leap days (94
    // multiples of 4 in 2024..2396, less 2100, 2200, 2300) + 1 = 137,332; the first and the
    // last are covered, so 137,330 nights lack their one person: 31 listed + 137,299 counted.
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.endsWith('[coverage]')).length).toBe(32);
    expect(lines.filter((l) => l.includes('137299')).length).toBe(1);
    expect(lines.at(-1)).toBe('0 lỗi, 32 cảnh báo');
  });
});

describe('YAML syntax errors after a tab-indented line', () => {
  // Found by mutations.test.ts (FC_SEED=4242): a tab inserted at the start of a line of
  // shifts/2024/2024-03.yaml (FC_SEED=31337: an `@` inserted in an activities file, same
  // cause). The yaml parser read `An\n  department` as one plain scalar token and its
  // LineCounter never saw that newline, so every later error was placed on the line before,
  // with columns past its end (2:25 on a 10-character line). Fixed on main by counting lines
  // from the text (src/load/text-position.ts) and a tab-indent message: kept as a guard.
  const cwd = folder('tab-indent', {
    'unit.yaml': 'name: Đơn vị thử\ndepartments:\n  - { id: a, name: Khoa A }\n',
    'members.yaml': '- id: an\n\t  name: An\n  department: a\n',
  });

  it('every yaml-syntax error points inside its line, the first at the tab (2:1)', async () => {
    const r = await runCli(['check', '--data', 'data'], cwd);
    expect(r.code).toBe(1);
    expect(outputFaults(r, cwd)).toEqual([]);
    expect(r.stderr.split('\n')[0]).toMatch(/^data\/members\.yaml:2:1: error: .*\[yaml-syntax\]$/);
  });

  it('an `@` starting a plain value is reported where it stands, and later lines keep their places', async () => {
    const at = folder('at-sign', {
      'unit.yaml': 'name: Đơn vị thử\ndepartments:\n  - { id: a, name: Khoa A }\n',
      'members.yaml': '- id: an\n  name: @An\n  department: a\n  groups: [x, y]\n- id: binh\n  name: Bình\n  department: a\n',
    });
    const r = await runCli(['check', '--data', 'data'], at);
    expect(r.code).toBe(1);
    expect(outputFaults(r, at)).toEqual([]);
    // `  name: @An`: the @ is column 9 of line 2.
    expect(r.stderr).toMatch(/^data\/members\.yaml:2:9: error: .*\[yaml-syntax\]$/m);
  });
});
