/**
 * The Markdown of the view model's strings (and of the clerk's narrative) turned into Word
 * runs: `**bold**`, `*italic*`, `<br>`, `\|` and `&lt;` become formatting, a line break and
 * plain characters — never literal asterisks or entities. Parsed by marked, not by hand.
 */
import { TextRun } from 'docx';
import { Lexer, type Token } from 'marked';

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly underline?: boolean;
  /** Half-points (28 = 14 pt). */
  readonly size?: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&lt;`, `&#39;`, `&#x2013;` and the like as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.size ? { size: style.size } : {}),
  });
}

const lineBreak = (style: RunStyle) => new TextRun({ break: 1, ...(style.size ? { size: style.size } : {}) });

/** Runs of inline tokens (marked's), with the style they sit in. */
export function runsOfTokens(tokens: readonly Token[], style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        out.push(...runsOfTokens(token.tokens ?? [], { ...style, bold: true }));
        break;
      case 'em':
        out.push(...runsOfTokens(token.tokens ?? [], { ...style, italics: true }));
        break;
      case 'del':
        out.push(...runsOfTokens(token.tokens ?? [], { ...style, strike: true }));
        break;
      case 'br':
        out.push(lineBreak(style));
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(token.raw.trim())) out.push(lineBreak(style));
        else out.push(textRun(decodeEntities(token.raw), style));
        break;
      case 'link':
      case 'image':
        out.push(...(token.tokens && token.tokens.length > 0 ? runsOfTokens(token.tokens, style) : [textRun(decodeEntities(String(token.text ?? '')), style)]));
        break;
      case 'text':
        // A text token of a tight list item carries its own inline tokens.
        if (token.tokens && token.tokens.length > 0) out.push(...runsOfTokens(token.tokens, style));
        else out.push(textRun(decodeEntities(String(token.text ?? '')), style));
        break;
      case 'escape':
      case 'codespan':
        out.push(textRun(decodeEntities(String(token.text ?? '')), style));
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out.push(...runsOfTokens(token.tokens as Token[], style));
        else if (typeof token.raw === 'string' && token.raw !== '') out.push(textRun(decodeEntities(token.raw), style));
    }
  }
  return out;
}

/** The runs of one line of inline Markdown, as the view model writes its strings. */
export function inlineRuns(markdown: string, style: RunStyle = {}): TextRun[] {
  if (markdown === '') return [];
  return runsOfTokens(Lexer.lexInline(markdown, { gfm: true }), style);
}

/** The plain text of inline Markdown (for alt text, captions, core properties). */
export function plainText(markdown: string): string {
  const walk = (tokens: readonly Token[]): string =>
    tokens
      .map((t) => {
        if (t.type === 'br' || (t.type === 'html' && /^<br\s*\/?>$/i.test(t.raw.trim()))) return ' ';
        if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) return walk(t.tokens as Token[]);
        return decodeEntities(String((t as { text?: unknown }).text ?? t.raw));
      })
      .join('');
  return walk(Lexer.lexInline(markdown, { gfm: true })).replace(/\s+/g, ' ').trim();
}
