/**
 * Parses one YAML text (YAML 1.2 core schema only) into plain values, remembering where
 * every node came from. Problems come back as issues; nothing here throws for bad input.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type ParsedNode } from 'yaml';
import type { Issue, Source } from '../model/types.js';
import { textLocator } from './text-position.js';
import { issueAt } from './issue-at.js';
import { invisibleIn } from '../model/visible.js';
import { invisibleIndent, MAX_DEPTH, oddCharacter, tooDeep } from './yaml-guards.js';

/** Aliases allowed per document: enough for shared snippets, far too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 64;
/** YAML problems listed per file; the rest are summed up in one line. */
const MAX_YAML_ERRORS = 20;

export interface ParsedYaml {
  readonly value: unknown;
  readonly doc: Document.Parsed;
  /** The place of an offset of `text` (see text-position.ts). */
  readonly locate: (offset: number) => Source;
  readonly file: string;
  readonly text: string;
}

interface ReadYamlResult {
  readonly parsed?: ParsedYaml;
  readonly issues: Issue[];
}

function normalizeStrings(_key: unknown, value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC') : value;
}

/** Parses YAML text of file `file` (relative path used in messages). */
export function parseYaml(text: string, file: string): ReadYamlResult {
  const locate = textLocator(text, file);
  // Nesting too deep is found without a parser, which it would exhaust.
  const deep = tooDeep(text);
  if (deep !== undefined) return { issues: [issueAt('yaml-syntax', locate(deep), 'yaml-too-deep', { max: MAX_DEPTH })] };
  // A lone CR or a BOM inside the text would give a cascade of parser messages: one plain one instead.
  const odd = oddCharacter(text);
  if (odd !== undefined) return { issues: [issueAt('yaml-syntax', locate(odd.offset), odd.message)] };
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: false,
    keepSourceTokens: false,
    logLevel: 'error',
  });
  const issues: Issue[] = [];
  const at = (offset: number | undefined) => locate(offset ?? 0);
  const tabLines = new Set<number>();
  for (const err of doc.errors) {
    // A tab in the indentation confuses the parser into several odd messages: say it once.
    const lineStart = text.lastIndexOf('\n', err.pos[0] - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, err.pos[0] + 1))?.[0] ?? '';
    if (indent.includes('\t') || err.code === 'TAB_AS_INDENT') {
      const tab = indent.includes('\t') ? lineStart + indent.indexOf('\t') : err.pos[0];
      if (!tabLines.has(lineStart)) issues.push(issueAt('yaml-syntax', at(tab), 'yaml-tab'));
      tabLines.add(lineStart);
      continue;
    }
    const opener = /^Flow (sequence|map) .*end with an? [\]}]/.test(err.message) ? unclosedOpener(text, err.pos[0]) : undefined;
    if (opener !== undefined) {
      const open = text[opener] ?? '[';
      issues.push(issueAt('yaml-syntax', at(opener), 'yaml-unclosed', { open, close: open === '[' ? ']' : '}' }));
      continue;
    }
    issues.push(issueAt('yaml-syntax', at(err.pos[0]), ...yamlErrorMessage(err.code, err.message, text.slice(err.pos[0], err.pos[0] + 80))));
  }
  // An invisible character in an indentation confuses the parser as a tab does: said once, at it.
  const hidden = issues.length > 0 ? invisibleIndent(text) : undefined;
  if (hidden !== undefined) {
    const line = at(hidden).line;
    const kept = issues.filter((i) => i.source.line < line);
    issues.splice(0, issues.length, ...kept, issueAt('yaml-syntax', at(hidden), 'yaml-invisible-indent', { chars: invisibleIn(text[hidden]!).join('') }));
  }
  if (tabLines.size > 0) {
    // What the parser says after a tab-indented line is its confusion, not more mistakes.
    const firstTab = Math.min(...[...tabLines].map((start) => at(start).line));
    const kept = issues.filter((i) => i.message === 'yaml-tab' || i.source.line < firstTab);
    issues.splice(0, issues.length, ...kept);
  }
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    issues.push(issueAt('yaml-syntax', { file, line: 1, column: 1 }, 'yaml-version', { version: doc.directives.yaml.version }));
  }
  for (const warn of doc.warnings) {
    issues.push(issueAt('yaml-syntax', at(warn.pos[0]), warn.code === 'TAG_RESOLVE_FAILED' ? 'yaml-tag' : 'yaml-syntax', { detail: firstLine(warn.message) }));
  }
  const badTag = findCustomTag(doc.contents);
  if (badTag) issues.push(issueAt('yaml-syntax', at(badTag.range?.[0]), 'yaml-tag', { detail: badTag.tag ?? '' }));
  const badKey = findBadKey(doc.contents);
  if (badKey) issues.push(badKeyIssue(badKey, text, at));
  if (issues.length > 0) return { issues: capIssues(issues) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, reviver: normalizeStrings });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(message)) {
      const anchor = findFirstAlias(doc.contents);
      return { issues: [issueAt('yaml-syntax', at(anchor?.range?.[0]), 'yaml-alias-bomb', { max: MAX_ALIAS_COUNT })] };
    }
    return { issues: [issueAt('yaml-syntax', { file, line: 1, column: 1 }, 'yaml-syntax', { detail: firstLine(message) })] };
  }
  return { parsed: { value, doc, locate, file, text }, issues: [] };
}

