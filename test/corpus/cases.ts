/**
 * The bad-input corpus: hostile or clumsy data folders, built in a temporary folder at test
 * time (multi-megabyte junk, invalid UTF-8, pipes and symbolic links cannot sanely be
 * committed). Each case names the exact problems expected as `file:line:col code`, worked
 * out by hand from the text written here (a comment says how where it is not obvious), or
 * `[]` when the input must be accepted.
 */
import { existsSync } from 'node:fs';

/** A file's content, or something that is not a plain file. */
export type Entry =
  | string
  | Buffer
  | { readonly dir: true }
  | { readonly symlink: string }
  | { readonly fifo: true }
  | { readonly sparse: number }
  | { readonly mode: number; readonly text: string };

export interface CorpusCase {
  readonly name: string;
  /** Files of the data folder, over the base unit.yaml and members.yaml; `null` removes one. */
  readonly files: Readonly<Record<string, Entry | null>>;
  /** Extra arguments after `check --data <data>`; `data` defaults to `.`. */
  readonly args?: readonly string[];
  readonly data?: string;
  readonly exit: 0 | 1;
  /** The problems, exactly, as `file:line:col code` in sorted order; or only the codes when the place depends on generated junk. */
  readonly at?: readonly string[];
  readonly codes?: readonly string[];
  /** Skip with a stated reason. */
  readonly skip?: string;
}

export const UNIT = 'name: Chi đoàn Thử nghiệm\ndepartments:\n  - { id: a, name: Khoa A }\n  - { id: b, name: Khoa B }\n';
export const MEMBERS = '- { id: an, name: Nguyễn Văn An, department: a }\n- { id: binh, name: Trần Thị Bình, department: b }\n';

/** A deterministic pseudo-random generator (no clock, no Math.random). */
function junk(length: number, alphabet: string, seed = 7): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += alphabet[s % alphabet.length];
  }
  return out;
}

function junkBytes(length: number): Buffer {
  const b = Buffer.alloc(length);
  let s = 11;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    b[i] = (s >> 16) & 0xff;
  }
  return b;
}

const activity = (extra: string) => ({ 'activities/2024.yaml': `- kind: study\n  date: 2024-03-05\n  members: [an]\n${extra}` });
const shift = (extra: string) => ({ 'shifts/2024.yaml': `- date: 2024-03-05\n  type: day\n  department: a\n  members: [an]\n${extra}` });
const member = (fields: string) => ({ 'members.yaml': `- id: an\n  name: Nguyễn Văn An\n  department: a\n${fields}` });

const billionLaughs = ['a: &a [x, x, x, x, x, x, x, x, x]'];
for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) billionLaughs.push(`${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`);

