/** Issue #15: the shift figures without a `Set` or a spread per shift. */
import { describe, expect, it } from 'vitest';
import { distinctIds } from '../../src/model/shift-time.js';

describe('distinctIds', () => {
  it('gives the list itself when no id repeats, else each id once in first-listed order', () => {
    const once = ['b', 'a', 'c'];
    expect(distinctIds(once)).toBe(once);
    expect(distinctIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    const long = Array.from({ length: 40 }, (_, i) => `m${i % 30}`);
    expect(distinctIds(long)).toEqual([...new Set(long)]);
    const longOnce = Array.from({ length: 40 }, (_, i) => `m${i}`);
    expect(distinctIds(longOnce)).toBe(longOnce);
  });
});
