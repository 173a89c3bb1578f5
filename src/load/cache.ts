/**
 * A cache of loaded record files, never required for correctness: an entry holds the
 * records (with their positions) that loading one file produced without any problem, keyed
 * by a SHA-256 of the file's kind, its path in the data folder and its exact text, inside a
 * folder named for the code that produced it (this module's folder, the model folder and
 * the versions of thidua and of its parsers). A changed byte gives a new key; a new build
 * gives a new folder (older folders are removed). Files with problems are never cached, so
 * every message still comes from the ordinary path. The cache lives outside the data
 * folder (chosen by the command line); any failure to read or write it is ignored.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED } from '../model/embedded.js';
import type { Located, Source } from '../model/types.js';
import { makeDirs } from './folders.js';
import { comparePaths } from '../model/order.js';

export interface RecordCache {
  keyOf(kind: string, file: string, text: string): string;
  /** The records stored under `key`; their positions are in `file`. */
  get(key: string, file: string): unknown[] | undefined;
  set(key: string, file: string, records: readonly Located[]): void;
}

type Pos = [line: number, column: number];

/**
 * Records as stored: every position is in the file itself, so `{ file, line, column }`
 * becomes `[line, column]` (lists of items: `[l1, c1, l2, c2, …]`); `undefined` when a
 * position names another file, or a value would not read back the same from JSON (NaN,
 * ±Infinity, -0).
 */
function encodeRecords(file: string, records: readonly Located[]): string | undefined {
  const stored: unknown[] = [];
  for (const r of records) {
    if (r.source.file !== file) return undefined;
    const at: Record<string, Pos> = {};
    for (const k of Object.keys(r.at)) {
      const s = r.at[k]!;
      if (s.file !== file) return undefined;
      at[k] = [s.line, s.column];
    }
    const items: Record<string, number[]> = {};
    for (const k of Object.keys(r.items)) {
      const flat: number[] = [];
      for (const s of r.items[k]!) {
        if (s.file !== file) return undefined;
        flat.push(s.line, s.column);
      }
      items[k] = flat;
    }
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(r)) {
      const value = (r as unknown as Record<string, unknown>)[k];
      if (k !== 'source' && k !== 'at' && k !== 'items' && !readsBack(value)) return undefined;
      copy[k] = value;
    }
    copy['source'] = [r.source.line, r.source.column];
    copy['at'] = at;
    copy['items'] = items;
    stored.push(copy);
  }
  return JSON.stringify(stored);
}

/** Whether JSON gives `value` back unchanged (no NaN, ±Infinity, -0 or undefined). */
function readsBack(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value !== 'object' || depth > 8) return false;
  if (Array.isArray(value)) return value.every((v) => readsBack(v, depth + 1));
  return Object.values(value).every((v) => readsBack(v, depth + 1));
}

function decodeRecords(file: string, text: string): Located[] | undefined {
  const stored: unknown = JSON.parse(text);
  if (!Array.isArray(stored)) return undefined;
  // Positions are put back in place: the keys keep their order (source, at, items, …).
  for (const r of stored as Record<string, unknown>[]) {
    const source = r['source'] as Pos;
    const at = r['at'] as Record<string, Pos | Source>;
    const items = r['items'] as Record<string, number[] | Source[]>;
    r['source'] = { file, line: source[0], column: source[1] };
    for (const k of Object.keys(at)) {
      const p = at[k] as Pos;
      at[k] = { file, line: p[0], column: p[1] };
    }
    for (const k of Object.keys(items)) {
      const flat = items[k] as number[];
      const list: Source[] = [];
      for (let i = 0; i < flat.length; i += 2) list.push({ file, line: flat[i]!, column: flat[i + 1]! });
      items[k] = list;
    }
  }
  return stored as Located[];
}

const CODE_ID_PATTERN = /^[0-9a-f]{20}$/;

/** Hash of the code whose output is cached: loader and model sources, package versions. */
function computeCodeId(): string {
  // The self-contained build hashed its sources when it was built: nothing to read here.
  if (EMBEDDED) return EMBEDDED.codeId.slice(0, 20);
  const hash = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const model = fileURLToPath(new URL('../model/', import.meta.url));
  for (const dir of [here, model]) {
    for (const name of readdirSync(dir).sort(comparePaths)) {
      if (!/\.(js|ts)$/.test(name)) continue;
      hash.update(`${dir}${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['../../package.json', 'yaml/package.json', 'js-yaml/package.json', 'zod/package.json']) {
    try {
      const path = pkg.startsWith('.') ? fileURLToPath(new URL(pkg, import.meta.url)) : require.resolve(pkg);
      hash.update(`${pkg}\0${(JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? ''}\0`);
    } catch {
      hash.update(`${pkg}\0?\0`);
    }
  }
  return hash.digest('hex').slice(0, 20);
}

/** Opens (lazily creates) the cache below `root`, or a cache that does nothing if it cannot. */
export function openRecordCache(root: string): RecordCache {
  let codeId: string;
  try {
    codeId = computeCodeId();
  } catch {
    return { keyOf: () => '', get: () => undefined, set: () => undefined };
  }
  const dir = join(root, codeId);
  let prepared = false;
  const prepare = () => {
    if (prepared) return;
    prepared = true;
    makeDirs(dir);
    // Entries of other builds can never be read again.
    for (const name of readdirSync(root)) if (name !== codeId && CODE_ID_PATTERN.test(name)) rmSync(join(root, name), { recursive: true, force: true });
  };
  return {
    keyOf: (kind, file, text) => createHash('sha256').update(`${kind}\0${file}\0`).update(text).digest('hex'),
    get(key, file) {
      if (key === '') return undefined;
      try {
        return decodeRecords(file, readFileSync(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return undefined;
      }
    },
    set(key, file, records) {
      if (key === '') return;
      try {
        const text = encodeRecords(file, records);
        if (text === undefined) return;
        prepare();
        const tmp = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(tmp, text);
        renameSync(tmp, join(dir, `${key}.json`));
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}
