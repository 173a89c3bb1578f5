/**
 * Characters a reader cannot see: spaces of every kind, zero-width and other default-ignorable
 * characters (U+200B, ZWNJ, ZWJ, U+2060, U+FEFF, soft hyphen…), format and control
 * characters, and the blank Braille pattern (U+2800). A name made only of these prints as
 * nothing; a key or an id holding one looks right and is not.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]/gu;

const VISIBLE_ASCII = /[!-~]/;

/** Does `text` hold at least one character a reader can see? */
export function hasVisible(text: string): boolean {
  // A printable ASCII character other than the space is visible: most texts are decided here.
  return VISIBLE_ASCII.test(text) || text.replace(INVISIBLE, '') !== '';
}

/**
 * The characters of `text` a reader cannot see, other than the ASCII space, as `U+XXXX`
 * (each once, in order), or `[]`.
 */
export function invisibleIn(text: string): string[] {
  const found = (text.match(INVISIBLE) ?? []).filter((c) => c !== ' ');
  return [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}

/** `text` without the characters a reader cannot see (other than the ASCII space). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === ' ' ? c : ''));
}