/** One parser message in the user's words where it has a better name than the parser's. */
function yamlErrorMessage(code: string, message: string, written: string): [Issue['message'], Issue['params']] {
  if (code === 'DUPLICATE_KEY') return ['yaml-duplicate-key', { key: (/^[^:\n]*/.exec(written)?.[0] ?? '').trim() }];
  if (code === 'MULTIPLE_DOCS') return ['yaml-multiple-docs', {}];
  if (/call stack/i.test(message)) return ['yaml-too-deep', { max: MAX_DEPTH }];
  return ['yaml-syntax', { detail: firstLine(message) }];
}

/** The offset of the last `[` or `{` before `end` that is not closed before it. */
function unclosedOpener(text: string, end: number): number | undefined {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** After MAX_YAML_ERRORS problems in one file the rest are counted, not listed: they cascade. */
function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_YAML_ERRORS) return issues;
  const next = issues[MAX_YAML_ERRORS]!;
  return [...issues.slice(0, MAX_YAML_ERRORS), issueAt('yaml-syntax', next.source, 'yaml-more-errors', { count: issues.length - MAX_YAML_ERRORS })];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}

const ALLOWED_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function walk(node: unknown, visit: (n: Node) => boolean, depth = 0): Node | undefined {
  if (depth > MAX_DEPTH * 2 || node === null || node === undefined) return undefined;
  if (isScalar(node) || isMap(node) || isSeq(node)) {
    if (visit(node as Node)) return node as Node;
  }
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        const k = walk(item.key, visit, depth + 1);
        if (k) return k;
        const v = walk(item.value, visit, depth + 1);
        if (v) return v;
      } else {
        const found = walk(item, visit, depth + 1);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function findCustomTag(node: unknown): Node | undefined {
  return walk(node, (n) => typeof n.tag === 'string' && !ALLOWED_TAGS.has(n.tag));
}

/**
 * The message of a key found by `findBadKey`, at the key: `null` or `~` (the empty value, which
 * JavaScript would turn into the key "null" or ""), nothing before `:`, `__proto__`, a list or a map.
 */
function badKeyIssue(key: Node, text: string, at: (offset: number | undefined) => Source): Issue {
  const start = key.range?.[0] ?? 0;
  if (isScalar(key) && key.value === null) {
    const written = text.slice(start, key.range?.[1] ?? start).trim();
    // An empty key has no text: its place is the `:` after it.
    if (written === '') return issueAt('yaml-syntax', at(Math.max(start, text.indexOf(':', start))), 'yaml-empty-key');
    return issueAt('yaml-syntax', at(start), 'yaml-null-key', { key: written });
  }
  if (isScalar(key)) return issueAt('yaml-syntax', at(start), 'yaml-reserved-key', { key: String(key.value) });
  return issueAt('yaml-syntax', at(start), 'yaml-complex-key');
}

/** A key that is null or empty, a list or a map (`[a]: x`), or `__proto__`: none can be a record key. */
function findBadKey(node: unknown): Node | undefined {
  let found: Node | undefined;
  walk(node, (n) => {
    if (!found && isMap(n)) {
      for (const pair of n.items) {
        const key = pair.key as Node | null;
        if (key && (!isScalar(key) || key.value === null || String(key.value) === '__proto__')) {
          found = key;
          break;
        }
      }
    }
    return found !== undefined;
  });
  return found;
}

function findFirstAlias(node: unknown): Node | undefined {
  let found: Node | undefined;
  walk(node, (n) => {
    if (n.anchor && !found) found = n;
    return false;
  });
  return found;
}

/** The node at `path` inside the document, or the deepest node on the way there. */
export function nodeAtPath(doc: Document.Parsed, path: readonly PropertyKey[]): { node: ParsedNode | null; complete: boolean } {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return { node: node as ParsedNode, complete: false };
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) return { node: node as ParsedNode, complete: false };
      node = item;
    } else {
      return { node: (node ?? null) as ParsedNode | null, complete: false };
    }
  }
  return { node: (node ?? null) as ParsedNode | null, complete: true };
}

/** The key node of `key` in the map at `path`. */
export function keyNodeAt(doc: Document.Parsed, path: readonly PropertyKey[], key: string): ParsedNode | null {
  const { node } = nodeAtPath(doc, path);
  if (!isMap(node)) return null;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as ParsedNode | undefined) ?? null;
}

export function sourceOfNode(parsed: ParsedYaml, node: { range?: readonly number[] | null } | null | undefined): Source {
  return parsed.locate(node?.range?.[0] ?? 0);
}

/**
 * Positions of a record's keys and list items (see `Located`); the keys of a list item that
 * is itself a mapping (a member's `leave` periods) go into `at` as `leave.0.from`.
 */
export function locateRecord(parsed: ParsedYaml, node: unknown): { source: Source; at: Record<string, Source>; items: Record<string, Source[]> } {
  const at: Record<string, Source> = {};
  const items: Record<string, Source[]> = {};
  const source = sourceOfNode(parsed, node as Node);
  const valueAt = (pair: { key: unknown; value: unknown }) => {
    const value = pair.value as Node | null;
    return sourceOfNode(parsed, value && value.range ? value : (pair.key as Node));
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value as Node | null;
      at[key] = valueAt(pair);
      if (isSeq(value)) {
        items[key] = value.items.map((item) => sourceOfNode(parsed, item as Node));
        value.items.forEach((item, i) => {
          if (isMap(item)) for (const p of item.items) if (isScalar(p.key)) at[`${key}.${i}.${String(p.key.value)}`] = valueAt(p);
        });
      }
    }
  }
  return { source, at, items };
}
