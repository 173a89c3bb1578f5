/** The named comparators of src/model/order.ts. */
import { describe, expect, it } from 'vitest';
import { compareIds, comparePaths, compareSources, compareText } from '../../src/model/order.js';

describe('named comparators', () => {
  it('text, ids and paths sort by code units, as a plain sort does, in every locale', () => {
    const words = ['b', 'B', 'a', 'á', 'a-b', 'a.b', 'a', '10', '9', ''];
    expect([...words].sort(compareText)).toEqual([...words].sort());
    expect([...words].sort(compareIds)).toEqual([...words].sort());
    expect(['members/b.yaml', 'members.yaml', 'members/a.yaml'].sort(comparePaths)).toEqual(['members.yaml', 'members/a.yaml', 'members/b.yaml']);
    expect(compareText('a', 'a')).toBe(0);
  });

  it('places sort by file, then line, then column', () => {
    const at = (file: string, line: number, column: number) => ({ file, line, column });
    const places = [at('b.yaml', 1, 1), at('a.yaml', 10, 1), at('a.yaml', 2, 7), at('a.yaml', 2, 3)];
    expect([...places].sort(compareSources)).toEqual([at('a.yaml', 2, 3), at('a.yaml', 2, 7), at('a.yaml', 10, 1), at('b.yaml', 1, 1)]);
    expect(compareSources(at('a.yaml', 1, 1), at('a.yaml', 1, 1))).toBe(0);
  });
});
