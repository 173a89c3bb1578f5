/**
 * File names as a message can show them. A message is one line, `file:line:col: …`: a name
 * holding a line break or an escape sequence would break it (or colour a terminal), and a
 * name that is not UTF-8 cannot be shown as it is. Such characters are written as escapes
 * (`\n`, `\t`, `\x1b`, `\u2028`), and a byte that is not UTF-8 as `\xNN`.
 */

/** Control characters (Cc: C0, DEL, C1) and the Unicode line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${hex2(code)}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `path` with every character that would break a one-line message written as an escape. */
export function printablePath(path: string): string {
  return path.replace(UNPRINTABLE, escapeChar);
}

/** Does `name` hold a character that `printablePath` escapes? */
function hasUnprintable(name: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(name);
}

/** How many bytes the UTF-8 sequence led by `lead` takes (1 for a byte that cannot lead one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/**
 * A file name read as bytes, as text: `faithful` when the bytes are UTF-8 and hold nothing
 * that `printablePath` escapes, so that the text names the file exactly; otherwise `name`
 * shows it with escapes (`\xff` for a byte that is not UTF-8, `\n` for a line break).
 */
export function nameOfBytes(bytes: Uint8Array): { name: string; faithful: boolean } {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    const name = strict.decode(bytes);
    return hasUnprintable(name) ? { name: printablePath(name), faithful: false } : { name, faithful: true };
  } catch {
    // Some bytes are not UTF-8: the whole sequences are kept, each other byte becomes `\xNN`.
  }
  let name = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : sequenceLength(lead);
    let decoded: string | undefined;
    if (lead < 0x80) decoded = String.fromCharCode(lead);
    else if (length > 1 && i + length <= bytes.length) {
      try {
        decoded = strict.decode(bytes.subarray(i, i + length));
      } catch {
        decoded = undefined;
      }
    }
    if (decoded === undefined) {
      name += `\\x${hex2(lead)}`;
      i += 1;
    } else {
      name += decoded;
      i += length;
    }
  }
  return { name: printablePath(name), faithful: false };
}
