/**
 * A sheet as the import reads it: rows of cell values with their spreadsheet row numbers,
 * from an Excel workbook (first sheet) or a CSV file. Pure types and cell helpers; the
 * readers are in read-table.ts.
 */
import { closest } from '../load/suggest.js';
import type { Issue, IssueCode, Source } from '../model/types.js';

/** What a cell holds once read: text, a number (an Excel serial date is a number), a date, a truth value, or nothing. */
export type CellValue = string | number | boolean | Date | null;

export interface TableRow {
  /** The spreadsheet row number, 1-based (a CSV line number for simple files). */
  readonly row: number;
  /** Cells by column, 0-based (column A is 0). */
  readonly cells: readonly CellValue[];
}

export interface Table {
  /** The file as shown in messages. */
  readonly file: string;
  readonly rows: readonly TableRow[];
}

/** `A`, `B`, …, `Z`, `AA`, … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell as text: NFC, spaces (also non-breaking ones) squeezed, trimmed; numbers as written. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text folded for matching headers and names: lower case, no accents (`đ` → `d`), single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** An import problem at a cell: `source.line` is the row, `source.column` the 1-based column (shown as a letter). */
export function cellIssue(
  code: IssueCode,
  file: string,
  row: number,
  column: number,
  message: Issue['message'],
  params: Issue['params'] = {},
  severity: Issue['severity'] = 'error',
): Issue {
  const source: Source = { file, line: row, column: column + 1 };
  return { code, severity, source, message, params };
}

/** `params` with a "did you mean" hint when one of `candidates` is close to `word`. */
export function withHint(params: Record<string, string | number>, word: string, candidates: Iterable<string>): Record<string, string | number> {
  const hint = closest(word, candidates);
  return hint === undefined ? params : { ...params, hint };
}
