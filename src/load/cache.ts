/**
 * A cache of loaded files, never required for correctness: an entry holds what loading one
 * file produced without any problem — the records of a record file (with their positions,
 * in a compact form), or the value of unit.yaml, rules.yaml, a ratings file or a narrative
 * file (as JSON) — named
 * by a SHA-256 of the file's kind, its path in the data folder and its exact text, inside a
 * folder named for the code that produced it (this module's folder, the model folder and
 * the versions of thidua and of its parsers). A changed byte gives a new name; a new build
 * gives a new folder (older folders of thidua's are removed, see cache-folder.ts). Files with
 * problems are never cached, so every message still comes from the ordinary path.
 *
 * A hit gives exactly what a miss would: every entry is signed (HMAC-SHA-256) with a secret
 * key kept in the cache folder, over the format, the entry's name (so its kind, path and
 * text) and its records, so an entry written by anyone else, or moved to another name, is
 * never used. Anything odd — no key, a bad signature, another format, a shape `encodeRecords`
 * never writes, an entry that is a link or not a file — is a miss, silently. The cache lives
 * outside the data folder (chosen by the command line, checked again here with links
 * resolved); any failure to read or write it only costs speed.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED } from '../model/embedded.js';
import type { Located } from '../model/types.js';
import { comparePaths } from '../model/order.js';
import { cacheFolderName, openCacheFolder, readRegularFile, removeOtherBuilds, replaceFile } from './cache-folder.js';

export interface RecordCache {
  keyOf(kind: string, file: string, text: string): string;
  /** The records stored under `key`; their positions are in `file`. */
  get(key: string, file: string): unknown[] | undefined;
  set(key: string, file: string, records: readonly Located[]): void;
  /** Any other loaded value (a unit, rules, ratings, a narrative), stored as JSON; `{}` for "no value". */
  getValue(key: string, file: string): { value?: unknown } | undefined;
  setValue(key: string, file: string, value: unknown): void;
}

type Pos = [line: number, column: number];

/**
 * Records as stored: every position is in the file itself, so the record's `source` becomes
 * `[line, column]` (the places of keys and items are flat already, see model/located.ts);
 * `undefined` when the record is placed in another file, or a value would not read back
 * the same from JSON (NaN, ±Infinity, -0).
 */
function encodeRecords(file: string, records: readonly Located[]): string | undefined {
  const stored: unknown[] = [];
  for (const r of records) {
    if (r.source.file !== file) return undefined;
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(r)) {
      const value = (r as unknown as Record<string, unknown>)[k];
      if (k !== 'source' && k !== 'at' && k !== 'items' && !readsBack(value)) return undefined;
      copy[k] = value;
    }
    // Places of keys and items are kept flat already, in the record's file (model/located.ts).
    copy['source'] = [r.source.line, r.source.column];
    copy['at'] = r.at;
    copy['items'] = r.items;
    stored.push(copy);
  }
  return JSON.stringify(stored);
}

/**
 * Whether JSON gives `value` back unchanged: no NaN, ±Infinity, -0 or undefined, no object
 * but plain ones (and none with an own `__proto__` key), not nested deeper than 12.
 */
function readsBack(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value !== 'object' || depth > 12) return false;
  if (Array.isArray(value)) return value.every((v) => readsBack(v, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Object.hasOwn(value, '__proto__')) return false;
  return Object.values(value).every((v) => readsBack(v, depth + 1));
}

const isPlace = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 1;
const isPos = (v: unknown): v is Pos => Array.isArray(v) && v.length === 2 && isPlace(v[0]) && isPlace(v[1]);
/** An object as JSON gives it, without an own `__proto__` key. */
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !Object.hasOwn(v, '__proto__');

/**
 * The records `encodeRecords` stored, positions put back in `file`; `undefined` for any other
 * shape (the signature vouches for the content; the shape is checked so decoding cannot throw).
 */
function decodeRecords(file: string, payload: string): Located[] | undefined {
  const stored: unknown = JSON.parse(payload);
  if (!Array.isArray(stored)) return undefined;
  // In place, in plain loops: this runs for every record of a warm run.
  for (const r of stored as unknown[]) {
    if (!isPlain(r)) return undefined;
    const source = r['source'];
    const at = r['at'];
    const items = r['items'];
    if (!isPos(source) || !Array.isArray(at) || at.length % 3 !== 0 || !isPlain(items)) return undefined;
    // Places stay flat, as records keep them: key, line, column, … and line, column, …
    for (let i = 0; i < at.length; i += 3) if (typeof at[i] !== 'string' || !isPlace(at[i + 1]) || !isPlace(at[i + 2])) return undefined;
    for (const k in items) {
      const flat = items[k];
      if (!Array.isArray(flat) || flat.length % 2 !== 0) return undefined;
      for (const n of flat as unknown[]) if (!isPlace(n)) return undefined;
    }
    // The keys keep their order (source, at, items, …), as loaded.
    r['source'] = { file, line: source[0], column: source[1] };
  }
  return stored as Located[];
}

