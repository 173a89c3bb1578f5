/** The places of a record's list items (`Located.items`, kept flat). */
import type { ItemPlaces, Located, Source } from './types.js';

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
