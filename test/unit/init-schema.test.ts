/**
 * The JSON Schema files (`thidua schema`, and `.thidua/schema/` of `thidua init`): valid
 * draft-07 for a real validator (ajv), accepting the sample unit in data/ and the init
 * output, rejecting typos, and carrying hover help on every key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILES, schemaTexts } from '../../src/cli/commands/schema.js';
import { planScaffold } from '../../src/cli/scaffold/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const texts = schemaTexts();
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
// The YAML extension's keyword for ready-made records; unknown to a validator, ignored here.
ajv.addKeyword('defaultSnippets');
const validators = new Map<string, ValidateFunction>([...texts].map(([name, text]) => [name, ajv.compile(JSON.parse(text) as object)]));

/** Which schema a data file's path takes, as the editor settings map them. */
function schemaFor(path: string): string {
  if (path === 'unit.yaml') return 'unit.schema.json';
  if (path === 'rules.yaml') return 'rules.schema.json';
  if (path === 'members.yaml' || path.startsWith('members/')) return 'members.schema.json';
  if (path.startsWith('activities/')) return 'activities.schema.json';
  if (path.startsWith('shifts/')) return 'shifts.schema.json';
  if (path.startsWith('ratings/')) return 'ratings.schema.json';
  throw new Error(`no schema for ${path}`);
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

function check(schema: string, value: unknown): string[] {
  const v = validators.get(schema)!;
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('JSON Schema files', () => {
  it('six draft-07 schemas, each compiled by ajv in strict mode', () => {
    expect([...texts.keys()]).toEqual(['unit.schema.json', 'rules.schema.json', 'members.schema.json', 'activities.schema.json', 'shifts.schema.json', 'ratings.schema.json']);
    for (const text of texts.values()) expect(JSON.parse(text).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(validators.size).toBe(SCHEMA_FILES.length);
  });

  it('accept every file of the sample unit in data/', () => {
    const dataDir = join(root, 'data');
    const files = yamlFiles(dataDir);
    // data/: unit, rules, members, 16 activity months (2023-11, 2024-01..12, 2025-01..03), 15
    // shift months and the 2024 ratings.
    expect(files).toHaveLength(3 + 16 + 15 + 1);
    for (const file of files) {
      const rel = relative(dataDir, file).split('\\').join('/');
      expect(check(schemaFor(rel), parse(readFileSync(file, 'utf8')) ?? []), rel).toEqual([]);
    }
  }, 60_000);

  it('accept every data file that init writes', () => {
    const plan = planScaffold({ build: { version: '0.1.0', source: 'test', files: [] } }).filter((f) => f.path.startsWith('data/') && f.path.endsWith('.yaml'));
    expect(plan).toHaveLength(6);
    for (const f of plan) {
      const value: unknown = parse(f.content);
      // The ratings example is all comments until the year's decision: an empty file holds nothing.
      if (value === null) expect(f.path).toBe('data/ratings/2025.yaml');
      else expect(check(schemaFor(f.path.slice('data/'.length)), value), f.path).toEqual([]);
    }
  });

  it('reject typos in keys, kinds of value, dates and times', () => {
    const activity = { kind: 'study', date: '2025-01-10', members: 'all' };
    expect(check('activities.schema.json', [activity])).toEqual([]);
    expect(check('activities.schema.json', [{ ...activity, titel: 'Học tập' }])).toEqual(['/0 must NOT have additional properties']);
    expect(check('activities.schema.json', [{ ...activity, date: '10/01/2025' }])).toEqual(['/0/date must match pattern "^\\d{4}-\\d{2}-\\d{2}$"']);
    expect(check('activities.schema.json', [{ ...activity, kind: 'Study' }])).toHaveLength(1);
    expect(check('members.schema.json', [{ id: 'an', name: 'An', departmnet: 'a' }])).toEqual(['/0 must have required property \'department\'', '/0 must NOT have additional properties']);
    expect(check('shifts.schema.json', [{ date: '2025-01-04', type: 'night', department: 'hscc', members: ['an'], start: '7:00' }])).toHaveLength(1);
    expect(check('unit.schema.json', { name: 'X', kind: 'doan-vien', departments: [{ id: 'a', name: 'A' }] })).toHaveLength(1);
    expect(check('rules.schema.json', { innovation: { target: 20 } })).toEqual(['/innovation/target must be <= 1']);
    expect(check('rules.schema.json', { critera: {} })).toEqual([' must NOT have additional properties']);
    // the duty allowance (SPEC §7): a positive rate, factors of at least 1, the four duty classes
    expect(check('rules.schema.json', { allowance: { rate: 65000, intensive_care: ['hscc'], weekend_factor: 1.3 }, shifts: { types: { night: { start: '17:00', end: '07:00', allowance: 0.75 } } } })).toEqual([]);
    expect(check('rules.schema.json', { allowance: { rate: 0 } })).toEqual(['/allowance/rate must be > 0']);
    expect(check('rules.schema.json', { allowance: { rate: 65000, holiday_factor: 0.8 } })).toEqual(['/allowance/holiday_factor must be >= 1']);
    expect(check('rules.schema.json', { allowance: { intensive_care: [] } })).toEqual(["/allowance must have required property 'rate'"]);
    expect(check('rules.schema.json', { shifts: { types: { night: { start: '17:00', end: '07:00', allowance: 0.65 } } } })).toEqual(['/shifts/types/night/allowance must be equal to one of the allowed values']);
    // commendation by the law (SPEC §6): ratings files, leave, forms, đề tài, the new rules keys
    expect(check('ratings.schema.json', { year: 2024, decision: '12/QĐ-TTYT', date: '2024-12-25', levels: { an: 'htxs', binh: 'htt' } })).toEqual([]);
    expect(check('ratings.schema.json', { year: 2024, levels: { an: 'tot' } })).toEqual(['/levels/an must be equal to one of the allowed values']);
    expect(check('ratings.schema.json', [{ an: 'htt' }])).toHaveLength(1);
    expect(check('members.schema.json', [{ id: 'an', name: 'An', department: 'a', leave: [{ from: '2024-03-01', to: '2024-08-31', kind: 'maternity' }] }])).toEqual([]);
    expect(check('members.schema.json', [{ id: 'an', name: 'An', department: 'a', leave: [{ from: '2024-03-01', to: '2024-08-31', kind: 'vacation' }] }])).toHaveLength(1);
    expect(check('activities.schema.json', [{ kind: 'violation', date: '2024-11-05', members: ['an'], type: 'absent', severity: 'formal', form: 'canh-cao', decision: '9/QĐ' }])).toEqual([]);
    expect(check('activities.schema.json', [{ kind: 'research', date: '2024-01-15', title: 'Đề tài', members: ['an'], level: 'co-so', accepted: '2024-10-01' }])).toEqual([]);
    expect(check('rules.schema.json', { commendation: { advanced_worker: { min_rating: 'htt', max_leave_days: 40 }, emulation_fighter: { rounding: 'floor' }, excellent_collective: { min_share: 0.7, block_from: 'canh-cao' } } })).toEqual([]);
    expect(check('rules.schema.json', { commendation: { emulation_fighter: { rounding: 'ceil' } } })).toHaveLength(1);
  });

  it('every key has a Vietnamese description for hover help, and kinds are offered for completion', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (obj['properties'] && typeof obj['properties'] === 'object') {
          for (const [key, sub] of Object.entries(obj['properties'] as Record<string, Record<string, unknown>>)) {
            if (typeof sub['description'] !== 'string' || sub['description'] === '') missing.push(`${path}.${key}`);
          }
        }
        for (const [k, v] of Object.entries(obj)) if (k !== 'defaultSnippets') walk(v, `${path}/${k}`);
      }
    };
    for (const [name, text] of texts) walk(JSON.parse(text), name);
    expect(missing).toEqual([]);
    const activities = JSON.parse(texts.get('activities.schema.json')!) as { items: { properties: { kind: { examples: string[] } }; defaultSnippets: unknown[] } };
    expect(activities.items.properties.kind.examples).toContain('green-sunday');
    expect(activities.items.defaultSnippets).toHaveLength(1);
  });
});
