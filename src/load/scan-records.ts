/**
 * The quickest way to read a record file: a hand-written scanner for the plain YAML that
 * record files are written in — a top-level block sequence of records, each a block mapping
 * (`- key: value` lines) or a one-line flow mapping (`- { key: value, … }`), whose values
 * are plain or quoted scalars on one line, one-line flow collections (`members: [a, b]`), or
 * block sequences and mappings nested under a key; comments and blank lines anywhere.
 * It gives exactly what the js-yaml event path of `parseRecordsFast` gives (values,
 * NFC-normalised strings, every position) and declines (`undefined`) anything it is not
 * sure of: escapes in double quotes, multi-line scalars, `: ` or `:` at the end inside a
 * plain scalar, `#` or `:` before a flow indicator inside flow collections, anchors,
 * aliases, tags, directives, block scalars, document markers, tabs, CR, a BOM, control
 * characters, line and paragraph separators, keys other than `[A-Za-z_][A-Za-z0-9_-]*`,
 * duplicate keys, `__proto__`, null values, empty items. It does not import js-yaml.
 */
import type { Source } from '../model/types.js';

/** A record's positions, the shape `locateRecord` returns. */
export interface RecordLoc {
  source: Source;
  at: Record<string, Source>;
  items: Record<string, Source[]>;
}

export interface FastRecord {
  readonly value: Record<string, unknown>;
  readonly loc: RecordLoc;
}

/** What `resolvePlain` answers for a scalar outside the fast subset (empty or null). */
export const NOT_SIMPLE: unique symbol = Symbol('not simple');

// The YAML 1.2 core schema, as the `yaml` package resolves plain scalars (schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Characters that can start a non-string plain scalar; anything else is a string. */
const MAYBE_TYPED = /^[-+.~0-9nNtTfF]/;

