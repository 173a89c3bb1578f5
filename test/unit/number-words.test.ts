/** Vietnamese number words for the "Bằng chữ" line of the allowance table (src/render/number-words.ts). */
import { describe, expect, it } from 'vitest';
import { amountInWords, vietnameseNumberWords as words } from '../../src/render/number-words.js';

describe('Vietnamese number words', () => {
  it('the cases of issue #14', () => {
    expect(words(0)).toBe('không');
    expect(words(15)).toBe('mười lăm');
    expect(words(21)).toBe('hai mươi mốt');
    expect(words(105)).toBe('một trăm linh năm');
    expect(words(1_000_005)).toBe('một triệu không trăm linh năm');
    expect(words(709_313)).toBe('bảy trăm linh chín nghìn ba trăm mười ba');
  });

  it('mốt, lăm, tư only after mươi (lăm after mười too); một, năm, bốn elsewhere', () => {
    expect([1, 5, 4, 11, 14, 25, 24, 44, 31, 55, 101, 104].map(words)).toEqual([
      'một', 'năm', 'bốn', 'mười một', 'mười bốn', 'hai mươi lăm', 'hai mươi tư', 'bốn mươi tư', 'ba mươi mốt', 'năm mươi lăm', 'một trăm linh một', 'một trăm linh bốn',
    ]);
  });

  it('round numbers and zeros inside', () => {
    expect([10, 20, 100, 110, 1000, 1001, 1010, 10_000, 100_000].map(words)).toEqual([
      'mười', 'hai mươi', 'một trăm', 'một trăm mười', 'một nghìn', 'một nghìn không trăm linh một', 'một nghìn không trăm mười', 'mười nghìn', 'một trăm nghìn',
    ]);
    expect(words(1_005_000)).toBe('một triệu không trăm linh năm nghìn');
    expect(words(2_000_000_000)).toBe('hai tỷ');
    expect(words(1_000_000_000_000)).toBe('một nghìn tỷ');
    expect(words(5_001_000_000_021n)).toBe('năm nghìn không trăm linh một tỷ không trăm hai mươi mốt');
    expect(words(-21)).toBe('âm hai mươi mốt');
  });

  it('an amount: capitalised, with the currency', () => {
    expect(amountInWords(709_313)).toBe('Bảy trăm linh chín nghìn ba trăm mười ba đồng');
    expect(amountInWords(0)).toBe('Không đồng');
    expect(amountInWords(631_313)).toBe('Sáu trăm ba mươi mốt nghìn ba trăm mười ba đồng');
  });
});
