/**
 * Whole numbers in Vietnamese words, the way an amount is written out on a payroll
 * ("Bằng chữ: Bảy trăm linh chín nghìn ba trăm mười ba đồng"). The usual rules:
 * - `linh` for a zero tens digit inside a number (105 → một trăm linh năm);
 * - `mốt` for a final 1 after `mươi` (21 → hai mươi mốt; 11 is mười một);
 * - `lăm` for a final 5 after `mười`/`mươi` (15 → mười lăm, 25 → hai mươi lăm);
 * - `tư` for a final 4 after `mươi` (24 → hai mươi tư; 14 is mười bốn);
 * - a group of three digits after a higher one is read whole, `không trăm` included
 *   (1.000.005 → một triệu không trăm linh năm); a group of zeros is left out;
 * - scales `nghìn`, `triệu`, `tỷ`; above that, a number of `tỷ` (một nghìn tỷ, một triệu tỷ).
 * Pure: no locale, no Intl.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** The word of one digit 0–9. */
function digit(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new Error(`not a digit: ${d}`);
  return word;
}

/** A group of three digits; `whole` when a higher group precedes it (then "không trăm" and "linh" are read). */
function groupWords(n: number, whole: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  const inner = whole || h > 0;
  if (inner) out.push(digit(h), 'trăm');
  if (t === 0) {
    if (u !== 0) out.push(...(inner ? ['linh'] : []), digit(u));
  } else if (t === 1) {
    out.push('mười');
    if (u !== 0) out.push(u === 5 ? 'lăm' : digit(u));
  } else {
    out.push(digit(t), 'mươi');
    if (u !== 0) out.push(u === 1 ? 'mốt' : u === 4 ? 'tư' : u === 5 ? 'lăm' : digit(u));
  }
  return out;
}

/** `n` < 10⁹ by groups of three digits (nghìn, triệu); `whole` when a higher part precedes it. */
function belowBillion(n: bigint, whole: boolean): string[] {
  const groups = [
    [Number(n / 1_000_000n), 'triệu'],
    [Number((n / 1000n) % 1000n), 'nghìn'],
    [Number(n % 1000n), ''],
  ] as const;
  const words: string[] = [];
  for (const [g, scale] of groups) {
    if (g === 0) continue;
    words.push(...groupWords(g, whole || words.length > 0));
    if (scale !== '') words.push(scale);
  }
  return words;
}

/** Billions read as a number of `tỷ` (1 000 000 000 000 → một nghìn tỷ), then the rest. */
function wordsOf(n: bigint, whole: boolean): string[] {
  if (n < 1_000_000_000n) return belowBillion(n, whole);
  const rest = n % 1_000_000_000n;
  return [...wordsOf(n / 1_000_000_000n, whole), 'tỷ', ...(rest === 0n ? [] : belowBillion(rest, true))];
}

/** `n` (a whole number) in Vietnamese words, lower case: 709313 → "bảy trăm linh chín nghìn ba trăm mười ba". */
export function vietnameseNumberWords(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new Error(`not a whole number: ${n}`);
  const value = typeof n === 'bigint' ? n : BigInt(n);
  if (value < 0n) return `âm ${vietnameseNumberWords(-value)}`;
  if (value === 0n) return DIGITS[0];
  return wordsOf(value, false).join(' ');
}

/** An amount of money in words with a capital letter: 709313 → "Bảy trăm linh chín nghìn ba trăm mười ba đồng". */
export function amountInWords(n: number | bigint, currency = 'đồng'): string {
  const text = `${vietnameseNumberWords(n)} ${currency}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
