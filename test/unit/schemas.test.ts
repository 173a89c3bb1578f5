/**
 * The record schemas of SPEC §2 (src/model/schemas.ts) and how the loader turns their
 * complaints into located issues (src/load/validate.ts). Inputs are written out here;
 * expected positions are counted from them by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/read-yaml.js';
import { keysAt, validate } from '../../src/load/validate.js';
import {
  activitySchema,
  DATE_PATTERN,
  ID_PATTERN,
  memberSchema,
  rulesSchema,
  shiftSchema,
  TIME_PATTERN,
  unitSchema,
} from '../../src/model/schemas.js';
import { MONTH_DAY_PATTERN } from '../../src/model/record-keys.js';
import type { z } from 'zod';

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('patterns', () => {
  it('ids: lower-case ASCII, digits, ".", "_", "-", not starting with a sign', () => {
    for (const id of ['an', 'nguyen-van-an', 'a1', '2024.q1', 'x_y', '0']) expect(ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['An', 'ân', 'nguyen van an', '-an', '.an', '_an', '', 'a/b']) expect(ID_PATTERN.test(id), id).toBe(false);
  });

  it('dates have the YYYY-MM-DD shape (existence is checked later)', () => {
    expect(DATE_PATTERN.test('2024-02-30')).toBe(true);
    for (const d of ['2024-3-5', '24-03-05', '2024/03/05', '2024-03-05T00:00', '']) expect(DATE_PATTERN.test(d), d).toBe(false);
  });

  it('times are HH:MM, 00:00 to 23:59', () => {
    for (const t of ['00:00', '07:00', '23:59']) expect(TIME_PATTERN.test(t), t).toBe(true);
    for (const t of ['24:00', '7:00', '12:60', '07:00:00', '0700']) expect(TIME_PATTERN.test(t), t).toBe(false);
  });

  it('phase bounds are MM-DD', () => {
    for (const t of ['01-01', '06-30', '12-31']) expect(MONTH_DAY_PATTERN.test(t), t).toBe(true);
    for (const t of ['13-01', '00-10', '1-1', '06-32']) expect(MONTH_DAY_PATTERN.test(t), t).toBe(false);
  });
});

describe('record schemas', () => {
  const m = { id: 'an', name: 'Nguyễn Văn An', department: 'a' };

  it('members: three keys required, the rest optional, nothing else', () => {
    expect(ok(memberSchema, m)).toBe(true);
    expect(ok(memberSchema, { ...m, title: 'Bác sĩ', groups: ['doan-vien'], joined: '2024-01-01', left: '2024-12-31', direct_worker: true })).toBe(true);
    expect(ok(memberSchema, { id: 'an', name: 'An' })).toBe(false);
    expect(ok(memberSchema, { ...m, email: 'x' })).toBe(false);
    expect(ok(memberSchema, { ...m, name: '' })).toBe(false);
    expect(ok(memberSchema, { ...m, direct_worker: 'yes' })).toBe(false);
  });

  it('activities: members is "all" or a list; hours at least 0', () => {
    const a = { kind: 'study', date: '2024-03-05', members: 'all' };
    expect(ok(activitySchema, a)).toBe(true);
    expect(ok(activitySchema, { ...a, members: ['an', 'dept:a'] })).toBe(true);
    expect(ok(activitySchema, { ...a, members: 'an' })).toBe(false);
    expect(ok(activitySchema, { ...a, hours: 0 })).toBe(true);
    expect(ok(activitySchema, { ...a, hours: -1 })).toBe(false);
    expect(ok(activitySchema, { ...a, level: 'huyen' })).toBe(false);
    expect(ok(activitySchema, { ...a, minutes: 2.5 })).toBe(false);
  });

  it('shifts: at least one member; times optional', () => {
    const s = { date: '2024-03-05', type: 'night', department: 'a', members: ['an'] };
    expect(ok(shiftSchema, s)).toBe(true);
    expect(ok(shiftSchema, { ...s, members: [] })).toBe(false);
    expect(ok(shiftSchema, { ...s, start: '19:00' })).toBe(true);
    expect(ok(shiftSchema, { ...s, start: 1900 })).toBe(false);
  });

  it('unit: a name and at least one department', () => {
    expect(ok(unitSchema, { name: 'X', departments: [{ id: 'a', name: 'A' }] })).toBe(true);
    expect(ok(unitSchema, { name: 'X', departments: [] })).toBe(false);
    expect(ok(unitSchema, { name: 'X', kind: 'doan', departments: [{ id: 'a', name: 'A' }] })).toBe(true);
    expect(ok(unitSchema, { name: 'X', kind: 'chi-bo', departments: [{ id: 'a', name: 'A' }] })).toBe(false);
  });

  it('rules: every key optional; record keys are ids; shares between 0 and 1', () => {
    expect(ok(rulesSchema, {})).toBe(true);
    expect(ok(rulesSchema, { criteria: { duty: { label: 'Trực' } } })).toBe(true);
    expect(ok(rulesSchema, { criteria: { Duty: { label: 'Trực' } } })).toBe(false);
    expect(ok(rulesSchema, { innovation: { target: 1.2 } })).toBe(false);
    expect(ok(rulesSchema, { shifts: { coverage: [{ department: 'a', type: 'night', min: 0 }] } })).toBe(false);
    expect(ok(rulesSchema, { phases: [{ name: 'Đợt 1', from: '01-01', to: '06-30' }] })).toBe(true);
  });
});

describe('schema lookups', () => {
  it('keysAt lists the keys a record accepts, for did-you-mean', () => {
    expect(keysAt(shiftSchema, [])).toEqual(['date', 'type', 'department', 'members', 'start', 'end', 'note']);
    expect(keysAt(rulesSchema, ['criteria', 'work'])).toEqual(['label', 'min_count', 'min_hours', 'max_violations']);
    expect(keysAt(rulesSchema, ['shifts', 'night_window'])).toEqual(['start', 'end']);
  });

  it('a value in the wrong format comes back with the message id its schema carries', () => {
    const messages = (value: unknown) => rulesSchema.safeParse(value).error?.issues.map((i) => i.message);
    expect(messages({ holidays: ['2024-9-2', ['2024-09-02']] })).toEqual(['bad-date', 'bad-date']);
    expect(messages({ phases: [{ name: 'Đợt 1', from: '1-1', to: '06-30' }] })).toEqual(['bad-month-day']);
    expect(messages({ shifts: { night_window: { start: '22h' } } })).toEqual(['bad-time']);
    expect(messages({ innovation: {}, allowance: { rate: 1, intensive_care: ['Hscc'] } })).toEqual(['bad-id']);
  });
});

/** Validates the first record of a YAML list with `schema`; returns `line:col code message`. */
function problems(schema: z.ZodType, text: string): string[] {
  const r = parseYaml(text, 'f.yaml');
  expect(r.issues).toEqual([]);
  const value = (r.parsed!.value as unknown[])[0];
  return validate(schema, value, r.parsed!, [0]).issues.map((i) => `${i.source.line}:${i.source.column} ${i.code} ${i.message}${i.params['hint'] ? ` ${i.params['hint']}` : ''}`);
}

