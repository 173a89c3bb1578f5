/**
 * Reading the sheet a clerk gives to `thidua import`: an Excel workbook (`.xlsx`, its first
 * sheet, read with exceljs) or a CSV file (UTF-8, `,` or `;` or tab, read with csv-parse).
 * The only file access of src/import; exceljs is loaded here, when an import runs, so that
 * no other command pays for it.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { errorCode } from '../load/folders.js';
import type { Issue } from '../model/types.js';
import { cellIssue, type CellValue, type Table, type TableRow } from './table.js';

export type SheetKind = 'xlsx' | 'csv';

export interface ReadTable {
  readonly table?: Table;
  /** The workbook counts serial dates from 1904. */
  readonly date1904: boolean;
  readonly issues: readonly Issue[];
}

/** The kind of sheet a file name says, or undefined (an old `.xls`, an `.ods`…). */
export function sheetKind(path: string): SheetKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : undefined;
}

/** An exceljs cell value as a plain one: rich text joined, a formula's result, a link's text. */
function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell(v.result);
    if (v.text !== undefined) return plainCell(v.text);
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

async function readWorkbook(bytes: Buffer, file: string): Promise<ReadTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    return { date1904: false, issues: [cellIssue('file-read', file, 1, 0, 'import-unreadable', { detail: err instanceof Error ? err.message : String(err) })] };
  }
  const sheet = workbook.worksheets[0];
  const rows: TableRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values : [];
    const cells: CellValue[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    rows.push({ row: rowNumber, cells });
  });
  return { table: { file, rows }, date1904: workbook.properties?.date1904 === true, issues: [] };
}

/** The separator of a CSV file: the one of `,`, `;` and tab that its first line holds most of, outside quotes. */
export function sniffDelimiter(text: string): string {
  const first = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

async function readCsv(bytes: Buffer, file: string): Promise<ReadTable> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { date1904: false, issues: [cellIssue('file-read', file, 1, 0, 'import-not-utf8', {})] };
  }
  const { parse } = await import('csv-parse/sync');
  try {
    const options = { delimiter: sniffDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true } as const;
    const records = parse(text, options) as unknown as { record: string[]; info: { lines: number } }[];
    const rows: TableRow[] = records.map(({ record, info }) => ({ row: info.lines, cells: record.map((c) => (c === '' ? null : c)) }));
    return { table: { file, rows }, date1904: false, issues: [] };
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 1;
    const detail = err instanceof Error ? err.message : String(err);
    return { date1904: false, issues: [cellIssue('file-read', file, line, 0, 'import-unreadable', { detail })] };
  }
}

/** Reads `path` (absolute) as a sheet; `file` is how messages show it. */
export async function readTable(path: string, file: string, kind: SheetKind): Promise<ReadTable> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = errorCode(err);
    const message = code === 'ENOENT' ? 'import-no-file' : code === 'EISDIR' ? 'import-is-dir' : 'import-unreadable';
    return { date1904: false, issues: [cellIssue('file-read', file, 1, 0, message, { detail: code })] };
  }
  return kind === 'xlsx' ? readWorkbook(bytes, file) : readCsv(bytes, file);
}
