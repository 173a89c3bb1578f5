/** The message catalogues and the one function that turns an issue into words. */
import { DEFAULT_RULES } from '../model/defaults.js';
import type { Criterion, Issue, ReportWarning } from '../model/types.js';
import { en } from './en.js';
import { fill, type Lang } from './fill.js';
import { vi, type Catalogue } from './vi.js';

export { fill, isPlural, pluralIn, selectForm, type Lang } from './fill.js';
export type { Catalogue, MessageId } from './vi.js';

export const LANGS: readonly Lang[] = ['vi', 'en'];

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** The words of `key` in a table of the catalogue (`types`, `shiftTypes`…), or undefined for a key it does not have. */
export function wordOf<T extends Readonly<Record<string, string>>>(table: T, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key as keyof T] : undefined;
}

/**
 * A criterion's name in the language: a default criterion the unit left as it is takes the
 * catalogue's words (`labels.defaults.criteria`); one the unit named in rules.yaml stays as written.
 */
export function criterionWords(c: Pick<Criterion, 'id' | 'label'>, lang: Lang): string {
  const defaults = DEFAULT_RULES.criteria as Readonly<Record<string, { readonly label: string } | undefined>>;
  if (!Object.hasOwn(defaults, c.id) || c.label !== defaults[c.id]?.label) return c.label;
  return wordOf(catalogue(lang).labels.defaults.criteria, c.id) ?? c.label;
}

/** The params of a message that hold a shift type's id (the check layer passes ids, never words). */
const SHIFT_TYPE_PARAMS: Readonly<Partial<Record<Issue['message'], readonly string[]>>> = {
  'shift-overlap': ['type', 'otherType'],
  rest: ['firstType', 'secondType'],
  coverage: ['type'],
};

/** A shift type as a message says it: `ca đêm` / `night shift` for the built-in ones, `ca “24h”` for the unit's own. */
export function shiftTypeWords(id: string, lang: Lang): string {
  const c = catalogue(lang);
  return wordOf(c.shiftTypes, id) ?? fill(c.shiftTypeOther, { id });
}

export function issueMessage(issue: Issue | ReportWarning, lang: Lang): string {
  const c = catalogue(lang);
  const template = Object.hasOwn(c.issues, issue.message) ? c.issues[issue.message] : issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params['expected'] === 'string') params['expected'] = wordOf(c.types, params['expected']) ?? params['expected'];
  for (const key of SHIFT_TYPE_PARAMS[issue.message] ?? []) if (params[key] !== undefined) params[key] = shiftTypeWords(String(params[key]), lang);
  const text = fill(template, params);
  return issue.params['hint'] !== undefined ? text + fill(c.hint, params) : text;
}
