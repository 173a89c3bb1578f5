/**
 * Validates parsed YAML values against the zod schemas and turns every zod issue into a
 * located `Issue`: unknown keys with a "did you mean", missing keys, a number where text
 * was expected ("quote it"), malformed dates as `bad-date`. A value in the wrong format is
 * worded by the message id its schema attached (`FORMAT_MESSAGES`, src/model/schemas.ts).
 */
import { z } from 'zod';
import type { Issue, Source } from '../model/types.js';
import { FORMAT_MESSAGES } from '../model/schemas.js';
import { invisibleIn, withoutInvisible } from '../model/visible.js';
import { keyNodeAt, nodeAtPath, sourceOfNode, type ParsedYaml } from './read-yaml.js';
import { issueAt } from './issue-at.js';
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

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

const isFormatMessage = (message: string): message is (typeof FORMAT_MESSAGES)[number] => (FORMAT_MESSAGES as readonly string[]).includes(message);

/**
 * Validates `value` (found at `basePath` inside `parsed`) with `schema`; returns the data
 * when valid, and the issues otherwise.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, parsed: ParsedYaml, basePath: Path): { data?: z.infer<T>; issues: Issue[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const issues: Issue[] = [];
  for (const zi of result.error.issues) for (const issue of toIssues(zi, parsed, basePath, schema)) issues.push(issue);
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

/**
 * One issue per place and message. A number over two ceilings (the schema's, and zod's
 * safe-integer one for `int()`) is said once, with the lower ceiling.
 */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    const tooLarge = i.message === 'number-too-large';
    const key = `${i.source.line}:${i.source.column}:${i.message}:${tooLarge ? '' : JSON.stringify(i.params)}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(i);
    } else if (tooLarge && Number(i.params['limit']) < Number(out[at]!.params['limit'])) out[at] = i;
  }
  return out;
}

function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return undefined;
}

/** A text with its invisible characters named (`an⟨U+200B⟩`): shown bare, it would look right. */
function showText(text: string): string {
  return invisibleIn(text).length === 0 ? text : text.replace(/[^ ]/gu, (c) => (invisibleIn(c).length === 0 ? c : `⟨${invisibleIn(c)[0]}⟩`));
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return showText(value);
  // JSON would print these as `null`: say them the YAML way.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `\u0000${showValue(v)}\u0000` : v))?.replace(/"\\u0000(.*?)\\u0000"/g, '$1');
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

/** The issues of one zod issue; `schema` validated the value at `basePath`. */
function toIssues(zi: z.core.$ZodIssue, parsed: ParsedYaml, basePath: Path, schema: z.ZodType): Issue[] {
  const path: Path = [...basePath, ...zi.path];
  const located = nodeAtPath(parsed.doc, path);
  const here: Source = sourceOfNode(parsed, located.node);
  const key = lastKey(path) ?? '';
  const input = zi.input;
  // Numbers are shown as written (`1e400`, `.inf`), not as JavaScript prints them.
  const range = located.complete ? located.node?.range : undefined;
  const writtenText = range && typeof input === 'number' ? parsed.text.slice(range[0], range[1]).trim() : '';
  // Object.is: NaN (`.nan`) is not `=== NaN`, and would be shown as JSON's `null`.
  const show = (value: unknown): string => (Object.is(value, input) && writtenText !== '' ? writtenText : showValue(value));
  // Decided by the schema, not the key's name: a shift's `end` is a time, an activity's a date.
  const isDate = zi.message === 'bad-date';
  switch (zi.code) {
    case 'unrecognized_keys':
      return zi.keys.map((k) => {
        if (k === '<<') return issueAt('schema', sourceOfNode(parsed, keyNodeAt(parsed.doc, path, k)), 'merge-key');
        // `na<U+200B>me` is shown as `name`: say what is wrong with it rather than "unknown key name".
        const invisible = invisibleIn(k);
        if (invisible.length > 0) {
          const params = { key: withoutInvisible(k), chars: invisible.join(', ') };
          return issueAt('schema', sourceOfNode(parsed, keyNodeAt(parsed.doc, path, k)), 'key-invisible', params);
        }
        const hint = closest(k, keysAt(schema, zi.path));
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
        const values = zi.values;
        const hint = typeof input === 'string' ? closest(input, values.map(String)) : undefined;
        return [issueAt('schema', here, 'bad-choice', { key, value: show(input), choices: values.map(String).join(', '), ...(hint ? { hint } : {}) })];
      }
      if (zi.code === 'invalid_format' && isFormatMessage(zi.message)) return [issueAt('schema', here, zi.message, { key, value: show(input) })];
      if (zi.code === 'too_small' && Array.isArray(input)) return [issueAt('schema', here, 'empty-list', { key })];
      if (zi.code === 'too_small' && typeof input === 'string') return [issueAt('schema', here, 'empty-text', { key })];
      if (zi.code === 'custom' && zi.message === 'blank-text') return [issueAt('schema', here, 'blank-text', { key })];
      if (zi.code === 'too_small' && typeof input === 'number') {
        const limit = Number(zi.minimum);
        // `positive()`: the limit itself is refused too ("must be greater than 0").
        return [issueAt('schema', here, zi.inclusive === false ? 'number-not-above' : 'number-too-small', { key, value: show(input), limit })];
      }
      if (zi.code === 'too_big' && typeof input === 'number') {
        return [issueAt('schema', here, 'number-too-large', { key, value: show(input), limit: Number(zi.maximum) })];
      }
      // A union's missing key (an activity without `members`) is missing, not a bad value "undefined".
      if (zi.code === 'invalid_union' && input === undefined) return [issueAt('schema', here, 'missing-key', { key })];
      if (zi.code === 'invalid_union' && key === 'members') return [issueAt('schema', here, 'bad-members', { value: show(input) })];
      return [issueAt('schema', here, 'bad-value', { key, value: show(input) })];
    }
    default:
      return [issueAt('schema', here, 'bad-value', { key, value: show(input) })];
  }
}