/** The first line of an entry: the format, then the signature of the rest. */
const FORMAT = 'thidua-records 1';
const HEADER = /^thidua-records 1 ([0-9a-f]{64})$/;
/** The same for an entry holding one value as JSON. */
const VALUE_FORMAT = 'thidua-value 1';
const VALUE_HEADER = /^thidua-value 1 ([0-9a-f]{64})$/;
const ENTRY_SUFFIX = '.entry';
/** No record file comes near this; a bigger entry is not read. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

/** The signature of an entry: bound to the format, its name (kind, path, text) and its file. */
function sign(secret: Buffer, format: string, key: string, file: string, payload: Buffer | string): Buffer {
  return createHmac('sha256', secret).update(`${format}\0${key}\0${file}\0`).update(payload).digest();
}

/** The payload of a signed entry of `format`, or `undefined` for anything else. */
function readEntry(secret: Buffer, path: string, format: string, header: RegExp, key: string, file: string): string | undefined {
  const bytes = readRegularFile(path, MAX_ENTRY_BYTES);
  if (bytes === undefined) return undefined;
  const end = bytes.indexOf(0x0a);
  const found = end < 0 ? undefined : header.exec(bytes.toString('latin1', 0, end));
  if (!found) return undefined;
  const payload = bytes.subarray(end + 1);
  if (!timingSafeEqual(Buffer.from(found[1]!, 'hex'), sign(secret, format, key, file, payload))) return undefined;
  return payload.toString('utf8');
}

/** A stored value: `{}` or `{ "value": … }`, anything else `undefined`. */
function decodeValue(payload: string): { value?: unknown } | undefined {
  const stored: unknown = JSON.parse(payload);
  if (!isPlain(stored)) return undefined;
  const keys = Object.keys(stored);
  if (keys.length === 0) return {};
  return keys.length === 1 && keys[0] === 'value' ? { value: stored['value'] } : undefined;
}


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

export interface RecordCacheOptions {
  /** The data folder: the cache never writes inside it (real paths compared, links resolved). */
  readonly dataDir?: string;
}

const NO_CACHE: RecordCache = { keyOf: () => '', get: () => undefined, set: () => undefined, getValue: () => undefined, setValue: () => undefined };

/** Opens (lazily creates) the cache below `root`, or a cache that does nothing if it cannot. */
export function openRecordCache(root: string, options: RecordCacheOptions = {}): RecordCache {
  let codeId: string;
  try {
    codeId = computeCodeId();
  } catch {
    return NO_CACHE;
  }
  const name = cacheFolderName(codeId);
  const dir = join(root, name);
  // The signing key: `undefined` while the folder or its key does not exist, `null` once the
  // folder proved unusable (then no cache for the rest of the run).
  let secret: Buffer | null | undefined;
  let cleaned = false;
  const secretFor = (create: boolean): Buffer | undefined => {
    if (secret === undefined) {
      try {
        secret = openCacheFolder(root, dir, options.dataDir, create);
      } catch {
        secret = null;
      }
    }
    return secret ?? undefined;
  };
  const read = (format: string, header: RegExp, key: string, file: string): string | undefined => {
    const s = secretFor(false);
    return s && readEntry(s, join(dir, `${key}${ENTRY_SUFFIX}`), format, header, key, file);
  };
  const write = (format: string, key: string, file: string, text: string) => {
    const s = secretFor(true);
    if (s === undefined) return;
    if (!cleaned) {
      cleaned = true;
      try {
        // Entries of other builds can never be read again.
        removeOtherBuilds(root, name, options.dataDir);
      } catch {
        // Left for a later run.
      }
    }
    replaceFile(join(dir, `${key}${ENTRY_SUFFIX}`), `${format} ${sign(s, format, key, file, text).toString('hex')}\n${text}`);
  };
  return {
    keyOf: (kind, file, text) => createHash('sha256').update(`${kind}\0${file}\0`).update(text).digest('hex'),
    get(key, file) {
      if (key === '') return undefined;
      try {
        const payload = read(FORMAT, HEADER, key, file);
        return payload === undefined ? undefined : decodeRecords(file, payload);
      } catch {
        return undefined;
      }
    },
    set(key, file, records) {
      if (key === '') return;
      try {
        const text = encodeRecords(file, records);
        if (text !== undefined) write(FORMAT, key, file, text);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
    getValue(key, file) {
      if (key === '') return undefined;
      try {
        const payload = read(VALUE_FORMAT, VALUE_HEADER, key, file);
        return payload === undefined ? undefined : decodeValue(payload);
      } catch {
        return undefined;
      }
    },
    setValue(key, file, value) {
      if (key === '') return;
      try {
        if (value === undefined) write(VALUE_FORMAT, key, file, '{}');
        else if (readsBack(value)) write(VALUE_FORMAT, key, file, JSON.stringify({ value }));
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}
