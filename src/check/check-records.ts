/**
 * Checkers over loaded records: each is `(data) => Issue[]`, pure, and collects every
 * problem rather than stopping at the first.
 */
import { isActiveOn } from '../model/activity.js';
import { hasPlace, itemSource, placeOf } from '../model/located.js';
import { isValidDate } from '../model/dates.js';
import { BUILT_IN_KINDS, rulesAt } from '../model/defaults.js';
import { KIND_ONLY_KEYS, MONTH_DAY_PATTERN } from '../model/record-keys.js';
import type { Activity, DataSet, Issue, Located, Shift, Source } from '../model/types.js';
import { closest } from '../load/suggest.js';
import { compareText } from '../model/order.js';

type Params = Issue['params'];

const error = (code: Issue['code'], source: Source, message: Issue['message'], params: Params = {}): Issue => ({
  code,
  severity: 'error',
  source,
  message,
  params,
});
const warning = (code: Issue['code'], source: Source, message: Issue['message'], params: Params = {}): Issue => ({
  code,
  severity: 'warning',
  source,
  message,
  params,
});

const pos = (r: Located, key: string): Source => placeOf(r, key) ?? r.source;
const itemPos = (r: Located, key: string, i: number): Source => itemSource(r, key, i) ?? pos(r, key);
const withHint = (params: Record<string, string | number>, hint: string | undefined): Params => (hint ? { ...params, hint } : params);

export function checkDuplicateIds(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const scan = (records: readonly (Located & { id?: string })[], what: string) => {
    const first = new Map<string, Located>();
    for (const r of records) {
      if (r.id === undefined) continue;
      const prev = first.get(r.id);
      if (prev) {
        issues.push(error('duplicate-id', pos(r, 'id'), 'duplicate-id', { what, id: r.id, otherFile: prev.source.file, otherLine: prev.source.line }));
      } else first.set(r.id, r);
    }
  };
  scan(data.unit.departments, 'department');
  scan(data.members, 'member');
  scan(data.activities, 'activity');
  return issues;
}

/** `closest(id, candidates)`, remembered per id. */
function hintsFrom(candidates: Iterable<string>): (id: string) => string | undefined {
  const list = [...candidates];
  const known = new Map<string, string | undefined>();
  return (id) => {
    if (!known.has(id)) known.set(id, closest(id, list));
    return known.get(id);
  };
}

