#!/usr/bin/env node
// Checks the sample unit in data/ independently of thidua's own code, and prints the
// figures of the 2024 report it must produce (SPEC §3, and §6: ratings, leave, discipline
// forms, đề tài, the quota at floor, the advanced and excellent collectives).
//
//   node scripts/sample-data/verify.mjs [DATA_DIR]        exit 0 when every check holds
//
// Only the `yaml` package is used; every figure is recomputed here from SPEC §2–§3 and §6 with
// integer arithmetic (minutes for times, exact fractions for rates and pro-rating).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = resolve(process.argv[2] ?? join(ROOT, 'data'));

const errors = [];
const failures = [];
const error = (where, msg) => errors.push(`${where}: ${msg}`);
const expect = (cond, msg) => { if (!cond) failures.push(msg); return cond; };

// ------------------------------------------------------------------ dates and times
const DAY_MS = 86400000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const toIso = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const validDate = (v) => typeof v === 'string' && DATE_RE.test(v) && toIso(toDay(v)) === v;
const weekday = (iso) => new Date(toDay(iso) * DAY_MS).getUTCDay();
const mins = (t) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInYear = (y) => (isLeap(y) ? 366 : 365);
function addMonths(iso, k) { // date-fns addMonths: keep the day, clamp to the month's end
  let y = +iso.slice(0, 4), m = +iso.slice(5, 7) - 1 + k;
  y += Math.floor(m / 12); m = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(+iso.slice(8, 10), last);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ------------------------------------------------------------------ loading
function files(dir) {
  let out = [];
  let names;
  try { names = readdirSync(dir).sort(); } catch { return out; }
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.ya?ml$/.test(n)) out.push(p);
  }
  return out;
}
function load(path) {
  const text = readFileSync(path, 'utf8');
  if (text !== text.normalize('NFC')) error(rel(path), 'text is not NFC');
  const doc = parseDocument(text, { uniqueKeys: true, schema: 'core' });
  for (const e of doc.errors) error(rel(path), `YAML: ${e.message}`);
  return doc.toJS() ?? null;
}
const rel = (p) => relative(ROOT, p);

const unit = load(join(DATA, 'unit.yaml'));
const rulesIn = load(join(DATA, 'rules.yaml')) ?? {};
const memberFiles = [join(DATA, 'members.yaml'), ...files(join(DATA, 'members'))].filter((p) => {
  try { return statSync(p).isFile(); } catch { return false; }
});
const tagged = (list, path) => (list ?? []).map((r, i) => ({ ...r, __where: `${rel(path)}#${i + 1}` }));
const members = memberFiles.flatMap((p) => tagged(load(p), p));
const activities = files(join(DATA, 'activities')).flatMap((p) => tagged(load(p), p));
const shifts = files(join(DATA, 'shifts')).flatMap((p) => tagged(load(p), p));
// ratings/ files are mappings, one a decision (SPEC §6).
const ratingFiles = files(join(DATA, 'ratings')).map((p) => ({ ...(load(p) ?? {}), __where: rel(p) }));

// ------------------------------------------------------------------ rules (defaults merged)
const DEFAULT_KINDS = {
  volunteer: 'community', 'free-clinic': 'community', 'green-sunday': 'community', 'blood-donation': 'community',
  charity: 'community', initiative: 'work', 'it-application': 'work', study: 'self', training: 'self', sport: 'self',
  violation: null, award: null, research: null,
};
const DEFAULT_KIND_HOURS = { 'free-clinic': 4, 'green-sunday': 3 };
const CRITERIA = rulesIn.criteria
  ? Object.fromEntries(Object.entries(rulesIn.criteria).map(([k, c]) => [k, { minCount: c.min_count ?? 0, minHours: c.min_hours ?? 0, maxViolations: c.max_violations }]))
  : { community: { minCount: 2, minHours: 0 }, work: { minCount: 0, minHours: 0, maxViolations: 2 }, self: { minCount: 4, minHours: 0 } };
const KINDS = { ...DEFAULT_KINDS };
const KIND_HOURS = { ...DEFAULT_KIND_HOURS };
for (const [k, v] of Object.entries(rulesIn.kinds ?? {})) { KINDS[k] = v.criterion ?? null; KIND_HOURS[k] = v.hours; }
const GROUPS = rulesIn.population?.groups ?? [];
const TYPES = { day: { start: '07:00', end: '17:00' }, night: { start: '17:00', end: '07:00' }, ...(rulesIn.shifts?.types ?? {}) };
const NIGHT_WIN = { start: '22:00', end: '06:00', ...(rulesIn.shifts?.night_window ?? {}) };
const MIN_REST = (rulesIn.shifts?.min_rest_hours ?? 12) * 60;
const MAX_NIGHTS = rulesIn.shifts?.max_nights_per_month ?? 10;
const COVERAGE = rulesIn.shifts?.coverage ?? [];
const HOLIDAYS = new Set(rulesIn.holidays ?? []);
const INNOV = { target: [1, 5], minLevel: 'co-so', require01m: true, ...(rulesIn.innovation ?? {}) };
expect(rulesIn.innovation === undefined, 'verify assumes the default innovation target 0.20');
expect(rulesIn.commendation === undefined, 'verify assumes the default commendation rules');
const LEVEL = { 'co-so': 1, tinh: 2, 'toan-quoc': 3 };
// SPEC §6 defaults: min_rating htt, max_leave_days 40, cap 0.15 at floor, block_from cảnh cáo,
// excellent min_share 0.7.
const RATING = { kht: 0, ht: 1, htt: 2, htxs: 3 };
const FORM = { 'khien-trach': 0, 'canh-cao': 1, 'ha-bac-luong': 2, 'giang-chuc': 3, 'cach-chuc': 4, 'buoc-thoi-viec': 5 };
const LEAVE_KINDS = ['maternity', 'sick', 'work-injury', 'study', 'unpaid', 'other'];

