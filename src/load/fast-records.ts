/**
 * The fast path of loading a record file. First the hand-written scanner of the plain record
 * subset (scan-records.ts), which gives the same records as what follows for the texts it
 * takes and declines the rest. Then js-yaml's event parser (about 5× faster than the
 * `yaml` package's document parser) gives values and the offsets of every node, from which
 * the record positions are computed exactly as `locateRecord` computes them from a `yaml`
 * document. It only accepts a conservative subset of YAML — one document holding a
 * sequence of mappings, plain or quoted scalars, flow or block collections, no anchors,
 * aliases, tags, directives, block scalars, tabs, CR, a BOM or null values — and answers
 * `undefined` for anything else; the caller then takes the ordinary path, which gives the
 * exact messages. Values follow the YAML 1.2 core schema the way the `yaml` package
 * resolves it (the same regular expressions), strings NFC-normalised.
 */
import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { NOT_SIMPLE, resolvePlain, scanRecords, type FastRecord, type RecordLoc } from './scan-records.js';
import { textLocator } from './text-position.js';
import { MAX_DEPTH } from './yaml-guards.js';

export type { RecordLoc } from './scan-records.js';

/** Marker for "not in the fast subset". */
class NotSimple extends Error {}

/** A plain scalar's value (see `resolvePlain`); throws NotSimple for an empty or null one. */
function plainValue(text: string): unknown {
  const value = resolvePlain(text);
  if (value === NOT_SIMPLE) throw new NotSimple();
  return value;
}

/** Walks the events of one node, building its value; `start` is the node's `yaml` range start. */
class Builder {
  i = 0;
  constructor(
    readonly events: readonly Event[],
    readonly text: string,
  ) {}

  peekStart(): number {
    const e = this.events[this.i];
    if (!e) throw new NotSimple();
    if (e.type === EVENT_ID.SCALAR && e.valueStart === -1) throw new NotSimple();
    if (e.type === EVENT_ID.SCALAR) return e.style === SCALAR_STYLE.PLAIN ? e.valueStart : e.valueStart - 1;
    if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) return e.start;
    throw new NotSimple();
  }

  /**
   * The value of the next node; `itemStarts` receives the starts of a sequence's items and
   * `itemAts` the value starts of each item's keys (`{}` for an item that is no mapping).
   */
  node(depth: number, itemStarts?: number[], itemAts?: Record<string, number>[]): unknown {
    if (depth > MAX_DEPTH) throw new NotSimple();
    const e = this.events[this.i++];
    if (!e) throw new NotSimple();
    switch (e.type) {
      case EVENT_ID.SCALAR: {
        if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) throw new NotSimple();
        if (e.style === SCALAR_STYLE.PLAIN) return nfc(plainValue(getScalarValue(this.text, e)));
        if (e.style !== SCALAR_STYLE.SINGLE_QUOTED && e.style !== SCALAR_STYLE.DOUBLE_QUOTED) throw new NotSimple();
        const quote = this.text.charCodeAt(e.valueStart - 1);
        if (quote !== 0x27 && quote !== 0x22) throw new NotSimple();
        return nfc(getScalarValue(this.text, e));
      }
      case EVENT_ID.SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw new NotSimple();
        const out: unknown[] = [];
        while (this.events[this.i]?.type !== EVENT_ID.POP) {
          itemStarts?.push(this.peekStart());
          const item = this.events[this.i]!;
          if (itemAts && item.type === EVENT_ID.MAPPING) {
            if (depth + 1 > MAX_DEPTH) throw new NotSimple();
            this.i++;
            const { value, at } = this.mapping(item, depth + 1);
            itemAts.push(at);
            out.push(value);
          } else {
            itemAts?.push({});
            out.push(this.node(depth + 1));
          }
        }
        this.i++;
        return out;
      }
      case EVENT_ID.MAPPING:
        return this.mapping(e, depth).value;
      default:
        throw new NotSimple();
    }
  }

  /**
   * A mapping's value and, per key, where its value starts (and its list items, and the keys
   * of the items that are mappings: `nested`).
   */
  mapping(
    e: Event,
    depth: number,
  ): { value: Record<string, unknown>; at: Record<string, number>; items: Record<string, number[]>; nested: Record<string, Record<string, number>[]> } {
    if (e.type !== EVENT_ID.MAPPING || e.anchorStart !== -1 || e.tagStart !== -1) throw new NotSimple();
    const value: Record<string, unknown> = {};
    const at: Record<string, number> = {};
    const items: Record<string, number[]> = {};
    const nested: Record<string, Record<string, number>[]> = {};
    while (this.events[this.i]?.type !== EVENT_ID.POP) {
      const k = this.events[this.i++];
      if (!k || k.type !== EVENT_ID.SCALAR || k.style !== SCALAR_STYLE.PLAIN || !k.fast || k.anchorStart !== -1 || k.tagStart !== -1) throw new NotSimple();
      // `yaml` refuses implicit keys longer than 1024 characters.
      if (k.valueEnd - k.valueStart > 1000) throw new NotSimple();
      const key = getScalarValue(this.text, k);
      if (typeof plainValue(key) !== 'string' || key === '__proto__' || Object.prototype.hasOwnProperty.call(value, key)) throw new NotSimple();
      at[key] = this.peekStart();
      const next = this.events[this.i];
      const starts: number[] | undefined = next?.type === EVENT_ID.SEQUENCE ? [] : undefined;
      const ats: Record<string, number>[] | undefined = starts ? [] : undefined;
      value[key] = this.node(depth + 1, starts, ats);
      if (starts) items[key] = starts;
      if (ats) nested[key] = ats;
    }
    this.i++;
    return { value, at, items, nested };
  }
}

