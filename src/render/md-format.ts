/**
 * The Markdown report's formatting toolbox: words from the catalogue's labels, numbers and dates
 * written for the report language, and text made safe for a table cell or a Mermaid label.
 * Pure and deterministic: no clock, no locale-dependent formatting.
 */
import { fill, isPlural, type Message, type Plural } from '../i18n/fill.js';
import { compareVietnameseNames, givenName } from '../model/names.js';
import { compareIds } from '../compute/order.js';

export type MarkdownLang = 'vi' | 'en';

/** The report's words (`labels` of the catalogue, src/i18n): nested maps of messages. */
export interface Labels {
  readonly [key: string]: LabelValue;
}
export type LabelValue = string | number | boolean | null | Plural | Labels | readonly LabelValue[];

export type Params = Readonly<Record<string, string | number>>;

/** Words and formats for one language, handed to every section builder. */
export interface Fmt {
  readonly lang: MarkdownLang;
  /**
   * The label at a dotted path with `{name}` placeholders filled; `[[path]]` when missing.
   * A number among the params is written as a count (`int`, thousands grouped) or, when not
   * whole, as a decimal (`dec`): pass a year or any other number that must stay plain as a string.
   */
  w(key: string, params?: Params): string;
  /** The label at a dotted path, or undefined (for optional entries such as translations). */
  opt(key: string): string | undefined;
  /** The message at a dotted path, plural forms included (for a list filled elsewhere), or undefined. */
  msg(key: string): Message | undefined;
  /** A count, thousands grouped for the language: `1.313` (vi), `1,313` (en); `313`. */
  int(n: number): string;
  /** A decimal with at most `max` and at least `min` digits after the separator, thousands grouped: `1.714,5`. */
  dec(x: number, max?: number, min?: number): string;
  /** `part / whole` as a percentage with at most one decimal and a no-break space before `%`: `22,5 %` (`0 %` when whole is 0). */
  pct(part: number, whole: number): string;
  /** A fraction (0.15) as a percentage: `15 %` (no-break space). */
  pctOf(fraction: number): string;
  /** A date in tables and sentences: `05/02/2024` (vi) or `2024-02-05` (en). */
  date(iso: string): string;
  /** A month `YYYY-MM`: `03/2024` (vi) or `2024-03` (en). */
  month(ym: string): string;
}

