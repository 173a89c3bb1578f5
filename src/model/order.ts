/**
 * The named comparators (STYLE §5): in which order things are listed, said in one place.
 * Text is compared by UTF-16 code units, the order of `<` and of a plain `.sort()`, the
 * same in every locale. People's names have their own Vietnamese order (names.ts), dates
 * theirs (`compareDates`, dates.ts).
 */
import type { Source } from './types.js';

/** Code-unit order of two strings, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids (members, departments, kinds): code-unit order. */
export function compareIds(a: string, b: string): number {
  return compareText(a, b);
}

/** `/`-separated paths (files of the data folder, of a scaffold): code-unit order. */
export function comparePaths(a: string, b: string): number {
  return compareText(a, b);
}

/** Places in the data folder: by file, then line, then column. */
export function compareSources(a: Source, b: Source): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
