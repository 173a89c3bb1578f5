/**
 * Random damage to the files of a data folder, for the "bad input never hurts" properties.
 * A mutation is plain data (which file, which operation, which occurrence as a natural
 * number reduced modulo the candidates at apply time), so fast-check shows and shrinks it.
 */
import fc from 'fast-check';

export type Mutation =
  | { readonly op: 'delete-lines'; readonly file: number; readonly at: number; readonly count: number }
  | { readonly op: 'duplicate-lines'; readonly file: number; readonly at: number; readonly count: number }
  | { readonly op: 'swap-lines'; readonly file: number; readonly at: number; readonly other: number }
  | { readonly op: 'flip-char'; readonly file: number; readonly at: number; readonly char: string }
  | { readonly op: 'insert'; readonly file: number; readonly at: number; readonly text: string }
  | { readonly op: 'truncate'; readonly file: number; readonly at: number }
  | { readonly op: 'number'; readonly file: number; readonly at: number; readonly value: string }
  | { readonly op: 'date'; readonly file: number; readonly at: number; readonly value: string }
  | { readonly op: 'id'; readonly file: number; readonly at: number; readonly value: string | number }
  | { readonly op: 'to-list' | 'to-map'; readonly file: number; readonly at: number }
  | { readonly op: 'remove-key'; readonly file: number; readonly at: number; readonly key: string }
  | { readonly op: 'nfd' | 'bom' | 'crlf' | 'delete-file' | 'empty-file'; readonly file: number };

/** Tokens a hurried clerk (or a bad paste) leaves in YAML. */
export const INSERTS = ['\t', ':', ': ', '"', "'", '&a ', '*a', '!tag ', '- ', '#', '[', ']', '{', '}', ',', '|', '>', '%', '@', '`', '\\', '\\n', '? ', '\u00a0', '\u200b', 'dept:', 'all', 'null', '~', 'true', '---\n', '...\n', '<<: *a\n', '&a [x]\n', '\n  - x', '\n-'];
export const NUMBERS = ['0', '-1', '-0', '1.5', '0.1', '1e400', '-1e400', '99999999999999999999', '9007199254740993', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1_000', '3.0000000000000004', '1e-320', '25', '366', '"3"'];
export const BAD_DATES = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '0000-01-01', '9999-12-31', '2024-1-5', '20240105', '2024-02-29', '1900-02-29', '2000-02-29', '"2024-03-01"', '2024-03-01T08:00', '2024/03/01'];
export const BAD_IDS = ['Nguyen-Van-An', 'x', '-bad', '.', 'a b', 'dept:nope', 'dept:', 'all', 'nguyen-van-a', '""', 'ñ', 'nguyễn-văn-an', '1', 'true', 'null'];
/** Keys a record cannot do without (or that change its meaning when gone). */
export const KEYS = ['id', 'name', 'department', 'kind', 'date', 'members', 'type', 'title', 'level', 'recognized', 'departments', 'start', 'end', 'joined', 'left', 'criterion', 'min'];

