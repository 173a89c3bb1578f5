/**
 * The one way a catalogue message becomes text: `{name}` placeholders filled from params, and
 * for a message that depends on a number, the form of the language's plural category
 * (`Intl.PluralRules`: English has `one` and `other`, Vietnamese only `other`).
 */

/** The languages of the catalogues. */
export type Lang = 'vi' | 'en';

const PLURAL: unique symbol = Symbol('plural');

/**
 * A message whose words depend on a number: `one` for the singular (English `1 file`), `other`
 * for every other count (and every count in Vietnamese). `by` names the param holding the number.
 */
export interface Plural {
  readonly [PLURAL]: true;
  /** The language whose plural rules choose the form (the catalogue's own). */
  readonly lang: Lang;
  readonly by: string;
  readonly one?: string;
  readonly other: string;
}

/** A catalogue entry: plain words, or words by the plural category of a number. */
export type Message = string | Plural;

export type Params = Readonly<Record<string, string | number>>;

/**
 * The plural forms of a catalogue's language: `const plural = pluralIn('en')`, then
 * `plural({ one: '{count} file', other: '{count} files' })`, chosen by the `count` param (or
 * the param named `by`).
 */
export function pluralIn(lang: Lang): (forms: { readonly one?: string; readonly other: string }, by?: string) => Plural {
  return (forms, by = 'count') => ({ [PLURAL]: true, lang, by, ...forms });
}

export function isPlural(x: unknown): x is Plural {
  return typeof x === 'object' && x !== null && (x as { [PLURAL]?: unknown })[PLURAL] === true;
}

const RULES = new Map<Lang, Intl.PluralRules>();

/**
 * The plural category of `n` in `lang` (`one`, `other`…). Vietnamese has one form for every
 * number (CLDR: `other` only; test/unit/i18n checks it against `Intl.PluralRules`), so the
 * rules (whose first use costs ~25 ms) are asked only for English.
 */
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  if (lang === 'vi') return 'other';
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(n);
}

/**
 * The form of `message` for these params: a plain message as it is; a plural one by the plural
 * category, in its language, of its count param (`other` when the param is missing or not a number).
 */
export function selectForm(message: Message, params: Params): string {
  if (typeof message === 'string') return message;
  const raw = params[message.by];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (Number.isNaN(n)) return message.other;
  return pluralCategory(n, message.lang) === 'one' && message.one !== undefined ? message.one : message.other;
}

/**
 * Fills `{name}` placeholders from `params` (unknown names stay as written), after choosing the
 * form of a plural message by its count. `text` writes a param's value (default `String`): the
 * report writes numbers its own way (`1.313`), the form is still chosen by the number itself.
 */
export function fill(message: Message, params: Params = {}, text: (value: string | number) => string = String): string {
  return selectForm(message, params).replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? text(params[name]!) : whole));
}

/** A section of a catalogue: messages and sub-sections by key. */
export interface Section {
  readonly [key: string]: Message | Section;
}

/**
 * The type of a catalogue written `as const`, its words widened: every string is `string`, every
 * plural form `Plural`, every section the same keys. The Vietnamese catalogue defines it; the
 * English one is declared with it, so a key missing there, or one too many, does not compile.
 */
export type Widen<T> = T extends string ? string : T extends Plural ? Plural : { readonly [K in keyof T]: Widen<T[K]> };