export const CASES: readonly CorpusCase[] = [
  // ── YAML syntax slips ──────────────────────────────────────────────────────────────
  { name: 'unclosed flow map', files: { 'members.yaml': '- { id: an, name: Nguyễn Văn An, department: a\n' }, exit: 1, codes: ['yaml-syntax'] },
  { name: 'unclosed double quote', files: member('  title: "Bác sĩ\n'), exit: 1, codes: ['yaml-syntax'] },
  // `title: Họp: tổng kết` is a nested mapping in a compact one: the second colon (col 16) is the fault.
  { name: 'colon inside an unquoted value', files: activity('  title: Họp: tổng kết\n'), exit: 1, at: ['activities/2024.yaml:4:10 yaml-syntax'] },
  { name: 'stray closing bracket', files: activity('  except: [binh]]\n'), exit: 1, codes: ['yaml-syntax'] },
  { name: 'key less indented than its record', files: { 'members.yaml': '- id: an\n  name: Nguyễn Văn An\n department: a\n' }, exit: 1, codes: ['yaml-syntax'] },
  // The tab is the first character of line 2.
  { name: 'tab as indentation', files: { 'members.yaml': '- id: an\n\tname: Nguyễn Văn An\n  department: a\n' }, exit: 1, at: ['members.yaml:2:1 yaml-syntax'] },
  { name: 'tabs on several lines are reported once per line', files: { 'members.yaml': '- id: an\n\tname: An\n\tdepartment: a\n' }, exit: 1, at: ['members.yaml:2:1 yaml-syntax', 'members.yaml:3:1 yaml-syntax'] },
  // The repeated key is on line 4, column 3.
  { name: 'duplicate key in a record', files: member('  name: Nguyễn Văn Ân\n'), exit: 1, at: ['members.yaml:4:3 yaml-syntax'] },
  { name: 'duplicate key in unit.yaml', files: { 'unit.yaml': `${UNIT}name: Chi đoàn B\n` }, exit: 1, at: ['unit.yaml:5:1 yaml-syntax'] },
  { name: 'two YAML documents in one file', files: { 'members.yaml': `${MEMBERS}---\n- { id: cuong, name: Lê Văn Cường, department: a }\n` }, exit: 1, at: ['members.yaml:3:1 yaml-syntax'] },
  { name: 'YAML 1.1 directive', files: { 'unit.yaml': `%YAML 1.1\n---\n${UNIT}` }, exit: 1, at: ['unit.yaml:1:1 yaml-syntax'] },
  // `!!binary` resolves to the binary tag on the scalar at column 12.
  { name: 'binary tag', files: { 'members.yaml': '- !!binary aGVsbG8=\n' }, exit: 1, at: ['members.yaml:1:12 yaml-syntax'] },
  { name: 'custom tag', files: { 'members.yaml': '- !person { id: an, name: An, department: a }\n' }, exit: 1, codes: ['yaml-syntax'] },
  // Seven levels of nine aliases: 9^7 items. The first anchored node, `[x, …]` after `a: &a `, is at line 1, column 7.
  { name: 'alias bomb (billion laughs)', files: { 'rules.yaml': `${billionLaughs.join('\n')}\n` }, exit: 1, at: ['rules.yaml:1:7 yaml-syntax'] },
  { name: 'a few aliases are fine', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: &team [an, binh] }\n- { kind: sport, date: 2024-03-06, members: *team }\n' }, exit: 0, at: [] },
  // Merge keys are off (YAML 1.2): `<<` is an unknown key at line 2, column 5, and the record lacks name and department.
  { name: 'merge key', files: { 'members.yaml': '- &x { id: an, name: An, department: a }\n- { <<: *x, id: binh }\n' }, exit: 1, at: ['members.yaml:2:3 schema', 'members.yaml:2:3 schema', 'members.yaml:2:5 schema'] },
  // 10 000 `[`: the 65th, at column 65, is one too deep.
  { name: 'deep flow nesting', files: { 'members.yaml': `${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }, exit: 1, at: ['members.yaml:1:65 yaml-syntax'] },
  // Line n is indented n-1 spaces and starts a new sequence: line 65 (column 65) is level 65.
  { name: 'deep block nesting', files: { 'members.yaml': `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n` }, exit: 1, at: ['members.yaml:65:65 yaml-syntax'] },
  { name: 'deep mapping nesting', files: { 'members.yaml': `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n` }, exit: 1, at: ['members.yaml:65:65 yaml-syntax'] },
  // The key `[a]` starts at column 40 of line 1.
  { name: 'a list as a key', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, x: 1, [a]: x, members: [an] }\n' }, exit: 1, at: ['activities/2024.yaml:1:42 yaml-syntax'] },
  { name: '__proto__ as a key', files: { 'rules.yaml': 'kinds:\n  __proto__: { label: x }\n' }, exit: 1, at: ['rules.yaml:2:3 yaml-syntax'] },
  { name: 'constructor as a kind', files: { 'activities/2024.yaml': '- { kind: constructor, date: 2024-03-05, members: [an] }\n' }, exit: 1, at: ['activities/2024.yaml:1:11 unknown-kind'] },
  { name: 'constructor as a shift type', files: { 'shifts/2024.yaml': '- { date: 2024-03-05, type: constructor, department: a, members: [an] }\n' }, exit: 1, at: ['shifts/2024.yaml:1:29 unknown-shift-type'] },
  // `- { kind: study, date: 2024-03-05, members: [an, ` is 49 characters.
  { name: 'hasOwnProperty as a member', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [an, hasOwnProperty] }\n' }, exit: 1, at: ['activities/2024.yaml:1:50 unknown-member'] },
  { name: 'a time that is null is not a date', files: shift('  end: ~\n'), exit: 1, at: ['shifts/2024.yaml:5:8 schema'] },

  // ── Size and encoding ──────────────────────────────────────────────────────────────
  { name: '3 MB of random bytes', files: { 'members.yaml': junkBytes(3_000_000) }, exit: 1, codes: ['file-read'] },
  { name: '3 MB of YAML-ish ASCII junk', files: { 'members.yaml': junk(3_000_000, 'ab: -#&*!|>\'"%@`,?\n\t x') }, exit: 1, codes: ['yaml-syntax'] },
  { name: '1 MB of junk lines that cascade (at most 20 listed, then one summary)', files: { 'members.yaml': junk(1_000_000, 'ab:\n -') }, exit: 1, codes: ['yaml-syntax'] },
  { name: '4 MB single scalar', files: { 'members.yaml': 'x'.repeat(4_000_000) }, exit: 1, at: ['members.yaml:1:1 schema'] },
  { name: 'file larger than 32 MB (sparse)', files: { 'activities/big.yaml': { sparse: 40 * 1024 * 1024 } }, exit: 1, at: ['activities/big.yaml:1:1 file-read'] },
  // `Nguy` + Latin-1 é: the bad byte is the 11th character of line 2 (`  name: Nguy` is 12 characters, so column 13).
  { name: 'Latin-1 text', files: { 'members.yaml': Buffer.from('- id: an\n  name: Nguy\xe9n V\xe3n An\n  department: a\n', 'latin1') }, exit: 1, at: ['members.yaml:2:13 file-read'] },
  { name: 'UTF-16 file', files: { 'members.yaml': Buffer.from(`\ufeff${MEMBERS}`, 'utf16le') }, exit: 1, at: ['members.yaml:1:1 file-read'] },
  // ED A0 80 would encode a lone surrogate: invalid in UTF-8. It follows `- id: an\n  name: ` (column 9).
  { name: 'encoded surrogate', files: { 'members.yaml': Buffer.concat([Buffer.from('- id: an\n  name: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n  department: a\n')]) }, exit: 1, at: ['members.yaml:2:9 file-read'] },
  { name: 'NUL byte', files: { 'members.yaml': '- id: an\n  name: An\0\n  department: a\n' }, exit: 1, at: ['members.yaml:2:11 file-read'] },
  { name: 'BOM and CRLF', files: { 'unit.yaml': `\ufeff${UNIT.replace(/\n/g, '\r\n')}`, 'members.yaml': `\ufeff${MEMBERS.replace(/\n/g, '\r\n')}`, 'activities/2024.yaml': '\ufeff- kind: study\r\n  date: 2024-03-05\r\n  members: [an, binh]\r\n' }, exit: 0, at: [] },
  // With a BOM the columns are unchanged: the bad id `An` is still at line 1, column 9.
  { name: 'BOM does not shift columns', files: { 'members.yaml': '\ufeff- { id: An, name: An, department: a }\r\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'a file that is only a BOM', files: { 'activities/2024.yaml': '\ufeff' }, exit: 0, at: [] },
  { name: 'NFD-decomposed Vietnamese', files: { 'unit.yaml': UNIT.normalize('NFD'), 'members.yaml': MEMBERS.normalize('NFD') }, exit: 0, at: [] },
  // The same activity once in NFC and once in NFD: equal after normalisation, so the second (line 2) is a duplicate record.
  { name: 'NFD and NFC of the same record are equal', files: { 'activities/2024.yaml': `- { kind: study, date: 2024-03-05, title: Học Nghị quyết, members: [an] }\n${'- { kind: study, date: 2024-03-05, title: Học Nghị quyết, members: [an] }\n'.normalize('NFD')}` }, exit: 0, at: ['activities/2024.yaml:2:3 duplicate-record'] },

  // ── Shapes ────────────────────────────────────────────────────────────────────────
  { name: 'empty record file', files: { 'members.yaml': '', 'activities/2024.yaml': '' }, exit: 0, at: [] },
  { name: 'comments only', files: { 'activities/2024.yaml': '# chưa có hoạt động\n\n' }, exit: 0, at: [] },
  { name: 'record file is a scalar', files: { 'members.yaml': 'Nguyễn Văn An\n' }, exit: 1, at: ['members.yaml:1:1 schema'] },
  { name: 'record file is a map', files: { 'members.yaml': 'id: an\nname: Nguyễn Văn An\ndepartment: a\n' }, exit: 1, at: ['members.yaml:1:1 schema'] },
  { name: 'list of scalars', files: { 'members.yaml': '- an\n- binh\n' }, exit: 1, at: ['members.yaml:1:3 schema', 'members.yaml:2:3 schema'] },
  { name: 'empty list item', files: { 'members.yaml': `-\n${MEMBERS}` }, exit: 1, at: ['members.yaml:1:2 schema'] },
  { name: 'empty unit.yaml', files: { 'unit.yaml': '' }, exit: 1, at: ['unit.yaml:1:1 schema'] },
  { name: 'unit.yaml is a list', files: { 'unit.yaml': '- name: Chi đoàn\n' }, exit: 1, at: ['unit.yaml:1:1 schema'] },
  { name: 'unit.yaml without a name', files: { 'unit.yaml': 'departments:\n  - { id: a, name: Khoa A }\n' }, exit: 1, at: ['unit.yaml:1:1 schema'] },
  { name: 'unit.yaml with no departments', files: { 'unit.yaml': 'name: Chi đoàn\ndepartments: []\n', 'members.yaml': null }, exit: 1, at: ['unit.yaml:2:14 schema'] },
  { name: 'rules.yaml is a scalar', files: { 'rules.yaml': '42\n' }, exit: 1, at: ['rules.yaml:1:1 schema'] },
  { name: 'empty rules.yaml', files: { 'rules.yaml': '' }, exit: 0, at: [] },
  { name: 'unknown rules key with a hint', files: { 'rules.yaml': 'criterai:\n  self: { label: Bản thân }\n' }, exit: 1, at: ['rules.yaml:1:1 schema'] },
  { name: 'kinds is a number', files: { 'rules.yaml': 'kinds: 3\n' }, exit: 1, at: ['rules.yaml:1:8 schema'] },
  { name: 'shift type with a bad time', files: { 'rules.yaml': 'shifts:\n  types:\n    day: { start: "7:00", end: "17:00" }\n' }, exit: 1, at: ['rules.yaml:3:19 schema'] },
  { name: 'holiday that does not exist', files: { 'rules.yaml': 'holidays: [2024-01-01, 2024-02-30]\n' }, exit: 1, at: ['rules.yaml:1:24 bad-date'] },

  // "  - { name: Đợt 1, from: " is 25 characters.
  { name: 'phase bound that is not a day of the year', files: { 'rules.yaml': 'phases:\n  - { name: Đợt 1, from: "02-30", to: "06-30" }\n' }, exit: 1, at: ['rules.yaml:2:26 bad-date'] },
  // "    - { department: " is 20 characters; "zz, type: " 10 more.
  { name: 'coverage rule naming nothing that exists', files: { 'rules.yaml': 'shifts:\n  coverage:\n    - { department: zz, type: evening, min: 1 }\n' }, exit: 1, at: ['rules.yaml:3:21 unknown-department', 'rules.yaml:3:31 unknown-shift-type'] },
  {
    name: 'coverage over shifts eight thousand years apart',
    files: { 'rules.yaml': 'shifts:\n  coverage:\n    - { department: a, type: night, min: 1 }\n', 'shifts/2024.yaml': '- { date: 0001-01-01, type: night, department: a, members: [an] }\n- { date: 9999-12-31, type: night, department: a, members: [an] }\n' },
    exit: 0,
    // check lists the first 31 gap days of the rule (0001-01-02 …), then one line for the other 3,652,026:
    // 0001-01-01..9999-12-31 is 3,652,059 days, 2 of them staffed.
    at: Array.from({ length: 32 }, () => 'rules.yaml:3:7 coverage'),
  },

  // ── Wrong types ───────────────────────────────────────────────────────────────────
  { name: 'name is a number', files: { 'members.yaml': '- { id: an, name: 12, department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'id is a number', files: { 'members.yaml': '- { id: 123, name: An, department: a }\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'name is null', files: { 'members.yaml': '- { id: an, name: ~, department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'hours is a word', files: activity('  hours: three\n'), exit: 1, at: ['activities/2024.yaml:4:10 schema'] },
  { name: 'hours is negative', files: activity('  hours: -3\n'), exit: 1, at: ['activities/2024.yaml:4:10 schema'] },
  { name: 'hours is infinite', files: activity('  hours: .inf\n'), exit: 1, at: ['activities/2024.yaml:4:10 schema'] },
  { name: 'hours overflows to infinity', files: activity('  hours: 1e400\n'), exit: 1, at: ['activities/2024.yaml:4:10 schema'] },
  { name: 'direct_worker is "yes"', files: member('  direct_worker: yes\n'), exit: 1, at: ['members.yaml:4:18 schema'] },
  { name: 'members is a single id', files: { 'activities/2024.yaml': '- kind: study\n  date: 2024-03-05\n  members: an\n' }, exit: 1, at: ['activities/2024.yaml:3:12 schema'] },
  { name: 'shift with no members', files: { 'shifts/2024.yaml': '- { date: 2024-03-05, type: day, department: a, members: [] }\n' }, exit: 1, at: ['shifts/2024.yaml:1:58 schema'] },
  // "- { kind: study, date: 2024-03-05, members: " is 44 characters.
  { name: 'activity with an empty members list', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [] }\n' }, exit: 1, at: ['activities/2024.yaml:1:45 schema'] },
  // The `{` of line 1 is never closed: the message points at it, not where the parser gave up.
  { name: 'unclosed flow map points at its opening brace', files: { 'members.yaml': '- { id: an, name: Nguyễn Văn An, department: a\n- { id: binh, name: Bình, department: a }\n' }, exit: 1, at: ['members.yaml:1:3 yaml-syntax'] },
  { name: 'groups is one word', files: member('  groups: doan-vien\n'), exit: 1, at: ['members.yaml:4:11 schema'] },
  { name: 'all inside a list', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [all] }\n' }, exit: 1, at: ['activities/2024.yaml:1:46 schema'] },
  { name: 'violation without a type', files: { 'activities/2024.yaml': '- kind: violation\n  date: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:1:3 schema'] },
  { name: 'initiative without a title', files: { 'activities/2024.yaml': '- kind: initiative\n  date: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:1:3 schema'] },

  // ── Dates ─────────────────────────────────────────────────────────────────────────
  { name: '2024-02-30', files: { 'activities/2024.yaml': '- kind: study\n  date: 2024-02-30\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:2:9 bad-date'] },
  { name: '2023-02-29', files: member('  joined: 2023-02-29\n'), exit: 1, at: ['members.yaml:4:11 bad-date'] },
  { name: '1900-02-29 (not a leap year)', files: member('  left: 1900-02-29\n'), exit: 1, at: ['members.yaml:4:9 bad-date'] },
  { name: '2000-02-29 and 2024-02-29 exist', files: member('  joined: 2000-02-29\n  left: 2024-02-29\n'), exit: 0, at: [] },
  { name: 'month 13', files: { 'shifts/2024.yaml': '- { date: 2024-13-01, type: day, department: a, members: [an] }\n' }, exit: 1, at: ['shifts/2024.yaml:1:11 bad-date'] },
  { name: 'month 00', files: activity('  end: 2024-00-10\n'), exit: 1, at: ['activities/2024.yaml:4:8 bad-date'] },
  { name: 'date without leading zeros', files: member('  joined: 2024-3-5\n'), exit: 1, at: ['members.yaml:4:11 bad-date'] },
  { name: 'date with a time', files: member('  joined: 2024-03-05T08:00:00\n'), exit: 1, at: ['members.yaml:4:11 bad-date'] },
  { name: 'date written as a number', files: member('  joined: 20240305\n'), exit: 1, at: ['members.yaml:4:11 schema'] },
  { name: 'recognized date that does not exist', files: { 'activities/2024.yaml': '- kind: initiative\n  date: 2024-03-05\n  title: Sổ tay điện tử\n  members: [an]\n  level: co-so\n  recognized: 2024-04-31\n' }, exit: 1, at: ['activities/2024.yaml:6:15 bad-date'] },

  // ── Times ─────────────────────────────────────────────────────────────────────────
  { name: 'hour 25', files: shift('  start: "25:00"\n'), exit: 1, at: ['shifts/2024.yaml:5:10 schema'] },
  { name: 'hour 24', files: shift('  end: "24:00"\n'), exit: 1, at: ['shifts/2024.yaml:5:8 schema'] },
  { name: 'minute 60', files: shift('  start: "12:60"\n'), exit: 1, at: ['shifts/2024.yaml:5:10 schema'] },
  { name: 'one-digit hour', files: shift('  start: "7:00"\n'), exit: 1, at: ['shifts/2024.yaml:5:10 schema'] },
  { name: 'unquoted 0700 is a number', files: shift('  start: 0700\n'), exit: 1, at: ['shifts/2024.yaml:5:10 schema'] },
  { name: 'time with seconds', files: shift('  start: "07:00:00"\n'), exit: 1, at: ['shifts/2024.yaml:5:10 schema'] },

  // ── Ids ───────────────────────────────────────────────────────────────────────────
  { name: 'id with capitals', files: { 'members.yaml': '- { id: NguyenVanAn, name: An, department: a }\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'id with diacritics', files: { 'members.yaml': '- { id: nguyễn-văn-an, name: An, department: a }\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'id with a space', files: { 'members.yaml': '- { id: nguyen van an, name: An, department: a }\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'id starting with a dash', files: { 'members.yaml': '- { id: -an, name: An, department: a }\n' }, exit: 1, at: ['members.yaml:1:9 schema'] },
  { name: 'department id with capitals', files: { 'unit.yaml': 'name: Chi đoàn\ndepartments:\n  - { id: HSCC, name: Khoa HSCC }\n', 'members.yaml': null }, exit: 1, at: ['unit.yaml:3:11 schema'] },
  { name: 'unknown dept: reference', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [dept:c] }\n' }, exit: 1, at: ['activities/2024.yaml:1:46 unknown-department'] },

  // ── The file system ───────────────────────────────────────────────────────────────
  { name: 'members.yaml is a folder', files: { 'members.yaml': { dir: true } }, exit: 1, at: ['members.yaml:1:1 file-read'] },
  { name: 'unit.yaml is a folder', files: { 'unit.yaml': { dir: true } }, exit: 1, at: ['unit.yaml:1:1 file-read'] },
  { name: 'a folder named x.yaml among activities is only a folder', files: { 'activities/x.yaml': { dir: true } }, exit: 0, at: [] },
  { name: 'activities is a file', files: { activities: 'hello\n' }, exit: 1, at: ['activities:1:1 file-read'] },
  { name: 'symbolic link back to the data folder', files: { 'activities/up': { symlink: '..' } }, exit: 0, at: ['activities/up:1:1 file-read'] },
  { name: 'symbolic link loop is an error with --strict', files: { 'shifts/loop': { symlink: '.' } }, args: ['--strict'], exit: 1, at: ['shifts/loop:1:1 file-read'] },
  { name: 'file linking to itself', files: { 'activities/self.yaml': { symlink: 'self.yaml' } }, exit: 1, at: ['activities/self.yaml:1:1 file-read'] },
  { name: 'dangling link as members.yaml', files: { 'members.yaml': { symlink: 'nowhere.yaml' } }, exit: 1, at: ['members.yaml:1:1 file-read'] },
  { name: 'named pipe as members.yaml (must not hang)', files: { 'members.yaml': { fifo: true } }, exit: 1, at: ['members.yaml:1:1 file-read'] },
  { name: 'named pipe among activities is skipped', files: { 'activities/pipe.yaml': { fifo: true } }, exit: 0, at: [] },
  { name: 'unreadable file', files: { 'members.yaml': { mode: 0o000, text: MEMBERS } }, exit: 1, at: ['members.yaml:1:1 file-read'], skip: process.getuid?.() === 0 ? 'runs as root: root reads a chmod 000 file anyway' : undefined },
  { name: 'missing data folder', files: {}, data: 'absent', exit: 1, at: ['absent:1:1 missing-file'] },
  { name: 'data path is a file', files: { 'notes.txt': 'x' }, data: 'notes.txt', exit: 1, at: ['notes.txt:1:1 missing-file'] },
  { name: 'empty data folder', files: { 'unit.yaml': null, 'members.yaml': null }, exit: 1, at: ['unit.yaml:1:1 missing-file'] },
  // The junk in notes.txt is not read (no file-read error); being in activities/, it is named as not read.
  { name: '.yml files are read, dot files and other files are not', files: { 'members.yaml': null, 'members.yml': MEMBERS, 'activities/.draft.yaml': '{{{ junk', 'activities/notes.txt': '\0\0\0', 'activities/2024.YML': '- { kind: study, date: 2024-03-05, members: [an] }\n' }, exit: 0, at: ['activities/notes.txt:1:1 ignored-file'] },

  // ── Links out of the data folder (#16): an error at the link, the target never read ──
  { name: 'file link to /etc/hostname', files: { 'activities/h.yaml': { symlink: '/etc/hostname' } }, exit: 1, at: ['activities/h.yaml:1:1 file-read'] },
  { name: 'folder link to /usr/share (nothing below it is listed)', files: { 'activities/share': { symlink: '/usr/share' } }, exit: 1, at: ['activities/share:1:1 file-read'] },
  { name: 'folder link to /proc/self (must not walk the machine)', files: { 'shifts/self': { symlink: '/proc/self' } }, exit: 1, at: ['shifts/self:1:1 file-read'], skip: existsSync('/proc/self') ? undefined : 'no /proc here' },
  { name: 'unit.yaml links out', files: { 'unit.yaml': { symlink: '/etc/hostname' } }, exit: 1, at: ['unit.yaml:1:1 file-read'] },
  { name: 'members.yaml links out', files: { 'members.yaml': { symlink: '/etc/passwd' } }, exit: 1, at: ['members.yaml:1:1 file-read'] },
  { name: 'rules.yaml links out', files: { 'rules.yaml': { symlink: '/etc/hostname' } }, exit: 1, at: ['rules.yaml:1:1 file-read'] },
  { name: 'a record folder links out', files: { ratings: { symlink: '/usr/share' } }, exit: 1, at: ['ratings:1:1 file-read'] },
  { name: 'narrative/ links out', files: { narrative: { symlink: '/etc' } }, exit: 1, at: ['narrative:1:1 file-read'] },
  { name: 'a narrative file links out', files: { 'narrative/2024.md': { symlink: '/etc/passwd' } }, exit: 1, at: ['narrative/2024.md:1:1 file-read'] },
  { name: 'a link deep in a record folder links out', files: { 'members/a/b/c.yaml': { symlink: '/etc/hostname' } }, exit: 1, at: ['members/a/b/c.yaml:1:1 file-read'] },
  // The case's folder is <tmp>/<n>: `../..` is <tmp>'s parent, outside.
  { name: 'a relative link that climbs out', files: { 'activities/up': { symlink: '../../..' } }, exit: 1, at: ['activities/up:1:1 file-read'] },
  // `hop` (not read: a folder at the top, a warning) leads out, so `activities/via` does too, through it.
  { name: 'a link through a link inside that leads out', files: { hop: { symlink: '/usr/share' }, 'activities/via': { symlink: '../hop' } }, exit: 1, at: ['activities/via:1:1 file-read', 'hop:1:1 file-read'] },
  // Entries at the top other than unit/rules/members and the record folders are never read: a link out there is said, as a warning.
  { name: 'links out at the top that are never read: warnings', files: { backup: { symlink: '/usr' }, 'README.md': { symlink: '/etc/hostname' } }, exit: 0, at: ['README.md:1:1 file-read', 'backup:1:1 file-read'] },
  // Read through the links: `zz` of the linked file is reported at the link's path (`- { kind: study, date: 2024-03-05, members: [` is 45 characters).
  {
    name: 'links that stay inside the data folder are read',
    files: { 'notes/2024.yaml': '- { kind: study, date: 2024-03-05, members: [zz] }\n', 'activities/in.yaml': { symlink: '../notes/2024.yaml' }, 'shifts/notes': { symlink: '../notes' } },
    exit: 1,
    // As a shift the activity lacks type and department (1:3) and has an unknown key `kind` (1:5).
    at: ['activities/in.yaml:1:46 unknown-member', 'notes:1:1 ignored-file', 'shifts/notes/2024.yaml:1:3 schema', 'shifts/notes/2024.yaml:1:3 schema', 'shifts/notes/2024.yaml:1:5 schema'],
  },
  { name: 'two file links to each other', files: { 'activities/a.yaml': { symlink: 'b.yaml' }, 'activities/b.yaml': { symlink: 'a.yaml' } }, exit: 1, at: ['activities/a.yaml:1:1 file-read', 'activities/b.yaml:1:1 file-read'] },
  { name: 'a folder linked twice is read once', files: { 'activities/2024/x.yaml': '- { kind: study, date: 2024-03-05, members: [an] }\n', 'activities/again': { symlink: '2024' } }, exit: 0, at: ['activities/again:1:1 file-read'] },

  // ── Odd file names (#16): shown escaped on one line; a record file so named is not read ──
  { name: 'a line break in a record file name', files: { 'activities/a\nb.yaml': '- { kind: study, date: 2024-03-05, members: [an] }\n' }, exit: 1, at: ['activities/a\\nb.yaml:1:1 file-read'] },
  { name: 'an escape sequence in a file name that is not read', files: { 'activities/c\u001b[31m.txt': 'x' }, exit: 0, at: ['activities/c\\x1b[31m.txt:1:1 ignored-file'] },
  { name: 'a line break in a folder name among records', files: { 'members/x\ny/a.yaml': MEMBERS }, exit: 1, at: ['members/x\\ny:1:1 file-read'] },
  { name: 'a tab in a file name at the top', files: { 'unit\t.yaml': UNIT }, exit: 0, at: ['unit\\t.yaml:1:1 ignored-file'] },

  // ── Line ends and BOMs (#16) ──────────────────────────────────────────────────────
  // `- kind: study` is 13 characters: the first CR is column 14 of the one line there is.
  { name: 'CR-only line ends (old Mac)', files: { 'activities/2024.yaml': '- kind: study\r  date: 2024-03-05\r  members: [an]\r' }, exit: 1, at: ['activities/2024.yaml:1:14 yaml-syntax'] },
  // `name: Chi đoàn Thử nghiệm` is 25 characters.
  { name: 'CR-only line ends in unit.yaml', files: { 'unit.yaml': UNIT.replace(/\n/g, '\r') }, exit: 1, at: ['unit.yaml:1:26 yaml-syntax'] },
  // CRLF everywhere but one lone CR at the end of line 2 (`  date: 2024-03-05` is 18 characters).
  { name: 'one lone CR among CRLF line ends', files: { 'activities/2024.yaml': '- kind: study\r\n  date: 2024-03-05\r  members: [an]\r\n' }, exit: 1, at: ['activities/2024.yaml:2:19 yaml-syntax'] },
  { name: 'a BOM at the start of line 4 (two files joined)', files: { 'activities/2024.yaml': '- kind: study\n  date: 2024-03-05\n  members: [an]\n\ufeff- kind: sport\n  date: 2024-03-06\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:4:1 yaml-syntax'] },
  { name: 'a BOM inside a quoted value', files: member('  title: "\ufeffBác sĩ"\n'), exit: 1, at: ['members.yaml:4:11 yaml-syntax'] },
  { name: 'two BOMs at the start', files: { 'members.yaml': `\ufeff\ufeff${MEMBERS}` }, exit: 1, at: ['members.yaml:1:1 yaml-syntax'] },
  // Pasted from Word: a no-break space starts line 2, a zero-width space line 1; one message each, at it.
  { name: 'a no-break space in an indentation', files: { 'activities/2024.yaml': '- kind: study\n\u00a0 date: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:2:1 yaml-syntax'] },
  { name: 'a zero-width space before a list item', files: { 'activities/2024.yaml': '\u200b- kind: study\n  date: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:1:1 yaml-syntax'] },
  // A zero-width space inside `date`: named as such, not "unknown key date"; the record then lacks its date.
  { name: 'a zero-width space in a key', files: { 'activities/2024.yaml': '- kind: study\n  da\u200bte: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:1:3 schema', 'activities/2024.yaml:2:3 schema'] },

  // ── Invisible names and ids (#16) ─────────────────────────────────────────────────
  { name: 'name of spaces only', files: { 'members.yaml': '- { id: an, name: "   ", department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'name of a zero-width space', files: { 'members.yaml': '- { id: an, name: "\u200b", department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'name of ZWNJ, ZWJ and a word joiner', files: { 'members.yaml': '- { id: an, name: \u200c\u200d\u2060, department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'name of no-break spaces', files: { 'members.yaml': '- { id: an, name: "\u00a0\u00a0", department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'name of an ideographic space and a soft hyphen', files: { 'members.yaml': '- { id: an, name: "\u3000\u00ad", department: a }\n' }, exit: 1, at: ['members.yaml:1:19 schema'] },
  { name: 'unit name of spaces', files: { 'unit.yaml': UNIT.replace('name: Chi đoàn Thử nghiệm', 'name: "  "') }, exit: 1, at: ['unit.yaml:1:7 schema'] },
  // `  - { id: a, name: ` is 19 characters.
  { name: 'department name invisible', files: { 'unit.yaml': UNIT.replace('Khoa A', '"\u200b"') }, exit: 1, at: ['unit.yaml:3:20 schema'] },
  { name: 'title invisible', files: member('  title: "\u200b \u200b"\n'), exit: 1, at: ['members.yaml:4:10 schema'] },
  { name: 'activity title invisible', files: activity('  title: "\u2060"\n'), exit: 1, at: ['activities/2024.yaml:4:10 schema'] },
  { name: 'criterion label invisible', files: { 'rules.yaml': 'criteria:\n  self: { label: "\u200b" }\n' }, exit: 1, at: ['rules.yaml:2:18 schema'] },
  { name: 'a name with a zero-width space among letters is kept', files: { 'members.yaml': '- { id: an, name: "An\u200b", department: a }\n' }, exit: 0, at: [] },
  { name: 'ids differing by a zero-width space', files: { 'members.yaml': '- { id: an, name: An, department: a }\n- { id: "an\u200b", name: An, department: a }\n' }, exit: 1, at: ['members.yaml:2:9 schema'] },
  { name: 'a department id with a zero-width joiner', files: { 'unit.yaml': 'name: Chi đoàn\ndepartments:\n  - { id: a, name: Khoa A }\n  - { id: "a\u200d", name: Khoa A2 }\n', 'members.yaml': null }, exit: 1, at: ['unit.yaml:4:11 schema'] },
  // `- { kind: study, date: 2024-03-05, members: [` is 45 characters: the reference is an unknown member.
  { name: 'a member reference with a zero-width space', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [an\u200b] }\n' }, exit: 1, at: ['activities/2024.yaml:1:46 unknown-member'] },
  // `- { id: an, name: An, department: ` is 34 characters; `dept:` starts at 46 as `an` above.
  { name: 'a member’s department with a zero-width space', files: { 'members.yaml': '- { id: an, name: An, department: "a\u200b" }\n' }, exit: 1, at: ['members.yaml:1:35 schema'] },
  { name: 'a dept: reference with a zero-width space', files: { 'activities/2024.yaml': '- { kind: study, date: 2024-03-05, members: [dept:a\u200b] }\n' }, exit: 1, at: ['activities/2024.yaml:1:46 unknown-department'] },
  { name: 'a shift type defined with a zero-width space', files: { 'rules.yaml': 'shifts:\n  types:\n    "day\u200b": { start: "07:00", end: "17:00" }\n' }, exit: 1, codes: ['schema'] },
  { name: 'a shift member with a zero-width space', files: { 'shifts/2024.yaml': '- { date: 2024-03-05, type: day, department: a, members: [an\u200b] }\n' }, exit: 1, at: ['shifts/2024.yaml:1:59 schema'] },
  { name: 'an except id with a zero-width space', files: activity('  except: [binh\u200b]\n'), exit: 1, at: ['activities/2024.yaml:4:12 schema'] },
  { name: 'a kind with a zero-width space', files: { 'activities/2024.yaml': '- { kind: study\u200b, date: 2024-03-05, members: [an] }\n' }, exit: 1, at: ['activities/2024.yaml:1:11 schema'] },
  { name: 'a shift type with a zero-width space', files: { 'shifts/2024.yaml': '- { date: 2024-03-05, type: day\u200b, department: a, members: [an] }\n' }, exit: 1, at: ['shifts/2024.yaml:1:29 schema'] },
  { name: 'a kind defined with a zero-width space', files: { 'rules.yaml': 'kinds:\n  study\u200b: { label: Học tập }\n' }, exit: 1, codes: ['schema'] },

  // ── Keys that are no names (#16): located at the key ───────────────────────────────
  { name: 'null: as the only key of rules.yaml', files: { 'rules.yaml': 'null: 1\n' }, exit: 1, at: ['rules.yaml:1:1 yaml-syntax'] },
  { name: 'null: in a record file', files: { 'activities/2024.yaml': 'null: 1\n' }, exit: 1, at: ['activities/2024.yaml:1:1 yaml-syntax'] },
  { name: 'a ~ key inside a record', files: activity('  ~: x\n'), exit: 1, at: ['activities/2024.yaml:4:3 yaml-syntax'] },
  { name: 'a null key first in a record', files: { 'activities/2024.yaml': '- null: x\n  kind: study\n  date: 2024-03-05\n  members: [an]\n' }, exit: 1, at: ['activities/2024.yaml:1:3 yaml-syntax'] },
  // `- { id: an, name: An, department: a, ` is 37 characters.
  { name: 'a null key in a flow record', files: { 'members.yaml': '- { id: an, name: An, department: a, null: 1 }\n' }, exit: 1, at: ['members.yaml:1:38 yaml-syntax'] },
  // Nothing before the colon: the place is the colon.
  { name: 'an empty key in a record', files: member('  : x\n'), exit: 1, at: ['members.yaml:4:3 yaml-syntax'] },
  { name: 'an empty key in unit.yaml', files: { 'unit.yaml': `${UNIT}: x\n` }, exit: 1, at: ['unit.yaml:5:1 yaml-syntax'] },
  { name: 'number and boolean keys in a record are unknown keys at the key', files: member('  1: x\n  true: y\n'), exit: 1, at: ['members.yaml:4:3 schema', 'members.yaml:5:3 schema'] },
  { name: 'a list as a key of rules.yaml', files: { 'rules.yaml': '[a]: b\n' }, exit: 1, at: ['rules.yaml:1:1 yaml-syntax'] },
];
