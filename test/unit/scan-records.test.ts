/**
 * The record scanner (src/load/scan-records.ts) must give exactly what the js-yaml event path
 * of `parseRecordsFast` gives — values, NFC strings, every position, key order — whenever it
 * takes a text, and the ordinary `yaml` path must agree as well; when it declines, the
 * js-yaml path runs, so declining is always safe. It must also take every record file the
 * sample unit and the bench generator write, or it gains nothing. Checked on those files, on
 * adversarial inputs (each either declined or identical) and on generated files in and just
 * outside its subset. (fast-records.test.ts checks the same on its own inputs.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../bench/generate.js';
import { parseRecordsWithEvents } from '../../src/load/fast-records.js';
import { locateRecord, parseYaml } from '../../src/load/read-yaml.js';
import { scanRecords } from '../../src/load/scan-records.js';

/** A value with every object turned into its list of entries, so that key order is compared too. */
function inOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, inOrder(v)]);
  return value;
}

function ordinaryRecords(text: string, file: string) {
  const { parsed, issues } = parseYaml(text, file);
  if (!parsed || issues.length > 0 || !Array.isArray(parsed.value) || !isSeq(parsed.doc.contents)) return undefined;
  const contents = parsed.doc.contents;
  return parsed.value.map((v: unknown, i) => ({ value: v, loc: locateRecord(parsed, contents.items[i]) }));
}

/** Asserts that the scanner declines `text` or agrees with both other paths; returns whether it took it. */
function scannerAgrees(text: string, file = 'x.yaml'): boolean {
  const scanned = scanRecords(text, file);
  if (scanned === undefined) return false;
  const events = parseRecordsWithEvents(text, file);
  expect(events, `the scanner took a text the js-yaml path declines:\n${text}`).toBeDefined();
  expect(inOrder(scanned), text).toEqual(inOrder(events));
  const ordinary = ordinaryRecords(text, file);
  expect(ordinary, `the scanner took a text the ordinary path rejects:\n${text}`).toBeDefined();
  expect(scanned, text).toEqual(ordinary);
  return true;
}

function recordFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'ratings') recordFiles(path, out);
    } else if (/\.ya?ml$/.test(name) && !/^(unit|rules)\.yaml$/.test(name)) out.push(path);
  }
  return out;
}