export function checkReferences(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const departments = new Set(data.unit.departments.map((d) => d.id));
  const members = new Map(data.members.map((m) => [m.id, m]));
  const kinds = data.rules.kinds;
  const types = data.rules.shifts.types;
  const criteria = new Set(data.rules.criteria.map((c) => c.id));
  // A flood of one wrong id asks for its "did you mean" once, not once per record.
  const deptHint = hintsFrom(departments);
  const memberHint = hintsFrom(members.keys());
  const unknownDept = (id: string, source: Source) => issues.push(error('unknown-department', source, 'unknown-department', withHint({ id }, deptHint(id))));
  const unknownMember = (id: string, source: Source) => issues.push(error('unknown-member', source, 'unknown-member', withHint({ id }, memberHint(id))));

  for (const m of data.members) if (!departments.has(m.department)) unknownDept(m.department, pos(m, 'department'));

  for (const a of data.activities) {
    if (!Object.hasOwn(kinds, a.kind)) {
      issues.push(error('unknown-kind', pos(a, 'kind'), 'unknown-kind', withHint({ id: a.kind }, closest(a.kind, Object.keys(kinds)))));
    }
    if (a.members !== 'all') {
      a.members.forEach((ref, i) => {
        if (ref.startsWith('dept:')) {
          const dept = ref.slice(5);
          if (!departments.has(dept)) unknownDept(dept, itemPos(a, 'members', i));
        } else if (ref === 'all') {
          issues.push(error('schema', itemPos(a, 'members', i), 'all-in-list'));
        } else if (!members.has(ref)) unknownMember(ref, itemPos(a, 'members', i));
      });
    }
    a.except.forEach((ref, i) => {
      if (!members.has(ref)) unknownMember(ref, itemPos(a, 'except', i));
    });
  }

  for (const file of data.ratings) for (const r of file.ratings) if (!members.has(r.member)) unknownMember(r.member, r.source);

  for (const s of data.shifts) {
    if (!departments.has(s.department)) unknownDept(s.department, pos(s, 'department'));
    if (!Object.hasOwn(types, s.type)) {
      issues.push(error('unknown-shift-type', pos(s, 'type'), 'unknown-shift-type', withHint({ id: s.type }, closest(s.type, Object.keys(types)))));
    }
    for (let i = 0; i < s.members.length; i++) {
      const ref = s.members[i]!;
      if (!members.has(ref)) unknownMember(ref, itemPos(s, 'members', i));
    }
  }

  // Only kinds the unit wrote itself: a default kind whose criterion the unit's own
  // criteria set replaced simply counts for nothing.
  for (const k of Object.values(kinds)) {
    if (k.criterion !== undefined && !criteria.has(k.criterion) && `kinds.${k.id}` in data.rules.at) {
      const params = withHint({ id: k.criterion, kind: k.id }, closest(k.criterion, criteria));
      issues.push(error('schema', rulesAt(data.rules, `kinds.${k.id}.criterion`), 'unknown-criterion', params));
    }
  }
  data.rules.allowance?.intensiveCare.forEach((id, i) => {
    if (!departments.has(id)) unknownDept(id, rulesAt(data.rules, `allowance.intensive_care.${i}`));
  });
  data.rules.shifts.coverage.forEach((c, i) => {
    if (!departments.has(c.department)) unknownDept(c.department, rulesAt(data.rules, `shifts.coverage.${i}.department`));
    if (!Object.hasOwn(types, c.type)) {
      const params = withHint({ id: c.type }, closest(c.type, Object.keys(types)));
      issues.push(error('unknown-shift-type', rulesAt(data.rules, `shifts.coverage.${i}.type`), 'unknown-shift-type', params));
    }
  });
  return issues;
}

/** Dates that have the right shape but do not exist (2024-02-30, 2023-02-29). */
export function checkDates(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const check = (r: Located, key: string, value: string | undefined) => {
    if (value !== undefined && !isValidDate(value)) issues.push(error('bad-date', pos(r, key), 'bad-date', { key, value }));
  };
  for (const m of data.members) {
    check(m, 'joined', m.joined);
    check(m, 'left', m.left);
    for (const l of m.leave) {
      for (const key of ['from', 'to'] as const) {
        if (!isValidDate(l[key])) issues.push(error('bad-date', l.at[key] ?? l.source, 'bad-date', { key, value: l[key] }));
      }
    }
  }
  for (const a of data.activities) {
    check(a, 'date', a.date);
    check(a, 'end', a.end);
    check(a, 'recognized', a.recognized);
    check(a, 'accepted', a.accepted);
  }
  for (const file of data.ratings) check(file, 'date', file.date);
  for (const s of data.shifts) check(s, 'date', s.date);
  data.rules.holidays.forEach((h, i) => {
    if (!isValidDate(h)) issues.push(error('bad-date', rulesAt(data.rules, `holidays.${i}`), 'bad-date', { key: 'holidays', value: h }));
  });
  data.rules.shifts.coverage.forEach((c, i) => {
    for (const key of ['from', 'to'] as const) {
      const v = c[key];
      if (v !== undefined && !isValidDate(v)) issues.push(error('bad-date', rulesAt(data.rules, `shifts.coverage.${i}.${key}`), 'bad-date', { key, value: v }));
    }
  });
  data.rules.phases.forEach((p, i) => {
    for (const key of ['from', 'to'] as const) {
      const v = p[key];
      // A leap year, so that "02-29" is a day of the year.
      if (MONTH_DAY_PATTERN.test(v) && !isValidDate(`2024-${v}`)) {
        issues.push(error('bad-date', rulesAt(data.rules, `phases.${i}.${key}`), 'no-such-month-day', { key, value: v }));
      }
    }
  });
  return issues;
}

