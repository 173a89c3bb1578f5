// Made by scripts/make-validators.mjs from the zod schemas of src/model/schemas.ts: do not edit.
// Each function says whether zod would accept the value (test/unit/validators.test.ts).
import type { ActivityInput, MemberInput, ShiftInput } from './schemas.js';
import { hasVisible } from './visible.js';

const P0 = /^[a-z0-9][a-z0-9._-]*$/;
const P1 = /^\d{4}-\d{2}-\d{2}$/;
const P2 = /^([01]\d|2[0-3]):[0-5]\d$/;
const S0: ReadonlySet<unknown> = new Set<unknown>(['id', 'name', 'department', 'title', 'groups', 'joined', 'left', 'direct_worker', 'leave']);
const S1: ReadonlySet<unknown> = new Set<unknown>(['from', 'to', 'kind']);
const S2: ReadonlySet<unknown> = new Set<unknown>(['maternity', 'sick', 'work-injury', 'study', 'unpaid', 'other']);
const S3: ReadonlySet<unknown> = new Set<unknown>([
  'id', 'kind', 'date', 'end', 'title', 'members', 'except', 'hours', 'note', 'level', 'recognized',
  'accepted', 'decision', 'in_01m', 'type', 'minutes', 'severity', 'form',
]);
const S4: ReadonlySet<unknown> = new Set<unknown>(['co-so', 'tinh', 'toan-quoc']);
const S5: ReadonlySet<unknown> = new Set<unknown>(['late', 'early-leave', 'personal-work', 'absent', 'other']);
const S6: ReadonlySet<unknown> = new Set<unknown>(['reminder', 'formal']);
const S7: ReadonlySet<unknown> = new Set<unknown>(['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec']);
const S8: ReadonlySet<unknown> = new Set<unknown>(['date', 'type', 'department', 'members', 'start', 'end', 'note']);

function v0(a: unknown[]): boolean {
  for (const e of a) if (!(typeof e === 'string' && P0.test(e))) return false;
  return true;
}

function v1(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S1.has(k)) return false;
  let x: unknown;
  x = r['from'];
  if (!(typeof x === 'string' && P1.test(x))) return false;
  x = r['to'];
  if (!(typeof x === 'string' && P1.test(x))) return false;
  x = r['kind'];
  if (!(S2.has(x))) return false;
  return true;
}

function v2(a: unknown[]): boolean {
  for (const e of a) if (!(v1(e))) return false;
  return true;
}

function v3(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S0.has(k)) return false;
  let x: unknown;
  x = r['id'];
  if (!(typeof x === 'string' && P0.test(x))) return false;
  x = r['name'];
  if (!(typeof x === 'string' && x.length >= 1 && (x === '' || hasVisible(x)))) return false;
  x = r['department'];
  if (!(typeof x === 'string' && P0.test(x))) return false;
  x = r['title'];
  if (!((x === undefined || typeof x === 'string' && x.length >= 1 && (x === '' || hasVisible(x))))) return false;
  x = r['groups'];
  if (!((x === undefined || Array.isArray(x) && v0(x)))) return false;
  x = r['joined'];
  if (!((x === undefined || typeof x === 'string' && P1.test(x)))) return false;
  x = r['left'];
  if (!((x === undefined || typeof x === 'string' && P1.test(x)))) return false;
  x = r['direct_worker'];
  if (!((x === undefined || typeof x === 'boolean'))) return false;
  x = r['leave'];
  if (!((x === undefined || Array.isArray(x) && v2(x)))) return false;
  return true;
}

function v4(a: unknown[]): boolean {
  for (const e of a) if (!(typeof e === 'string' && e.length >= 1)) return false;
  return true;
}

function v5(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S3.has(k)) return false;
  let x: unknown;
  x = r['id'];
  if (!((x === undefined || typeof x === 'string' && P0.test(x)))) return false;
  x = r['kind'];
  if (!(typeof x === 'string' && P0.test(x))) return false;
  x = r['date'];
  if (!(typeof x === 'string' && P1.test(x))) return false;
  x = r['end'];
  if (!((x === undefined || typeof x === 'string' && P1.test(x)))) return false;
  x = r['title'];
  if (!((x === undefined || typeof x === 'string' && x.length >= 1 && (x === '' || hasVisible(x))))) return false;
  x = r['members'];
  if (!((x === 'all' || Array.isArray(x) && v4(x)))) return false;
  x = r['except'];
  if (!((x === undefined || Array.isArray(x) && v0(x)))) return false;
  x = r['hours'];
  if (!((x === undefined || typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10000))) return false;
  x = r['note'];
  if (!((x === undefined || typeof x === 'string'))) return false;
  x = r['level'];
  if (!((x === undefined || S4.has(x)))) return false;
  x = r['recognized'];
  if (!((x === undefined || typeof x === 'string' && P1.test(x)))) return false;
  x = r['accepted'];
  if (!((x === undefined || typeof x === 'string' && P1.test(x)))) return false;
  x = r['decision'];
  if (!((x === undefined || typeof x === 'string' && x.length >= 1 && (x === '' || hasVisible(x))))) return false;
  x = r['in_01m'];
  if (!((x === undefined || typeof x === 'boolean'))) return false;
  x = r['type'];
  if (!((x === undefined || S5.has(x)))) return false;
  x = r['minutes'];
  if (!((x === undefined || typeof x === 'number' && Number.isFinite(x) && Number.isSafeInteger(x) && x >= 0 && x <= 1000000))) return false;
  x = r['severity'];
  if (!((x === undefined || S6.has(x)))) return false;
  x = r['form'];
  if (!((x === undefined || S7.has(x)))) return false;
  return true;
}

function v6(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S8.has(k)) return false;
  let x: unknown;
  x = r['date'];
  if (!(typeof x === 'string' && P1.test(x))) return false;
  x = r['type'];
  if (!(typeof x === 'string' && P0.test(x))) return false;
  x = r['department'];
  if (!(typeof x === 'string' && P0.test(x))) return false;
  x = r['members'];
  if (!(Array.isArray(x) && x.length >= 1 && v0(x))) return false;
  x = r['start'];
  if (!((x === undefined || typeof x === 'string' && P2.test(x)))) return false;
  x = r['end'];
  if (!((x === undefined || typeof x === 'string' && P2.test(x)))) return false;
  x = r['note'];
  if (!((x === undefined || typeof x === 'string'))) return false;
  return true;
}

export function isMemberInput(value: unknown): value is MemberInput {
  return v3(value);
}

export function isActivityInput(value: unknown): value is ActivityInput {
  return v5(value);
}

export function isShiftInput(value: unknown): value is ShiftInput {
  return v6(value);
}
