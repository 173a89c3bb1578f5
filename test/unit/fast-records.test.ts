/**
 * The fast record parser must agree exactly with the ordinary path (`yaml` document +
 * `locateRecord`) whenever it accepts a text: same values, same positions, and the
 * ordinary path finds no YAML problem. When it declines (`undefined`), the ordinary path
 * runs, so declining is always safe. Checked on every YAML file of the repository, on
 * hand-written tricky inputs, and on generated documents. On each of them too, the scanner
 * (scan-records.ts) either declines or gives exactly what the js-yaml event path gives,
 * key order included (more of its own cases: scan-records.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRecordsFast, parseRecordsWithEvents } from '../../src/load/fast-records.js';
import { locateRecord, parseYaml } from '../../src/load/read-yaml.js';
import { scanRecords } from '../../src/load/scan-records.js';

function slowRecords(text: string, file: string) {
  const { parsed, issues } = parseYaml(text, file);
  if (!parsed || issues.length > 0) return { issues: issues.length || 1 };
  const { value, doc } = parsed;
  if (!Array.isArray(value) || !isSeq(doc.contents)) return { issues: 0, notList: true };
  const contents = doc.contents;
  return { issues: 0, records: value.map((v, i) => ({ value: v, loc: locateRecord(parsed, contents.items[i]) })) };
}

/** A value with every object turned into its list of entries, so that key order is compared too. */
function inOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, inOrder(v)]);
  return value;
}

/** Asserts that the scanner declines or agrees with the js-yaml event path; returns whether it accepted. */
function scannerAgrees(text: string, file = 'x.yaml'): boolean {
  const scanned = scanRecords(text, file);
  if (scanned === undefined) return false;
  const events = parseRecordsWithEvents(text, file);
  expect(events, `the scanner accepted a text the js-yaml path declines:\n${text}`).toBeDefined();
  expect(inOrder(scanned)).toEqual(inOrder(events));
  return true;
}

