/**
 * The checks and the loading of SPEC §6, on real data folders (so that every position is
 * the one a clerk sees): ratings files, leave, discipline forms, đề tài. Every expected
 * position is counted by hand from the YAML text beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks, sortIssues } from '../../src/check/run-checks.js';
import { ratingsOf } from '../../src/compute/commendation.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-law-checks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const UNIT = 'name: Chi đoàn\ndepartments:\n  - { id: a, name: Khoa A }\n';
const MEMBERS = '- { id: nguyen-van-an, name: Nguyễn Văn An, department: a }\n- { id: tran-thi-binh, name: Trần Thị Bình, department: a }\n';

let count = 0;
/** Loads a data folder of unit.yaml, members.yaml and `files`. */
function load(files: Record<string, string>) {
  const dir = join(tmp, String(count++));
  for (const [path, text] of Object.entries({ 'unit.yaml': UNIT, 'members.yaml': MEMBERS, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return loadDataFolder(dir);
}

/** Every problem, loading and checks, as `file:line:col code message` and its params. */
function problems(files: Record<string, string>) {
  const r = load(files);
  return sortIssues([...r.issues, ...(r.data ? runChecks(r.data) : [])]).map((i) => ({ at: `${i.source.file}:${i.source.line}:${i.source.column}`, code: i.code, message: i.message, params: i.params }));
}

describe('ratings files', () => {
  it('a member rated twice for one year is a duplicate-rating at the second, naming the first', () => {
    const files = {
      'ratings/2024/qd-12.yaml': 'year: 2024\ndecision: 12/QĐ-TTYT\nlevels:\n  nguyen-van-an: htt\n  tran-thi-binh: htxs\n',
      'ratings/2024/qd-15.yaml': 'year: 2024\ndecision: 15/QĐ-TTYT\nlevels:\n  tran-thi-binh: ht\n',
      // Another year is another rating.
      'ratings/2023.yaml': 'year: 2023\nlevels: { tran-thi-binh: ht }\n',
    };
    // qd-15.yaml line 4 is "  tran-thi-binh: ht": the key in column 3; qd-12.yaml names her on line 5.
    expect(problems(files)).toEqual([
      { at: 'ratings/2024/qd-15.yaml:4:3', code: 'duplicate-rating', message: 'duplicate-rating', params: { id: 'tran-thi-binh', year: 2024, otherFile: 'ratings/2024/qd-12.yaml', otherLine: 5 } },
    ]);
    // Were the report to run, the first would stand.
    expect(ratingsOf(load(files).data!, 2024).byMember.get('tran-thi-binh')).toBe('htxs');
  });

  it('an unknown member id is unknown-member at the key, with the nearest id as a hint', () => {
    expect(problems({ 'ratings/2024.yaml': 'year: 2024\nlevels:\n  nguyen-van-anh: htt\n  tran-thi-binh: htt\n' })).toEqual([
      { at: 'ratings/2024.yaml:3:3', code: 'unknown-member', message: 'unknown-member', params: { id: 'nguyen-van-anh', hint: 'nguyen-van-an' } },
    ]);
  });

  it('a date that does not exist is bad-date at its value', () => {
    expect(problems({ 'ratings/2024.yaml': 'year: 2024\ndate: 2024-02-30\nlevels: { nguyen-van-an: htt }\n' })).toEqual([
      { at: 'ratings/2024.yaml:2:7', code: 'bad-date', message: 'bad-date', params: { key: 'date', value: '2024-02-30' } },
    ]);
  });

  it('a file that is a list is expected-ratings-map, at its start', () => {
    expect(problems({ 'ratings/2024.yaml': '- nguyen-van-an: htt\n- tran-thi-binh: htt\n' })).toEqual([{ at: 'ratings/2024.yaml:1:1', code: 'schema', message: 'expected-ratings-map', params: {} }]);
  });

  it('an empty file, or one of comments only, holds no rating: no problem, and the year stays provisional', () => {
    const files = { 'ratings/2024.yaml': '', 'ratings/2025.yaml': '# Xếp loại năm 2025: điền vào tháng 12\n# year: 2025\n# levels:\n#   nguyen-van-an: htt\n' };
    expect(problems(files)).toEqual([]);
    const r = load(files);
    expect(r.files).toEqual(['unit.yaml', 'members.yaml', 'ratings/2024.yaml', 'ratings/2025.yaml']);
    expect(r.data!.ratings).toEqual([]);
    expect(ratingsOf(r.data!, 2025).exist).toBe(false);
    // A scalar is no mapping either.
    expect(problems({ 'ratings/2024.yaml': 'htt\n' }).map((p) => [p.at, p.message])).toEqual([['ratings/2024.yaml:1:1', 'expected-ratings-map']]);
  });

  it('an unknown key is a schema error at the key, with a did-you-mean', () => {
    expect(problems({ 'ratings/2024.yaml': 'year: 2024\ndecison: 12/QĐ-TTYT\nlevels: { nguyen-van-an: htt }\n' })).toEqual([
      { at: 'ratings/2024.yaml:2:1', code: 'schema', message: 'unknown-key', params: { key: 'decison', hint: 'decision' } },
    ]);
  });

  it('a level that is not one of htxs, htt, ht, kht is bad-choice at the value, with the nearest', () => {
    // "  tran-thi-binh: " is 17 characters.
    expect(problems({ 'ratings/2024.yaml': 'year: 2024\nlevels:\n  nguyen-van-an: htt\n  tran-thi-binh: httt\n' })).toEqual([
      { at: 'ratings/2024.yaml:4:18', code: 'schema', message: 'bad-choice', params: { key: 'tran-thi-binh', value: 'httt', choices: 'htxs, htt, ht, kht', hint: 'htt' } },
    ]);
  });

  it('year and levels are required', () => {
    expect(problems({ 'ratings/2024.yaml': 'decision: 12/QĐ-TTYT\n' }).map((p) => [p.at, p.message, p.params['key']])).toEqual([
      ['ratings/2024.yaml:1:1', 'missing-key', 'levels'],
      ['ratings/2024.yaml:1:1', 'missing-key', 'year'],
    ]);
  });

  it('each rating is placed at its member id (block and flow), with the file’s year, decision and date', () => {
    const r = load({
      'ratings/2024.yaml': '# Xếp loại 2024\nyear: 2024\ndecision: 12/QĐ-TTYT\ndate: 2024-12-25\nlevels:\n  nguyen-van-an: htxs\n',
      'ratings/2025.yaml': 'year: 2025\nlevels: { nguyen-van-an: ht, tran-thi-binh: kht }\n',
    });
    expect(r.issues).toEqual([]);
    expect(r.data!.ratings.flatMap((f) => f.ratings)).toEqual([
      { year: 2024, member: 'nguyen-van-an', level: 'htxs', decision: '12/QĐ-TTYT', date: '2024-12-25', source: { file: 'ratings/2024.yaml', line: 6, column: 3 } },
      // "levels: { " is 10 characters; "nguyen-van-an: ht, " 19 more.
      { year: 2025, member: 'nguyen-van-an', level: 'ht', source: { file: 'ratings/2025.yaml', line: 2, column: 11 } },
      { year: 2025, member: 'tran-thi-binh', level: 'kht', source: { file: 'ratings/2025.yaml', line: 2, column: 30 } },
    ]);
  });
});

describe('leave', () => {
  const withLeave = (leave: string) => ({ 'members.yaml': `${MEMBERS}- id: le-thi-yen\n  name: Lê Thị Yến\n  department: a\n  leave:\n${leave}` });

  it('two periods of one member that share a day are leave-overlap at the later one, naming the earlier', () => {
    // Lines 7–9 of members.yaml; each period starts after "    - " (column 7).
    const files = withLeave(
      [
        '    - { from: 2024-03-01, to: 2024-03-10, kind: sick }',
        '    - { from: 2024-03-11, to: 2024-03-20, kind: sick }', // the next day: no overlap
        '    - { from: 2024-03-20, to: 2024-03-25, kind: other }', // shares 20 March
        '',
      ].join('\n'),
    );
    expect(problems(files)).toEqual([
      { at: 'members.yaml:9:7', code: 'leave-overlap', message: 'leave-overlap', params: { id: 'le-thi-yen', from: '2024-03-20', to: '2024-03-25', otherFrom: '2024-03-11', otherTo: '2024-03-20' } },
    ]);
  });

  it('a period inside another overlaps it; periods written out of order are compared all the same', () => {
    const files = withLeave(['    - { from: 2024-06-01, to: 2024-06-30, kind: sick }', '    - { from: 2024-01-10, to: 2024-01-12, kind: sick }', '    - { from: 2024-06-10, to: 2024-06-12, kind: study }', ''].join('\n'));
    expect(problems(files).map((p) => [p.at, p.code, p.params['otherFrom']])).toEqual([['members.yaml:9:7', 'leave-overlap', '2024-06-01']]);
  });

  it('a bad date is bad-date at the value; an end before the start is date-order at the end, and no overlap', () => {
    const files = withLeave(['    - { from: 2024-02-30, to: 2024-03-10, kind: sick }', '    - from: 2024-06-01', '      to: 2024-05-01', '      kind: sick', ''].join('\n'));
    // "    - { from: " is 14 characters; "      to: " 10.
    expect(problems(files).map((p) => [p.at, p.code, p.message])).toEqual([
      ['members.yaml:7:15', 'bad-date', 'bad-date'],
      ['members.yaml:9:11', 'date-order', 'to-before-from'],
    ]);
  });

  it('a kind outside the list is bad-choice at the value', () => {
    // "    - { from: 2024-03-01, to: 2024-03-10, kind: " is 48 characters.
    expect(problems(withLeave('    - { from: 2024-03-01, to: 2024-03-10, kind: maternty }\n')).map((p) => [p.at, p.message, p.params['hint']])).toEqual([['members.yaml:7:49', 'bad-choice', 'maternity']]);
  });
});

describe('discipline forms and đề tài', () => {
  const activities = (text: string) => ({ 'activities/2024.yaml': text });

  it('a form on a reminder is a schema error at the form, with or without severity written', () => {
    const text = [
      '- { kind: violation, date: 2024-04-02, members: [nguyen-van-an], type: late, severity: reminder, form: canh-cao }',
      '- { kind: violation, date: 2024-04-03, members: [nguyen-van-an], type: late, form: khien-trach }',
      '- { kind: violation, date: 2024-04-04, members: [tran-thi-binh], type: absent, severity: formal, form: canh-cao, decision: 87/QĐ-TTYT }',
      '',
    ].join('\n');
    // Line 1 up to "form: " is 103 characters, line 2 83: the values start in columns 104 and 84.
    expect(problems(activities(text))).toEqual([
      { at: 'activities/2024.yaml:1:104', code: 'schema', message: 'form-on-reminder', params: { form: 'canh-cao' } },
      { at: 'activities/2024.yaml:2:84', code: 'schema', message: 'form-on-reminder', params: { form: 'khien-trach' } },
    ]);
  });

  it('form and the forms’ order: an unknown form is bad-choice; form on another kind is key-not-for-kind', () => {
    const text = ['- { kind: violation, date: 2024-04-04, members: [tran-thi-binh], type: absent, severity: formal, form: canh-cao-2 }', '- { kind: study, date: 2024-04-05, members: all, form: canh-cao }', ''].join('\n');
    // Up to "form: ": 103 characters on line 1, 55 on line 2.
    expect(problems(activities(text)).map((p) => [p.at, p.message, p.params['hint'] ?? p.params['kinds']])).toEqual([
      ['activities/2024.yaml:1:104', 'bad-choice', 'canh-cao'],
      ['activities/2024.yaml:2:56', 'key-not-for-kind', 'violation'],
    ]);
  });

  it('a đề tài: level without accepted, accepted without level, accepted before its date, and a title', () => {
    const text = [
      '- { kind: research, date: 2024-02-01, title: Đề tài A, members: [nguyen-van-an], level: co-so }',
      '- { kind: research, date: 2024-02-01, title: Đề tài B, members: [nguyen-van-an], accepted: 2024-11-20 }',
      '- { kind: research, date: 2024-02-01, title: Đề tài C, members: [nguyen-van-an], level: co-so, accepted: 2024-01-20 }',
      '- { kind: research, date: 2024-02-01, members: [nguyen-van-an] }',
      '',
    ].join('\n');
    // "- { kind: research, date: 2024-02-01, title: Đề tài A, members: [nguyen-van-an], level: " is 88
    // characters; the same with "accepted: " is 91; on line 3, up to "accepted: " is 105.
    expect(problems(activities(text)).map((p) => [p.at, p.code, p.message])).toEqual([
      ['activities/2024.yaml:1:89', 'schema', 'accepted-required'],
      ['activities/2024.yaml:2:92', 'schema', 'level-required-accepted'],
      ['activities/2024.yaml:3:106', 'date-order', 'accepted-before-date'],
      ['activities/2024.yaml:4:3', 'schema', 'title-required'],
    ]);
  });

  it('recognized belongs to a sáng kiến and accepted to a đề tài: each elsewhere is key-not-for-kind', () => {
    const text = [
      '- { kind: research, date: 2024-02-01, title: Đề tài A, members: [nguyen-van-an], level: co-so, accepted: 2024-11-20, recognized: 2024-11-20 }',
      '- { kind: initiative, date: 2024-02-01, title: Sáng kiến A, members: [nguyen-van-an], level: co-so, recognized: 2024-06-20, accepted: 2024-06-20 }',
      '',
    ].join('\n');
    expect(problems(activities(text)).map((p) => [p.message, p.params['key'], p.params['kinds']])).toEqual([
      ['key-not-for-kind', 'recognized', 'initiative'],
      ['key-not-for-kind', 'accepted', 'research'],
    ]);
  });

  it('rules.yaml may map research to a criterion (not award)', () => {
    const rules = 'kinds:\n  research: { label: Đề tài khoa học, criterion: work }\n  award: { label: Khen thưởng, criterion: work }\n';
    // "  award: { label: Khen thưởng, criterion: " is 42 characters.
    expect(problems({ 'rules.yaml': rules }).map((p) => [p.at, p.message, p.params['kind']])).toEqual([['rules.yaml:3:43', 'built-in-kind-criterion', 'award']]);
  });
});
