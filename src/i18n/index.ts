/** The message catalogues and the one function that turns an issue into words. */
import type { Issue, ReportWarning } from '../model/types.js';
import { en } from './en.js';
import { vi, type Catalogue } from './vi.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : vi;
}

/** Fills `{name}` placeholders from `params`; unknown names stay as written. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The params of a message that hold a shift type's id (the check layer passes ids, never words). */
const SHIFT_TYPE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'shift-overlap': ['type', 'otherType'],
  rest: ['firstType', 'secondType'],
  coverage: ['type'],
};

/** A shift type as a message says it: `ca đêm` / `night shift` for the built-in ones, `ca “24h”` for the unit's own. */
export function shiftTypeWords(id: string, lang: Lang): string {
  const c = catalogue(lang);
  return Object.hasOwn(c.shiftTypes, id) ? c.shiftTypes[id]! : fill(c.shiftTypeOther, { id });
}

export function issueMessage(issue: Issue | ReportWarning, lang: Lang): string {
  const c = catalogue(lang);
  const template = c.issues[issue.message] ?? issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params['expected'] === 'string') params['expected'] = c.types[params['expected']] ?? params['expected'];
  for (const key of SHIFT_TYPE_PARAMS[issue.message] ?? []) if (params[key] !== undefined) params[key] = shiftTypeWords(String(params[key]), lang);
  const text = fill(template, params);
  return issue.params['hint'] !== undefined ? text + fill(c.hint, params) : text;
}
