/** The places of a record's keys and list items (`Located.at` and `Located.items`, kept flat). */
import type { ItemPlaces, KeyPlaces, Located, Source } from './types.js';

/** Where item `i` of the list at `key` is, if the record knows. */
export function itemSource(r: Located, key: string, i: number): Source | undefined {
  const flat = r.items[key];
  if (flat === undefined || 2 * i + 1 >= flat.length || i < 0) return undefined;
  return { file: r.source.file, line: flat[2 * i]!, column: flat[2 * i + 1]! };
}

/** The flat form of a list of places (all in one file). */
export function flatPlaces(list: readonly Source[]): ItemPlaces {
  const flat = new Array<number>(2 * list.length);
  for (let i = 0; i < list.length; i++) {
    flat[2 * i] = list[i]!.line;
    flat[2 * i + 1] = list[i]!.column;
  }
  return flat;
}

/** `items` of a record, flat, from the lists of places a parser gives. */
export function flatItems(items: Readonly<Record<string, readonly Source[]>>): Record<string, ItemPlaces> {
  const out: Record<string, ItemPlaces> = {};
  for (const key of Object.keys(items)) out[key] = flatPlaces(items[key]!);
  return out;
}

/** Where the value of `key` is, if the record has it. */
export function placeOf(r: Located, key: string): Source | undefined {
  const at = r.at;
  for (let i = 0; i + 2 < at.length; i += 3) {
    if (at[i] === key) return { file: r.source.file, line: at[i + 1] as number, column: at[i + 2] as number };
  }
  return undefined;
}

/** Whether the record has a place for `key` (so the key was written). */
export function hasPlace(r: Located, key: string): boolean {
  const at = r.at;
  for (let i = 0; i + 2 < at.length; i += 3) if (at[i] === key) return true;
  return false;
}

/** The flat form of the places of keys (all in one file), in the order given. */
export function flatKeyPlaces(at: Readonly<Record<string, Source>>): KeyPlaces {
  const keys = Object.keys(at);
  const flat = new Array<string | number>(3 * keys.length);
  for (let i = 0; i < keys.length; i++) {
    const s = at[keys[i]!]!;
    flat[3 * i] = keys[i]!;
    flat[3 * i + 1] = s.line;
    flat[3 * i + 2] = s.column;
  }
  return flat;
}
