/**
 * Files that look like records but are not read get an `ignored-file` warning at
 * `file:1:1` (src/load/data-files.ts), with a "did you mean" where one fits; hidden
 * entries, notes at the top (README, *.md, *.txt) are left alone; ratings/ (SPEC §6) is a
 * record folder like members/, activities/ and shifts/; narrative/ holds the report's own words
 * (SPEC §8), read by name (narrative/<period>.md), with a warning for anything else there.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDataFiles } from '../../src/load/data-files.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-ignored-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const UNIT = 'name: Chi đoàn\ndepartments:\n  - { id: a, name: Khoa A }\n';
const MEMBERS = '- { id: an, name: Nguyễn Văn An, department: a }\n';
const ACTIVITY = '- { kind: green-sunday, date: 2024-03-24, members: all }\n';

let count = 0;
/** A data folder with unit.yaml and members.yaml plus `files` (a path ending in `/` is a folder). */
function folder(files: Record<string, string>): string {
  const dir = join(tmp, String(count++));
  for (const [path, text] of Object.entries({ 'unit.yaml': UNIT, 'members.yaml': MEMBERS, ...files })) {
    if (path.endsWith('/')) mkdirSync(join(dir, path), { recursive: true });
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return dir;
}

/** The `ignored-file` warnings as `file message hint`. */
function ignored(dir: string): string[] {
  return listDataFiles(dir)
    .issues.filter((i) => i.code === 'ignored-file')
    .map((i) => {
      expect(i.severity).toBe('warning');
      expect([i.source.line, i.source.column]).toEqual([1, 1]);
      return [i.source.file, i.message, i.params['hint'] ?? i.params['used'] ?? ''].join(' ').trim();
    });
}

describe('at the top of the data folder', () => {
  it.each([
    ['activities.yaml', 'activities/'],
    ['shifts.yml', 'shifts/'],
    ['Rules.yaml', 'rules.yaml'],
    ['Unit.yml', 'unit.yml'],
    ['member.yaml', 'members.yaml'],
    ['unit.yaml.txt', 'unit.yaml'],
    ['ratings.yaml', 'ratings/'],
  ])('the file %s is not read: did you mean %s', (name, hint) => {
    expect(ignored(folder({ [name]: ACTIVITY }))).toEqual([`${name} ignored-top-file ${hint}`]);
  });

  it.each([
    ['Activities/', 'activities/'],
    ['Shift/', 'shifts/'],
    ['Members/', 'members/'],
    ['ca-truc/', ''],
  ])('the folder %s is not read: did you mean %s', (name, hint) => {
    expect(ignored(folder({ [`${name}2024.yaml`]: ACTIVITY }))).toEqual([`${name.slice(0, -1)} ignored-top-dir ${hint}`.trim()]);
  });

  it('any other file, without a hint when no name is near', () => {
    expect(ignored(folder({ 'danh-sach.xlsx': 'x', 'data.json': '[]', 'lich-truc.yaml': ACTIVITY }))).toEqual([
      'danh-sach.xlsx ignored-top-file',
      'data.json ignored-top-file',
      'lich-truc.yaml ignored-top-file',
    ]);
  });

  it('the second of unit.yaml / unit.yml (and rules, members) is not read', () => {
    const dir = folder({ 'unit.yml': UNIT, 'members.yml': MEMBERS, 'rules.yaml': '', 'rules.yml': '' });
    expect(ignored(dir)).toEqual(['members.yml ignored-second-file members.yaml', 'rules.yml ignored-second-file rules.yaml', 'unit.yml ignored-second-file unit.yaml']);
  });

  it('the .yml alone is read, not warned', () => {
    const dir = join(tmp, 'yml-only');
    mkdirSync(dir);
    writeFileSync(join(dir, 'unit.yml'), UNIT);
    writeFileSync(join(dir, 'members.yml'), MEMBERS);
    writeFileSync(join(dir, 'rules.yml'), '');
    expect(ignored(dir)).toEqual([]);
    expect(loadDataFolder(dir).issues).toEqual([]);
  });

  it('leaves alone hidden entries, README, Markdown and text notes; reads narrative/<period>.md only', () => {
    const dir = folder({
      '.gitkeep': '',
      '.vscode/settings.json': '{}',
      'README': 'x',
      'README.txt': 'x',
      'readme.md': 'x',
      'ghi-chu.md': 'x',
      'expected.txt': 'x',
      'narrative/2024.md': '## Đặc điểm tình hình\n\nx\n',
      'narrative/README.md': 'x',
      'narrative/notes.txt': 'x',
      'activities/2024/2024-03.yaml': ACTIVITY,
      'shifts/': '',
    });
    expect(ignored(dir)).toEqual([]);
    const loaded = loadDataFolder(dir);
    expect(loaded.issues).toEqual([]);
    expect(loaded.files).toEqual(['unit.yaml', 'members.yaml', 'activities/2024/2024-03.yaml', 'narrative/2024.md']);
    expect(loaded.data?.narratives?.[0]?.sections.map((s) => s.id)).toEqual(['situation']);
  });

  it('reads ratings/ at any depth, after the other record folders, and warns about what is not YAML there', () => {
    const dir = folder({
      'ratings/2024.yaml': 'year: 2024\nlevels: { an: htt }\n',
      'ratings/cu/2023.yml': 'year: 2023\nlevels: { an: ht }\n',
      'ratings/2025.xlsx': 'x',
      'activities/2024/2024-03.yaml': ACTIVITY,
    });
    expect(ignored(dir)).toEqual(['ratings/2025.xlsx ignored-not-yaml']);
    const loaded = loadDataFolder(dir);
    expect(loaded.issues.filter((i) => i.code !== 'ignored-file')).toEqual([]);
    expect(loaded.files).toEqual(['unit.yaml', 'members.yaml', 'activities/2024/2024-03.yaml', 'ratings/2024.yaml', 'ratings/cu/2023.yml']);
    expect(loaded.data!.ratings.map((f) => [f.year, f.ratings.map((r) => `${r.member} ${r.level}`)])).toEqual([
      [2024, ['an htt']],
      [2023, ['an ht']],
    ]);
  });

  it('a file named like a record folder is an expected-dir error only', () => {
    const issues = listDataFiles(folder({ activities: 'x' })).issues;
    expect(issues.map((i) => `${i.source.file} ${i.code} ${i.message}`)).toEqual(['activities file-read expected-dir']);
  });

  it('a dangling link at the top is reported as not read', () => {
    const dir = folder({});
    symlinkSync('nowhere.yaml', join(dir, 'old.yaml'));
    expect(ignored(dir)).toEqual(['old.yaml ignored-top-file']);
  });
});

describe('inside members/, activities/, shifts/ and ratings/, at any depth', () => {
  it.each([
    ['activities/2025-03.yaml.txt', '2025-03.yaml'],
    ['activities/2025/x.csv', ''],
    ['shifts/x.xlsx', ''],
    ['members/x.json', ''],
    ['shifts/2024/03/2024-03.yml.bak', '2024-03.yml'],
    ['activities/README.md', ''],
    ['ratings/2024.yaml.txt', '2024.yaml'],
  ])('%s is not read: records must be in .yaml files', (path, hint) => {
    expect(ignored(folder({ [path]: ACTIVITY }))).toEqual([`${path} ignored-not-yaml ${hint}`.trim()]);
  });

  it('an upper-case .YAML extension is read, as before, and not warned', () => {
    const dir = folder({ 'activities/x.YAML': ACTIVITY, 'shifts/y.Yml': '' });
    expect(ignored(dir)).toEqual([]);
    expect(loadDataFolder(dir).files).toEqual(['unit.yaml', 'members.yaml', 'activities/x.YAML', 'shifts/y.Yml']);
  });

  it('hidden files and folders are left alone', () => {
    expect(ignored(folder({ 'activities/.2024-03.yaml.swp': 'x', 'activities/.old/x.csv': 'x', 'shifts/.DS_Store': 'x' }))).toEqual([]);
  });

  it('warnings come in a fixed order: the top in code-point order, then each folder in path order', () => {
    const dir = folder({ 'shifts/b.csv': '', 'activities/z.txt': '', 'activities/a.txt': '', 'alpha.yaml': '', 'Zeta.yaml': '' });
    expect(ignored(dir).map((l) => l.split(' ')[0])).toEqual(['Zeta.yaml', 'alpha.yaml', 'activities/a.txt', 'activities/z.txt', 'shifts/b.csv']);
  });
});
