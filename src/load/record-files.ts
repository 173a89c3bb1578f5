/**
 * Loading one record file (members, activities or shifts) by the quickest way that gives
 * the same result: the cache, else the fast parser when the file is plain YAML and every
 * record is valid, else the ordinary path (the `yaml` document and `validate`), which is
 * also the only source of messages. A file loaded without any problem is stored in the
 * cache.
 */
import type { z } from 'zod';
import type { Issue, Located } from '../model/types.js';
import type { RecordCache } from './cache.js';
import { readTextFile } from './data-files.js';
import { parseRecordsFast, type RecordLoc } from './fast-records.js';

interface RecordFileOptions<T extends z.ZodType, R> {
  readonly dir: string;
  readonly file: string;
  /** Names the record type in cache keys (`members`, `activities`, `shifts`). */
  readonly kind: string;
  readonly schema: T;
  readonly convert: (value: z.infer<T>, loc: RecordLoc) => R;
  /** The ordinary path: parses `text`, pushes its problems to `issues`, returns the records. */
  readonly ordinary: (text: string, issues: Issue[]) => R[];
  readonly issues: Issue[];
  readonly cache?: RecordCache | undefined;
}

/** Valid records of the fast parser, or `undefined` when any record is invalid. */
function fastRecords<T extends z.ZodType, R>(text: string, options: RecordFileOptions<T, R>): R[] | undefined {
  const fast = parseRecordsFast(text, options.file);
  if (fast === undefined) return undefined;
  const out: R[] = [];
  for (const record of fast) {
    const result = options.schema.safeParse(record.value);
    if (!result.success) return undefined;
    out.push(options.convert(result.data as z.infer<T>, record.loc));
  }
  return out;
}

export function loadRecordFile<T extends z.ZodType, R extends Located>(options: RecordFileOptions<T, R>): R[] {
  const { text, issue } = readTextFile(options.dir, options.file);
  if (issue) {
    options.issues.push(issue);
    return [];
  }
  const source = text ?? '';
  const key = options.cache?.keyOf(options.kind, options.file, source) ?? '';
  const cached = options.cache?.get(key, options.file);
  if (cached) return cached as R[];
  const before = options.issues.length;
  const records = fastRecords(source, options) ?? options.ordinary(source, options.issues);
  if (options.cache && options.issues.length === before) options.cache.set(key, options.file, records);
  return records;
}