/** The value of a plain scalar's text; NOT_SIMPLE for an empty or null one. */
export function resolvePlain(text: string): unknown {
  if (text === '') return NOT_SIMPLE;
  if (!MAYBE_TYPED.test(text)) return text;
  if (NULL.test(text)) return NOT_SIMPLE;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/**
 * Any character the scanner does not take: outside the printable set it reads (LF, ASCII
 * printable, U+00A1–U+D7FF, U+E000–U+FFFD, the astral planes), or a line or paragraph
 * separator, a BOM, a no-break, zero-width or other Unicode space (which the ordinary path
 * reports when they are in an indentation). Lone surrogates do not match the `u` ranges.
 */
const UNTAKEN = /[^\n\x20-\x7e\u00a1-\u167f\u1681-\u1fff\u200e-\u2027\u202a-\u202e\u2030-\u205e\u2061-\u2fff\u3001-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
/**
 * The same set read by UTF-16 units, any surrogate taken: twice as fast as the `u` form, which
 * is asked only of a text holding a surrogate (to turn away a lone one).
 */
const UNTAKEN_UNITS = /[^\n\x20-\x7e\u00a1-\u167f\u1681-\u1fff\u200e-\u2027\u202a-\u202e\u2030-\u205e\u2061-\u2fff\u3001-\ufefe\uff00-\ufffd]/;
const SURROGATE = /[\ud800-\udfff]/;

const untaken = (text: string): boolean => UNTAKEN_UNITS.test(text) || (SURROGATE.test(text) && UNTAKEN.test(text));

/** A key: a name followed by `:` and a space or the line's end (the `:` is not matched). */
const KEY = '[A-Za-z_][A-Za-z0-9_-]*(?=:(?:[ \\n]|$))';
/** Keys remembered per file (record files use a dozen). */
const MAX_KNOWN_KEYS = 64;

/** Deeper nesting than this (a record's values are at 3) is declined; MAX_DEPTH is far above. */
const MAX_NESTING = 12;

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const COMMA = 0x2c;
const DASH = 0x2d;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_SEQ = 0x5b;
const CLOSE_SEQ = 0x5d;
const OPEN_MAP = 0x7b;
const CLOSE_MAP = 0x7d;

/** Thrown inside the scanner when the text is outside its subset; caught in `scanRecords`. */
class Declined extends Error {}

function decline(): never {
  throw new Declined();
}

function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The ASCII characters other than letters and digits that are no YAML indicators. */
const PLAIN_FIRST = '$()+./;<=\\^_~';

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP;
}

/**
 * Whether a plain scalar may start with `c` (then `next`): not an indicator, except `-`
 * before a letter, digit or `.` (`-1`, `-b`).
 */
function plainStarts(c: number, next: number): boolean {
  if (c >= 0x80 || isAlphanumeric(c)) return true;
  if (c === DASH) return isAlphanumeric(next) || next === 0x2e;
  return PLAIN_FIRST.includes(String.fromCharCode(c));
}

/** Strings as the `yaml` path gives them (its reviver NFC-normalises every string value). */
function nfc(value: string, ascii: boolean): string {
  return ascii ? value : value.normalize('NFC');
}

/** Where a mapping's value starts go (`at[prefix + key]`), and its sequences' item starts. */
interface MapPlaces {
  readonly at: Record<string, Source>;
  readonly prefix: string;
  readonly items?: Record<string, Source[]>;
}

/** Where a record's sequence `key` puts its item starts, and its mapping items' value starts. */
interface SeqPlaces {
  readonly starts: Source[];
  readonly at: Record<string, Source>;
  readonly key: string;
}

/** The places of a mapping item of a located sequence: `leave.0.from`, as `locateRecord` names them. */
function itemPlaces(seq: SeqPlaces | undefined): MapPlaces | undefined {
  return seq ? { at: seq.at, prefix: `${seq.key}.${seq.starts.length - 1}.` } : undefined;
}

/** The scanner's state: the current content line (blank and comment lines are skipped). */
class Scanner {
  /** Start, end (its `\n` or the text's end), 1-based number and indentation of the current line. */
  lineStart = 0;
  lineEnd = -1;
  line = 0;
  indent = 0;
  eof = false;
  /** The offset after the last value read on the line (or after the last key's `:`). */
  pos = 0;
  readonly keyPattern = new RegExp(KEY, 'y');
  /** The keys met so far, each checked once; reused, so that records share their key strings. */
  readonly keys: string[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  at(offset: number): Source {
    return { file: this.file, line: this.line, column: offset - this.lineStart + 1 };
  }

  /** The character at `i` of the current line, LF at and after its end. */
  code(i: number): number {
    return i < this.lineEnd ? this.text.charCodeAt(i) : LF;
  }

  /** Moves to the next line that is neither blank nor a comment. */
  advance(): void {
    const text = this.text;
    for (;;) {
      const start = this.lineEnd + 1;
      if (start >= text.length) {
        this.eof = true;
        this.lineStart = this.lineEnd = text.length;
        this.indent = -1;
        return;
      }
      this.line++;
      this.lineStart = start;
      const end = text.indexOf('\n', start);
      this.lineEnd = end < 0 ? text.length : end;
      let i = start;
      while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i === this.lineEnd || text.charCodeAt(i) === HASH) continue;
      this.indent = i - start;
      return;
    }
  }

  /** After a value ending at `pos`: only spaces, then the line's end or a comment after a space; then the next line. */
  nextLine(): void {
    let i = this.pos;
    while (this.code(i) === SPACE) i++;
    if (i !== this.lineEnd && (this.code(i) !== HASH || i === this.pos)) decline();
    this.advance();
  }

  /** Skips spaces from `i`. */
  spaces(i: number): number {
    while (this.code(i) === SPACE) i++;
    return i;
  }

  /** Whether `- ` (or `-` at the line's end) is at `i`. */
  dash(i: number): boolean {
    return this.text.charCodeAt(i) === DASH && (this.code(i + 1) === SPACE || i + 1 === this.lineEnd);
  }

  /**
   * All records, the top-level block sequence at column 1, each handed to `take` as soon as it
   * is read (so that a caller converting them keeps no scanned record alive); `take` answers
   * `undefined` to stop, and then so does this.
   */
  records<R>(take: (record: FastRecord) => R | undefined): R[] | undefined {
    const out: R[] = [];
    this.advance();
    while (!this.eof) {
      const start = this.lineStart;
      if (this.indent !== 0 || !this.dash(start)) decline();
      const p = this.spaces(start + 1);
      const c = this.code(p);
      const loc: RecordLoc = { source: this.at(p), at: {}, items: {} };
      const places: MapPlaces = { at: loc.at, prefix: '', items: loc.items };
      let value: Record<string, unknown>;
      if (c === OPEN_MAP) {
        value = this.flowMap(p, 2, places);
        this.nextLine();
      } else if (isKeyStart(c)) {
        value = this.blockMap(p - start, p, 2, places);
      } else decline();
      const taken = take({ value, loc });
      if (taken === undefined) return undefined;
      out.push(taken);
    }
    if (out.length === 0) decline();
    return out;
  }

  /** The end of the key at `p` (where its `:` is), or -1 when no key is there. */
  keyEnd(p: number): number {
    const pattern = this.keyPattern;
    pattern.lastIndex = p;
    return pattern.test(this.text) ? pattern.lastIndex : -1;
  }

  /** The key at `p`, followed by `:` and a space or the line's end; `pos` is set after the `:`. */
  key(p: number, into: Record<string, unknown>): string {
    const end = this.keyEnd(p);
    if (end < 0) decline();
    const length = end - p;
    let key: string | undefined;
    for (const known of this.keys) {
      if (known.length === length && this.text.startsWith(known, p)) {
        key = known;
        break;
      }
    }
    if (key === undefined) {
      if (length > 1000) decline();
      key = this.text.slice(p, end);
      if (typeof resolvePlain(key) !== 'string' || key === '__proto__') decline();
      if (this.keys.length < MAX_KNOWN_KEYS) this.keys.push(key);
    }
    if (Object.prototype.hasOwnProperty.call(into, key)) decline();
    this.pos = end + 1;
    return key;
  }

  /** Where a located mapping's sequence value `key` puts its places. */
  seqPlaces(places: MapPlaces | undefined, key: string): SeqPlaces | undefined {
    if (!places?.items) return undefined;
    const starts: Source[] = [];
    places.items[key] = starts;
    return { starts, at: places.at, key };
  }

  /**
   * A block mapping whose keys are at indentation `indent`, the first one at `p` on the
   * current line; `places` receives each value's start. Leaves the scanner on the first
   * line after it.
   */
  blockMap(indent: number, p: number, depth: number, places?: MapPlaces): Record<string, unknown> {
    if (depth > MAX_NESTING) decline();
    const value: Record<string, unknown> = {};
    for (;;) {
      const key = this.key(p, value);
      const i = this.spaces(this.pos);
      const c = this.code(i);
      if (c === LF || (c === HASH && i > this.pos)) {
        // Nothing after the key: a block collection on the next lines, else null.
        this.advance();
        if (this.eof) decline();
        const first = this.lineStart + this.indent;
        if (this.indent >= indent && this.dash(first)) {
          if (places) places.at[places.prefix + key] = this.at(first);
          value[key] = this.blockSeq(this.indent, depth + 1, this.seqPlaces(places, key));
        } else if (this.indent > indent && isKeyStart(this.text.charCodeAt(first))) {
          if (places) places.at[places.prefix + key] = this.at(first);
          value[key] = this.blockMap(this.indent, first, depth + 1);
        } else decline();
      } else {
        if (places) places.at[places.prefix + key] = this.at(i);
        value[key] = this.inline(i, depth + 1, false, c === OPEN_SEQ ? this.seqPlaces(places, key) : undefined);
        this.nextLine();
      }
      if (this.eof || this.indent < indent) return value;
      if (this.indent > indent) decline();
      p = this.lineStart + indent;
      if (!isKeyStart(this.text.charCodeAt(p))) {
        // A `- ` at the keys' indentation belongs to a parent sequence at the same indentation.
        if (this.dash(p)) return value;
        decline();
      }
    }
  }

  /** A block sequence whose `- ` are at indentation `indent`, the first on the current line. */
  blockSeq(indent: number, depth: number, seq?: SeqPlaces): unknown[] {
    if (depth > MAX_NESTING) decline();
    const out: unknown[] = [];
    for (;;) {
      const p = this.spaces(this.lineStart + indent + 1);
      const c = this.code(p);
      if (c === LF || c === HASH) decline();
      seq?.starts.push(this.at(p));
      if (isKeyStart(c) && this.keyEnd(p) >= 0) {
        out.push(this.blockMap(p - this.lineStart, p, depth + 1, itemPlaces(seq)));
      } else {
        out.push(this.inline(p, depth + 1, false, undefined, c === OPEN_MAP ? itemPlaces(seq) : undefined));
        this.nextLine();
      }
      if (this.eof || this.indent < indent) return out;
      const first = this.lineStart + this.indent;
      if (this.indent === indent && this.dash(first)) continue;
      // A key at the indentation of the `- ` (a sequence under a key at that indentation) ends it.
      if (this.indent === indent && isKeyStart(this.text.charCodeAt(first))) return out;
      decline();
    }
  }

  /**
   * A value on one line starting at `p` (a scalar or a flow collection); `pos` is set after
   * it. `seq` receives a flow sequence's places, `places` a flow mapping's.
   */
  inline(p: number, depth: number, flow: boolean, seq?: SeqPlaces, places?: MapPlaces): unknown {
    if (depth > MAX_NESTING) decline();
    const c = this.code(p);
    if (c === QUOTE) return this.singleQuoted(p);
    if (c === DQUOTE) return this.doubleQuoted(p);
    if (c === OPEN_SEQ) return this.flowSeq(p, depth, seq);
    if (c === OPEN_MAP) return this.flowMap(p, depth, places);
    if (!plainStarts(c, this.code(p + 1))) decline();
    return flow ? this.flowPlain(p) : this.blockPlain(p);
  }

  /** `'…'` on one line, `''` standing for `'`. */
  singleQuoted(p: number): string {
    let i = p + 1;
    let ascii = true;
    let doubled = false;
    for (;;) {
      const c = this.code(i);
      if (c === LF) decline();
      if (c === QUOTE) {
        if (this.code(i + 1) !== QUOTE) break;
        doubled = true;
        i += 2;
        continue;
      }
      if (c >= 0x80) ascii = false;
      i++;
    }
    this.pos = i + 1;
    const raw = this.text.slice(p + 1, i);
    return nfc(doubled ? raw.replaceAll("''", "'") : raw, ascii);
  }

  /** `"…"` on one line without escapes (a backslash is declined). */
  doubleQuoted(p: number): string {
    let i = p + 1;
    let ascii = true;
    for (;;) {
      const c = this.code(i);
      if (c === LF || c === BACKSLASH) decline();
      if (c === DQUOTE) break;
      if (c >= 0x80) ascii = false;
      i++;
    }
    this.pos = i + 1;
    return nfc(this.text.slice(p + 1, i), ascii);
  }

  /** A plain scalar in block context: up to the line's end or ` #`, trailing spaces dropped. */
  blockPlain(p: number): unknown {
    const text = this.text;
    let i = p;
    let last = p;
    let ascii = true;
    for (; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        if (this.code(i + 1) === HASH) break;
        continue;
      }
      if (c === COLON) {
        const next = this.code(i + 1);
        if (next === SPACE || next === LF) decline();
      } else if (c >= 0x80) ascii = false;
      last = i + 1;
    }
    this.pos = i;
    return this.plainValue(p, last, ascii);
  }

  /** A plain scalar inside a flow collection: up to `,`, `]` or `}`, trailing spaces dropped. */
  flowPlain(p: number): unknown {
    const text = this.text;
    let i = p;
    let last = p;
    let ascii = true;
    for (; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === COMMA || c === CLOSE_SEQ || c === CLOSE_MAP) break;
      if (c === HASH || c === OPEN_SEQ || c === OPEN_MAP) decline();
      if (c === COLON) {
        const next = this.code(i + 1);
        if (next === SPACE || next === LF || isFlowIndicator(next)) decline();
      } else if (c >= 0x80) ascii = false;
      last = i + 1;
    }
    this.pos = last;
    return this.plainValue(p, last, ascii);
  }

  plainValue(p: number, last: number, ascii: boolean): unknown {
    const value = resolvePlain(this.text.slice(p, last));
    if (value === NOT_SIMPLE) decline();
    return typeof value === 'string' ? nfc(value, ascii) : value;
  }

  /** After a flow item: spaces, then `close` (true) or `,` and spaces (false); else declined. */
  flowNext(close: number): boolean {
    const i = this.spaces(this.pos);
    const c = this.code(i);
    if (c === close) {
      this.pos = i + 1;
      return true;
    }
    if (c !== COMMA) decline();
    this.pos = this.spaces(i + 1);
    return false;
  }

  /** `[a, 'b', [c]]` on one line; `seq` receives its items' places. */
  flowSeq(p: number, depth: number, seq?: SeqPlaces): unknown[] {
    const out: unknown[] = [];
    let i = this.spaces(p + 1);
    if (this.code(i) === CLOSE_SEQ) {
      this.pos = i + 1;
      return out;
    }
    for (;;) {
      const c = this.code(i);
      seq?.starts.push(this.at(i));
      out.push(this.inline(i, depth + 1, true, undefined, c === OPEN_MAP ? itemPlaces(seq) : undefined));
      if (this.flowNext(CLOSE_SEQ)) return out;
      i = this.pos;
    }
  }

  /** `{ k: v, … }` on one line; `places` receives each value's start. */
  flowMap(p: number, depth: number, places?: MapPlaces): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    let i = this.spaces(p + 1);
    if (this.code(i) === CLOSE_MAP) {
      this.pos = i + 1;
      return value;
    }
    for (;;) {
      if (!isKeyStart(this.code(i))) decline();
      const key = this.key(i, value);
      if (this.code(this.pos) !== SPACE) decline();
      i = this.spaces(this.pos);
      const c = this.code(i);
      if (places) places.at[places.prefix + key] = this.at(i);
      value[key] = this.inline(i, depth + 1, true, c === OPEN_SEQ ? this.seqPlaces(places, key) : undefined);
      if (this.flowNext(CLOSE_MAP)) return value;
      i = this.pos;
    }
  }
}

/**
 * The records of a record file with their positions, or `undefined` when the text is not
 * in the scanner's subset (the caller then takes the js-yaml event path).
 */
export function scanRecords(text: string, file: string): FastRecord[] | undefined {
  return scanRecordsInto(text, file, (record) => record);
}

/**
 * `scanRecords`, each record handed to `take` as soon as it is read; `undefined` when the
 * scanner declines or `take` answers `undefined` for some record.
 */
export function scanRecordsInto<R>(text: string, file: string, take: (record: FastRecord) => R | undefined): R[] | undefined {
  if (untaken(text)) return undefined;
  try {
    return new Scanner(text, file).records(take);
  } catch (err) {
    if (err instanceof Declined) return undefined;
    throw err;
  }
}