const file = fc.nat();
const at = fc.nat();
const validDate = fc.date({ min: new Date(Date.UTC(2023, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-lines' as const), file, at, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('duplicate-lines' as const), file, at, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('swap-lines' as const), file, at, other: fc.nat() }),
  fc.record({ op: fc.constant('flip-char' as const), file, at, char: fc.oneof(fc.constantFrom(...INSERTS.filter((s) => s.length === 1)), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }),
  fc.record({ op: fc.constant('insert' as const), file, at, text: fc.constantFrom(...INSERTS) }),
  fc.record({ op: fc.constant('truncate' as const), file, at }),
  fc.record({ op: fc.constant('number' as const), file, at, value: fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -5, max: 400 }).map(String)) }),
  fc.record({ op: fc.constant('date' as const), file, at, value: fc.oneof(fc.constantFrom(...BAD_DATES), validDate) }),
  fc.record({ op: fc.constant('id' as const), file, at, value: fc.oneof(fc.constantFrom(...BAD_IDS), fc.nat()) }),
  fc.record({ op: fc.constantFrom('to-list' as const, 'to-map' as const), file, at }),
  fc.record({ op: fc.constant('remove-key' as const), file, at, key: fc.constantFrom(...KEYS) }),
  fc.record({ op: fc.constantFrom('nfd' as const, 'bom' as const, 'crlf' as const, 'delete-file' as const, 'empty-file' as const), file }),
);

/** One to three mutations, each on any file. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** Offsets and texts of every match of `re` (global). */
function matches(text: string, re: RegExp): { index: number; text: string }[] {
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
}

function replaceMatch(text: string, re: RegExp, n: number, value: (old: string, all: readonly string[]) => string): string {
  const found = matches(text, re);
  const m = pick(found, n);
  if (!m) return text;
  return text.slice(0, m.index) + value(m.text, found.map((f) => f.text)) + text.slice(m.index + m.text.length);
}

const NUMBER_RE = /(?<![\w.-])\d+(?:\.\d+)?(?![\w-])/g;
const DATE_RE = /\d{4}-\d{2}-\d{2}/g;
const ID_RE = /(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])/g;
const SCALAR_LINE_RE = /^(\s*(?:- )?[a-z_0-9]+:)[ \t]+(\S.*)$/;

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** Removes `key` (with a block value's deeper lines, or from a flow map) at its n-th place. */
function removeKey(text: string, key: string, n: number): string {
  const lines = text.split('\n');
  const places: { line: number; flow: boolean }[] = [];
  const block = new RegExp(`^\\s*(- )?${key}:(\\s|$)`);
  const flow = new RegExp(`[{,]\\s*${key}:`);
  lines.forEach((l, i) => {
    if (block.test(l)) places.push({ line: i, flow: false });
    else if (flow.test(l)) places.push({ line: i, flow: true });
  });
  const p = pick(places, n);
  if (!p) return text;
  const line = lines[p.line]!;
  if (p.flow) {
    // `{ a: 1, key: [x, y], b: 2 }` → `{ a: 1, b: 2 }`
    const re = new RegExp(`(\\s*)${key}:\\s*(\\[[^\\]]*\\]|"[^"]*"|[^,}]*)\\s*,?`);
    lines[p.line] = line.replace(re, '$1').replace(/,\s*}/, ' }');
    return lines.join('\n');
  }
  const dash = /^(\s*)- /.exec(line);
  const keyCol = dash ? dash[1]!.length + 2 : indentOf(line);
  let end = p.line + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && indentOf(lines[end]!) > keyCol) end++;
  if (dash && end < lines.length && indentOf(lines[end]!) === keyCol && lines[end]!.trim() !== '') {
    // The key opened the item: the next key takes the dash.
    lines[end] = `${dash[1]}- ${lines[end]!.slice(keyCol)}`;
  }
  lines.splice(p.line, end - p.line);
  return lines.join('\n');
}

/** Applies one mutation to a file's text; `null` means the file is deleted. */
export function applyMutation(text: string, m: Mutation): string | null {
  const lines = text.split('\n');
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (m.op) {
    case 'delete-lines':
      lines.splice(line(m.at), m.count);
      return lines.join('\n');
    case 'duplicate-lines': {
      const i = line(m.at);
      lines.splice(i, 0, ...lines.slice(i, i + m.count));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const i = line(m.at);
      const j = line(m.other);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'flip-char': {
      if (text.length === 0) return m.char;
      const i = m.at % text.length;
      return text.slice(0, i) + m.char + text.slice(i + 1);
    }
    case 'insert': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'number':
      return replaceMatch(text, NUMBER_RE, m.at, () => m.value);
    case 'date':
      return replaceMatch(text, DATE_RE, m.at, () => m.value);
    case 'id':
      return replaceMatch(text, ID_RE, m.at, (_old, all) => (typeof m.value === 'number' ? (pick(all, m.value) ?? 'x') : m.value));
    case 'to-list':
    case 'to-map': {
      const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => SCALAR_LINE_RE.test(l));
      const c = pick(candidates, m.at);
      if (!c) return text;
      const [, key, value] = SCALAR_LINE_RE.exec(c.l)!;
      lines[c.i] = m.op === 'to-list' ? `${key} [${value}, ${value}]` : `${key} { a: ${value} }`;
      return lines.join('\n');
    }
    case 'remove-key':
      return removeKey(text, m.key, m.at);
    case 'nfd':
      return text.normalize('NFD');
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'delete-file':
      return null;
    case 'empty-file':
      return '';
  }
}
