/**
 * The validators made from the record schemas (src/model/validators.ts, by
 * scripts/make-validators.mjs): regenerated here and compared byte for byte, so that a
 * changed schema with a stale file is caught; and asked alongside zod on every record of the
 * repository, on each of them altered key by key, and on generated records — they must
 * answer exactly as zod's `safeParse(…).success` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from '../../src/model/schemas.js';
import { isActivityInput, isMemberInput, isShiftInput } from '../../src/model/validators.js';
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
  '07:00', '24:00', '7:00', '23:59', '01-15', 'maternity', 'sick', 'late', 'formal', 'reminder', 'co-so', 'khien-trach', 'canh-cao',
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
    const bases = [...shapes.values()].filter((v) => isMemberInput(v) || isActivityInput(v) || isShiftInput(v));
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
});
