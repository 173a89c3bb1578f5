import { describe, expect, it } from 'vitest';
import { capPerFileAndCode, problemCount, recordByRecord } from '../../src/load/issue-cap.js';
import type { Issue } from '../../src/model/types.js';

const at = (file: string, line: number, code: Issue['code'] = 'bad-date', severity: Issue['severity'] = 'error'): Issue => ({
  code,
  severity,
  source: { file, line, column: 3 },
  message: code === 'bad-date' ? 'bad-date' : 'unknown-member',
  params: { line },
});

describe('capPerFileAndCode', () => {
  it('leaves a list at or under the cap alone', () => {
    const issues = Array.from({ length: 5 }, (_, i) => at('a.yaml', i + 1));
    expect(capPerFileAndCode(issues, 5)).toEqual(issues);
  });

  it('keeps the first by place and counts the rest in one line at the first left out', () => {
    // Found in reverse order: the kept ones are still lines 1–3.
    const issues = Array.from({ length: 10 }, (_, i) => at('a.yaml', 10 - i));
    const out = capPerFileAndCode(issues, 3);
    expect(out.filter((i) => i.message === 'bad-date').map((i) => i.source.line).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    const more = out.filter((i) => i.message === 'more-problems');
    expect(more).toEqual([{ code: 'bad-date', severity: 'error', source: { file: 'a.yaml', line: 4, column: 3 }, message: 'more-problems', params: { count: 7, listed: 3 } }]);
    expect(out.reduce((n, i) => n + problemCount(i), 0)).toBe(10);
  });

  it('caps each file, code and severity on its own', () => {
    const issues = [
      ...Array.from({ length: 4 }, (_, i) => at('a.yaml', i + 1)),
      ...Array.from({ length: 4 }, (_, i) => at('b.yaml', i + 1)),
      ...Array.from({ length: 4 }, (_, i) => at('a.yaml', i + 1, 'unknown-member')),
      at('a.yaml', 9, 'bad-date', 'warning'),
    ];
    const out = capPerFileAndCode(issues, 2);
    const more = out.filter((i) => i.message === 'more-problems').map((i) => `${i.source.file} ${i.code} ${i.severity} ${i.params['count']}`);
    expect(more.sort()).toEqual(['a.yaml bad-date error 2', 'a.yaml unknown-member error 2', 'b.yaml bad-date error 2']);
    expect(out.some((i) => i.severity === 'warning' && i.message === 'bad-date')).toBe(true);
  });

  it('merges the count of an earlier cap (per file while loading) into the final one', () => {
    const first = capPerFileAndCode(Array.from({ length: 8 }, (_, i) => at('a.yaml', i + 1)), 3);
    const again = capPerFileAndCode([...first, at('a.yaml', 20)], 3);
    const more = again.filter((i) => i.message === 'more-problems');
    expect(more).toHaveLength(1);
    expect(more[0]!.params['count']).toBe(6);
    expect(again.reduce((n, i) => n + problemCount(i), 0)).toBe(9);
  });

  it('never caps the lines that already count their own kind', () => {
    const own: Issue[] = Array.from({ length: 4 }, (_, i) => ({ ...at('rules.yaml', 1), code: 'coverage', severity: 'warning', message: 'coverage-more', params: { more: i, listed: 31 } }));
    expect(capPerFileAndCode(own, 1)).toEqual(own);
  });
});

describe('recordByRecord', () => {
  it('keeps whole records until a group is full, counts the rest, and the final cap trims exactly', () => {
    const gate = recordByRecord(3);
    // Five records of two problems of one code each: records 1–2 fill the group (4 kept), 3–5 are counted.
    for (let r = 0; r < 5; r++) gate.add([at('a.yaml', r * 10 + 2), at('a.yaml', r * 10 + 1)]);
    const gathered = gate.issues();
    expect(gathered.filter((i) => i.message === 'bad-date')).toHaveLength(4);
    expect(gathered.filter((i) => i.message === 'more-problems')).toEqual([
      { code: 'bad-date', severity: 'error', source: { file: 'a.yaml', line: 22, column: 3 }, message: 'more-problems', params: { count: 6, listed: 3 } },
    ]);
    const final = capPerFileAndCode(gathered, 3);
    expect(final.filter((i) => i.message === 'bad-date').map((i) => i.source.line).sort((a, b) => a - b)).toEqual([1, 2, 11]);
    const more = final.filter((i) => i.message === 'more-problems');
    // The line of the first problem left out by place (12), and all 7 not listed.
    expect(more.map((i) => [i.source.line, i.params['count']])).toEqual([[12, 7]]);
    expect(final.reduce((n, i) => n + problemCount(i), 0)).toBe(10);
  });
});
