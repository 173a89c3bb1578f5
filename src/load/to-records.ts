/**
 * Loaded values → records: the one place a record's keys are laid out (model/types.ts),
 * from a parser's values and places. Used by every way of parsing a record file.
 */
import type { ActivityInput, MemberInput, ShiftInput } from '../model/schemas.js';
import type { Activity, Located, Member, Shift, Source } from '../model/types.js';
import { flatItems, flatKeyPlaces } from '../model/located.js';
import type { RecordLoc } from './scan-records.js';

/*
 * Records are built key by key in one fixed order, never by spreading the positions in: a
 * spread gives (in V8) almost every record a hidden class of its own, ~300 bytes each, a
 * fifth of a loaded record. The order of keys is the one the records always had.
 */

/** A parser's places as records keep them: the places of keys and list items flat (model/located.ts). */
export function located(loc: RecordLoc): Located {
  return { source: loc.source, at: flatKeyPlaces(loc.at), items: flatItems(loc.items) };
}

export function toMember(m: MemberInput, loc: RecordLoc): Member {
  const out = located(loc) as unknown as Record<string, unknown>;
  out['id'] = m.id;
  out['name'] = m.name;
  out['department'] = m.department;
  if (m.title !== undefined) out['title'] = m.title;
  out['groups'] = m.groups ?? [];
  if (m.joined !== undefined) out['joined'] = m.joined;
  if (m.left !== undefined) out['left'] = m.left;
  out['directWorker'] = m.direct_worker ?? false;
  out['leave'] = (m.leave ?? []).map((l, i) => {
    const source = loc.items['leave']?.[i] ?? loc.at['leave'] ?? loc.source;
    const at: Record<string, Source> = {};
    for (const key of ['from', 'to', 'kind']) at[key] = loc.at[`leave.${i}.${key}`] ?? source;
    return { from: l.from, to: l.to, kind: l.kind, source, at };
  });
  return out as unknown as Member;
}

export function toActivity(a: ActivityInput, loc: RecordLoc): Activity {
  const out = located(loc) as unknown as Record<string, unknown>;
  if (a.id !== undefined) out['id'] = a.id;
  out['kind'] = a.kind;
  out['date'] = a.date;
  if (a.end !== undefined) out['end'] = a.end;
  if (a.title !== undefined) out['title'] = a.title;
  out['members'] = a.members;
  out['except'] = a.except ?? [];
  if (a.hours !== undefined) out['hours'] = a.hours;
  if (a.note !== undefined) out['note'] = a.note;
  if (a.level !== undefined) out['level'] = a.level;
  if (a.recognized !== undefined) out['recognized'] = a.recognized;
  if (a.accepted !== undefined) out['accepted'] = a.accepted;
  if (a.decision !== undefined) out['decision'] = a.decision;
  out['in01m'] = a.in_01m ?? false;
  if (a.type !== undefined) out['type'] = a.type;
  if (a.minutes !== undefined) out['minutes'] = a.minutes;
  out['severity'] = a.severity ?? 'reminder';
  // A form on a reminder is kept as written, for `check` to report (SPEC §6).
  const form = a.form ?? (a.severity === 'formal' ? 'khien-trach' : undefined);
  if (form !== undefined) out['form'] = form;
  return out as unknown as Activity;
}

export function toShift(s: ShiftInput, loc: RecordLoc): Shift {
  const out = located(loc) as unknown as Record<string, unknown>;
  out['date'] = s.date;
  out['type'] = s.type;
  out['department'] = s.department;
  out['members'] = s.members;
  if (s.start !== undefined) out['start'] = s.start;
  if (s.end !== undefined) out['end'] = s.end;
  if (s.note !== undefined) out['note'] = s.note;
  return out as unknown as Shift;
}
