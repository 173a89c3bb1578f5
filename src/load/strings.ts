/**
 * Memory of loaded records (issue #15: a million records in 1.5 GB). The values a parser
 * cuts from a file's text are, in V8, views into that text for 13 characters or more, so
 * one title kept alive keeps the whole file; and an id written on a thousand shifts is a
 * thousand strings. `StringTable` keeps one own copy of each repeated value (ids, dates,
 * kinds) for a whole load; `detached` gives a free-text value (a title, a note) its own copy.
 * Neither changes a value, only where it is kept.
 */
import type { Activity, Member, Shift } from '../model/types.js';

/** Strings shorter than this are never views into another string (V8's `SlicedString::kMinLength`). */
const VIEW_MIN_LENGTH = 13;

/** `s` as a string of its own, not a view into the text it was cut from. */
export function detached(s: string): string {
  // Joining flattens into a new string; the slice is then a view into that copy only.
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One copy of each repeated value for the whole load. */
export class StringTable {
  private readonly seen = new Map<string, string>();

  of(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    const own = detached(s);
    this.seen.set(own, own);
    return own;
  }

  private list(list: readonly string[]): string[] {
    const out = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = this.of(list[i]!);
    return out;
  }

  /** Shares the repeated values of loaded records and detaches their free text (`fresh`: from a parser, not the cache). */
  member(record: Member, fresh: boolean): void {
    const m = record as Mutable<Member>;
    m.id = this.of(m.id);
    m.department = this.of(m.department);
    if (m.groups.length > 0) m.groups = this.list(m.groups);
    if (fresh) {
      m.name = detached(m.name);
      if (m.title !== undefined) m.title = detached(m.title);
    }
  }

  activity(record: Activity, fresh: boolean): void {
    const a = record as Mutable<Activity>;
    a.kind = this.of(a.kind);
    a.date = this.of(a.date);
    if (a.end !== undefined) a.end = this.of(a.end);
    if (a.members !== 'all') a.members = this.list(a.members);
    if (a.except.length > 0) a.except = this.list(a.except);
    if (fresh) {
      if (a.id !== undefined) a.id = detached(a.id);
      if (a.title !== undefined) a.title = detached(a.title);
      if (a.note !== undefined) a.note = detached(a.note);
      if (a.decision !== undefined) a.decision = detached(a.decision);
    }
  }

  shift(record: Shift, fresh: boolean): void {
    const s = record as Mutable<Shift>;
    s.date = this.of(s.date);
    s.type = this.of(s.type);
    s.department = this.of(s.department);
    s.members = this.list(s.members);
    if (s.start !== undefined) s.start = this.of(s.start);
    if (s.end !== undefined) s.end = this.of(s.end);
    if (fresh && s.note !== undefined) s.note = detached(s.note);
  }
}
