/** The window and path options (src/cli/options.ts): THIDUA_TODAY's range, empty paths. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/context.js';
import { isTodayInRange, nonEmptyPath, parseWindow, TODAY_RANGE } from '../../src/cli/options.js';
import { WINDOW_YEARS } from '../../src/model/dates.js';

describe('THIDUA_TODAY (the "today" of --month previous)', () => {
  it('is taken from the first day whose previous month is in the years of the data to the last day', () => {
    expect(WINDOW_YEARS).toEqual({ min: 1900, max: 2999 });
    expect(TODAY_RANGE).toEqual({ first: '1900-02-01', last: '2999-12-31' });
    for (const ok of ['1900-02-01', '2024-03-15', '2999-12-31']) expect(isTodayInRange(ok), ok).toBe(true);
    for (const bad of ['0000-01-15', '1900-01-31', '1899-12-31', '3000-01-01', '9999-12-31', '2024-02-30', '2024-3-1', '', 'today']) {
      expect(isTodayInRange(bad), bad).toBe(false);
    }
  });

  it('out of range is a usage error naming the variable, in the language asked, never reaching the computation', () => {
    const previous = (today: string, lang: 'vi' | 'en') => () => parseWindow({ month: 'previous' }, () => today, lang);
    expect(previous('0000-01-15', 'en')).toThrow(new UsageError('THIDUA_TODAY (today) must be a date YYYY-MM-DD from 1900-02-01 to 2999-12-31: 0000-01-15'));
    expect(previous('1900-01-15', 'vi')).toThrow(
      new UsageError('THIDUA_TODAY (ngày hôm nay) phải là một ngày YYYY-MM-DD từ 1900-02-01 đến 2999-12-31: 1900-01-15'),
    );
    expect(previous('1900-02-01', 'en')()).toEqual({ kind: 'month', year: 1900, month: 1 });
    expect(previous('2999-12-31', 'en')()).toEqual({ kind: 'month', year: 2999, month: 11 });
    // Only --month previous reads it.
    expect(parseWindow({ month: '2024-03' }, () => '0000-01-15', 'en')).toEqual({ kind: 'month', year: 2024, month: 3 });
  });
});

describe('nonEmptyPath (commander parser of --data, --out, DIR)', () => {
  it('passes a path through, "." included, and refuses an empty one (an unset variable)', () => {
    const parse = nonEmptyPath('--out', 'en');
    expect(parse('.')).toBe('.');
    expect(parse('reports/x')).toBe('reports/x');
    expect(() => parse('')).toThrow(new UsageError('--out is empty (an unset variable?): give the path, “.” for the current folder'));
    expect(() => nonEmptyPath('DIR', 'vi')('')).toThrow(/^DIR trống/);
  });
});