// ------------------------------------------------------------------ structural checks (thidua check)
const KEYS = {
  unit: ['name', 'parent', 'place', 'kind', 'departments', 'code', 'signer', 'recipients'],
  member: ['id', 'name', 'department', 'title', 'groups', 'joined', 'left', 'direct_worker', 'leave'],
  activity: ['id', 'kind', 'date', 'end', 'title', 'members', 'except', 'hours', 'note', 'level', 'recognized',
    'accepted', 'decision', 'in_01m', 'type', 'minutes', 'severity', 'form'],
  ratings: ['year', 'decision', 'date', 'levels'],
  shift: ['date', 'type', 'department', 'members', 'start', 'end', 'note'],
  rules: ['population', 'criteria', 'kinds', 'phases', 'innovation', 'commendation', 'shifts', 'holidays', 'allowance'],
};
const unknownKeys = (obj, allowed, where) => {
  for (const k of Object.keys(obj)) if (k !== '__where' && !allowed.includes(k)) error(where, `unknown key ${k}`);
};
unknownKeys(unit, KEYS.unit, 'unit.yaml');
unknownKeys(rulesIn, KEYS.rules, 'rules.yaml');
for (const d of rulesIn.holidays ?? []) if (!validDate(d)) error('rules.yaml', `bad holiday ${d}`);
for (const [k, t] of Object.entries(TYPES)) if (!TIME_RE.test(t.start) || !TIME_RE.test(t.end)) error('rules.yaml', `bad type ${k}`);
const DEPTS = unit.departments.map((d) => d.id);
if (new Set(DEPTS).size !== DEPTS.length) error('unit.yaml', 'duplicate department');
for (const c of COVERAGE) {
  if (!DEPTS.includes(c.department)) error('rules.yaml', `coverage: unknown department ${c.department}`);
  if (!TYPES[c.type]) error('rules.yaml', `coverage: unknown type ${c.type}`);
}

const MEMBER = new Map();
for (const m of members) {
  unknownKeys(m, KEYS.member, m.__where);
  if (!ID_RE.test(m.id ?? '')) error(m.__where, `bad id ${m.id}`);
  if (MEMBER.has(m.id)) error(m.__where, `duplicate member id ${m.id}`);
  MEMBER.set(m.id, m);
  if (typeof m.name !== 'string' || !m.name) error(m.__where, 'name missing');
  if (!DEPTS.includes(m.department)) error(m.__where, `unknown department ${m.department}`);
  for (const k of ['joined', 'left']) if (m[k] !== undefined && !validDate(m[k])) error(m.__where, `bad ${k}`);
  if (m.joined && m.left && m.left < m.joined) error(m.__where, 'left before joined');
  for (const g of m.groups ?? []) if (!ID_RE.test(g)) error(m.__where, `bad group ${g}`);
  // leave: valid periods of a known kind that never share a day
  const periods = m.leave ?? [];
  if (!Array.isArray(periods)) error(m.__where, 'leave must be a list');
  for (const l of Array.isArray(periods) ? periods : []) {
    unknownKeys(l, ['from', 'to', 'kind'], m.__where);
    if (!validDate(l.from) || !validDate(l.to) || l.to < l.from) error(m.__where, `bad leave ${l.from}..${l.to}`);
    if (!LEAVE_KINDS.includes(l.kind)) error(m.__where, `bad leave kind ${l.kind}`);
  }
  const sorted = [...(Array.isArray(periods) ? periods : [])].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) if (sorted[i].from <= sorted[i - 1].to) error(m.__where, 'leave periods overlap');
}
const active = (id, d) => { const m = MEMBER.get(id); return (!m.joined || m.joined <= d) && (!m.left || d <= m.left); };

function expand(a) {
  const out = new Set();
  const sel = a.members;
  if (sel === 'all') for (const id of MEMBER.keys()) { if (active(id, a.date)) out.add(id); }
  else if (Array.isArray(sel)) {
    for (const x of sel) {
      if (typeof x !== 'string') { error(a.__where, `bad member ${x}`); continue; }
      if (x.startsWith('dept:')) {
        const dep = x.slice(5);
        if (!DEPTS.includes(dep)) error(a.__where, `unknown department ${dep}`);
        for (const [id, m] of MEMBER) if (m.department === dep && active(id, a.date)) out.add(id);
      } else if (!MEMBER.has(x)) error(a.__where, `unknown member ${x}`);
      else { if (!active(x, a.date)) error(a.__where, `member ${x} inactive on ${a.date}`); out.add(x); }
    }
  } else error(a.__where, 'members must be all or a list');
  for (const x of a.except ?? []) {
    if (!MEMBER.has(x)) error(a.__where, `unknown member in except: ${x}`);
    else if (!active(x, a.date)) error(a.__where, `except names ${x}, inactive on ${a.date}`);
    else if (!out.has(x)) error(a.__where, `except names ${x}, who is not in the expanded list`);
    out.delete(x);
  }
  return [...out].sort();
}

