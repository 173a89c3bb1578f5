/** Where a rules key is placed: its own position, else the top of the rules file actually read. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/load/load-data-folder.js';
import { resolveRules, rulesAt } from '../../src/model/defaults.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-rules-at-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function unitWith(name: string, rulesFile?: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'unit.yaml'), 'name: Đơn vị\ndepartments:\n  - { id: a, name: Khoa A }\n');
  if (rulesFile) writeFileSync(join(dir, rulesFile), 'holidays:\n  - 2024-09-02\n');
  return dir;
}

describe('rulesAt', () => {
  it('a key that was written: its own place', () => {
    const rules = resolveRules({}, { at: { 'holidays.0': { file: 'rules.yml', line: 2, column: 5 } }, file: 'rules.yml' });
    expect(rulesAt(rules, 'holidays.0')).toEqual({ file: 'rules.yml', line: 2, column: 5 });
  });

  it('a key that was not: the top of the rules file read, rules.yaml when there is none', () => {
    expect(rulesAt(resolveRules({}, { file: 'rules.yml' }), 'shifts.coverage.0')).toEqual({ file: 'rules.yml', line: 1, column: 1 });
    expect(rulesAt(resolveRules({}), 'shifts.coverage.0')).toEqual({ file: 'rules.yaml', line: 1, column: 1 });
  });

  it('the loader names the rules file it read', () => {
    const yml = loadDataFolder(unitWith('yml', 'rules.yml')).data!.rules;
    expect(yml.file).toBe('rules.yml');
    expect(rulesAt(yml, 'holidays.0')).toEqual({ file: 'rules.yml', line: 2, column: 5 });
    expect(rulesAt(yml, 'phases.0.to')).toEqual({ file: 'rules.yml', line: 1, column: 1 });
    expect(loadDataFolder(unitWith('yaml', 'rules.yaml')).data!.rules.file).toBe('rules.yaml');
    expect(loadDataFolder(unitWith('none')).data!.rules.file).toBe('rules.yaml');
  });
});
