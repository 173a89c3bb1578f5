/**
 * Cheap scans of YAML text before it is parsed, so that a hostile file (thousands of nested
 * brackets or indentation levels) is refused with its place instead of exhausting the stack.
 */

/** Nesting deeper than this is refused (records are at most four levels deep). */
export const MAX_DEPTH = 64;

/** Where flow brackets nest beyond MAX_DEPTH, as an offset (a cheap guard before parsing). */
function tooDeepFlow(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

const BLOCK_SCALAR_HEAD = /[|>][0-9+-]*\s*(#.*)?$/;

/**
 * Where block nesting (indentation, `- ` items) goes beyond MAX_DEPTH, as an offset: an
 * estimate from indentation alone, so that a hostile file cannot exhaust the parser's stack.
 */
function tooDeepBlock(text: string): number | undefined {
  const stack: number[] = [];
  let offset = 0;
  let scalarIndent = -1;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    const rest = line.slice(indent).replace(/\r$/, '');
    if (rest === '' || rest.startsWith('#')) continue;
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    while (stack.length > 0 && (stack[stack.length - 1] ?? 0) >= indent) stack.pop();
    stack.push(indent);
    let col = indent;
    let tail = rest;
    while (/^[-?](\s|$)/.test(tail)) {
      const spaces = /^[-?]\s*/.exec(tail)?.[0].length ?? 1;
      col += spaces;
      tail = tail.slice(spaces);
      if (tail === '') break;
      stack.push(col);
    }
    if (stack.length > MAX_DEPTH) return start + indent;
    if (BLOCK_SCALAR_HEAD.test(rest)) scalarIndent = indent;
  }
  return undefined;
}

/**
 * The first character that the parser would read as noise, with its message: a lone CR (the
 * line end of an old Mac; CRLF is fine), or a BOM (U+FEFF): the file's own BOM was dropped
 * when it was decoded (`decodeText`), so one left is inside (two files joined into one, or a
 * doubled BOM). Its offset in `text`.
 */
export function oddCharacter(text: string): { offset: number; message: 'lone-cr' | 'bom-inside' } | undefined {
  const bom = text.indexOf('\ufeff');
  const cr = /\r(?!\n)/.exec(text)?.index ?? -1;
  if (cr >= 0 && (bom < 0 || cr < bom)) return { offset: cr, message: 'lone-cr' };
  return bom >= 0 ? { offset: bom, message: 'bom-inside' } : undefined;
}

/**
 * The offset of the first invisible character in the indentation of a line (a no-break space
 * or a zero-width space pasted from Word or a web page): the parser reads it as text, and the
 * lines around it as a tangle.
 */
export function invisibleIndent(text: string): number | undefined {
  const m = /^ *[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/m.exec(text);
  return m ? m.index + m[0].length - 1 : undefined;
}

/** The offset where nesting first goes beyond MAX_DEPTH, if it does. */
export function tooDeep(text: string): number | undefined {
  const flow = tooDeepFlow(text);
  const block = tooDeepBlock(text);
  return flow === undefined ? block : block === undefined ? flow : Math.min(flow, block);
}