const actIds = new Set();
const seen = new Set();
for (const a of activities) {
  unknownKeys(a, KEYS.activity, a.__where);
  if (a.id !== undefined) {
    if (!ID_RE.test(a.id)) error(a.__where, `bad id ${a.id}`);
    if (actIds.has(a.id)) error(a.__where, `duplicate activity id ${a.id}`);
    actIds.add(a.id);
  } else {
    const { __where, ...rest } = a;
    const key = JSON.stringify(rest);
    if (seen.has(key)) error(a.__where, 'duplicate record');
    seen.add(key);
  }
  if (!(a.kind in KINDS)) error(a.__where, `unknown kind ${a.kind}`);
  if (!validDate(a.date)) error(a.__where, `bad date ${a.date}`);
  if (a.end !== undefined && (!validDate(a.end) || a.end < a.date)) error(a.__where, 'bad end');
  if ((a.kind === 'initiative' || a.kind === 'award' || a.kind === 'research') && !a.title) error(a.__where, 'title required');
  if (a.title !== undefined && (typeof a.title !== 'string' || !a.title)) error(a.__where, 'title must be text');
  if (a.decision !== undefined && typeof a.decision !== 'string') error(a.__where, 'decision must be text');
  if (a.hours !== undefined && !(typeof a.hours === 'number' && a.hours >= 0)) error(a.__where, 'bad hours');
  const only = { level: ['initiative', 'research'], recognized: ['initiative'], accepted: ['research'], in_01m: ['initiative'],
    type: ['violation'], minutes: ['violation'], severity: ['violation'], form: ['violation'], decision: ['initiative', 'award', 'research', 'violation'] };
  for (const [k, kinds] of Object.entries(only)) if (a[k] !== undefined && !kinds.includes(a.kind)) error(a.__where, `${k} only for ${kinds.join('/')}`);
  if (a.kind === 'initiative') {
    if (a.level !== undefined && !(a.level in LEVEL)) error(a.__where, `bad level ${a.level}`);
    if (a.level !== undefined && !validDate(a.recognized)) error(a.__where, 'recognized required with level');
    if (a.recognized !== undefined && a.recognized < a.date) error(a.__where, 'recognized before date');
    if (a.in_01m !== undefined && typeof a.in_01m !== 'boolean') error(a.__where, 'in_01m must be boolean');
  }
  if (a.kind === 'research') {
    if (a.level !== undefined && !(a.level in LEVEL)) error(a.__where, `bad level ${a.level}`);
    if ((a.level === undefined) !== (a.accepted === undefined)) error(a.__where, 'level and accepted go together');
    if (a.accepted !== undefined && (!validDate(a.accepted) || a.accepted < a.date)) error(a.__where, 'bad accepted');
  }
  if (a.kind === 'violation') {
    if (!['late', 'early-leave', 'personal-work', 'absent', 'other'].includes(a.type)) error(a.__where, `bad type ${a.type}`);
    if (a.severity !== undefined && !['reminder', 'formal'].includes(a.severity)) error(a.__where, 'bad severity');
    if (a.form !== undefined && (a.severity !== 'formal' || !(a.form in FORM))) error(a.__where, `form ${a.form} needs severity: formal and a known form`);
  }
  a.who = expand(a);
  if (a.who.length === 0) error(a.__where, 'nobody in this activity');
}

// ratings: a year, levels of known members, one rating a person a year
const RATED = new Map(); // `${year} ${id}` -> level
for (const f of ratingFiles) {
  unknownKeys(f, KEYS.ratings, f.__where);
  if (!Number.isInteger(f.year)) error(f.__where, 'year required');
  if (f.date !== undefined && !validDate(f.date)) error(f.__where, `bad date ${f.date}`);
  if (f.decision !== undefined && typeof f.decision !== 'string') error(f.__where, 'decision must be text');
  for (const [id, level] of Object.entries(f.levels ?? {})) {
    if (!MEMBER.has(id)) error(f.__where, `unknown member ${id}`);
    if (!(level in RATING)) error(f.__where, `bad level ${level}`);
    if (RATED.has(`${f.year} ${id}`)) error(f.__where, `${id} rated twice for ${f.year}`);
    RATED.set(`${f.year} ${id}`, level);
  }
}
const ratingsExist = (year) => ratingFiles.some((f) => f.year === year);

const shiftSeen = new Set();
for (const s of shifts) {
  unknownKeys(s, KEYS.shift, s.__where);
  const { __where, ...rest } = s;
  const key = JSON.stringify(rest);
  if (shiftSeen.has(key)) error(s.__where, 'duplicate record');
  shiftSeen.add(key);
  if (!validDate(s.date)) error(s.__where, `bad date ${s.date}`);
  if (!TYPES[s.type]) error(s.__where, `unknown shift type ${s.type}`);
  if (!DEPTS.includes(s.department)) error(s.__where, `unknown department ${s.department}`);
  if (!Array.isArray(s.members) || s.members.length === 0) error(s.__where, 'members required');
  for (const k of ['start', 'end']) if (s[k] !== undefined && !TIME_RE.test(s[k])) error(s.__where, `bad ${k}`);
  for (const id of s.members ?? []) {
    if (!MEMBER.has(id)) error(s.__where, `unknown member ${id}`);
    else if (!active(id, s.date)) error(s.__where, `member ${id} inactive on ${s.date}`);
  }
  if (new Set(s.members).size !== s.members.length) error(s.__where, 'a member twice on one shift');
  const t = TYPES[s.type] ?? TYPES.day;
  const st = mins(s.start ?? t.start);
  let en = mins(s.end ?? t.end);
  if (en <= st) en += 1440;
  s.s = toDay(s.date) * 1440 + st;
  s.e = toDay(s.date) * 1440 + en;
  // night: overlaps [22:00, 06:00 next day) of any day
  const ws = mins(NIGHT_WIN.start), we0 = mins(NIGHT_WIN.end), we = we0 <= ws ? we0 + 1440 : we0;
  s.isNight = false;
  for (let d = Math.floor(s.s / 1440) - 1; d <= Math.floor(s.e / 1440); d++) {
    if (s.s < d * 1440 + we && d * 1440 + ws < s.e) s.isNight = true;
  }
  s.isWeekend = weekday(s.date) === 0 || weekday(s.date) === 6;
  s.isHoliday = HOLIDAYS.has(s.date);
}

// Per member shift lists
const byMember = new Map();
for (const s of shifts) for (const id of s.members ?? []) {
  if (!byMember.has(id)) byMember.set(id, []);
  byMember.get(id).push(s);
}
for (const list of byMember.values()) list.sort((a, b) => a.s - b.s || a.e - b.e);
// overlap: an error, over all shifts of every member
for (const [id, list] of byMember) {
  let maxEnd = -Infinity, maxShift = null;
  for (const s of list) {
    if (s.s < maxEnd) error(s.__where, `shift overlap for ${id}: ${maxShift.date} ${maxShift.type} and ${s.date} ${s.type}`);
    if (s.e > maxEnd) { maxEnd = s.e; maxShift = s; }
  }
}

