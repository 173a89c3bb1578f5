/**
 * The lightest way to parse the record files a run did not find in the cache: the scanner
 * (scan-records.ts) and the validators made from the schemas (model/validators.ts), nothing
 * else — not zod, the `yaml` package, js-yaml or marked (parse-files.ts loads those). It
 * answers only for a file the scanner takes whole and whose every record is valid, which is
 * then exactly what parse-files.ts would give; for any other file it answers `undefined` and
 * the loader takes parse-files.ts, the only source of messages.
 */
import type { ActivityInput, MemberInput, ShiftInput } from '../model/schemas.js';
import type { Activity, Member, Shift } from '../model/types.js';
import { isActivityInput, isMemberInput, isShiftInput } from '../model/validators.js';
import type { RecordKind } from './load-core.js';
import { scanRecordsInto, type RecordLoc } from './scan-records.js';
import { toActivity, toMember, toShift } from './to-records.js';

function plain<T, R>(text: string, file: string, valid: (value: unknown) => value is T, convert: (value: T, loc: RecordLoc) => R): R[] | undefined {
  // Each record validated and converted as soon as it is read: what the scanner built for it
  // dies young, instead of a whole file's scanned records outliving a collection.
  return scanRecordsInto(text, file, (record) => (valid(record.value) ? convert(record.value, record.loc) : undefined));
}

/** The records of a plain, valid record file; `undefined` for any other. */
export function plainRecords(kind: RecordKind, text: string, file: string): Member[] | Activity[] | Shift[] | undefined {
  if (kind === 'members') return plain<MemberInput, Member>(text, file, isMemberInput, toMember);
  if (kind === 'activities') return plain<ActivityInput, Activity>(text, file, isActivityInput, toActivity);
  return plain<ShiftInput, Shift>(text, file, isShiftInput, toShift);
}
