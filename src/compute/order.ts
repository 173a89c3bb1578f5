/**
 * The named orders of thidua's lists, in one place (STYLE.md "one sort key"): ids and dates
 * by their code units (ISO dates of one shape sort as dates), records by date then by their
 * line in the file. People's names in Vietnamese order are `compareVietnameseNames`
 * (src/model/names.ts).
 */
import { compareDates } from '../model/dates.js';
import { compareVietnameseNames } from '../model/names.js';
import type { Source } from '../model/types.js';

export { compareDates };

/** Ids (and other keys such as `YYYY-MM` months or titles) by their code units: the same in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Map entries by their key, as `compareIds`. */
export function compareEntryKeys<V>(a: readonly [string, V], b: readonly [string, V]): number {
  return compareIds(a[0], b[0]);
}

/** Records by id. */
export function compareById(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}

/** Records of one file by where they are written. */
export function compareSourceLines(a: { readonly source: Source }, b: { readonly source: Source }): number {
  return a.source.line - b.source.line;
}

/** Dated records by date, then by their line. */
export function compareDateThenLine(a: { readonly date: string; readonly source: Source }, b: { readonly date: string; readonly source: Source }): number {
  return compareDates(a.date, b.date) || compareSourceLines(a, b);
}

/** Initiatives by the day they were recognized (or submitted), then submitted, then title, then line. */
export function compareInitiatives(
  a: { readonly date: string; readonly recognized?: string | undefined; readonly title?: string | undefined; readonly source: Source },
  b: { readonly date: string; readonly recognized?: string | undefined; readonly title?: string | undefined; readonly source: Source },
): number {
  return (
    compareDates(a.recognized ?? a.date, b.recognized ?? b.date) ||
    compareDates(a.date, b.date) ||
    compareIds(a.title ?? '', b.title ?? '') ||
    compareSourceLines(a, b)
  );
}

/**
 * Ids as a clerk lists people: by their department's place in unit.yaml (an unknown
 * department, or an unknown id, last), then by name in Vietnamese order, then by id; each once.
 */
export function sortByDepartmentThenName(
  ids: Iterable<string>,
  people: ReadonlyMap<string, { readonly name: string; readonly department: string }>,
  departments: readonly { readonly id: string }[],
): string[] {
  const place = new Map(departments.map((d, i) => [d.id, i]));
  const departmentOf = (id: string) => place.get(people.get(id)?.department ?? '') ?? departments.length;
  const nameOf = (id: string) => people.get(id)?.name ?? id;
  return [...new Set(ids)].sort((a, b) => departmentOf(a) - departmentOf(b) || compareVietnameseNames(nameOf(a), nameOf(b)) || compareIds(a, b));
}