if (errors.length) {
  console.log(`ERRORS (${errors.length}):`);
  for (const e of errors.slice(0, 50)) console.log(`  ${e}`);
  process.exit(1);
}

// ------------------------------------------------------------------ shift warnings
const inGroups = (m) => GROUPS.length === 0 || (m.groups ?? []).some((g) => GROUPS.includes(g));
function shiftWarnings(from, to, popSet) {
  const rest = [], nightLimit = [], gaps = [];
  for (const [id, all] of byMember) {
    if (!popSet.has(id)) continue;
    const list = all.filter((s) => from <= s.date && s.date <= to);
    for (let i = 1; i < list.length; i++) {
      const gap = list[i].s - list[i - 1].e;
      if (gap >= 0 && gap < MIN_REST) rest.push({ member: id, first: list[i - 1].date, second: list[i].date, restHours: gap / 60,
        what: `${list[i - 1].department} ${list[i - 1].type} ${list[i - 1].date} → ${list[i].type} ${list[i].date}` });
    }
    const perMonth = {};
    for (const s of list) if (s.isNight) perMonth[s.date.slice(0, 7)] = (perMonth[s.date.slice(0, 7)] ?? 0) + 1;
    for (const [month, n] of Object.entries(perMonth)) if (n > MAX_NIGHTS) nightLimit.push({ member: id, month, nights: n });
  }
  for (const r of COVERAGE) {
    const lo = r.from && r.from > from ? r.from : from;
    const hi = r.to && r.to < to ? r.to : to;
    for (let d = toDay(lo); d <= toDay(hi); d++) {
      const iso = toIso(d);
      const have = new Set(shifts.filter((s) => s.date === iso && s.department === r.department && s.type === r.type).flatMap((s) => s.members)).size;
      if (have < r.min) gaps.push({ date: iso, department: r.department, type: r.type, have, need: r.min });
    }
  }
  rest.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.member < b.member ? -1 : 1));
  nightLimit.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.member < b.member ? -1 : 1));
  gaps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.department < b.department ? -1 : 1));
  return { rest, nightLimit, gaps };
}

// ------------------------------------------------------------------ evaluation of a window
const cmpFrac = ([a, b], [c, d]) => a * d - c * b; // sign of a/b - c/d (b, d > 0)
function evaluate(evalFrom, asOf) {
  const D = daysInYear(+asOf.slice(0, 4));
  const pop = [...MEMBER.values()].filter((m) => active(m.id, asOf) && inGroups(m)).map((m) => m.id).sort();
  const popSet = new Set(pop);
  const inWin = (d) => evalFrom <= d && d <= asOf;
  const counted = activities.filter((a) => inWin(a.date));
  const card = {};
  for (const id of pop) {
    const m = MEMBER.get(id);
    const lo = m.joined && m.joined > evalFrom ? m.joined : evalFrom;
    const hi = m.left && m.left < asOf ? m.left : asOf;
    const activeDays = Math.max(0, toDay(hi) - toDay(lo) + 1);
    // Leave inside the window and the active days; its working days: Monday–Friday, not a
    // holiday, of kinds other than maternity and work injury. Pro-rated by the days at work.
    let leaveDays = 0, leaveWorking = 0;
    for (const l of m.leave ?? []) {
      for (let d = Math.max(toDay(l.from), toDay(lo)); d <= Math.min(toDay(l.to), toDay(hi)); d++) {
        leaveDays++;
        const iso = toIso(d);
        if (l.kind !== 'maternity' && l.kind !== 'work-injury' && weekday(iso) !== 0 && weekday(iso) !== 6 && !HOLIDAYS.has(iso)) leaveWorking++;
      }
    }
    const a = activeDays - leaveDays;
    const mine = counted.filter((x) => x.who.includes(id));
    const violations = mine.filter((x) => x.kind === 'violation');
    const formal = violations.filter((x) => x.severity === 'formal').length;
    const crit = {};
    let allMet = true, total = 0;
    for (const [c, def] of Object.entries(CRITERIA)) {
      const acts = mine.filter((x) => KINDS[x.kind] === c);
      const count = acts.length;
      const hours = acts.reduce((s, x) => s + (x.hours ?? KIND_HOURS[x.kind] ?? 0), 0);
      const requiredCount = Math.floor((2 * def.minCount * a + D) / (2 * D));
      const requiredHours = Math.floor((2 * def.minHours * a + D) / (2 * D));
      let met = count >= requiredCount && hours >= requiredHours;
      if (def.maxViolations !== undefined) met = met && violations.length <= def.maxViolations;
      crit[c] = { count, hours: Math.round(hours * 100) / 100, requiredCount, met };
      allMet = allMet && met;
      total += count;
    }
    // The heaviest discipline form of the window (khiển trách when none is written).
    const form = Math.max(-1, ...violations.filter((x) => x.severity === 'formal').map((x) => FORM[x.form ?? 'khien-trach']));
    card[id] = { id, department: m.department, activeDays, leaveDays, leaveWorking, crit, allMet, total, violations: violations.length, formal, form };
  }
  // innovation
  const inits = activities.filter((a) => a.kind === 'initiative');
  const recognizedIn = inits.filter((a) => a.level && LEVEL[a.level] >= LEVEL[INNOV.minLevel] && inWin(a.recognized));
  const countingInits = recognizedIn.filter((a) => !INNOV.require01m || a.in_01m === true);
  const authors = new Set(countingInits.flatMap((a) => a.who).filter((id) => popSet.has(id)));
  const notIn01m = recognizedIn.filter((a) => a.in_01m !== true);
  const pending = inits.filter((a) => inWin(a.date) && !a.level);
  const gapOf = (P, n) => Math.max(0, Math.ceil((P * INNOV.target[0]) / INNOV.target[1]) - n);
  const depts = DEPTS.map((dep) => {
    const dp = pop.filter((id) => MEMBER.get(id).department === dep);
    const da = dp.filter((id) => authors.has(id));
    return { id: dep, population: dp.length, allMet: dp.filter((id) => card[id].allMet).length, authors: da,
      rate: dp.length ? da.length / dp.length : 0, met: dp.length ? cmpFrac([da.length, dp.length], INNOV.target) >= 0 : false,
      gap: gapOf(dp.length, da.length) };
  });
  for (const id of pop) card[id].initiativeAuthor = authors.has(id);
  return { evalFrom, asOf, D, pop, popSet, card, countingInits, authors, notIn01m, pending, depts, recognizedIn,
    rate: pop.length ? authors.size / pop.length : 0, met: cmpFrac([authors.size, pop.length || 1], INNOV.target) >= 0,
    gap: gapOf(pop.length, authors.size) };
}