export function checkDateOrder(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const ok = (d: string | undefined) => d !== undefined && isValidDate(d);
  for (const m of data.members) {
    if (ok(m.joined) && ok(m.left) && m.left! < m.joined!) {
      issues.push(error('date-order', pos(m, 'left'), 'left-before-joined', { left: m.left!, joined: m.joined! }));
    }
    for (const l of m.leave) if (ok(l.from) && ok(l.to) && l.to < l.from) {
      issues.push(error('date-order', l.at['to'] ?? l.source, 'to-before-from', { from: l.from, to: l.to }));
    }
  }
  for (const a of data.activities) {
    if (ok(a.end) && ok(a.date) && a.end! < a.date) issues.push(error('date-order', pos(a, 'end'), 'end-before-date', { end: a.end!, date: a.date }));
    if (ok(a.recognized) && ok(a.date) && a.recognized! < a.date) {
      issues.push(error('date-order', pos(a, 'recognized'), 'recognized-before-date', { recognized: a.recognized!, date: a.date }));
    }
    if (ok(a.accepted) && ok(a.date) && a.accepted! < a.date) {
      issues.push(error('date-order', pos(a, 'accepted'), 'accepted-before-date', { accepted: a.accepted!, date: a.date }));
    }
  }
  data.rules.shifts.coverage.forEach((c, i) => {
    if (ok(c.from) && ok(c.to) && c.to! < c.from!) {
      issues.push(error('date-order', rulesAt(data.rules, `shifts.coverage.${i}.to`), 'to-before-from', { from: c.from!, to: c.to! }));
    }
  });
  data.rules.phases.forEach((p, i) => {
    const real = (v: string) => isValidDate(`2024-${v}`);
    if (real(p.from) && real(p.to) && p.to < p.from) {
      issues.push(error('date-order', rulesAt(data.rules, `phases.${i}.to`), 'to-before-from', { from: p.from, to: p.to }));
    }
  });
  return issues;
}

/** A member named explicitly on an activity or a shift must be active on its date. */
export function checkMemberActive(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const members = new Map(data.members.map((m) => [m.id, m]));
  const check = (r: Located, key: string, refs: readonly string[], date: string) => {
    if (!isValidDate(date)) return;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const m = members.get(ref);
      if (m && !isActiveOn(m, date)) {
        const params = { id: ref, date, ...(m.joined ? { joined: m.joined } : {}), ...(m.left ? { left: m.left } : {}) };
        issues.push(error('member-inactive', itemPos(r, key, i), m.joined !== undefined && date < m.joined ? 'member-not-joined' : 'member-left', params));
      }
    }
  };
  for (const a of data.activities) if (a.members !== 'all') check(a, 'members', a.members, a.date);
  for (const s of data.shifts) check(s, 'members', s.members, s.date);
  return issues;
}

/** Keys that belong to other kinds; titles and recognition data the built-in kinds need. */
export function checkKindFields(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const kindOnly = Object.entries(KIND_ONLY_KEYS);
  for (const a of data.activities) {
    for (const [key, kinds] of kindOnly) {
      if (!hasPlace(a, key) || kinds.includes(a.kind)) continue;
      issues.push(error('schema', pos(a, key), 'key-not-for-kind', { key, kind: a.kind, kinds: kinds.join(', ') }));
    }
    if ((a.kind === 'initiative' || a.kind === 'award' || a.kind === 'research') && a.title === undefined) {
      issues.push(error('schema', a.source, 'title-required', { kind: a.kind }));
    }
    if (a.kind === 'initiative' && a.level !== undefined && a.recognized === undefined) issues.push(error('schema', pos(a, 'level'), 'recognized-required'));
    if (a.kind === 'initiative' && a.level === undefined && a.recognized !== undefined) issues.push(error('schema', pos(a, 'recognized'), 'level-required'));
    if (a.kind === 'research' && a.level !== undefined && a.accepted === undefined) issues.push(error('schema', pos(a, 'level'), 'accepted-required'));
    if (a.kind === 'research' && a.level === undefined && a.accepted !== undefined) issues.push(error('schema', pos(a, 'accepted'), 'level-required-accepted'));
    // A reminder (nhắc nhở) is not a discipline: it has no form (SPEC §6).
    if (a.kind === 'violation' && a.severity !== 'formal' && hasPlace(a, 'form')) {
      issues.push(error('schema', pos(a, 'form'), 'form-on-reminder', { form: a.form ?? '' }));
    }
    if (a.kind === 'violation' && a.type === undefined) issues.push(error('schema', a.source, 'violation-type-required'));
    // `members: []` names nobody: a slip, like a shift with no one on it.
    if (a.members !== 'all' && a.members.length === 0) issues.push(error('schema', pos(a, 'members'), 'empty-list', { key: 'members' }));
  }
  for (const id of BUILT_IN_KINDS) {
    const k = data.rules.kinds[id];
    if (k?.criterion !== undefined && id !== 'initiative' && id !== 'research') {
      issues.push(error('schema', rulesAt(data.rules, `kinds.${id}.criterion`), 'built-in-kind-criterion', { kind: id }));
    }
  }
  return issues;
}

