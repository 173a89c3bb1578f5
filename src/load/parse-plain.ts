/**
 * The lightest way to parse the record files a run did not find in the cache: the scanner
 * (scan-records.ts) and the schemas, nothing else — not the `yaml` package, js-yaml or
 * marked (parse-files.ts loads those). It answers only for a file the scanner takes whole
 * and whose every record is valid, which is then exactly what parse-files.ts would give;
 * for any other file it answers `undefined` and the loader takes parse-files.ts, the only
 * source of messages.
 */
import type { z } from 'zod';
import { activitySchema, memberSchema, shiftSchema } from '../model/schemas.js';
import type { Activity, Member, Shift } from '../model/types.js';
import type { RecordKind } from './load-core.js';
import { scanRecordsInto, type RecordLoc } from './scan-records.js';
import { toActivity, toMember, toShift } from './to-records.js';

function plain<T extends z.ZodType, R>(text: string, file: string, schema: T, convert: (value: z.infer<T>, loc: RecordLoc) => R): R[] | undefined {
  // Each record validated and converted as soon as it is read: what the scanner built for it
  // dies young, instead of a whole file's scanned records outliving a collection.
  return scanRecordsInto(text, file, (record) => {
    const result = schema.safeParse(record.value);
    return result.success ? convert(result.data as z.infer<T>, record.loc) : undefined;
  });
}

/** The records of a plain, valid record file; `undefined` for any other. */
export function plainRecords(kind: RecordKind, text: string, file: string): Member[] | Activity[] | Shift[] | undefined {
  if (kind === 'members') return plain(text, file, memberSchema, toMember);
  if (kind === 'activities') return plain(text, file, activitySchema, toActivity);
  return plain(text, file, shiftSchema, toShift);
}