/** The value at a dotted path (`shifts.gap`) of a label tree. */
export function lookupLabel(labels: Labels, key: string): LabelValue | undefined {
  let node: LabelValue | undefined = labels;
  for (const part of key.split('.')) {
    if (node === null || node === undefined || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (isPlural(node)) return undefined;
    node = (node as Labels)[part];
  }
  return node;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** `x` with at most `max` and at least `min` decimals, `.` or `,` as the separator. */
export function formatDecimal(x: number, lang: MarkdownLang, max = 2, min = 0): string {
  if (!Number.isFinite(x)) return '–';
  let text = round(x, max).toFixed(max);
  if (max > 0) {
    const [whole, frac = ''] = text.split('.');
    let f = frac;
    while (f.length > min && f.endsWith('0')) f = f.slice(0, -1);
    text = f.length > 0 ? `${whole}.${f}` : (whole ?? '0');
  }
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** The no-break space (U+00A0) between a number and its `%`, so that `100 %` never splits across lines. */
export const NBSP = '\u00A0';

/**
 * Digits grouped by thousands in the language's way: `.` in Vietnamese (`1.313`, `112.138.098`),
 * `,` in English; the decimal part, if any, left as it is. Numbers below 1000 are unchanged.
 */
export function groupThousands(text: string, lang: MarkdownLang): string {
  const m = /^(-?)(\d+)(.*)$/s.exec(text);
  const [, sign = '', whole, rest = ''] = m ?? [];
  if (whole === undefined) return text;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',')}${rest}`;
}

/** A date as the language writes it in a sentence or a cell: `05/02/2024` in Vietnamese, ISO in English. */
export function formatDate(iso: string, lang: MarkdownLang): string {
  return lang === 'vi' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

export function makeFmt(labels: Labels, lang: MarkdownLang): Fmt {
  const opt = (key: string): string | undefined => {
    const v = lookupLabel(labels, key);
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  };
  const int = (n: number) => groupThousands(String(Math.trunc(n)), lang);
  const dec = (x: number, max = 2, min = 0) => groupThousands(formatDecimal(x, lang, max, min), lang);
  const percent = (x: number) => `${dec(x, 1)}${NBSP}%`;
  const pctOf = (fraction: number) => percent(fraction * 100);
  const asText = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? int(v) : dec(v)) : v);
  const msg = (key: string): Message | undefined => {
    const v = lookupLabel(labels, key);
    return isPlural(v) ? v : opt(key);
  };
  return {
    lang,
    opt,
    msg,
    w: (key, params = {}) => {
      const message = msg(key);
      return message === undefined ? `[[${key}]]` : fill(message, params, asText);
    },
    int,
    dec,
    pct: (part, whole) => (whole === 0 ? percent(0) : percent((part * 100) / whole)),
    pctOf,
    date: (iso) => formatDate(iso, lang),
    month: (ym) => (lang === 'vi' ? `${ym.slice(5, 7)}/${ym.slice(0, 4)}` : ym),
  };
}

/**
 * The parts of a date as Nghị định 30/2020 writes them: days below 10 and the months 1 and 2
 * take a leading zero, other months do not (`05`, `02`, `2024`; `31`, `12`; `15`, `3`).
 */
export function decreeDateParts(iso: string): { day: string; month: string; year: string; dayNumber: number; monthNumber: number } {
  const year = iso.slice(0, 4);
  const monthNumber = Number(iso.slice(5, 7));
  const dayNumber = Number(iso.slice(8, 10));
  return {
    day: String(dayNumber).padStart(2, '0'),
    month: monthNumber <= 2 ? String(monthNumber).padStart(2, '0') : String(monthNumber),
    year,
    dayNumber,
    monthNumber,
  };
}

/** Vietnamese text without its diacritics (`Quế Sơn` → `Que Son`), for English date lines. */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** One line: NFC, line breaks and tabs as spaces, runs of spaces as one, trimmed. */
export function oneLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** `|` escaped as `\|` unless a backslash already escapes it (an odd run of backslashes before it). */
function escapePipes(text: string): string {
  return text.replace(/(\\*)\|/g, (whole, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : whole));
}

/**
 * Text for a table cell, a heading or a list line: NFC, one line, `|` escaped as `\|`, and a
 * `<` that would open an HTML tag on GitHub (`<Zalo OA>`, which GitHub would hide) written `&lt;`.
 * It keeps the view's own markup (`**Cộng**`): a string from the data goes through `inline()` first.
 */
export function cell(text: string | undefined | null): string {
  if (text === undefined || text === null) return '';
  return escapePipes(oneLine(text)).replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

/**
 * A string from the data (a name, a department, a title, a decision…) made literal for Markdown:
 * one line, and every character that GitHub would read as markup escaped — emphasis `*` `_` `~`,
 * code `` ` ``, links and images `[ ]`, math `$`, the backslash itself, `|`, an HTML tag or an
 * entity (`<b>`, `&amp;`), and a heading, quote or list marker at the start (`# `, `> `, `- `, `1. `).
 * The result is safe inside a sentence, a list item or a table cell (`cell()` leaves it as it is).
 */
export function inline(text: string | undefined | null): string {
  if (text === undefined || text === null) return '';
  const escaped = oneLine(text)
    .replace(/[\\`*_[\]~$|]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
  return escaped.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text for a quoted Mermaid label or title: one line; no double quote (it would end the label),
 * no backtick, `;` (a statement end), `#` (an entity such as `#9829;`) or `%%` (a comment or an
 * `%%{init}%%` directive, which Mermaid looks for anywhere in the text).
 */
export function mermaidLabel(text: string): string {
  let out = oneLine(text)
    .replace(/["`]/g, "'")
    .replace(/;/g, ',')
    .replace(/#/g, ' ');
  while (out.includes('%%')) out = out.replace(/%%/g, '%');
  return out.replace(/ {2,}/g, ' ').trim();
}

/** A number as Mermaid reads it (always `.` as the decimal separator, at most one decimal). */
export function mermaidNumber(x: number): string {
  return formatDecimal(x, 'en', 1);
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A member's full name (NFC), or the id when the member is unknown. */
/** Whoever has a name, by id: the report's people (or members.yaml's records). */
export type NamedPeople = ReadonlyMap<string, { readonly name: string }>;

export function nameOf(members: NamedPeople, id: string): string {
  return (members.get(id)?.name ?? id).normalize('NFC');
}

/** Member ids in Vietnamese order: given name, then full name, then id. */
export function sortIdsByName(ids: Iterable<string>, members: NamedPeople): string[] {
  return [...new Set(ids)].sort((a, b) => compareVietnameseNames(nameOf(members, a), nameOf(members, b)) || compareIds(a, b));
}

/**
 * The authors of a record in the order a clerk expects: those the record names explicitly, in
 * its order (the first author first), then those brought in by `all` or `dept:`, in Vietnamese order.
 */
export function authorOrder(listed: readonly string[] | 'all', expanded: readonly string[], members: NamedPeople): string[] {
  const set = new Set(expanded);
  const written = [...new Set(listed === 'all' ? [] : listed.filter((id) => set.has(id)))];
  const seen = new Set(written);
  return [...written, ...sortIdsByName(expanded.filter((id) => !seen.has(id)), members)];
}

/** Short names for a grid: the given name, or the full name when two people share it. */
export function shortNames(ids: readonly string[], members: NamedPeople): Map<string, string> {
  const byGiven = new Map<string, number>();
  for (const id of ids) {
    const g = givenName(nameOf(members, id));
    byGiven.set(g, (byGiven.get(g) ?? 0) + 1);
  }
  return new Map(
    ids.map((id) => {
      const full = nameOf(members, id);
      const g = givenName(full);
      return [id, (byGiven.get(g) ?? 0) > 1 ? full : g];
    }),
  );
}

/** The final clean-up of a rendered report: LF, no trailing spaces, at most one blank line in a row, one final newline. */
export function tidyMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
