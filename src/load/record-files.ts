/**
 * Parsing one record file (members, activities or shifts) by the quickest way that gives
 * the same result: the fast parser when the file is plain YAML and every record is valid,
 * else the ordinary path (the `yaml` document and `validate`), which is also the only
 * source of messages.
 */
import type { z } from 'zod';
import type { Issue } from '../model/types.js';
import { parseRecordsFast, type RecordLoc } from './fast-records.js';

interface RecordFileOptions<T extends z.ZodType, R> {
  readonly file: string;
  readonly schema: T;
  readonly convert: (value: z.infer<T>, loc: RecordLoc) => R;
  /** The ordinary path: parses `text`, pushes its problems to `issues`, returns the records. */
  readonly ordinary: (text: string, issues: Issue[]) => R[];
  readonly issues: Issue[];
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

/** The records of `text`; its problems are pushed to `options.issues`. */
export function parseRecordFile<T extends z.ZodType, R>(options: RecordFileOptions<T, R>, text: string): R[] {
  return fastRecords(text, options) ?? options.ordinary(text, options.issues);
}