describe('scanRecords takes what record files are made of', () => {
  it('every record file of data/, each as the js-yaml path reads it', () => {
    const files = recordFiles('data');
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) expect(scannerAgrees(readFileSync(file, 'utf8'), file), file).toBe(true);
  });

  // The bench's own unit (10,000 records), when `npm run bench` has made it.
  it.skipIf(!existsSync('.bench/unit-year/data'))('every record file of .bench/unit-year/data', () => {
    const files = recordFiles('.bench/unit-year/data');
    for (const file of files) expect(scannerAgrees(readFileSync(file, 'utf8'), file), file).toBe(true);
  }, 60_000);

  it('every record file the bench generator writes (members, activities, shifts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-scan-'));
    try {
      generateCase(dir, { records: 3000, members: 120, years: 1 });
      const files = recordFiles(join(dir, 'data'));
      expect(files.length).toBeGreaterThan(20);
      for (const file of files) expect(scannerAgrees(readFileSync(file, 'utf8'), file), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Texts the scanner must take (and get right). */
const taken: Record<string, string> = {
  blockRecords: `- id: a\n  name: Nguyễn Văn An\n  groups: [doan-vien, cong-doan]\n  joined: 2019-09-01\n  direct_worker: true\n- id: b\n  hours: 3\n`,
  flowRecord: `- { kind: violation, date: 2024-03-11, members: [tran-quoc-bao], type: late, minutes: 20 }\n`,
  flowRecordTight: `- {a: 1,b: [x,y],c: 'z'}\n`,
  emptyFlow: `- a: []\n  b: [ ]\n  c: {}\n  d: { }\n- {}\n`,
  wideDash: `-   a: 1\n    b: 2\n-  c: 3\n   d: 4\n`,
  comments: `# head\n\n- a: b # c\n  # inside\n# column one\n      # deep\n  d: e#f\n  g: "h" #i\n  j: [k] # l\n\n# end\n`,
  noFinalNewline: `- a: b\n  c: [d]`,
  blankLinesWithSpaces: `   \n- a: b\n    \n  c: d\n  \n`,
  trailingSpaces: `- a: x   \n  b: 'y'  \n  c: [z]   \n  d: {e: f}  \n`,
  plainPunctuation: `- a: x[1] {2}, y] z}\n  b: it's "x"\n  c: x:y::z\n  d: http://a.b/c?d=e#f\n  e: 50% @x !y &z *w |v >u \`t\n  f: a - b -- c\n  g: (x) $y =z ;w ^v _u ~t /s \\r <q\n`,
  numbers: `- a: 0o17\n  b: 0x1F\n  c: +12\n  d: -1.50\n  e: 1e3\n  f: .inf\n  g: -.Inf\n  h: .NaN\n  i: 1_000\n  j: 012\n  k: 1.\n  l: .5\n  m: -0\n  n: 123456789012345678901234567890\n  o: 0.1e-3\n  p: 1E3\n  q: +.5\n  r: -x\n  s: -.x\n`,
  bools: `- a: true\n  b: True\n  c: TRUE\n  d: yes\n  e: on\n  f: false\n  g: n\n  h: tRue\n  i: nULL\n  j: Nulls\n`,
  quoted: `- a: ''\n  b: ""\n  c: ''''\n  d: 'a''b'\n  e: " x "\n  f: '  '\n  g: "#"\n  h: ': '\n  i: "- x"\n  j: "a'b"\n  k: 'a"b'\n  l: "null"\n  m: '12'\n`,
  quotedInFlow: `- a: ['a', "b", '', "", 'c''d', ' e ']\n  b: { c: 'x', d: "y" , e: '' }\n`,
  flowPlain: `- a: [ a , b ]\n  b: [a b, c:d, dept:x, -1, -a, +2, x'y, x"y, é]\n  c: {b: x:y, c: d e}\n`,
  nestedFlow: `- a: [[a], [], [[b]], {}, {c: [d]}]\n  b: {c: {d: [e, {f: g}]}}\n`,
  unicode: `- a: Nguye\u0302\u0303n\n  b: "Tra\u0302\u0300n"\n  c: 'e\u0301'\n  d: [e\u0301, "o\u031b"]\n  e: \u0301x\n  f: 😀 x\n  g: ＡＢ\n`,
  keys: `- _a: 1\n  a-b: 2\n  A: 3\n  n: 4\n  y: 5\n  on: 6\n  constructor: 7\n  toString: 8\n  hasOwnProperty: 9\n  valueOf: x\n  ${'k'.repeat(1000)}: 10\n`,
  leaveFlow: `- id: an\n  leave:\n    - { from: 2024-03-01, to: 2024-08-31, kind: maternity }\n    - {from: "2024-10-01", to: 2024-10-05}\n`,
  leaveBlock: `- id: an\n  leave:\n    - from: 2024-03-01\n      to: 2024-08-31\n      kind: sick\n    - x\n    - [a, b]\n    - {c: d}\n    - 'q'\n  next: 1\n`,
  leaveSameIndent: `- id: an\n  leave:\n  - from: 2024-03-01\n    to: 2024-08-31\n  - to: x\n  next: 1\n`,
  leaveFlowSeq: `- leave: [{from: a, to: b}, x, {c: [d, e]}]\n  members: [a]\n`,
  nestedBlock: `- a:\n    b: 1\n    c: [x]\n    d:\n      - e\n      - f: g\n        h:\n          i: j\n  k: 2\n`,
  seqOfMapsNested: `- a:\n    -  b: 1\n       c: 2\n    - d:\n        - 3\n      e: 4\n`,
  commentAfterKey: `- a: # c\n    - x\n  b: # d\n\n    # e\n    c: 1\n`,
  seqInFlowRecord: `- { members: [a, b], leave: [{from: x}] }\n`,
};

/** Texts the scanner may decline (each is checked: declined, or identical on every path). */
const adversarial: Record<string, string> = {
  colonSpace: `- a: b: c\n`,
  colonEnd: `- a: b:\n`,
  colonEndSpaces: `- a: b:  \n`,
  hashNoSpaceQuoted: `- a: 'e'#f\n`,
  hashNoSpaceFlow: `- a: [e]#f\n`,
  junkAfterQuoted: `- a: "x" y\n`,
  junkAfterFlow: `- a: [b, c]x\n`,
  junkAfterFlowMap: `- {a: 1} b\n`,
  escapes: `- a: "x\\ty"\n`,
  escapedQuote: `- a: "x\\"y"\n`,
  unterminatedSingle: `- a: 'x\n  b: y'\n`,
  unterminatedDouble: `- a: "x\n  b: y"\n`,
  multilinePlain: `- a: b\n    c\n`,
  multilinePlainBlank: `- a: b\n\n    c\n`,
  multilineFlow: `- a: [b,\n    c]\n`,
  multilineFlowMap: `- {a: 1,\n  b: 2}\n`,
  anchor: `- a: &x 1\n`,
  alias: `- a: *x\n`,
  tag: `- a: !!str 1\n`,
  literal: `- a: |\n    x\n`,
  folded: `- a: >\n    x\n`,
  question: `- ? a\n  : b\n`,
  questionValue: `- a: ? b\n`,
  at: `- a: @x\n`,
  backtick: `- a: \`x\n`,
  percentStart: `- a: %x\n`,
  pipeStart: `- a: |x\n`,
  directive: `%YAML 1.2\n---\n- a: 1\n`,
  docStart: `---\n- a: 1\n`,
  docEnd: `- a: 1\n...\n`,
  twoDocs: `- a: 1\n---\n- b: 2\n`,
  tab: `- a: x\ty\n`,
  tabIndent: `- a: 1\n\tb: 2\n`,
  cr: `- a: 1\r\n- b: 2\r\n`,
  loneCr: `- a: 1\r- b: 2\n`,
  bom: `\ufeff- a: 1\n`,
  bomInside: `- a: "\ufeffx"\n`,
  nul: `- a: x\u0000\n`,
  del: `- a: x\u007f\n`,
  c1: `- a: x\u0085y\n`,
  nbsp: `- a: x\u00a0\n`,
  nbspIndent: `- a: 1\n\u00a0 b: 2\n`,
  zwsp: `- a: \u200bx\n`,
  ideographicSpace: `- a: \u3000x\n`,
  lineSeparator: `- a: x\u2028y\n`,
  loneSurrogate: `- a: x\ud800\n`,
  nonCharacter: `- a: x\ufffe\n`,
  nullValue: `- a:\n  b: 1\n`,
  nullLast: `- a:\n`,
  nullTilde: `- a: ~\n`,
  nullWord: `- a: null\n`,
  nullInFlow: `- a: [null]\n`,
  nullInFlowMap: `- {a: }\n`,
  emptyItem: `- a:\n    -\n    - x\n`,
  emptyItemComment: `- a:\n    - # c\n`,
  emptyRecord: `-\n  a: 1\n`,
  emptyRecordComment: `- # c\n  a: 1\n`,
  duplicateKey: `- a: 1\n  a: 2\n`,
  duplicateFlowKey: `- {a: 1, a: 2}\n`,
  duplicateNestedKey: `- a:\n    b: 1\n    b: 2\n`,
  proto: `- __proto__: 1\n`,
  protoFlow: `- {__proto__: 1}\n`,
  boolKey: `- true: 1\n`,
  nullKey: `- null: 1\n`,
  numberKey: `- 1: x\n`,
  dotKey: `- a.b: 1\n`,
  spaceKey: `- a b: 1\n`,
  quotedKey: `- "a": 1\n`,
  unicodeKey: `- tên: x\n`,
  spaceBeforeColon: `- a : 1\n`,
  noSpaceAfterColon: `- a:1\n`,
  flowKeyNoSpace: `- {a:1}\n`,
  longKey: `- ${'k'.repeat(1001)}: 1\n`,
  trailingComma: `- a: [b, c,]\n`,
  leadingComma: `- a: [, b]\n`,
  doubleComma: `- a: [b,, c]\n`,
  flowMapTrailingComma: `- {a: 1,}\n`,
  flowPair: `- a: [b: c]\n`,
  flowColonEnd: `- a: [b:]\n`,
  flowColonBracket: `- a: [b:[c]]\n`,
  flowHash: `- a: [b#c]\n`,
  flowComment: `- a: [b #c]\n`,
  flowKeyOnly: `- a: {b}\n`,
  flowQuotedKey: `- a: {"b": c}\n`,
  extraBracket: `- a: [b]]\n`,
  wrongBracket: `- a: [b}\n`,
  flowMapColonValue: `- {a: b: c}\n`,
  dashValue: `- a: - b\n`,
  dashAlone: `- a: -\n`,
  dashDash: `- a: --x\n`,
  compactSeq: `- - a\n  - b\n`,
  scalarItems: `- a\n- b\n`,
  mixed: `- a: b\n- c\n`,
  noSpaceDash: `-a: 1\n`,
  leadingSpace: ` - a: 1\n - b: 2\n`,
  lessIndent: `- a: b\n c: d\n`,
  moreIndent: `- a: b\n   c: d\n`,
  wideThenNarrow: `-   a: 1\n  b: 2\n`,
  seqThenKeyAtSeqIndent: `- a:\n    - x\n    b: 1\n`,
  seqThenOddIndent: `- a:\n    - x\n   b: 1\n`,
  seqItemMapOddIndent: `- a:\n    - b: 1\n     c: 2\n`,
  seqUnderSeqSameIndent: `- a:\n  - b:\n    - c\n  - d\n`,
  nestedMapLess: `- a:\n      b: 1\n    c: 2\n`,
  mapNotSeq: `a: 1\nb: 2\n`,
  scalarDoc: `hello\n`,
  emptyFile: ``,
  onlyComment: `# nothing\n`,
  onlyBlank: `\n\n`,
  keyHashNoSpace: `- a:#c\n`,
  deepNesting: `- a:\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i + 2)}b${i}:\n`).join('')}${'  '.repeat(22)}c: 1\n`,
  deepFlow: `- a: ${'['.repeat(30)}${']'.repeat(30)}\n`,
  spaceColon: `- a: b :c\n  d: x:-y\n  e: [a :b]\n  f: {k: a :b}\n`,
  dotsValue: `- a: ...\n  b: ---\n  c: [..., ---]\n`,
  flowDash: `- a: [-]\n`,
  flowDashSpace: `- a: [- b]\n`,
  keyThenDashAtKeyIndent: `- a: x\n  - y\n`,
  mapThenDash: `- a:\n    k: x\n    - y\n`,
  itemMapThenDash: `- a:\n  - b: x\n    - y\n`,
  seqAtNestedKeyIndent: `- a:\n    b:\n    - x\n    c: 1\n`,
  itemKeyWithSeq: `- a:\n    - b:\n        - x\n      c: 1\n    - b:\n      - y\n`,
  commentBetweenItems: `- a:\n    - x\n  # c\n# d\n    - y\n`,
  dashComment: `-   # c\n`,
  flowKeyLineEnd: `- {a:\n  1}\n`,
  quoteThenQuote: `- a: 'x''\n`,
  crlfInQuoted: `- a: "x\r\ny"\n`,
};

