/**
 * Reads `narrative/<period>.md` (SPEC §8): the file is cut at its `## ` headings (found by a
 * Markdown parser, so a `## ` inside a code block or a list is no heading), each heading is
 * matched to a known section, and what cannot be used is a located `narrative-section`
 * warning: an unknown title (with a "did you mean"), text before the first section, a
 * section written twice. HTML comments (`<!-- … -->`) are the clerk's notes and are dropped.
 * The texts stay Markdown: the renderers lay them out.
 */
import { Lexer } from 'marked';
import {
  cleanTitle,
  NARRATIVE_FILE,
  NARRATIVE_SECTIONS,
  NARRATIVE_TITLES,
  narrativeSectionHint,
  narrativeSectionOf,
  type Narrative,
  type NarrativeSection,
} from '../model/narrative.js';
import type { Issue, Source } from '../model/types.js';
import { issueAt } from './issue-at.js';
import { textLocator } from './text-position.js';
import { closest } from './suggest.js';

interface Cut {
  readonly title: string;
  readonly line: number;
  /** Offsets of the section's body in the text. */
  readonly start: number;
  end: number;
}

/** An HTML comment (`<!-- … -->`): the clerk's notes to self, never shown in a report. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const isComment = (raw: string) => raw.replace(COMMENT, '').trim() === '';

/** The `## ` headings of a Markdown text, and the line of the first text before the first (0: none). */
function cutSections(text: string): { before: number; cuts: Cut[] } {
  const tokens = Lexer.lex(text, { gfm: true });
  const locate = textLocator(text, '');
  const lineAt = (offset: number) => locate(offset).line;
  const cuts: Cut[] = [];
  let offset = 0;
  let before = 0;
  for (const token of tokens) {
    const start = offset;
    offset += token.raw.length;
    if (token.type === 'heading' && token.depth === 2) {
      const last = cuts[cuts.length - 1];
      if (last) last.end = start;
      cuts.push({ title: String(token.text), line: lineAt(start), start: offset, end: text.length });
    } else if (cuts.length === 0 && before === 0 && token.type !== 'space' && !(token.type === 'html' && isComment(token.raw))) {
      before = lineAt(start + (token.raw.length - token.raw.trimStart().length));
    }
  }
  return { before, cuts };
}

/** A narrative file's sections, with the warnings about it. */
export function parseNarrative(file: string, rawText: string): { narrative: Narrative; issues: Issue[] } {
  // The parser reads CRLF as LF; so do the offsets.
  const text = rawText.replace(/\r\n?/g, '\n').normalize('NFC');
  const period = NARRATIVE_FILE.exec(file.slice(file.lastIndexOf('/') + 1))?.[1] ?? '';
  const issues: Issue[] = [];
  const at = (line: number): Source => ({ file, line, column: 1 });
  const { before, cuts } = cutSections(text);
  if (before > 0) issues.push(issueAt('narrative-section', at(before), 'narrative-outside', {}, 'warning'));
  const sections: NarrativeSection[] = [];
  const seen = new Map<string, number>();
  for (const cut of cuts) {
    const id = narrativeSectionOf(cut.title);
    const title = cleanTitle(cut.title);
    if (id === undefined) {
      const hint = narrativeSectionHint(title, closest);
      const known = NARRATIVE_SECTIONS.map((s) => NARRATIVE_TITLES[s]).join('; ');
      issues.push(issueAt('narrative-section', at(cut.line), 'narrative-unknown', { title, known, ...(hint === undefined ? {} : { hint }) }, 'warning'));
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(issueAt('narrative-section', at(cut.line), 'narrative-twice', { title, otherLine: first }, 'warning'));
    } else seen.set(id, cut.line);
    sections.push({ id, title, text: text.slice(cut.start, cut.end).replace(COMMENT, '').replace(/\n{3,}/g, '\n\n').trim(), source: at(cut.line) });
  }
  return { narrative: { file, period, sections }, issues };
}
