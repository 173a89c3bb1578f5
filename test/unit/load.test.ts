/**
 * The loader: positions of records, keys and list items (1-based, from the text's own line
 * starts, fed to the yaml LineCounter), UTF-8 decoding, the did-you-mean distance, and the
 * merge of rules.yaml over the defaults (SPEC §3 "Fine points"). Every expected position is
 * counted by hand from the YAML text in the test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isSeq } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run-checks.js';
import { decodeText } from '../../src/load/data-files.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';
import { itemSource, placeOf } from '../../src/model/located.js';
import { locateRecord, parseYaml, type ParsedYaml } from '../../src/load/read-yaml.js';
import { textLocator } from '../../src/load/text-position.js';
import { closest, editDistance } from '../../src/load/suggest.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const UNIT = 'name: Chi đoàn\ndepartments:\n  - { id: a, name: Khoa A }\n';

function parsed(text: string): ParsedYaml {
  const r = parseYaml(text, 'x.yaml');
  expect(r.issues).toEqual([]);
  return r.parsed!;
}

function firstRecord(p: ParsedYaml) {
  const seq = p.doc.contents;
  if (!isSeq(seq)) throw new Error('not a list');
  return locateRecord(p, seq.items[0]);
}

describe('positions', () => {
  const text = '- id: an\n  name: Nguyễn Văn An\n  members: [a, bb, c]\n  note: >\n    hai dòng\n    ghi chú\n  hours: 3\n';

  it('of the record, each value and each list item', () => {
    const r = firstRecord(parsed(text));
    // The record's map starts after "- " (column 3); values after "key: ".
    expect(r.source).toEqual({ file: 'x.yaml', line: 1, column: 3 });
    expect(r.at['id']).toEqual({ file: 'x.yaml', line: 1, column: 7 });
    expect(r.at['name']).toEqual({ file: 'x.yaml', line: 2, column: 9 });
    // "  members: [" is 12 characters; "a, " 3 more; "bb, " 4 more.
    expect(r.items['members']).toEqual([
      { file: 'x.yaml', line: 3, column: 13 },
      { file: 'x.yaml', line: 3, column: 16 },
      { file: 'x.yaml', line: 3, column: 20 },
    ]);
    // A folded block scalar starts at its ">" indicator; the key after it is on line 7.
    expect(r.at['note']).toEqual({ file: 'x.yaml', line: 4, column: 9 });
    expect(r.at['hours']).toEqual({ file: 'x.yaml', line: 7, column: 10 });
  });

  it('of the keys of list items that are mappings (a leave period), as leave.0.from', () => {
    const r = firstRecord(parsed('- id: an\n  leave:\n    - { from: 2024-02-30, to: 2024-03-10, kind: sick }\n    - from: 2024-06-01\n      to: 2024-05-01\n'));
    // "    - { from: " is 14 characters; "2024-02-30, to: " 16 more; "2024-03-10, kind: " 18 more.
    expect(r.items['leave']).toEqual([
      { file: 'x.yaml', line: 3, column: 7 },
      { file: 'x.yaml', line: 4, column: 7 },
    ]);
    expect(r.at['leave.0.from']).toEqual({ file: 'x.yaml', line: 3, column: 15 });
    expect(r.at['leave.0.to']).toEqual({ file: 'x.yaml', line: 3, column: 31 });
    expect(r.at['leave.0.kind']).toEqual({ file: 'x.yaml', line: 3, column: 49 });
    // Block style: "    - from: " and "      to: " are 12 and 10 characters.
    expect(r.at['leave.1.from']).toEqual({ file: 'x.yaml', line: 4, column: 13 });
    expect(r.at['leave.1.to']).toEqual({ file: 'x.yaml', line: 5, column: 11 });
  });

  it('a loaded leave period knows where each of its values is, and check points there', () => {
    const dir = folder('leave-positions', {
      'unit.yaml': UNIT,
      'members.yaml': '- id: an\n  name: An\n  department: a\n  leave:\n    - { from: 2024-02-30, to: 2024-03-10, kind: sick }\n    - from: 2024-06-01\n      to: 2024-05-01\n      kind: study\n',
    });
    const r = loadDataFolder(dir);
    expect(r.issues).toEqual([]);
    const [first, second] = r.data!.members[0]!.leave;
    expect(first).toMatchObject({ from: '2024-02-30', source: { line: 5, column: 7 }, at: { from: { line: 5, column: 15 }, to: { line: 5, column: 31 }, kind: { line: 5, column: 49 } } });
    expect(second).toMatchObject({ source: { line: 6, column: 7 }, at: { from: { line: 6, column: 13 }, to: { line: 7, column: 11 }, kind: { line: 8, column: 13 } } });
    // The bad date at its value, and the end before the start at the end.
    expect(runChecks(r.data!).map((i) => [i.code, i.source.line, i.source.column])).toEqual([
      ['bad-date', 5, 15],
      ['date-order', 7, 11],
    ]);
  });

  it('columns count characters, so Vietnamese letters count one each (NFC)', () => {
    const r = firstRecord(parsed('- { name: Nguyễn Văn Ân, id: an }\n'));
    // "- { name: Nguyễn Văn Ân, id: " is 25 + 4 characters, so the value is in column 30.
    expect(r.at['id']).toEqual({ file: 'x.yaml', line: 1, column: 30 });
  });

  it('CRLF line ends do not shift lines or columns', () => {
    const r = firstRecord(parsed('- id: an\r\n  name: An\r\n  hours: 3\r\n'));
    expect(r.at['name']).toEqual({ file: 'x.yaml', line: 2, column: 9 });
    expect(r.at['hours']).toEqual({ file: 'x.yaml', line: 3, column: 10 });
  });

  it('line starts come from the text: textLocator', () => {
    const locate = textLocator('ab\n\ncd\n', 'x.yaml');
    // Lines start at offsets 0, 3 ("\n" at 2), 4 and 7 (the empty last line).
    expect([0, 2, 3, 4, 5, 7].map((offset) => locate(offset))).toEqual([
      { file: 'x.yaml', line: 1, column: 1 },
      { file: 'x.yaml', line: 1, column: 3 },
      { file: 'x.yaml', line: 2, column: 1 },
      { file: 'x.yaml', line: 3, column: 1 },
      { file: 'x.yaml', line: 3, column: 2 },
      { file: 'x.yaml', line: 4, column: 1 },
    ]);
  });

  it('a syntax error after a tab-indented line is still on its own line', () => {
    // The parser's own line count loses the line break after "\tname: An" (it put the next
    // problem at 2:34); counted from the text, the department line is line 3.
    // An unclosed "[" is placed at the bracket: line 4, after "  x: " (column 6).
    const cascade = parseYaml('- id: an\n  name: An\n  department: a\n  x: [1\n', 'x.yaml');
    expect(cascade.issues.map((i) => [i.source.line, i.source.column, i.message])).toEqual([[4, 6, 'yaml-unclosed']]);
    const tab = parseYaml('- id: an\n\tname: An\n  department: a\n', 'x.yaml');
    expect(tab.issues.map((i) => [i.source.line, i.source.column, i.message])).toEqual([[2, 1, 'yaml-tab']]);
  });

  it('records loaded from a folder keep their file and place; files are read in path order', () => {
    const dir = folder('positions', {
      'unit.yaml': UNIT,
      'members/b.yaml': '- { id: binh, name: Bình, department: a }\n',
      'members/a.yaml': '# đầu tệp\n- id: an\n  name: An\n  department: a\n',
      'members.yaml': '- { id: cuong, name: Cường, department: a }\n',
      'shifts/2024/03.yml': '- date: 2024-03-01\n  type: day\n  department: a\n  members: [an, binh]\n',
    });
    const r = loadDataFolder(dir);
    expect(r.issues).toEqual([]);
    expect(r.files).toEqual(['unit.yaml', 'members.yaml', 'members/a.yaml', 'members/b.yaml', 'shifts/2024/03.yml']);
    expect(r.data!.members.map((m) => [m.id, m.source.file, m.source.line, m.source.column])).toEqual([
      ['cuong', 'members.yaml', 1, 3],
      ['an', 'members/a.yaml', 2, 3],
      ['binh', 'members/b.yaml', 1, 3],
    ]);
    const s = r.data!.shifts[0]!;
    // Item places are kept flat (line, column, …), each given back as a place in the record's file.
    expect(s.items['members']).toEqual([4, 13, 4, 17]);
    expect([0, 1, 2].map((i) => itemSource(s, 'members', i))).toEqual([
      { file: 'shifts/2024/03.yml', line: 4, column: 13 },
      { file: 'shifts/2024/03.yml', line: 4, column: 17 },
      undefined,
    ]);
    // Departments carry their own place: "  - { id: " is 10 characters.
    expect(placeOf(r.data!.unit.departments[0]!, 'id')).toEqual({ file: 'unit.yaml', line: 3, column: 11 });
  });

  it('a missing folder is an issue, not an exception', () => {
    const r = loadDataFolder(join(tmp, 'nowhere'));
    expect(r.data).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([['missing-file', 'data-missing']]);
  });
});

describe('decodeText', () => {
  it('drops a BOM and keeps the text', () => {
    expect(decodeText(Buffer.from('\ufeff- a\n'), 'f').text).toBe('- a\n');
  });

  it('places an invalid byte at its character: line 2, after "ân " (column 4)', () => {
    const bytes = Buffer.concat([Buffer.from('x\nân '), Buffer.from([0xff]), Buffer.from('y')]);
    expect(decodeText(bytes, 'f').issue?.source).toEqual({ file: 'f', line: 2, column: 4 });
  });

  it('places a NUL byte', () => {
    expect(decodeText(Buffer.from('ab\ncd\0'), 'f').issue).toMatchObject({ code: 'file-read', message: 'binary-file', source: { line: 2, column: 3 } });
  });
});

describe('did you mean', () => {
  it('counts a swap of neighbours once', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('nigth', 'night')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only near candidates', () => {
    expect(closest('departmnt', ['id', 'name', 'department'])).toBe('department');
    expect(closest('titel', ['title', 'groups'])).toBe('title');
    expect(closest('xyz', ['department', 'name'])).toBeUndefined();
  });
});

describe('rules.yaml over the defaults (SPEC §3 fine points)', () => {
  const rules = `criteria:
  duty: { label: Trực, min_count: 1 }
kinds:
  tree-planting: { label: Trồng cây, criterion: duty, hours: 2 }
  sport: { label: Thể thao }
shifts:
  types:
    evening: { start: "17:00", end: "22:00" }
    night: { start: "19:00", end: "07:00" }
  night_window: { start: "23:00" }
  min_rest_hours: 8
innovation: { target: 0.3 }
commendation:
  advanced_worker: { min_tenure_months: 12 }
phases:
  - { name: Cả năm, from: "01-01", to: "12-31" }
holidays: [2024-01-01]
population: { groups: [doan-vien] }
`;
  const r = loadDataFolder(folder('rules', { 'unit.yaml': UNIT, 'rules.yaml': rules }));
  const R = r.data!.rules;

  it('loads without problems', () => {
    expect(r.issues).toEqual([]);
  });

  it('criteria replaces the default set', () => {
    expect(R.criteria).toEqual([{ id: 'duty', label: 'Trực', minCount: 1, minHours: 0 }]);
  });

  it('kinds add to the defaults or replace one whole', () => {
    // 13 default kinds (research, SPEC §6, among them) + tree-planting.
    expect(Object.keys(R.kinds)).toHaveLength(14);
    expect(R.kinds['tree-planting']).toEqual({ id: 'tree-planting', label: 'Trồng cây', criterion: 'duty', hours: 2 });
    // The default sport counted for "self"; the unit's sport has no criterion: replaced whole, not merged.
    expect(R.kinds['sport']).toEqual({ id: 'sport', label: 'Thể thao' });
    expect(R.kinds['green-sunday']).toEqual({ id: 'green-sunday', label: 'Ngày Chủ nhật xanh', criterion: 'community', hours: 3 });
    // research, like award, counts for no criterion unless rules.yaml maps it (SPEC §6).
    expect(R.kinds['research']).toEqual({ id: 'research', label: 'Đề tài, đề án khoa học' });
  });

  it('shift types add or replace whole', () => {
    expect(R.shifts.types).toEqual({
      day: { id: 'day', start: '07:00', end: '17:00' },
      night: { id: 'night', start: '19:00', end: '07:00' },
      evening: { id: 'evening', start: '17:00', end: '22:00' },
    });
  });

  it('other maps merge key by key', () => {
    expect(R.shifts.nightWindow).toEqual({ start: '23:00', end: '06:00' });
    expect(R.shifts.minRestHours).toBe(8);
    expect(R.shifts.maxNightsPerMonth).toBe(10);
    expect(R.innovation).toEqual({ target: 0.3, minLevel: 'co-so', require01m: true });
    // SPEC §6 defaults for every key the unit did not write.
    expect(R.commendation).toEqual({
      advancedWorker: { minRating: 'htt', minTenureMonths: 12, maxFormalViolations: 0, maxLeaveDays: 40 },
      emulationFighter: { cap: 0.15, rounding: 'floor' },
      advancedCollective: { minShare: 0.5, blockFrom: 'canh-cao' },
      excellentCollective: { minShare: 0.7, blockFrom: 'canh-cao' },
    });
  });

  it('lists replace', () => {
    expect(R.phases).toEqual([{ name: 'Cả năm', from: '01-01', to: '12-31' }]);
    expect(R.holidays).toEqual(['2024-01-01']);
    expect(R.population.groups).toEqual(['doan-vien']);
    expect(R.shifts.coverage).toEqual([]);
  });

  it('remembers where each rules key was written', () => {
    expect(R.at['criteria.duty']).toEqual({ file: 'rules.yaml', line: 2, column: 9 });
    // "  tree-planting: { label: Trồng cây, criterion: " is 48 characters.
    expect(R.at['kinds.tree-planting.criterion']).toEqual({ file: 'rules.yaml', line: 4, column: 49 });
    expect(R.at['holidays.0']).toEqual({ file: 'rules.yaml', line: 17, column: 12 });
  });

  it('no rules.yaml gives the SPEC defaults', () => {
    const d = loadDataFolder(folder('defaults', { 'unit.yaml': UNIT })).data!.rules;
    expect(d.criteria.map((c) => [c.id, c.minCount, c.maxViolations])).toEqual([
      ['community', 2, undefined],
      ['work', 0, 2],
      ['self', 4, undefined],
    ]);
    expect(d.phases).toEqual([
      { name: 'Đợt 1', from: '01-01', to: '06-30' },
      { name: 'Đợt 2', from: '07-01', to: '12-31' },
    ]);
    expect(d.shifts.types['night']).toEqual({ id: 'night', start: '17:00', end: '07:00' });
  });
});