describe('scanRecords on adversarial inputs', () => {
  for (const [name, text] of Object.entries(taken)) {
    it(`takes and gets right: ${name}`, () => {
      expect(scannerAgrees(text)).toBe(true);
    });
  }
  for (const [name, text] of Object.entries(adversarial)) {
    it(`declines or gets right: ${name}`, () => {
      scannerAgrees(text);
    });
  }
});

describe('scanRecords on generated record files', () => {
  const goodWord = fc.constantFrom('a', 'id', 'x-1', 'Nguyễn Văn An', 'e\u0301', 'o\u031b\u0300', '12', '-1', '+2', '1.5', '.5', '1e3', '0x1F', '0o7', '.inf', '-.nan', 'true', 'True', 'no');
  const oddWord = fc.constantFrom(
    ...['null', '~', '', ' ', 'a: b', 'a:b', 'a:', 'a #b', 'a#b', "it's", 'say "hi"', '- x', '-x', '-', '[a]', '{b}', 'x]', 'x}', 'x, y', '@c', '%d'],
    ...['2024-01-01', '07:00', 'dept:a', ' lead', 'trail ', 'a\\tb', 'a\tb', '\u00a0x', '...', '---', '&a', '*a', '!a', '|', '>', '? x', ':x', '#x', 'a\u2028b', '😀'],
  );
  const word = fc.oneof({ weight: 30, arbitrary: goodWord }, { weight: 1, arbitrary: oddWord });
  const scalar = fc.tuple(word, fc.constantFrom('plain', 'plain', 'single', 'double')).map(([w, style]) =>
    style === 'plain' ? w : style === 'single' ? `'${w.replace(/'/g, "''")}'` : JSON.stringify(w),
  );
  const key = fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom('id', 'kind', 'date', 'members', 'title', 'hours', 'note', 'leave', 'a-b', '_x', 'from', 'to') },
    { weight: 1, arbitrary: fc.constantFrom('true', 'null', 'constructor', '__proto__', 'a b', 'tên', '1', 'a.b') },
  );
  const pairs = fc.uniqueArray(fc.tuple(key, scalar), { minLength: 1, maxLength: 3, selector: ([k]) => k });
  const space = fc.constantFrom('', ' ', '  ');
  const flowSeq = fc.tuple(fc.array(scalar, { maxLength: 4 }), space, fc.constantFrom(', ', ',', ' , ')).map(([xs, s, sep]) => `[${s}${xs.join(sep)}${s}]`);
  const flowMap = fc.tuple(pairs, space).map(([ps, s]) => `{${s}${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}${s}}`);
  const inline = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 2, arbitrary: flowSeq }, { weight: 1, arbitrary: flowMap });
  const comment = fc.constantFrom('', '', '', '', '', '', ' # c', '  #', '#c');
  /** A value: `lines(n)` gives the text after `key:` for a key at column n (its first line without the key). */
  type Value = (n: number) => string[];
  const inlineValue = fc.tuple(inline, comment).map(([v, c]): Value => () => [` ${v}${c}`]);
  const blockSeq = fc
    .tuple(fc.array(fc.oneof(inline, pairs), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 2, 2, 4, 0, 2, 2, 4, 1, 3), fc.constantFrom(1, 1, 2))
    .map(([items, extra, dashSpaces]): Value => (n) => {
      const m = n + extra;
      const lines = [''];
      for (const item of items) {
        const lead = `${' '.repeat(m)}-${' '.repeat(dashSpaces)}`;
        if (typeof item === 'string') lines.push(`${lead}${item}`);
        else item.forEach(([k, v], i) => lines.push(`${i === 0 ? lead : ' '.repeat(m + 1 + dashSpaces)}${k}: ${v}`));
      }
      return lines;
    });
  const blockMap = fc.tuple(pairs, fc.constantFrom(2, 2, 4, 2, 2, 4, 1, 0)).map(([ps, extra]): Value => (n) => ['', ...ps.map(([k, v]) => `${' '.repeat(n + extra)}${k}: ${v}`)]);
  const value = fc.oneof({ weight: 6, arbitrary: inlineValue }, { weight: 2, arbitrary: blockSeq }, { weight: 1, arbitrary: blockMap });
  const blockRecord = fc.tuple(fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 5, selector: ([k]) => k }), fc.constantFrom(1, 1, 1, 2, 3)).map(([entries, dashSpaces]) => {
    const n = 1 + dashSpaces;
    return entries.flatMap(([k, v], i) => {
      const [first = '', ...rest] = v(n);
      return [`${i === 0 ? `-${' '.repeat(dashSpaces)}` : ' '.repeat(n)}${k}:${first}`, ...rest];
    });
  });
  const flowRecord = fc.tuple(flowMap, comment).map(([m, c]) => [`- ${m}${c}`]);
  const record = fc.oneof({ weight: 4, arbitrary: blockRecord }, { weight: 1, arbitrary: flowRecord });
  const filler = fc.constantFrom('', '# comment', '  # indented', '      # deep', '   ');
  /** Lines with comment and blank lines slipped in between. */
  const file = fc
    .tuple(fc.array(record, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), filler), { maxLength: 3 }), fc.boolean())
    .map(([records, fillers, finalNewline]) => {
      const lines = records.flat();
      for (const [at, line] of fillers) lines.splice(at % (lines.length + 1), 0, line);
      return lines.join('\n') + (finalNewline ? '\n' : '');
    });
  /** Just outside: one character inserted, deleted or replaced, a line indented or outdented by one. */
  const risky = fc.constantFrom(' ', ':', '#', '-', "'", '"', '[', ']', '{', '}', ',', '\n', '\t', '\r', '&', '*', '!', '|', '>', '?', '%', '@', '\\', '\u00a0', '\ufeff', 'é', 'e\u0301');
  const mutated = fc.tuple(file, fc.nat(), risky, fc.constantFrom('insert', 'delete', 'replace', 'indent', 'outdent')).map(([text, n, c, how]) => {
    const at = text.length === 0 ? 0 : n % text.length;
    if (how === 'insert') return text.slice(0, at) + c + text.slice(at);
    if (how === 'delete') return text.slice(0, at) + text.slice(at + 1);
    if (how === 'replace') return text.slice(0, at) + c + text.slice(at + 1);
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = how === 'indent' ? ` ${lines[i]}` : lines[i]!.replace(/^ /, '');
    return lines.join('\n');
  });

  it('declines or agrees with the js-yaml and ordinary paths, on files in its subset and just outside it', () => {
    let taken = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 2, arbitrary: file }, { weight: 1, arbitrary: mutated }), (text) => {
        if (scannerAgrees(text)) taken++;
        else declined++;
      }),
      { numRuns: 3000, seed: 15 },
    );
    // Not vacuous either way.
    expect(taken).toBeGreaterThan(800);
    expect(declined).toBeGreaterThan(800);
  }, 120_000);

  it('takes the files made only of what the record files use', () => {
    const plainWord = fc.constantFrom('a', 'x-1', 'Nguyễn Văn An', 'e\u0301', '12', '1.5', 'true', '2024-01-01', 'dept:a', "it's", 'x, y');
    const plainKey = fc.constantFrom('id', 'kind', 'date', 'members', 'title', 'hours', 'note', 'a-b', '_x');
    const entries = fc.uniqueArray(fc.tuple(plainKey, plainWord, fc.constantFrom('plain', 'quoted', 'list')), { minLength: 1, maxLength: 6, selector: ([k]) => k });
    const text = fc.array(entries, { minLength: 1, maxLength: 5 }).map((records) =>
      records
        .map((es) =>
          es
            .map(([k, w, how], i) => {
              const v = how === 'plain' ? w : how === 'quoted' ? `"${w}"` : `[${w.includes(',') ? 'a' : w}, b]`;
              return `${i === 0 ? '- ' : '  '}${k}: ${v}\n`;
            })
            .join(''),
        )
        .join(''),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(scannerAgrees(t), t).toBe(true);
      }),
      { numRuns: 500, seed: 15 },
    );
  }, 60_000);
});
