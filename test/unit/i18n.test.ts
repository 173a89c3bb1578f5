/**
 * The catalogues (src/i18n): the same keys in both languages, checked at compile time
 * (types/catalogue-keys.ts) and at run time; plural forms; the report labels; the help and
 * the usage errors in the chosen language.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { en } from '../../src/i18n/en.js';
import { catalogue, criterionWords, fill, isPlural, pluralIn, selectForm } from '../../src/i18n/index.js';
import { pluralCategory } from '../../src/i18n/fill.js';
import { vi } from '../../src/i18n/vi.js';
import { labelsOf } from '../../src/render/render-markdown.js';
import { makeFmt } from '../../src/render/md-format.js';

/** Every path of a catalogue, a plural form counting as one message. */
function paths(x: unknown, prefix = ''): string[] {
  if (typeof x !== 'object' || x === null || isPlural(x)) return [prefix];
  return Object.entries(x).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

function at(x: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], x);
}

describe('the catalogues', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect(paths(en).sort()).toEqual(paths(vi).sort());
  });

  it('have a message (a non-empty string or plural forms) at every key, of the same kind in both', () => {
    for (const path of paths(vi)) {
      const v = at(vi, path);
      const e = at(en, path);
      expect(typeof v === 'string' || isPlural(v), path).toBe(true);
      expect(isPlural(e), path).toBe(isPlural(v));
      if (isPlural(e)) expect(e.by, path).toBe((v as { by: string }).by);
    }
  });

  // That English cannot lose or gain a key, nor a message id be misspelt, is a compile-time
  // promise: test/unit/types/catalogue-keys.ts, checked by `npm run lint`.
  it('the report labels are the catalogue’s, as the templates see them', () => {
    expect(labelsOf('vi')).toBe(vi.labels);
    expect(labelsOf('en')).toBe(en.labels);
    const titles = labelsOf('en')['sections'] as Record<string, string>;
    expect(titles['overview']).toBe('Overview');
  });
});

describe('fill and plural forms', () => {
  const plural = pluralIn('en');
  const files = plural({ one: '{count} file', other: '{count} files' });

  it('chooses the English form by the count (Intl.PluralRules: one, other)', () => {
    expect(fill(files, { count: 1 })).toBe('1 file');
    expect(fill(files, { count: 0 })).toBe('0 files');
    expect(fill(files, { count: 2 })).toBe('2 files');
    expect(fill(files, { count: 1.5 })).toBe('1.5 files');
    expect(fill(files, { count: '1' })).toBe('1 file');
    // No count, or one that is no number (a formatted `1,313`): the general form.
    expect(fill(files, {})).toBe('{count} files');
    expect(fill(files, { count: '1,313' })).toBe('1,313 files');
  });

  it('by the param the form names', () => {
    const nights = plural({ one: '{nights} night', other: '{nights} nights' }, 'nights');
    expect(fill(nights, { nights: 1 })).toBe('1 night');
    expect(fill(nights, { nights: 3, count: 1 })).toBe('3 nights');
  });

  it('answers Vietnamese without asking Intl, exactly as Intl.PluralRules would', () => {
    const rules = new Intl.PluralRules('vi');
    for (const n of [0, 1, -1, 2, 1.5, 0.5, 21, 101, 1e21, Number.POSITIVE_INFINITY]) expect(pluralCategory(n, 'vi')).toBe(rules.select(n));
    expect(rules.resolvedOptions().pluralCategories).toEqual(['other']);
  });

  it('Vietnamese has one form for every count', () => {
    const forms = pluralIn('vi')({ one: 'một', other: '{count} tệp' });
    expect(selectForm(forms, { count: 1 })).toBe('{count} tệp');
    expect(fill(vi.init.created, { dir: 'x', count: 1, version: '1' })).toContain('1 tệp');
  });

  it('writes the values with the caller’s formatter, choosing the form by the number itself', () => {
    expect(fill(files, { count: 1 }, (v) => `<${v}>`)).toBe('<1> file');
    expect(fill('{a} {b} {c}', { a: 1, b: 'x' })).toBe('1 x {c}');
  });

  it('the English count messages', () => {
    expect(fill(en.init.refused, { count: 1 })).toBe('Nothing was written: 1 path is in the way (listed above). Choose an empty folder, or move it away.');
    expect(fill(en.init.refused, { count: 2 })).toContain('2 paths are in the way');
    expect(fill(en.issues['night-limit'], { member: 'an', nights: 1, month: '2024-03', max: 0 })).toBe('“an” has 1 night shift in 2024-03 (at most 0)');
    expect(fill(en.report.notMet, { gap: 1 })).toBe('NOT MET — 1 more person needed');
    expect(fill(en.member.count, { count: 0, required: 1 })).toBe('0/1 activity');
    const f = makeFmt(labelsOf('en'), 'en');
    expect(f.w('shifts.nightItem', { name: 'An', department: 'A', nights: 1, month: 'March', max: 0 })).toBe('An (A) worked 1 night shift in March (at most 0).');
    expect(f.w('shifts.nightItem', { name: 'An', department: 'A', nights: 1313, month: 'March', max: 0 })).toBe('An (A) worked 1,313 night shifts in March (at most 0).');
    expect(f.w('allowance.total', { total: '1', people: f.w('allowance.people', { count: 1 }), shifts: f.w('allowance.paidDuties', { count: 1 }) })).toBe('Total: 1 VND (1 person, 1 paid duty).');
  });
});

