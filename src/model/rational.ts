/**
 * Exact arithmetic for the SPEC's formulas (`ceil(0.2 * 35)` is 7, not 8): a YAML number
 * is read back from its shortest decimal spelling into a fraction of big integers.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new Error('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The exact value of a number's shortest decimal spelling (0.1 → 1/10). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const text = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) throw new Error(`unexpected number spelling: ${text}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  const digits = BigInt((m[2] ?? '0') + frac) * sign;
  return exp >= 0 ? rational(digits * 10n ** BigInt(exp)) : rational(digits, 10n ** BigInt(-exp));
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

export function compare(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

export function ceil(a: Rational): bigint {
  return -floor(rational(-a.n, a.d));
}

/** `floor(x + 0.5)`: the SPEC's rounding of pro-rated requirements and quotas. */
export function roundHalfUp(a: Rational): number {
  return Number(floor(add(a, rational(1n, 2n))));
}

export function toNumber(a: Rational): number {
  // Division of the two integers as doubles is correctly rounded while both are exact.
  if (a.n <= BigInt(Number.MAX_SAFE_INTEGER) && a.n >= -BigInt(Number.MAX_SAFE_INTEGER) && a.d <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(a.n) / Number(a.d);
  }
  return Number(a.n * 10n ** 15n / a.d) / 1e15;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };
