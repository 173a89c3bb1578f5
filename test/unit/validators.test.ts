/**
 * The validators made from the schemas (src/model/validators.ts, by
 * scripts/make-validators.mjs): regenerated here and compared byte for byte, so that a
 * changed schema with a stale file is caught; and asked alongside zod on every record, unit,
 * rules and ratings file of the repository, on each of them altered key by key (at every
 * depth for the files), and on generated records — they must answer exactly as zod's
 * `safeParse(…).success` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from '../../src/model/schemas.js';
import { isActivityInput, isMemberInput, isRatingsInput, isRulesInput, isShiftInput, isUnitInput } from '../../src/model/validators.js';
// @ts-expect-error a plain ES module script, without declarations
import { VALIDATED, validatorsSource } from '../../scripts/make-validators.mjs';

const root = join(import.meta.dirname, '../..');

const PAIRS: [string, z.ZodType, (value: unknown) => boolean][] = [
  ['member', schemas.memberSchema, isMemberInput],
  ['activity', schemas.activitySchema, isActivityInput],
  ['shift', schemas.shiftSchema, isShiftInput],
];

function agree(value: unknown, where: string): void {
  for (const [name, schema, valid] of PAIRS) {
    const expected = schema.safeParse(value).success;
    if (valid(value) !== expected) expect({ where, name, value, valid: valid(value) }).toEqual({ where, name, value, valid: expected });
  }
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every mapping in a list of every YAML file js-yaml reads, with where it is. */
function repositoryRecords(): { where: string; value: Record<string, unknown> }[] {
  const out: { where: string; value: Record<string, unknown> }[] = [];
  for (const dir of ['data', 'templates', 'test/fixtures', 'test/corpus']) {
    for (const file of yamlFiles(join(root, dir))) {
      let doc: unknown;
      try {
        doc = load(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      if (!Array.isArray(doc)) continue;
      doc.forEach((item, i) => {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push({ where: `${relative(root, file)}[${i}]`, value: item as Record<string, unknown> });
      });
    }
  }
  return out;
}

/** Values put in place of each key: each type, each boundary of the schemas, and text no reader can see. */
const PROBES: unknown[] = [
  undefined, null, true, false, 0, -0, 1, -1, 0.5, 1.5, 10_000, 10_000.5, 1_000_000, 1_000_001, 2 ** 53, NaN, Infinity, -Infinity,
  '', ' ', '\u200b', '\u00a0x', 'x', 'all', 'All', 'a', 'A', 'nguyen-van-an', 'bad id', '-x', 'x.y_z-1', '2024-01-05', '2024-1-5', '2024-13-45',
  100, 100.5, 1_000_000_000, 1_000_000_001, 1899, 1900, 2999, 3000, '12345678', '123456789',
  '07:00', '24:00', '7:00', '23:59', '01-15', '13-01', '02-30', 'maternity', 'sick', 'late', 'formal', 'reminder', 'co-so', 'khien-trach', 'canh-cao',
  [], ['x'], ['nguyen-van-an', 'dept:hscc'], [''], ['Bad'], [1], [null], {}, { from: '2024-01-01', to: '2024-02-01', kind: 'sick' },
  [{ from: '2024-01-01', to: '2024-02-01', kind: 'sick' }], [{ from: '2024-01-01', to: '2024-02-01' }], [{ from: '2024-01-01', to: '2024-02-01', kind: 'x' }],
  [{ from: '2024-01-01', to: '2024-02-01', kind: 'sick', extra: 1 }],
];

describe('validators made from the schemas', () => {
  it('are what scripts/make-validators.mjs makes of the schemas today', () => {
    const committed = readFileSync(join(root, 'src/model/validators.ts'), 'utf8');
    expect(committed).toBe((validatorsSource as (s: unknown) => string)((VALIDATED as (s: unknown) => unknown)(schemas)));
  });

  const records = repositoryRecords();

  it('answer as zod does for every record of the repository', () => {
    expect(records.length).toBeGreaterThan(1000);
    let valid = 0;
    for (const { where, value } of records) {
      agree(value, where);
      if (isMemberInput(value) || isActivityInput(value) || isShiftInput(value)) valid++;
    }
    // Both kinds are there: valid records and records with problems (the error fixtures).
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(records.length);
  });

  it('answer as zod does for each key of a record replaced, removed or added', () => {
    // One record of each shape: the first of each distinct set of keys.
    const shapes = new Map<string, Record<string, unknown>>();
    for (const { value } of records) {
      const shape = Object.keys(value).sort().join(',');
      if (!shapes.has(shape)) shapes.set(shape, value);
    }
    const keys = new Set<string>(['unknown', 'constructor', 'toString', 'Name', 'in-01m']);
    for (const [, schema] of PAIRS) for (const k of Object.keys((schema as unknown as { shape: object }).shape)) keys.add(k);
    let n = 0;
    // Every shape of a valid record, and a few of the others: the same keys give the same branches.
    const bases = [...shapes.values()].filter((v) => isMemberInput(v) || isActivityInput(v) || isShiftInput(v)).slice(0, 25);
    bases.push(...[...shapes.values()].filter((v) => !bases.includes(v)).slice(0, 10));
    for (const base of bases) {
      for (const key of keys) {
        for (const probe of PROBES) {
          const changed: Record<string, unknown> = { ...base, [key]: probe };
          agree(changed, `${JSON.stringify(base)} with ${key}`);
          n++;
        }
        const { [key]: _removed, ...without } = base;
        agree(without, `${JSON.stringify(base)} without ${key}`);
      }
    }
    expect(n).toBeGreaterThan(10_000);
    for (const probe of PROBES) agree(probe, 'a record that is no mapping');
  });

  it('answer as zod does for generated records', () => {
    const keys = new Set<string>();
    for (const [, schema] of PAIRS) for (const k of Object.keys((schema as unknown as { shape: object }).shape)) keys.add(k);
    const value: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...PROBES) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...PROBES), { maxLength: 3 }) },
    );
    const record = fc.dictionary(fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string() }), value, { maxKeys: 8 });
    fc.assert(
      fc.property(record, (r) => {
        agree(r, JSON.stringify(r));
      }),
      { numRuns: 5000, seed: 20240101 },
    );
  });

  describe('of unit.yaml, rules.yaml and the ratings files', () => {
    const FILES: [string, z.ZodType, (value: unknown) => boolean][] = [
      ['unit', schemas.unitSchema, isUnitInput],
      ['rules', schemas.rulesSchema, isRulesInput],
      ['ratings', schemas.ratingsFileSchema, isRatingsInput],
    ];
    const kindOf = (file: string): string | undefined =>
      /(^|\/)unit\.ya?ml$/.test(file) ? 'unit' : /(^|\/)rules\.ya?ml$/.test(file) ? 'rules' : /(^|\/)ratings\/[^/]+\.ya?ml$/.test(file) ? 'ratings' : undefined;
    const documents: { kind: string; where: string; value: unknown }[] = [];
    for (const dir of ['data', 'templates', 'test/fixtures']) {
      for (const file of yamlFiles(join(root, dir))) {
        const kind = kindOf(relative(root, file).split('\\').join('/'));
        if (!kind) continue;
        try {
          documents.push({ kind, where: relative(root, file), value: load(readFileSync(file, 'utf8')) });
        } catch {
          // Not YAML at all: nothing for a validator to see.
        }
      }
    }

    const agreeFile = (kind: string, value: unknown, where: string) => {
      const [, schema, valid] = FILES.find(([k]) => k === kind)!;
      const expected = schema.safeParse(value).success;
      if (valid(value) !== expected) expect({ where, value, valid: valid(value) }).toEqual({ where, value, valid: expected });
    };

    /** Every path to a value inside `value` (keys and list indexes). */
    const paths = (value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const path = [...prefix, Array.isArray(value) ? Number(k) : k];
          out.push(path);
          paths(v, path, out);
        }
      }
      return out;
    };
    const replaced = (value: unknown, path: (string | number)[], probe: unknown, remove = false): unknown => {
      const copy = structuredClone(value) as Record<string | number, unknown>;
      let at = copy;
      for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      if (remove) {
        if (Array.isArray(at)) at.splice(Number(last), 1);
        else delete at[last];
      } else at[last] = probe;
      return copy;
    };

    it('answer as zod does for every such file of the repository', () => {
      for (const kind of ['unit', 'rules', 'ratings']) expect(documents.filter((d) => d.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
      let valid = 0;
      for (const { kind, where, value } of documents) {
        agreeFile(kind, value, where);
        if (FILES.find(([k]) => k === kind)![2](value)) valid++;
      }
      expect(valid).toBeGreaterThan(50);
      expect(valid).toBeLessThan(documents.length);
    });

    it('answer as zod does with any value of a file replaced or removed, at any depth, or a key added', () => {
      let n = 0;
      const seen = new Set<string>();
      for (const { kind, where, value } of documents) {
        // Files with the same keys everywhere take the same branches: each shape once.
        const shape = `${kind} ${JSON.stringify(paths(value))}`;
        if (seen.has(shape)) continue;
        seen.add(shape);
        for (const path of paths(value)) {
          for (const probe of PROBES) {
            agreeFile(kind, replaced(value, path, probe), `${where} ${path.join('.')}`);
            n++;
          }
          agreeFile(kind, replaced(value, path, undefined, true), `${where} without ${path.join('.')}`);
          for (const key of ['unknown', '__proto__', 'Bad Key', 'x']) {
            const copy = structuredClone(value) as Record<string, unknown>;
            let at: unknown = copy;
            for (const k of path) at = (at as Record<string | number, unknown>)[k];
            if (at !== null && typeof at === 'object' && !Array.isArray(at)) {
              Object.defineProperty(at, key, { value: 'x', enumerable: true, configurable: true, writable: true });
              agreeFile(kind, copy, `${where} ${path.join('.')} + ${key}`);
            }
          }
        }
        for (const probe of PROBES) agreeFile(kind, probe, `${where} as ${String(probe)}`);
      }
      expect(n).toBeGreaterThan(5_000);
    });
  });
});
