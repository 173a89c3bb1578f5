#!/usr/bin/env node
/**
 * Writes src/model/validators.ts: the schemas of src/model/schemas.ts (records, unit.yaml,
 * rules.yaml, ratings) as plain functions that say whether a value is valid — nothing else.
 * A file not in the cache is validated with them instead of zod, so such a run does not
 * load zod (~0.15 s) and validates faster; a value they reject goes to the ordinary parsers,
 * where zod finds and words every problem (src/load/parse-plain.ts, src/load/parse-light.ts).
 *
 * Made from the zod schemas themselves (their definitions: types, checks, keys), so that
 * the two cannot drift: test/unit/validators.test.ts regenerates the file and compares it
 * byte for byte, and checks that both answer alike on every record of the repository and on
 * thousands of altered and generated ones. A construct this script does not know stops it.
 *
 * Run after `npm run build` (it reads dist/model/schemas.js): `node scripts/make-validators.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The refinements the schemas use, by the message they carry, as code. */
const REFINEMENTS = {
  'blank-text': (x) => `(${x} === '' || hasVisible(${x}))`,
};

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The source of a module with one exported `is<Name>(value)` per entry of `schemas`
 * (`{ MemberInput: memberSchema, … }`).
 */
export function validatorsSource(schemas) {
  const patterns = new Map();
  const helpers = [];
  let usesVisible = false;

  const sets = new Map();
  /** A set of values, as a constant. */
  const set = (values) => {
    const items = values.map((v) => (typeof v === 'string' ? q(v) : String(v)));
    // Wrapped at 100 characters, an item never split.
    const lines = [''];
    for (const item of items) {
      if (lines.at(-1).length + item.length > 100) lines.push('');
      lines[lines.length - 1] += `${item}, `;
    }
    const text = lines.length === 1 ? `new Set<unknown>([${items.join(', ')}])` : `new Set<unknown>([\n${lines.map((l) => `  ${l.trimEnd()}`).join('\n')}\n])`;
    if (!sets.has(text)) sets.set(text, `S${sets.size}`);
    return sets.get(text);
  };
  /** `x` is one of `values` (zod's enum and literal compare as a Set does). */
  const oneOf = (values, x) => (values.length === 1 ? `${x} === ${typeof values[0] === 'string' ? q(values[0]) : String(values[0])}` : `${set(values)}.has(${x})`);

  const pattern = (re) => {
    const text = `/${re.source}/${re.flags}`;
    if (!patterns.has(text)) patterns.set(text, `P${patterns.size}`);
    return patterns.get(text);
  };

  const byBody = new Map();
  /** A helper function of one parameter; one per distinct body (an id list is checked by one function). */
  const helper = (param, type, body) => {
    const text = `(${param}: ${type}): boolean {\n${body()}\n}`;
    if (!byBody.has(text)) {
      byBody.set(text, `v${helpers.length}`);
      helpers.push(`function v${helpers.length}${text}`);
    }
    return byBody.get(text);
  };

  /** The checks of a string, number or array, as conditions on `x`. */
  const checks = (schema, x) =>
    (schema._zod.def.checks ?? []).map((c) => {
      const def = c._zod.def;
      switch (def.check) {
        case 'string_format':
          if (def.format !== 'regex') throw new Error(`unsupported string format ${def.format}`);
          return `${pattern(def.pattern)}.test(${x})`;
        case 'min_length':
          return `${x}.length >= ${def.minimum}`;
        case 'max_length':
          return `${x}.length <= ${def.maximum}`;
        case 'greater_than':
          return `${x} ${def.inclusive ? '>=' : '>'} ${def.value}`;
        case 'less_than':
          return `${x} ${def.inclusive ? '<=' : '<'} ${def.value}`;
        case 'number_format':
          if (def.format !== 'safeint') throw new Error(`unsupported number format ${def.format}`);
          return `Number.isSafeInteger(${x})`;
        case 'custom': {
          const message = typeof def.error === 'function' ? def.error() : undefined;
          const code = REFINEMENTS[message];
          if (!code) throw new Error(`unsupported refinement ${String(message)}`);
          usesVisible = true;
          return code(x);
        }
        default:
          throw new Error(`unsupported check ${def.check}`);
      }
    });

  /** A condition that holds exactly when zod accepts `x`. */
  const condition = (schema, x) => {
    const def = schema._zod.def;
    const all = (first, rest) => [first, ...rest].join(' && ');
    switch (def.type) {
      case 'string':
        return all(`typeof ${x} === 'string'`, checks(schema, x));
      case 'number':
        // zod's number refuses NaN and ±Infinity.
        return all(`typeof ${x} === 'number' && Number.isFinite(${x})`, checks(schema, x));
      case 'boolean':
        return `typeof ${x} === 'boolean'`;
      case 'enum':
        return oneOf(Object.values(def.entries), x);
      case 'literal':
        return oneOf(def.values, x);
      case 'optional':
        return `(${x} === undefined || ${condition(def.innerType, x)})`;
      case 'union':
        return `(${def.options.map((o) => condition(o, x)).join(' || ')})`;
      case 'array': {
        const each = helper('a', 'unknown[]', () => `  for (const e of a) if (!(${condition(def.element, 'e')})) return false;\n  return true;`);
        return all(`Array.isArray(${x})`, [...checks(schema, x), `${each}(${x})`]);
      }
      case 'object': {
        if (def.catchall?._zod.def.type !== 'never') throw new Error('only strict objects are supported');
        const keys = Object.keys(def.shape);
        const name = helper('v', 'unknown', () => {
          const lines = [
            "  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;",
            '  const r = v as Record<string, unknown>;',
            `  for (const k of Object.keys(r)) if (!${set(keys)}.has(k)) return false;`,
          ];
          keys.forEach((k, i) => lines.push(`  const x${i} = r[${q(k)}];`, `  if (!(${condition(def.shape[k], `x${i}`)})) return false;`));
          lines.push('  return true;');
          return lines.join('\n');
        });
        return `${name}(${x})`;
      }
      case 'record': {
        // zod's record: every own key but `__proto__` (which it drops) valid, and its value.
        const name = helper('v', 'unknown', () =>
          [
            "  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;",
            '  const r = v as Record<string, unknown>;',
            '  for (const k of Object.keys(r)) {',
            "    if (k === '__proto__') continue;",
            `    if (!(${condition(def.keyType, 'k')})) return false;`,
            '    const x = r[k];',
            `    if (!(${condition(def.valueType, 'x')})) return false;`,
            '  }',
            '  return true;',
          ].join('\n'),
        );
        return `${name}(${x})`;
      }
      default:
        throw new Error(`unsupported schema type ${def.type}`);
    }
  };

  const exported = Object.entries(schemas).map(
    ([type, schema]) => `export function is${type}(value: unknown): value is ${type} {\n  return ${condition(schema, 'value')};\n}`,
  );
  const types = Object.keys(schemas).sort();
  return [
    '// Made by scripts/make-validators.mjs from the zod schemas of src/model/schemas.ts: do not edit.',
    '// Each function says whether zod would accept the value (test/unit/validators.test.ts).',
    '/* eslint-disable max-lines -- made, not written: one function per object of the schemas */',
    `import type { ${types.join(', ')} } from './schemas.js';`,
    ...(usesVisible ? ["import { hasVisible } from './visible.js';"] : []),
    '',
    ...[...patterns].map(([text, name]) => `const ${name} = ${text};`),
    ...[...sets].map(([text, name]) => `const ${name}: ReadonlySet<unknown> = ${text};`),
    '',
    ...helpers.flatMap((h) => [h, '']),
    exported.join('\n\n'),
    '',
  ].join('\n');
}

/** The schemas made into validators, by the name of their input type. */
export const VALIDATED = (schemas) => ({
  MemberInput: schemas.memberSchema,
  ActivityInput: schemas.activitySchema,
  ShiftInput: schemas.shiftSchema,
  UnitInput: schemas.unitSchema,
  RulesInput: schemas.rulesSchema,
  RatingsInput: schemas.ratingsFileSchema,
});

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const schemas = await import(pathToFileURL(join(root, 'dist/model/schemas.js')).href);
  writeFileSync(join(root, 'src/model/validators.ts'), validatorsSource(VALIDATED(schemas)));
}
