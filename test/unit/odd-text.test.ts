/**
 * Odd names and odd text (#16): file names as a one-line message shows them
 * (src/load/file-names.ts), a lone CR or a BOM inside a YAML text (src/load/yaml-guards.ts),
 * keys that are no names (src/load/read-yaml.ts), and what a reader cannot see
 * (src/model/visible.ts). Every position is counted by hand from the text in the test.
 */
import { describe, expect, it } from 'vitest';
import { nameOfBytes, printablePath } from '../../src/load/file-names.js';
import { parseRecordsFast } from '../../src/load/fast-records.js';
import { parseYaml } from '../../src/load/read-yaml.js';
import { invisibleIndent, oddCharacter } from '../../src/load/yaml-guards.js';
import { memberSchema } from '../../src/model/schemas.js';
import { hasVisible, invisibleIn, withoutInvisible } from '../../src/model/visible.js';

describe('printablePath', () => {
  it('leaves an ordinary path, Vietnamese included, as it is', () => {
    expect(printablePath('activities/2024 tháng 3.yaml')).toBe('activities/2024 tháng 3.yaml');
  });

  it('escapes line breaks, tabs, escape sequences, DEL, C1 controls and the Unicode line separators', () => {
    expect(printablePath('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(printablePath('c\u001b[31m.txt')).toBe('c\\x1b[31m.txt');
    expect(printablePath('x\u007fy\u0085z')).toBe('x\\x7fy\\x85z');
    expect(printablePath('p\u2028q\u2029r')).toBe('p\\u2028q\\u2029r');
    expect(printablePath('a\nb')).not.toMatch(/\n/);
  });
});

describe('nameOfBytes', () => {
  it('a UTF-8 name without control characters is faithful', () => {
    expect(nameOfBytes(Buffer.from('hoạt-động.yaml'))).toEqual({ name: 'hoạt-động.yaml', faithful: true });
  });

  it('a name with a line break is shown escaped, and is not faithful', () => {
    expect(nameOfBytes(Buffer.from('a\nb.yaml'))).toEqual({ name: 'a\\nb.yaml', faithful: false });
  });

  it('a byte that is not UTF-8 becomes \\xNN; whole sequences around it are kept', () => {
    expect(nameOfBytes(Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x79]))).toEqual({ name: 'bad\\xff.y', faithful: false });
    // Latin-1 é (E9) then UTF-8 é (C3 A9).
    expect(nameOfBytes(Buffer.from([0xe9, 0xc3, 0xa9]))).toEqual({ name: '\\xe9é', faithful: false });
  });

  it('a cut sequence, an overlong form, an encoded surrogate and a lone continuation byte are each \\xNN', () => {
    expect(nameOfBytes(Buffer.from([0x61, 0xe1, 0xba]))).toEqual({ name: 'a\\xe1\\xba', faithful: false });
    expect(nameOfBytes(Buffer.from([0xc0, 0x80]))).toEqual({ name: '\\xc0\\x80', faithful: false });
    expect(nameOfBytes(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ name: '\\xed\\xa0\\x80', faithful: false });
    expect(nameOfBytes(Buffer.from([0x80, 0x41]))).toEqual({ name: '\\x80A', faithful: false });
  });
});

describe('oddCharacter', () => {
  it('finds nothing in LF or CRLF text', () => {
    expect(oddCharacter('- a: 1\n- b: 2\n')).toBeUndefined();
    expect(oddCharacter('- a: 1\r\n- b: 2\r\n')).toBeUndefined();
  });

  it('finds the first lone CR, CR-only or among CRLF', () => {
    expect(oddCharacter('- a: 1\r- b: 2\r')).toEqual({ offset: 6, message: 'lone-cr' });
    expect(oddCharacter('- a: 1\r\n- b: 2\r- c: 3\r\n')).toEqual({ offset: 14, message: 'lone-cr' });
  });

  it('finds a BOM anywhere in the decoded text (the file’s own was dropped in decoding)', () => {
    expect(oddCharacter('- a: 1\n\ufeff- b: 2\n')).toEqual({ offset: 7, message: 'bom-inside' });
    expect(oddCharacter('\ufeff- a: 1\n')).toEqual({ offset: 0, message: 'bom-inside' });
  });

  it('says the first of the two when both occur', () => {
    expect(oddCharacter('x\ufeff\ry')).toEqual({ offset: 1, message: 'bom-inside' });
    expect(oddCharacter('x\r\ufeffy')).toEqual({ offset: 1, message: 'lone-cr' });
  });
});

describe('invisibleIndent', () => {
  it('finds a no-break or zero-width space among the leading spaces of a line', () => {
    expect(invisibleIndent('- a: 1\n \u00a0 b: 2\n')).toBe(8);
    expect(invisibleIndent('\u200b- a: 1\n')).toBe(0);
    expect(invisibleIndent('- a: 1\n  b: 2\n')).toBeUndefined();
  });

  it('leaves one inside a line alone: that is text', () => {
    expect(invisibleIndent('- a: x\u00a0y\n')).toBeUndefined();
  });
});

describe('parseYaml: odd text is one plain located message', () => {
  const only = (text: string) => parseYaml(text, 'x.yaml').issues.map((i) => `${i.source.line}:${i.source.column} ${i.code} ${i.message}`);

  it('CR-only line ends: at the first CR, on line 1', () => {
    expect(only('- id: an\r  name: An\r')).toEqual(['1:9 yaml-syntax lone-cr']);
  });

  it('a BOM at the start of line 4', () => {
    expect(only('- a: 1\n- b: 2\n- c: 3\n\ufeff- d: 4\n')).toEqual(['4:1 yaml-syntax bom-inside']);
  });

  it('an invisible character in an indentation, instead of the parser’s tangle after it', () => {
    expect(only('- kind: study\n\u00a0 date: 2024-03-05\n  members: [an]\n')).toEqual(['2:1 yaml-syntax yaml-invisible-indent']);
  });

  it('the fast parser declines both, so that the ordinary path says so', () => {
    expect(parseRecordsFast('- { id: an, name: An, department: a }\n\ufeff- { id: b, name: B, department: a }\n', 'x.yaml')).toBeUndefined();
    expect(parseRecordsFast('- { id: an, name: "\ufeffAn", department: a }\n', 'x.yaml')).toBeUndefined();
    expect(parseRecordsFast('- { id: an, name: An, department: a }\r', 'x.yaml')).toBeUndefined();
  });
});

describe('parseYaml: a key that is no name is located at the key', () => {
  const only = (text: string) => parseYaml(text, 'x.yaml').issues.map((i) => `${i.source.line}:${i.source.column} ${i.message} ${JSON.stringify(i.params)}`);

  it('null, Null, NULL and ~, at the top and inside a record', () => {
    expect(only('null: 1\n')).toEqual(['1:1 yaml-null-key {"key":"null"}']);
    expect(only('a: 1\nNULL: 2\n')).toEqual(['2:1 yaml-null-key {"key":"NULL"}']);
    expect(only('- a: 1\n  ~: x\n')).toEqual(['2:3 yaml-null-key {"key":"~"}']);
    expect(only('- { a: 1, Null: 2 }\n')).toEqual(['1:11 yaml-null-key {"key":"Null"}']);
  });

  it('nothing before the colon: at the colon', () => {
    expect(only(': 1\n')).toEqual(['1:1 yaml-empty-key {}']);
    expect(only('- a: 1\n  : x\n')).toEqual(['2:3 yaml-empty-key {}']);
    expect(only('- { a: 1, : 2 }\n')).toEqual(['1:11 yaml-empty-key {}']);
  });

  it('a quoted "null" is a word, not the empty value', () => {
    expect(only('"null": 1\n')).toEqual([]);
  });
});

describe('visible text', () => {
  it('a name of spaces or invisible characters only has nothing visible', () => {
    for (const blank of ['', ' ', '   ', '\u00a0\u00a0', '\u200b', '\u200c\u200d', '\u2060', '\ufeff', '\u3000', '\u00ad', '\u2800', ' \u200b \t']) {
      expect(hasVisible(blank), JSON.stringify(blank)).toBe(false);
    }
    for (const shown of ['An', ' An ', 'An\u200b', '\u200bA', '1', '.']) expect(hasVisible(shown), JSON.stringify(shown)).toBe(true);
  });

  it('names the invisible characters of a text, each once, ASCII spaces aside', () => {
    expect(invisibleIn('na\u200bme\u200b')).toEqual(['U+200B']);
    expect(invisibleIn('a b\u00a0c\ufeff')).toEqual(['U+00A0', 'U+FEFF']);
    expect(invisibleIn('plain text')).toEqual([]);
    expect(withoutInvisible('ti\u200btle here\u2060')).toBe('title here');
  });

  it('the schema refuses a blank name with blank-text, an empty one with its own message', () => {
    const issues = (name: string) => {
      const r = memberSchema.safeParse({ id: 'an', name, department: 'a' });
      return r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.message}`);
    };
    expect(issues('\u200b')).toEqual(['custom blank-text']);
    expect(issues('  ')).toEqual(['custom blank-text']);
    expect(issues('')).toEqual([expect.stringMatching(/^too_small /)]);
    expect(issues('Nguyễn Văn An')).toEqual([]);
  });
});