/** Asserts agreement (of the scanner too); returns whether the fast path accepted the text. */
function agree(text: string, file = 'x.yaml'): boolean {
  scannerAgrees(text, file);
  const fast = parseRecordsFast(text, file);
  if (fast === undefined) return false;
  const slow = slowRecords(text, file);
  expect(slow.issues, `fast path accepted a text the ordinary path rejects:\n${text}`).toBe(0);
  expect(fast).toEqual(slow.records);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

describe('parseRecordsFast agrees with the ordinary path', () => {
  it('on every record file of data/ and test/fixtures (and accepts the sample unit)', () => {
    const files = [...yamlFiles('data'), ...yamlFiles('test/fixtures')];
    const declined: string[] = [];
    for (const file of files) if (!agree(readFileSync(file, 'utf8'), file)) declined.push(file);
    // Every record file there is plain YAML and taken by the fast path, except unit.yaml,
    // rules.yaml and the ratings/ files (mappings, left to the ordinary path) and the error
    // catalogue's deliberately broken files, which the ordinary path must be the one to report.
    const mapping = (f: string) => /(unit|rules)\.yaml$/.test(f) || /(^|\/)ratings\//.test(f);
    expect(declined.filter((f) => !mapping(f) && !f.startsWith('test/fixtures/errors/'))).toEqual([]);
    expect(declined.filter((f) => f.startsWith('data/') && !mapping(f))).toEqual([]);
    expect(files.length - declined.length).toBeGreaterThan(30);
  }, 60_000);

  const tricky: Record<string, string> = {
    quoted: `- id: a\n  title: 'It''s "x"'\n  note: "tab\\there \\u00e9 \\x41"\n`,
    multilinePlain: `- title: một\n    hai ba\n\n    bốn\n  id: x\n`,
    multilineQuoted: `- title: "một\n    hai\\\n    ba"\n  note: 'x\n\n    y'\n`,
    numbers: `- a: 0o17\n  b: 0x1F\n  c: +12\n  d: -1.50\n  e: 1e3\n  f: .inf\n  g: -.Inf\n  h: .NaN\n  i: 1_000\n  j: 012\n  k: 1.\n  l: .5\n`,
    bools: `- a: true\n  b: True\n  c: TRUE\n  d: yes\n  e: on\n  f: false\n  g: n\n`,
    dates: `- date: 2024-03-24\n  t: 07:00\n  u: 2024-03-24T07:00:00Z\n`,
    flow: `- { kind: v, date: 2024-01-01, members: [a, "b", 'c'], x: {y: [1, {z: w}]} }\n-   k: 1\n    j: [ ]\n    m: { }\n`,
    flowMultiline: `- members: [a,\n    b,\n    c]\n  x: {a: 1,\n    b: 2}\n`,
    badFlowIndent: `- members: [a,\nb]\n`,
    nestedBlock: `- a:\n    b:\n      - c\n      - d: e\n        f: g\n`,
    comments: `# top\n- a: b # c\n  # inside\n  d: e#f\n  g: "h" #i\n\n# end\n`,
    compactNested: `- - a\n  - b\n`,
    emptyFile: ``,
    onlyComment: `# nothing\n`,
    nullValue: `- a:\n  b: ~\n`,
    duplicate: `- a: 1\n  a: 2\n`,
    anchors: `- &x a: 1\n  b: *x\n`,
    tags: `- a: !!str 1\n`,
    blockScalar: `- a: |\n    x\n    y\n  b: >-\n    z\n`,
    docMarkers: `---\n- a: 1\n...\n`,
    twoDocs: `- a: 1\n---\n- b: 2\n`,
    directive: `%YAML 1.2\n---\n- a: 1\n`,
    colonInValue: `- a: b: c\n`,
    colonNoSpace: `- a: b:c\n  d: http://x.y/z\n`,
    keyWithSpace: `- a b: 1\n  "q": 2\n`,
    indentMismatch: `- a: 1\n   b: 2\n`,
    unicodeNFD: `- name: Nguye\u0302\u0303n\n  title: "Tra\u0302\u0300n"\n`,
    longKey: `- ${'k'.repeat(1100)}: 1\n`,
    trailingSpaces: `- a: x   \n  b: 'y'  \n`,
    questionKey: `- ? a\n  : b\n`,
    mapNotSeq: `a: 1\nb: 2\n`,
    scalarDoc: `hello\n`,
    dashInScalar: `- a: -b\n  c: - d\n`,
    hashStart: `- a: "#x"\n  b: x #y\n`,
    percent: `- a: 50%\n  b: '%x'\n`,
    specialStart: `- a: "@x"\n  b: '\`y'\n`,
    proto: `- __proto__: 1\n`,
    emptyMap: `- {}\n- []\n`,
    seqOfScalars: `- a\n- b\n`,
    controlChar: `- a: "\u0007"\n  b: x\u0085y\n`,
    lineSep: `- a: x\u2028y\n`,
    flowKeyNoSpace: `- {a:1, b: c}\n`,
    junkAfterQuoted: `- a: "x" y\n`,
    junkAfterFlow: `- a: [b, c]x\n`,
    extraBracket: `- a: [b]]\n`,
    unterminated: `- a: 'x\n`,
    noSpaceDash: `-a: 1\n`,
    lessIndent: `- a: b\n c: d\n`,
    leadingSpace: ` - a: 1\n - b: 2\n`,
    spaceBeforeColon: `- a : b\n`,
    quotedKey: `- "a": b\n`,
    sameIndentSeq: `- a: b\n  c:\n  - d\n  - e\n`,
    trailingComma: `- a: [b, c,]\n`,
    flowKeyOnly: `- a: {b}\n`,
    flowPair: `- a: [b: c]\n`,
    mixed: `- a: b\n- c\n`,
    commentNoSpace: `- a: b#c\n  d: 'e'#f\n`,
    unicodeKey: `- tên: x\n`,
    bigInt: `- a: 123456789012345678901234567890\n`,
    deepFlow: `- a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    // A member's leave: list items that are mappings, whose keys are located too (leave.0.from).
    leaveFlow: `- id: an\n  leave:\n    - { from: 2024-03-01, to: 2024-08-31, kind: maternity }\n    - {from: "2024-10-01", to: 2024-10-05}\n`,
    leaveBlock: `- id: an\n  leave:\n    - from: 2024-03-01\n      to: 2024-08-31\n      kind: sick\n    - x\n    - [a, b]\n`,
    leaveSameIndent: `- id: an\n  leave:\n  - from: 2024-03-01\n    to: 2024-08-31\n`,
    // Keys that name Object's own methods (the js-yaml path once crashed on them); the escape
    // keeps the scanner out, so that the js-yaml path reads it.
    objectKeys: `- constructor: x\n  toString: [a]\n  valueOf: 1\n  note: "a\\tb"\n`,
  };
  for (const [name, text] of Object.entries(tricky)) {
    it(`on a tricky input: ${name}`, () => {
      agree(text);
    });
  }

  it('accepts what the sample data writes (flow members, quoted titles, numbers, leave periods)', () => {
    expect(agree(tricky.leaveFlow!)).toBe(true);
    expect(agree(tricky.leaveBlock!)).toBe(true);
    expect(agree(tricky.flow!)).toBe(true);
    expect(agree(tricky.quoted!)).toBe(true);
    expect(agree(tricky.numbers!)).toBe(true);
    expect(agree(tricky.objectKeys!)).toBe(true);
  });

  it('on generated record files', () => {
    const word = fc.constantFrom('a', 'id', 'x-1', 'Nguyễn Văn An', 'true', 'null', '~', '12', '1.5', '0x1F', 'a: b', 'a #b', "it's", 'say "hi"', '- x', '[a]', '{b}', '@c', '', ' ', '2024-01-01', '07:00', 'dept:a', 'é', 'e\u0301');
    const scalar = fc.tuple(word, fc.constantFrom('plain', 'single', 'double')).map(([w, style]) => (style === 'plain' ? w : style === 'single' ? `'${w.replace(/'/g, "''")}'` : JSON.stringify(w)));
    const flowList = fc.array(scalar, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
    const value = fc.oneof(scalar, flowList);
    const key = fc.constantFrom('id', 'kind', 'date', 'members', 'title', 'hours', 'note', 'true', '1', 'a b');
    const record = fc.array(fc.tuple(key, value, fc.boolean()), { minLength: 1, maxLength: 5 }).map((pairs) =>
      pairs
        .map(([k, v, block], i) => {
          const lead = i === 0 ? '- ' : '  ';
          if (block && v.startsWith('[') && v.length > 2) return `${lead}${k}:\n${v.slice(1, -1).split(', ').map((item) => `    - ${item}`).join('\n')}`;
          return `${lead}${k}: ${v}`;
        })
        .join('\n'),
    );
    const file = fc.array(fc.tuple(record, fc.constantFrom('', '\n', '\n# comment\n')), { maxLength: 4 }).map((rs) => rs.map(([r, sep]) => `${r}\n${sep}`).join(''));
    let accepted = 0;
    fc.assert(
      fc.property(file, (text) => {
        if (agree(text)) accepted++;
      }),
      { numRuns: 1000, seed: 1 },
    );
    // Not vacuous: a good share of the generated files is taken by the fast path.
    expect(accepted).toBeGreaterThan(50);
  }, 60_000);
});