describe('criterion labels', () => {
  it('a default criterion in the language; one the unit named stays as written', () => {
    const label = 'Trách nhiệm với cộng đồng';
    expect(criterionWords({ id: 'community', label }, 'vi')).toBe(label);
    expect(criterionWords({ id: 'community', label }, 'en')).toBe((catalogue('en').labels.defaults.criteria as Record<string, string>)['community']);
    expect(criterionWords({ id: 'community', label: 'Cộng đồng' }, 'en')).toBe('Cộng đồng');
    expect(criterionWords({ id: 'own', label: 'Riêng' }, 'en')).toBe('Riêng');
  });
});

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd: process.cwd(), env, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

describe('the command line in the chosen language', () => {
  it('help in Vietnamese by default', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: thidua \[tuỳ chọn\] \[lệnh\]/);
    for (const word of ['Tuỳ chọn:', 'Lệnh:', 'hiển thị trợ giúp', 'in số phiên bản', 'mặc định:', 'Lập báo cáo cho một kỳ']) expect(r.stdout.replace(/\s+/g, ' ')).toContain(word);
    for (const word of ['Usage:', 'Options:', 'Commands:', 'display help', 'default:', ' / ']) expect(r.stdout).not.toContain(word);
  });

  it('help in English with --lang en, and with THIDUA_LANG=en', async () => {
    for (const r of [await run(['--lang', 'en', '--help']), await run(['--help'], { THIDUA_LANG: 'en' }), await run(['report', '--help', '--lang=en'])]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: thidua/);
      expect(r.stdout).toContain('display help for command');
      expect(r.stdout).not.toMatch(/Cách dùng|Tuỳ chọn|mặc định|thư mục|ngày/);
    }
    const member = await run(['--lang', 'en', 'member', '--help']);
    expect(member.stdout).toContain('Arguments:');
    expect(member.stdout).toContain(en.help.memberId);
  });

  it('commander’s errors in the language', async () => {
    const vi1 = await run(['repor']);
    expect(vi1.code).toBe(2);
    expect(vi1.stderr).toBe('lỗi: không có lệnh “repor” — có phải ý bạn là “report”?\n');
    const en1 = await run(['--lang', 'en', 'repor']);
    expect(en1.stderr).toBe("error: unknown command 'repor'\n(Did you mean report?)\n");
    expect((await run(['member'])).stderr).toBe('lỗi: thiếu tham số bắt buộc “id”\n');
    expect((await run(['--lang', 'en', 'member', 'a', 'b'])).stderr).toBe("error: too many arguments for 'member'. Expected 1 argument but got 2.\n");
    expect((await run(['report', '--year'])).stderr).toBe('lỗi: tuỳ chọn “--year <YYYY>” cần một giá trị\n');
    expect((await run(['import', 'people', 'x.csv'])).stderr).toBe('lỗi: tham số “kind” không nhận “people”; chỉ nhận: members, shifts\n');
    expect((await run(['--lang', 'en', 'import', 'people', 'x.csv'])).stderr).toBe(
      "error: command-argument value 'people' is invalid for argument 'kind'. Allowed choices are members, shifts.\n",
    );
  });

  it('usage errors in the chosen language only', async () => {
    const vi2 = await run(['report', '--year', '24']);
    expect(vi2.code).toBe(2);
    expect(vi2.stderr).toBe('thidua: --year cần năm dạng YYYY: 24\n');
    const en2 = await run(['report', '--year', '24', '--lang', 'en']);
    expect(en2.stderr).toBe('thidua: --year expects YYYY: 24\n');
    expect((await run(['report', '--lang', 'en'])).stderr).toBe('thidua: give exactly one of --year, --month, --phase, --from/--to\n');
    expect((await run(['report', '--year', '2024', '--format', 'pdf'], { THIDUA_LANG: 'en' })).stderr).toBe('thidua: --format accepts md, csv, json, docx: pdf\n');
  });
});
