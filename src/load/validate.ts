/**
 * Validates parsed YAML values against the zod schemas and turns every zod issue into a
 * located `Issue`: unknown keys with a "did you mean", missing keys, a number where text
 * was expected ("quote it"), malformed dates as `bad-date`.
 */
import { z } from 'zod';
import type { Issue, Source } from '../model/types.js';
import { DATE_PATTERN } from '../model/schemas.js';
import { issueAt, keyNodeAt, nodeAtPath, sourceOfNode, type ParsedYaml } from './read-yaml.js';
import { closest } from './suggest.js';

type Path = readonly PropertyKey[];

/** The keys a schema accepts at `path` (for "did you mean"). */
export function keysAt(schema: z.ZodType, path: Path): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    current = unwrap(current);
    if (key === undefined) break;
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape as object) : [];
}

/** The schema of the value at `path` (list items, object keys, record values), if known. */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return unwrap(current);
}

/**
 * Whether the value at `path` must be a `YYYY-MM-DD` date: then a malformed one is a
 * `bad-date`. Decided by the schema, not the key's name: a shift's `end` is a time.
 */
function expectsDate(schema: z.ZodType, path: Path): boolean {
  const s = schemaAt(schema, path);
  if (s instanceof z.ZodArray) return false;
  const checks = (s as { _zod?: { def?: { checks?: { _zod?: { def?: { pattern?: RegExp } } }[] } } } | undefined)?._zod?.def?.checks ?? [];
  return checks.some((c) => c._zod?.def?.pattern?.source === DATE_PATTERN.source);
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/**
 * Validates `value` (found at `basePath` inside `parsed`) with `schema`; returns the data
 * when valid, and the issues otherwise.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, parsed: ParsedYaml, basePath: Path, rootSchema: z.ZodType = schema, rootPrefix: Path = []): { data?: z.infer<T>; issues: Issue[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const issues: Issue[] = [];
  for (const zi of result.error.issues) for (const issue of toIssues(zi, parsed, basePath, rootSchema, rootPrefix)) issues.push(issue);
  // A record whose only fault is an unknown key is still used, so that its other
  // problems (a bad reference, an inactive member) are reported in the same run.
  const unknownOnly = result.error.issues.every((zi) => zi.code === 'unrecognized_keys' && zi.path.length === 0);
  if (unknownOnly && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const stripped: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const zi of result.error.issues) if (zi.code === 'unrecognized_keys') for (const k of zi.keys) delete stripped[k];
    const again = schema.safeParse(stripped);
    if (again.success) return { data: again.data, issues: dedupe(issues) };
  }
  return { issues: dedupe(issues) };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.source.line}:${i.source.column}:${i.message}:${JSON.stringify(i.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return undefined;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

function toIssues(zi: z.core.$ZodIssue, parsed: ParsedYaml, basePath: Path, rootSchema: z.ZodType, rootPrefix: Path): Issue[] {
  const path: Path = [...basePath, ...zi.path];
  const schemaPath: Path = [...rootPrefix, ...zi.path];
  const located = nodeAtPath(parsed.doc, path);
  const here: Source = sourceOfNode(parsed, located.node);
  const key = lastKey(path) ?? '';
  const raw = (zi as { input?: unknown }).input;
  const input = raw;
  // Numbers are shown as written (`1e400`, `.inf`), not as JavaScript prints them.
  const range = located.complete ? located.node?.range : undefined;
  const writtenText = range && typeof raw === 'number' ? parsed.text.slice(range[0], range[1]).trim() : '';
  const show = (value: unknown): string => (value === raw && writtenText !== '' ? writtenText : showValue(value));
  const isDate = expectsDate(rootSchema, schemaPath);
  switch (zi.code) {
    case 'unrecognized_keys':
      return zi.keys.map((k) => {
        if (k === '<<') return issueAt('schema', sourceOfNode(parsed, keyNodeAt(parsed.doc, path, k)), 'merge-key');
        const hint = closest(k, keysAt(rootSchema, schemaPath));
        return issueAt('schema', sourceOfNode(parsed, keyNodeAt(parsed.doc, path, k)), 'unknown-key', hint ? { key: k, hint } : { key: k });
      });
    case 'invalid_type': {
      if (input === undefined || !located.complete) return [issueAt('schema', here, 'missing-key', { key })];
      if (zi.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
        const range = located.node?.range;
        const written = range ? parsed.text.slice(range[0], range[1]).trim() : show(input);
        return [issueAt('schema', here, 'quote-it', { key, value: written || show(input) })];
      }
      if (zi.expected === 'array' && typeof input === 'string') return [issueAt('schema', here, 'expected-list-value', { key, value: show(input) })];
      if (isDate && input !== null) return [issueAt('bad-date', here, 'bad-date', { key, value: show(input) })];
      return [issueAt('schema', here, 'wrong-type', { key, expected: zi.expected, value: show(input) })];
    }
    case 'invalid_format':
    case 'invalid_value':
    case 'too_small':
    case 'too_big':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom': {
      if (isDate && typeof input === 'string') return [issueAt('bad-date', here, 'bad-date', { key, value: input })];
      if (zi.code === 'invalid_value') {
        const values = (zi as { values?: readonly unknown[] }).values ?? [];
        const hint = typeof input === 'string' ? closest(input, values.map(String)) : undefined;
        return [issueAt('schema', here, 'bad-choice', { key, value: show(input), choices: values.map(String).join(', '), ...(hint ? { hint } : {}) })];
      }
      if (zi.code === 'invalid_format' && (zi as { format?: string }).format === 'regex') {
        const pattern = String((zi as { pattern?: unknown }).pattern ?? '');
        if (pattern.includes('a-z0-9')) return [issueAt('schema', here, 'bad-id', { key, value: show(input) })];
        if (pattern.includes('[0-5]')) return [issueAt('schema', here, 'bad-time', { key, value: show(input) })];
        if (pattern.includes('0[1-9]|1[0-2])-')) return [issueAt('schema', here, 'bad-month-day', { key, value: show(input) })];
      }
      if (zi.code === 'too_small' && Array.isArray(input)) return [issueAt('schema', here, 'empty-list', { key })];
      if (zi.code === 'too_small' && typeof input === 'string') return [issueAt('schema', here, 'empty-text', { key })];
      if ((zi.code === 'too_small' || zi.code === 'too_big') && typeof input === 'number') {
        const limit = Number((zi as { minimum?: unknown; maximum?: unknown }).minimum ?? (zi as { maximum?: unknown }).maximum);
        // `positive()`: the limit itself is refused too ("must be greater than 0").
        if (zi.code === 'too_small' && (zi as { inclusive?: boolean }).inclusive === false) return [issueAt('schema', here, 'number-not-above', { key, value: show(input), limit })];
        return [issueAt('schema', here, zi.code === 'too_small' ? 'number-too-small' : 'number-too-large', { key, value: show(input), limit })];
      }
      if (zi.code === 'invalid_union' && key === 'members') return [issueAt('schema', here, 'bad-members', { value: show(input) })];
      if (zi.code === 'invalid_type' as string) return [];
      return [issueAt('schema', here, 'bad-value', { key, value: show(input) })];
    }
    default:
      return [issueAt('schema', here, 'bad-value', { key, value: show(input) })];
  }
}