/** Strings as the `yaml` path gives them (its reviver NFC-normalises every string value). */
function nfc(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC') : value;
}

/**
 * The records of a record file with their positions, or `undefined` when the text is not
 * in the fast subset (the caller then parses it the ordinary way): the scanner first, then,
 * when it declines, the js-yaml event path.
 */
export function parseRecordsFast(text: string, file: string): FastRecord[] | undefined {
  return scanRecords(text, file) ?? parseRecordsWithEvents(text, file);
}

/** The js-yaml event path alone (exported for the tests that compare it with the scanner). */
export function parseRecordsWithEvents(text: string, file: string): FastRecord[] | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\ufeff')) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  const doc = events[0];
  // One document whose content is a sequence: [DOCUMENT, SEQUENCE, …, POP, POP].
  if (!doc || doc.type !== EVENT_ID.DOCUMENT || doc.directives.length > 0 || events.filter((e) => e.type === EVENT_ID.DOCUMENT).length !== 1) return undefined;
  const seq = events[1];
  if (!seq || seq.type !== EVENT_ID.SEQUENCE || seq.anchorStart !== -1 || seq.tagStart !== -1) return undefined;
  const locate = textLocator(text, file);
  const builder = new Builder(events, text);
  builder.i = 2;
  const out: FastRecord[] = [];
  try {
    while (events[builder.i]?.type !== EVENT_ID.POP) {
      const e = events[builder.i]!;
      if (e.type !== EVENT_ID.MAPPING) return undefined;
      builder.i++;
      const { value, at, items, nested } = builder.mapping(e, 2);
      const loc: RecordLoc = { source: locate(e.start), at: {}, items: {} };
      for (const key of Object.keys(at)) {
        loc.at[key] = locate(at[key]!);
        // The keys of list items that are mappings, as `locateRecord` names them: `leave.0.from`.
        // An own property only: a key such as `constructor` must not find Object's.
        const itemAts = Object.prototype.hasOwnProperty.call(nested, key) ? nested[key]! : [];
        itemAts.forEach((itemAt, i) => {
          for (const k of Object.keys(itemAt)) loc.at[`${key}.${i}.${k}`] = locate(itemAt[k]!);
        });
      }
      for (const key of Object.keys(items)) loc.items[key] = items[key]!.map(locate);
      out.push({ value, loc });
    }
    builder.i++;
  } catch (err) {
    if (err instanceof NotSimple) return undefined;
    throw err;
  }
  // POP of the sequence, then POP of the document, and nothing after.
  if (events[builder.i]?.type !== EVENT_ID.POP || builder.i + 1 !== events.length) return undefined;
  return out;
}