describe('validate: zod complaints as located issues', () => {
  it('an unknown key, at the key, with a hint', () => {
    expect(problems(memberSchema, '- id: an\n  name: An\n  departmnet: a\n')).toEqual(['1:3 schema missing-key', '3:3 schema unknown-key department']);
  });

  it('a missing key, at the record', () => {
    expect(problems(shiftSchema, '- date: 2024-03-05\n  type: day\n  members: [an]\n')).toEqual(['1:3 schema missing-key']);
  });

  it('a number where text is expected: quote it, with the number as written', () => {
    const r = parseYaml('- { kind: award, date: 2024-12-20, members: [an], decision: 0123 }\n', 'f.yaml');
    const issue = validate(activitySchema, (r.parsed!.value as unknown[])[0], r.parsed!, [0]).issues[0]!;
    // "- { kind: award, date: 2024-12-20, members: [an], decision: " is 60 characters.
    expect(issue).toMatchObject({ code: 'schema', message: 'quote-it', source: { line: 1, column: 61 }, params: { key: 'decision', value: '0123' } });
  });

  it('a malformed date is bad-date; a malformed time is not', () => {
    expect(problems(activitySchema, '- kind: study\n  date: 2024-3-5\n  members: all\n')).toEqual(['2:9 bad-date bad-date']);
    expect(problems(activitySchema, '- kind: study\n  date: 2024-03-05\n  end: 2024-3-6\n  members: all\n')).toEqual(['3:8 bad-date bad-date']);
    expect(problems(shiftSchema, '- { date: 2024-03-05, type: day, department: a, members: [an], end: "7:00" }\n')).toEqual(['1:69 schema bad-time']);
  });

  it('a value outside its choices, with the nearest', () => {
    expect(problems(activitySchema, '- { kind: violation, date: 2024-03-05, members: [an], type: absnet }\n')).toEqual(['1:61 schema bad-choice absent']);
  });

  it('an id with capitals or accents', () => {
    expect(problems(memberSchema, '- { id: Ân, name: An, department: a }\n')).toEqual(['1:9 schema bad-id']);
  });

  it('an empty list and empty text', () => {
    expect(problems(shiftSchema, '- { date: 2024-03-05, type: day, department: a, members: [] }\n')).toEqual(['1:58 schema empty-list']);
    expect(problems(memberSchema, '- { id: an, name: "", department: a }\n')).toEqual(['1:19 schema empty-text']);
  });

  it('a record whose only fault is an unknown key is still returned', () => {
    const r = parseYaml('- { id: an, name: An, department: a, phone: "0912" }\n', 'f.yaml');
    const v = validate(memberSchema, (r.parsed!.value as unknown[])[0], r.parsed!, [0]);
    expect(v.data).toEqual({ id: 'an', name: 'An', department: 'a' });
    expect(v.issues.map((i) => i.message)).toEqual(['unknown-key']);
  });
});
