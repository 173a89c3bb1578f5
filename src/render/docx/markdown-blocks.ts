/**
 * The clerk's Markdown (a narrative section, SPEC §8) as Word paragraphs: paragraphs, `-` and
 * numbered lists (nested ones indented), `###` sub-headings, quotes, tables. Parsed by marked.
 */
import type { Paragraph, Table as WordTable } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { table } from '../md-blocks.js';
import { runsOfTokens } from './inline.js';
import { bodyParagraph, heading, listItem, spacer, wordTable } from './layout.js';

type Block = Paragraph | WordTable;

function listBlocks(list: Tokens.List, textWidth: number, level: number): Block[] {
  const out: Block[] = [];
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}.` : '-';
    const inline: Token[] = [];
    const nested: Block[] = [];
    for (const t of item.tokens) {
      if (t.type === 'list') nested.push(...listBlocks(t as Tokens.List, textWidth, level + 1));
      else if (t.type === 'text' || t.type === 'paragraph') {
        if (inline.length > 0) inline.push({ type: 'br', raw: '\n' } as Token);
        inline.push(...((t as Tokens.Text | Tokens.Paragraph).tokens ?? []));
      } else if (t.type !== 'space') nested.push(...markdownBlocks(t.raw, textWidth, level + 1));
    }
    out.push(listItem(runsOfTokens(inline), marker, level), ...nested);
  });
  return out;
}

/**
 * Word blocks of a Markdown text. `textWidth` sizes any table it holds. `level` indents lists
 * nested in lists.
 */
export function markdownBlocks(markdown: string, textWidth: number, level = 0): Block[] {
  const out: Block[] = [];
  for (const token of Lexer.lex(markdown, { gfm: true })) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading': {
        const h = token as Tokens.Heading;
        out.push(heading(h.text, h.depth <= 3 ? 2 : 3));
        break;
      }
      case 'paragraph':
        out.push(bodyParagraph(runsOfTokens((token as Tokens.Paragraph).tokens)));
        break;
      case 'list':
        out.push(...listBlocks(token as Tokens.List, textWidth, level));
        break;
      case 'blockquote':
        for (const t of (token as Tokens.Blockquote).tokens) {
          if (t.type === 'paragraph') out.push(bodyParagraph(runsOfTokens((t as Tokens.Paragraph).tokens, { italics: true })));
          else if (t.type !== 'space') out.push(...markdownBlocks(t.raw, textWidth, level));
        }
        break;
      case 'table': {
        const t = token as Tokens.Table;
        const align = t.align.map((a) => (a === 'right' ? 'r' : a === 'center' ? 'c' : 'l') as 'l' | 'r' | 'c');
        out.push(wordTable(table(t.header.map((c) => c.text), align, t.rows.map((r) => r.map((c) => c.text))), textWidth), spacer());
        break;
      }
      case 'code':
        for (const line of String((token as Tokens.Code).text).split('\n')) {
          out.push(bodyParagraph(runsOfTokens([{ type: 'text', raw: line, text: line } as Token])));
        }
        break;
      default:
        out.push(
          bodyParagraph(
            runsOfTokens(
              'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [{ type: 'text', raw: token.raw, text: token.raw } as Token],
            ),
          ),
        );
    }
  }
  return out;
}