function commendation(ev) {
  const { asOf, pop, card, recognizedIn } = ev;
  const year = +asOf.slice(0, 4);
  const dayAfter = toIso(toDay(asOf) + 1);
  const inWin = (d) => ev.evalFrom <= d && d <= asOf;
  const tenureOk = (id) => { const m = MEMBER.get(id); return !m.joined || addMonths(m.joined, 10) <= dayAfter; };
  // The rating gate applies when some ratings file has the year; else the list is provisional.
  const provisional = !ratingsExist(year);
  const rating = (id) => RATED.get(`${year} ${id}`);
  const ratingOk = (id) => provisional || (rating(id) !== undefined && RATING[rating(id)] >= RATING.htt);
  const leaveOk = (id) => card[id].leaveWorking < 40;
  const advanced = pop.filter((id) => tenureOk(id) && card[id].allMet && card[id].formal <= 0 && leaveOk(id) && ratingOk(id));
  const advSet = new Set(advanced);
  // Sáng kiến recognized and đề tài accepted in the window at >= co-so, together.
  const accepted = activities.filter((a) => a.kind === 'research' && a.level && LEVEL[a.level] >= LEVEL[INNOV.minLevel] && inWin(a.accepted));
  const achieved = [...recognizedIn, ...accepted];
  const cands = advanced.filter((id) => achieved.some((a) => a.who.includes(id))).map((id) => {
    const mine = achieved.filter((a) => a.who.includes(id));
    return { id, level: Math.max(...mine.map((a) => LEVEL[a.level])), n: mine.length,
      direct: MEMBER.get(id).direct_worker === true, total: card[id].total, research: mine.every((a) => a.kind === 'research') };
  });
  cands.sort((a, b) => b.level - a.level || b.n - a.n || (b.direct - a.direct) || b.total - a.total || (a.id < b.id ? -1 : 1));
  // Not more than 15 %: floor(15 n / 100).
  const quota = Math.floor((15 * advanced.length) / 100);
  const fighterSet = new Set(cands.slice(0, quota).map((c) => c.id));
  const blocked = (ids) => ids.filter((id) => card[id].form >= FORM['canh-cao']);
  const collective = (ids) => ids.length > 0 && 2 * ids.filter((id) => advSet.has(id)).length > ids.length && blocked(ids).length === 0;
  const excellent = (ids) => ids.length > 0 && 10 * ids.filter((id) => advSet.has(id)).length >= 7 * ids.length
    && ids.some((id) => fighterSet.has(id)) && blocked(ids).length === 0
    && (provisional || ids.every((id) => rating(id) !== undefined && RATING[rating(id)] >= RATING.ht));
  const deptColl = DEPTS.map((dep) => {
    const ids = pop.filter((id) => MEMBER.get(id).department === dep);
    const adv = ids.filter((id) => advSet.has(id)).length;
    return { dep, adv, n: ids.length, blocked: blocked(ids), fighters: ids.filter((id) => fighterSet.has(id)).length,
      formal: ids.filter((id) => card[id].formal > 0), ok: collective(ids), excellent: excellent(ids) };
  });
  return { advanced, advSet, cands, quota, fighters: cands.slice(0, quota), beyond: cands.slice(quota), deptColl,
    unit: collective(pop), unitExcellent: excellent(pop), tenureOk, ratingOk, leaveOk, rating, provisional };
}