function canonical(r: Located): string {
  const { source: _s, at: _a, items: _i, ...rest } = r as Located & Record<string, unknown>;
  return JSON.stringify(rest, Object.keys(rest).sort(compareText));
}

/** The first item of a list (the first character of a text): part of a `roughKey`. */
const firstOf = (list: string | readonly string[] | undefined): unknown => list?.[0];

/**
 * A key that two records with the same `canonical` text always share: values of a few of
 * their keys (values whose JSON is the same have the same `String`). Records alone under
 * their key cannot be duplicates, so only the few others need a canonical text.
 */
const roughKey = {
  activity: (a: Activity): string => `${a.kind}\u0000${a.date}\u0000${a.title}\u0000${String(firstOf(a.members))}`,
  shift: (s: Shift): string => `${s.date}\u0000${s.department}\u0000${s.type}\u0000${String(firstOf(s.members))}`,
};

/** Two records with the same content: probably pasted twice. */
export function checkDuplicateRecords(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const scan = <T extends Located>(records: readonly T[], rough: (r: T) => string) => {
    const keys = records.map(rough);
    const sharing = new Map<string, number>();
    for (const k of keys) sharing.set(k, (sharing.get(k) ?? 0) + 1);
    const first = new Map<string, Located>();
    records.forEach((r, i) => {
      if (sharing.get(keys[i]!) === 1) return;
      const key = canonical(r);
      const prev = first.get(key);
      if (prev) issues.push(warning('duplicate-record', r.source, 'duplicate-record', { otherFile: prev.source.file, otherLine: prev.source.line }));
      else first.set(key, r);
    });
  };
  scan(data.activities.filter((a) => a.id === undefined), roughKey.activity);
  scan(data.shifts, roughKey.shift);
  return issues;
}

/** Two leave periods of one member that share a day (SPEC §6): an error at the later-written one. */
export function checkLeave(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const ok = (d: string) => isValidDate(d);
  for (const m of data.members) {
    const periods = m.leave.filter((l) => ok(l.from) && ok(l.to) && l.from <= l.to);
    periods.forEach((l, i) => {
      const other = periods.slice(0, i).find((p) => p.from <= l.to && l.from <= p.to);
      if (other) issues.push(error('leave-overlap', l.source, 'leave-overlap', { id: m.id, from: l.from, to: l.to, otherFrom: other.from, otherTo: other.to }));
    });
  }
  return issues;
}

/** A member rated twice for one year (SPEC §6): an error at the second rating, naming the first. */
export function checkRatings(data: DataSet): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, Source>();
  for (const file of data.ratings) {
    for (const r of file.ratings) {
      const key = `${r.year}\u0000${r.member}`;
      const prev = first.get(key);
      if (prev) {
        issues.push(error('duplicate-rating', r.source, 'duplicate-rating', { id: r.member, year: r.year, otherFile: prev.file, otherLine: prev.line }));
      }
      else first.set(key, r.source);
    }
  }
  return issues;
}