// ------------------------------------------------------------------ duty allowance (SPEC §7)
// Exact: every number as a fraction of big integers from its decimal spelling; one person's
// amount for one shift rounded half-up to a whole đồng; the class by the type, else by minutes.
const ALLOW = rulesIn.allowance ?? null;
const frac = (x) => { const [w, f = ''] = String(x).split('.'); return [BigInt(w + f), 10n ** BigInt(f.length)]; };
for (const k of Object.keys(ALLOW ?? {})) if (!['rate', 'intensive_care', 'intensive_factor', 'weekend_factor', 'holiday_factor'].includes(k)) error('rules.yaml', `allowance: unknown key ${k}`);
for (const d of ALLOW?.intensive_care ?? []) if (!DEPTS.includes(d)) error('rules.yaml', `allowance: unknown department ${d}`);
function allowance(from, to) {
  if (!ALLOW) return null;
  const people = new Map();
  let total = 0n;
  for (const s of shifts) {
    if (s.date < from || s.date > to) continue;
    const m = s.e - s.s;
    const cls = TYPES[s.type].allowance ?? (m >= 1440 ? 1 : m >= 960 ? 0.75 : m >= 720 ? 0.5 : 0);
    if (cls === 0) continue;
    const parts = [frac(ALLOW.rate), frac(cls)];
    if (s.isHoliday) parts.push(frac(ALLOW.holiday_factor ?? 1.8));
    else if (s.isWeekend) parts.push(frac(ALLOW.weekend_factor ?? 1.3));
    if ((ALLOW.intensive_care ?? []).includes(s.department)) parts.push(frac(ALLOW.intensive_factor ?? 1.5));
    const n = parts.reduce((a, [p]) => a * p, 1n);
    const d = parts.reduce((a, [, q]) => a * q, 1n);
    const amount = (2n * n + d) / (2n * d);
    for (const id of new Set(s.members)) {
      const p = people.get(id) ?? { shifts: 0, amount: 0n };
      p.shifts++;
      p.amount += amount;
      people.set(id, p);
      total += amount;
    }
  }
  return { total, people: [...people.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

// ------------------------------------------------------------------ the 2024 story
const name = (id) => MEMBER.get(id).name;
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const Y = evaluate('2024-01-01', '2024-12-31');
const C = commendation(Y);
const W = shiftWarnings('2024-01-01', '2024-12-31', Y.popSet);

console.log(`=== Năm 2024 (${Y.evalFrom} .. ${Y.asOf}, D = ${Y.D}) ===`);
console.log(`population: ${Y.pop.length} (${DEPTS.map((d) => `${d} ${Y.depts.find((x) => x.id === d).population}`).join(', ')})`);
console.log(`criteria met: ${Object.keys(CRITERIA).map((c) => `${c} ${Y.pop.filter((id) => Y.card[id].crit[c].met).length}`).join(', ')}; allMet ${Y.pop.filter((id) => Y.card[id].allMet).length}`);
console.log('not allMet:');
for (const id of Y.pop.filter((i) => !Y.card[i].allMet)) {
  const c = Y.card[id];
  const why = Object.entries(c.crit).filter(([, v]) => !v.met).map(([k, v]) => `${k} ${v.count}/${v.requiredCount}${k === 'work' ? `, violations ${c.violations}` : ''}`);
  console.log(`  ${id} (${name(id)}, ${c.department}): ${why.join('; ')}`);
}
console.log('violations (2024):');
for (const a of activities.filter((x) => x.kind === 'violation' && x.date.startsWith('2024'))) {
  console.log(`  ${a.date} ${a.who.join(',')} ${a.type}${a.minutes ? ` ${a.minutes}′` : ''} ${a.severity ?? 'reminder'}`);
}
console.log(`innovation: counting initiatives ${Y.countingInits.length}, authors ${Y.authors.size}/${Y.pop.length} = ${pct(Y.rate)}, met ${Y.met}, gap ${Y.gap}; recognizedNot01m ${Y.notIn01m.length}; pending ${Y.pending.length}`);
for (const d of Y.depts) console.log(`  ${d.id.padEnd(10)} authors ${d.authors.length}/${d.population} = ${pct(d.rate)} met ${d.met} gap ${d.gap}  [${d.authors.join(', ')}]`);
for (const a of activities.filter((x) => x.kind === 'initiative')) {
  const state = !a.level ? 'pending' : `${a.level} ${a.recognized} ${a.decision ?? ''} 01M=${a.in_01m === true}`;
  console.log(`  • ${a.date} ${a.title} — ${a.who.join(', ')} — ${state}`);
}
const ratedPop = Y.pop.map((id) => C.rating(id) ?? 'unrated');
console.log(`ratings 2024: ${C.provisional ? 'none (provisional)' : `${ratingFiles.filter((f) => f.year === 2024).map((f) => `${f.__where} ${f.decision ?? ''}`).join(', ')}; population ${['htxs', 'htt', 'ht', 'kht', 'unrated'].map((l) => `${l} ${ratedPop.filter((x) => x === l).length}`).join(', ')}`}`);
console.log(`provisional: ${C.provisional}`);
for (const id of Y.pop.filter((i) => Y.card[i].leaveDays > 0)) {
  const c = Y.card[id];
  console.log(`leave: ${id} ${c.leaveDays} days, ${c.leaveWorking} working days (${(MEMBER.get(id).leave ?? []).map((l) => `${l.kind} ${l.from}..${l.to}`).join(', ')}); at work ${c.activeDays - c.leaveDays} of ${c.activeDays}`);
}
console.log(`advanced workers: ${C.advanced.length}; quota = floor(0.15 × ${C.advanced.length}) = ${C.quota}`);
console.log('not advanced:', Y.pop.filter((id) => !C.advSet.has(id)).map((id) => {
  const c = Y.card[id]; const why = [];
  if (!C.tenureOk(id)) why.push(`tenure (joined ${MEMBER.get(id).joined})`);
  if (!c.allMet) why.push('not allMet');
  if (c.formal) why.push('formal violation');
  if (!C.leaveOk(id)) why.push(`leave ${c.leaveWorking} working days`);
  if (!C.ratingOk(id)) why.push(`rated ${C.rating(id) ?? 'nothing'}`);
  return `${id} [${why.join(', ')}]`;
}).join('; '));
console.log('emulation-fighter candidates in rank order (level, recognized sáng kiến and accepted đề tài, direct_worker, total count):');
C.cands.forEach((c, i) => console.log(`  ${i + 1}. ${c.id.padEnd(20)} ${Object.keys(LEVEL)[c.level - 1].padEnd(5)} n=${c.n}${c.research ? ' (đề tài)' : ''} direct=${c.direct} total=${c.total}  ${i < C.quota ? 'emulationFighter' : 'beyondQuota'}`));
console.log(`advanced collective: unit ${C.unit}; ${C.deptColl.map((d) => `${d.dep} ${d.adv}/${d.n}${d.blocked.length ? ` blocked:${d.blocked}` : ''} → ${d.ok}`).join('; ')}`);
console.log(`excellent collective: unit ${C.unitExcellent}; ${C.deptColl.map((d) => `${d.dep} ${d.adv}/${d.n} fighters ${d.fighters}${d.blocked.length ? ` blocked:${d.blocked}` : ''} → ${d.excellent}`).join('; ')}`);
console.log(`coverage gaps: ${W.gaps.map((g) => `${g.date} ${g.department} ${g.type} ${g.have}/${g.need}`).join('; ') || 'none'}`);
console.log(`rest warnings: ${W.rest.map((r) => `${r.member} ${r.what} (${r.restHours} h)`).join('; ') || 'none'}`);
console.log(`night-limit warnings: ${W.nightLimit.map((r) => `${r.member} ${r.month} ${r.nights}`).join('; ') || 'none'}`);
// shift load
const shiftTotal = shifts.filter((s) => s.date.startsWith('2024')).length;
console.log(`shifts in 2024: ${shiftTotal} records`);
for (const dep of DEPTS) {
  const ids = Y.pop.filter((id) => MEMBER.get(id).department === dep && (byMember.get(id) ?? []).some((s) => s.date.startsWith('2024')));
  if (!ids.length) continue;
  const stat = (f) => { const v = ids.map((id) => byMember.get(id).filter((s) => s.date.startsWith('2024') && f(s)).length); return `${Math.min(...v)}–${Math.max(...v)}`; };
  console.log(`  ${dep.padEnd(10)} ${ids.length} people on duty: night ${stat((s) => s.isNight)}, weekend ${stat((s) => s.isWeekend)}, holiday ${stat((s) => s.isHoliday)}`);
}
const maxNights = Math.max(...[...byMember.entries()].flatMap(([id, l]) => {
  if (id === 'vo-van-khoa') return [0];
  const pm = {}; for (const s of l) if (s.isNight) pm[s.date.slice(0, 7)] = (pm[s.date.slice(0, 7)] ?? 0) + 1;
  return Object.values(pm);
}));
console.log(`  busiest month of anyone else: ${maxNights} nights`);
// phases
for (const [n, from, to] of [['Đợt 1', '2024-01-01', '2024-06-30'], ['Đợt 2', '2024-07-01', '2024-12-31']]) {
  const P = evaluate(from, to);
  console.log(`phase ${n}: population ${P.pop.length}, allMet ${P.pop.filter((id) => P.card[id].allMet).length}, innovation authors ${P.authors.size}`);
}

// allowance: the listed period of each golden report (a month pays that month only)
for (const [from, to] of [['2024-01-01', '2024-12-31'], ['2024-03-01', '2024-03-31'], ['2024-01-01', '2024-06-30']]) {
  const A = allowance(from, to);
  if (A) console.log(`allowance ${from}..${to}: total ${A.total}; ${A.people.map(([id, p]) => `${id}:${p.shifts}:${p.amount}`).join(' ')}`);
  else console.log(`allowance ${from}..${to}: none`);
}

// ------------------------------------------------------------------ the story, asserted
const used2024 = new Set(activities.filter((a) => a.date.startsWith('2024')).map((a) => a.kind));
for (const k of Object.keys(DEFAULT_KINDS)) expect(used2024.has(k), `kind ${k} used in 2024`);
const usedShorthand = (f) => activities.some(f);
expect(usedShorthand((a) => a.members === 'all'), 'members: all used');
expect(usedShorthand((a) => Array.isArray(a.members) && a.members.some((x) => x.startsWith('dept:'))), 'dept: used');
expect(usedShorthand((a) => a.except?.length), 'except used');
expect(usedShorthand((a) => a.end), 'multi-day activity');
expect(usedShorthand((a) => typeof a.hours === 'number' && !Number.isInteger(a.hours)), 'decimal hours');
const inits = activities.filter((a) => a.kind === 'initiative');
expect(inits.some((a) => !a.level && a.date.startsWith('2024')), 'a pending initiative in 2024');
expect(inits.some((a) => a.level === 'co-so' && a.in_01m === true && a.recognized.startsWith('2024')), 'co-so + 01M');
expect(inits.some((a) => a.level === 'co-so' && a.in_01m !== true && a.recognized.startsWith('2024')), 'co-so not in 01M');
expect(inits.some((a) => a.level === 'tinh' && a.recognized.startsWith('2024')), 'a tinh initiative');
expect(inits.some((a) => a.date.startsWith('2023') && a.recognized?.startsWith('2024')), 'submitted 2023, recognized 2024');
expect(inits.every((a) => !a.level || (typeof a.decision === 'string' && a.recognized >= a.date)), 'recognized initiatives carry decision');
const viols = activities.filter((a) => a.kind === 'violation');
const formals = viols.filter((a) => a.severity === 'formal');
expect(formals.length === 2 && formals.some((a) => (a.form ?? 'khien-trach') === 'khien-trach') && formals.some((a) => a.form === 'canh-cao'),
  'two formal violations: a khiển trách and a cảnh cáo');
expect(formals.every((a) => typeof a.decision === 'string'), 'formal violations carry their decision');
expect(viols.filter((a) => ['late', 'early-leave'].includes(a.type) && a.minutes && a.severity !== 'formal').length >= 4, 'several late/early-leave reminders');
expect(activities.some((a) => a.kind === 'award' && a.decision && a.date === '2024-12-20'), 'award 2024-12-20');
expect(Y.met && Y.rate <= 0.25, `unit innovation rate ${pct(Y.rate)} just above 20 %`);
expect(Y.depts.some((d) => d.rate < 0.2 && d.population > 0), 'one department below 20 %');
expect(Y.depts.filter((d) => d.rate < 0.2).length === 1, 'only one department below 20 %');
const notMet = Y.pop.filter((id) => !Y.card[id].allMet);
expect(notMet.length >= 3 && notMet.length <= 6, 'a handful fail something');
expect(notMet.some((id) => Y.card[id].crit.community.count === 1 && !Y.card[id].crit.community.met), 'someone with 1 community activity');
expect(notMet.some((id) => Y.card[id].violations > 2), 'someone over max_violations');
expect(notMet.some((id) => !Y.card[id].crit.self.met), 'someone with too few self activities');
expect(W.gaps.length >= 1 && W.gaps.length <= 2 && W.gaps.every((g) => g.department === 'hscc' && g.have === 1 && g.need === 2), 'hscc coverage gap(s)');
expect(W.rest.some((r) => r.restHours === 0), 'a rest warning of 0 h');
expect(W.rest.length <= 3, 'few rest warnings');
expect(W.nightLimit.length === 1 && W.nightLimit[0].nights === 11, 'one night-limit warning with 11 nights');
expect(C.quota === 3 && C.advanced.length >= 24 && C.advanced.length <= 26, 'about 25 advanced workers, quota 3');
expect(Math.floor((15 * C.advanced.length + 50) / 100) > C.quota, 'the quota at floor is one less than rounded half up');
expect(C.cands.length >= 6 && C.cands.length <= 8 && C.cands.length > C.quota, 'candidates 6–8 > quota');
// SPEC §6, each rule at work
expect(!C.provisional, 'ratings exist for 2024');
expect(['htxs', 'ht', 'kht'].every((l) => Y.pop.some((id) => C.rating(id) === l)) && Y.pop.filter((id) => C.rating(id) === 'htt').length > Y.pop.length / 2,
  'mostly htt, and some htxs, ht and kht');
expect(Y.pop.some((id) => C.tenureOk(id) && Y.card[id].allMet && !Y.card[id].formal && C.leaveOk(id) && !C.ratingOk(id)), 'someone excluded by the rating alone');
const mothers = Y.pop.filter((id) => (MEMBER.get(id).leave ?? []).some((l) => l.kind === 'maternity') && Y.card[id].leaveDays >= 150);
expect(mothers.some((id) => C.advSet.has(id) && Object.entries(Y.card[id].crit).some(([c, v]) => v.count < CRITERIA[c].minCount)),
  'a maternity leave: fewer activities than a full year asks, an advanced worker on her pro-rated share');
expect(Y.pop.some((id) => Y.card[id].allMet && Y.card[id].leaveWorking === 40 && !C.leaveOk(id) && C.ratingOk(id)), 'a sick leave of exactly 40 working days keeps someone out');
expect(C.cands.some((c) => c.research), 'a candidate by a đề tài alone');
expect(C.deptColl.some((d) => d.ok && d.formal.length > 0), 'a khiển trách does not block its department');
expect(!C.unit && C.deptColl.some((d) => !d.ok && d.blocked.length > 0 && 2 * d.adv > d.n), 'a cảnh cáo blocks its department and the unit');
expect(C.deptColl.some((d) => d.excellent) && !C.unitExcellent, 'an excellent department, not the unit');
let tie = null;
for (let i = 1; i < C.cands.length; i++) {
  const [a, b] = [C.cands[i - 1], C.cands[i]];
  if (a.level === b.level && a.n === b.n && a.direct && !b.direct) { tie = [a, b, i]; break; }
}
expect(tie, 'a tie broken by direct_worker');
if (tie) console.log(`tie broken by direct_worker: #${tie[2]} ${tie[0].id} (total ${tie[0].total}) before #${tie[2] + 1} ${tie[1].id} (total ${tie[1].total})${tie[2] === C.quota ? ' — at the quota boundary' : ''}`);
expect(C.deptColl.some((d) => !d.ok && d.blocked.length > 0 && 2 * d.adv > d.n), 'a department fails the collective only because of the cảnh cáo');
expect(C.deptColl.filter((d) => d.ok).length >= 2, 'other departments qualify');
const joinedMarch = Y.pop.filter((id) => MEMBER.get(id).joined === '2024-03-01');
expect(joinedMarch.length === 1 && C.tenureOk(joinedMarch[0]), 'joined 2024-03-01 reaches 10 months exactly');
expect(Y.pop.some((id) => MEMBER.get(id).joined > '2024-03-01' && !C.tenureOk(id)), 'a mid-2024 joiner lacks tenure');
expect([...MEMBER.values()].some((m) => m.left === '2024-09-30'), 'a leaver on 2024-09-30');
expect([...MEMBER.values()].some((m) => !inGroups(m) && byMember.has(m.id)), 'non-population staff on the rosters');
if (ALLOW) {
  const A = allowance('2024-01-01', '2024-12-31');
  expect(A.people.some(([id]) => !Y.popSet.has(id)), 'the payroll pays non-population staff too');
  expect(shifts.some((s) => s.date.startsWith('2024') && s.isHoliday && s.isWeekend && (ALLOW.intensive_care ?? []).includes(s.department)), 'an intensive-care shift on a holiday that is a weekend day');
}

// The same checks for the whole data set, as `thidua check` (no window) does them.
const popAll = new Set([...MEMBER.values()].filter(inGroups).map((m) => m.id));
const dates = shifts.map((s) => s.date).sort();
const WA = shiftWarnings(dates[0], dates[dates.length - 1], popAll);
console.log(`check (all data ${dates[0]} .. ${dates[dates.length - 1]}): ${WA.gaps.length} coverage, ${WA.rest.length} rest, ${WA.nightLimit.length} night-limit warnings`);
expect(WA.gaps.length === W.gaps.length && WA.rest.length === W.rest.length && WA.nightLimit.length === W.nightLimit.length,
  'no further warnings outside 2024');
// 2025 monthly windows work: year to date
for (const ym of ['2025-01', '2025-02', '2025-03']) {
  const last = toIso(toDay(`${ym}-01`) + new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)).getUTCDate() - 1);
  const E = evaluate('2025-01-01', last);
  console.log(`month ${ym} (YTD to ${last}): population ${E.pop.length}, allMet ${E.pop.filter((id) => E.card[id].allMet).length}, authors ${E.authors.size}, pending ${E.pending.length}, shifts ${shifts.filter((s) => s.date.startsWith(ym)).length}`);
}

if (failures.length) {
  console.log(`\nSTORY CHECKS FAILED (${failures.length}):`);
  for (const f of failures) console.log(`  ✗ ${f}`);
  process.exit(1);
}
console.log('\nall checks hold: no errors, and the 2024 story is as intended');
