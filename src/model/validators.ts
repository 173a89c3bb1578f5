// Made by scripts/make-validators.mjs from the zod schemas of src/model/schemas.ts: do not edit.
// Each function says whether zod would accept the value (test/unit/validators.test.ts).
/* eslint-disable max-lines -- made, not written: one function per object of the schemas */
import type { ActivityInput, MemberInput, RatingsInput, RulesInput, ShiftInput, UnitInput } from './schemas.js';
import { hasVisible } from './visible.js';

const P0 = /^[a-z0-9][a-z0-9._-]*$/;
const P1 = /^\d{4}-\d{2}-\d{2}$/;
const P2 = /^([01]\d|2[0-3]):[0-5]\d$/;
const P3 = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
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
const S9: ReadonlySet<unknown> = new Set<unknown>(['name', 'parent', 'place', 'kind', 'departments', 'code', 'signer', 'recipients']);
const S10: ReadonlySet<unknown> = new Set<unknown>(['doan', 'cong-doan', 'co-quan']);
const S11: ReadonlySet<unknown> = new Set<unknown>(['id', 'name']);
const S12: ReadonlySet<unknown> = new Set<unknown>(['on_behalf', 'title', 'name']);
const S13: ReadonlySet<unknown> = new Set<unknown>([
  'population', 'criteria', 'kinds', 'phases', 'innovation', 'commendation', 'shifts', 'holidays',
  'allowance',
]);
const S14: ReadonlySet<unknown> = new Set<unknown>(['groups']);
const S15: ReadonlySet<unknown> = new Set<unknown>(['label', 'min_count', 'min_hours', 'max_violations']);
const S16: ReadonlySet<unknown> = new Set<unknown>(['label', 'criterion', 'hours']);
const S17: ReadonlySet<unknown> = new Set<unknown>(['name', 'from', 'to']);
const S18: ReadonlySet<unknown> = new Set<unknown>(['target', 'min_level', 'require_01m']);
const S19: ReadonlySet<unknown> = new Set<unknown>(['advanced_worker', 'emulation_fighter', 'advanced_collective', 'excellent_collective']);
const S20: ReadonlySet<unknown> = new Set<unknown>(['min_rating', 'min_tenure_months', 'max_formal_violations', 'max_leave_days']);
const S21: ReadonlySet<unknown> = new Set<unknown>(['htxs', 'htt', 'ht', 'kht']);
const S22: ReadonlySet<unknown> = new Set<unknown>(['cap', 'rounding']);
const S23: ReadonlySet<unknown> = new Set<unknown>(['floor', 'half-up']);
const S24: ReadonlySet<unknown> = new Set<unknown>(['min_share', 'block_from']);
const S25: ReadonlySet<unknown> = new Set<unknown>(['types', 'night_window', 'min_rest_hours', 'max_nights_per_month', 'coverage']);
const S26: ReadonlySet<unknown> = new Set<unknown>(['start', 'end', 'allowance', 'code']);
const S27: ReadonlySet<unknown> = new Set<unknown>([1, 0.75, 0.5, 0]);
const S28: ReadonlySet<unknown> = new Set<unknown>(['start', 'end']);
const S29: ReadonlySet<unknown> = new Set<unknown>(['department', 'type', 'min', 'from', 'to']);
const S30: ReadonlySet<unknown> = new Set<unknown>(['rate', 'intensive_care', 'intensive_factor', 'weekend_factor', 'holiday_factor']);
const S31: ReadonlySet<unknown> = new Set<unknown>(['year', 'decision', 'date', 'levels']);

function v0(a: unknown[]): boolean {
  for (const e of a) if (!(typeof e === 'string' && P0.test(e))) return false;
  return true;
}

function v1(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S1.has(k)) return false;
  const x0 = r['from'];
  if (!(typeof x0 === 'string' && P1.test(x0))) return false;
  const x1 = r['to'];
  if (!(typeof x1 === 'string' && P1.test(x1))) return false;
  const x2 = r['kind'];
  if (!(S2.has(x2))) return false;
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
  const x0 = r['id'];
  if (!(typeof x0 === 'string' && P0.test(x0))) return false;
  const x1 = r['name'];
  if (!(typeof x1 === 'string' && x1.length >= 1 && (x1 === '' || hasVisible(x1)))) return false;
  const x2 = r['department'];
  if (!(typeof x2 === 'string' && P0.test(x2))) return false;
  const x3 = r['title'];
  if (!((x3 === undefined || typeof x3 === 'string' && x3.length >= 1 && (x3 === '' || hasVisible(x3))))) return false;
  const x4 = r['groups'];
  if (!((x4 === undefined || Array.isArray(x4) && v0(x4)))) return false;
  const x5 = r['joined'];
  if (!((x5 === undefined || typeof x5 === 'string' && P1.test(x5)))) return false;
  const x6 = r['left'];
  if (!((x6 === undefined || typeof x6 === 'string' && P1.test(x6)))) return false;
  const x7 = r['direct_worker'];
  if (!((x7 === undefined || typeof x7 === 'boolean'))) return false;
  const x8 = r['leave'];
  if (!((x8 === undefined || Array.isArray(x8) && v2(x8)))) return false;
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
  const x0 = r['id'];
  if (!((x0 === undefined || typeof x0 === 'string' && P0.test(x0)))) return false;
  const x1 = r['kind'];
  if (!(typeof x1 === 'string' && P0.test(x1))) return false;
  const x2 = r['date'];
  if (!(typeof x2 === 'string' && P1.test(x2))) return false;
  const x3 = r['end'];
  if (!((x3 === undefined || typeof x3 === 'string' && P1.test(x3)))) return false;
  const x4 = r['title'];
  if (!((x4 === undefined || typeof x4 === 'string' && x4.length >= 1 && (x4 === '' || hasVisible(x4))))) return false;
  const x5 = r['members'];
  if (!((x5 === 'all' || Array.isArray(x5) && v4(x5)))) return false;
  const x6 = r['except'];
  if (!((x6 === undefined || Array.isArray(x6) && v0(x6)))) return false;
  const x7 = r['hours'];
  if (!((x7 === undefined || typeof x7 === 'number' && Number.isFinite(x7) && x7 >= 0 && x7 <= 10000))) return false;
  const x8 = r['note'];
  if (!((x8 === undefined || typeof x8 === 'string'))) return false;
  const x9 = r['level'];
  if (!((x9 === undefined || S4.has(x9)))) return false;
  const x10 = r['recognized'];
  if (!((x10 === undefined || typeof x10 === 'string' && P1.test(x10)))) return false;
  const x11 = r['accepted'];
  if (!((x11 === undefined || typeof x11 === 'string' && P1.test(x11)))) return false;
  const x12 = r['decision'];
  if (!((x12 === undefined || typeof x12 === 'string' && x12.length >= 1 && (x12 === '' || hasVisible(x12))))) return false;
  const x13 = r['in_01m'];
  if (!((x13 === undefined || typeof x13 === 'boolean'))) return false;
  const x14 = r['type'];
  if (!((x14 === undefined || S5.has(x14)))) return false;
  const x15 = r['minutes'];
  if (!((x15 === undefined || typeof x15 === 'number' && Number.isFinite(x15) && Number.isSafeInteger(x15) && x15 >= 0 && x15 <= 1000000))) return false;
  const x16 = r['severity'];
  if (!((x16 === undefined || S6.has(x16)))) return false;
  const x17 = r['form'];
  if (!((x17 === undefined || S7.has(x17)))) return false;
  return true;
}

function v6(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S8.has(k)) return false;
  const x0 = r['date'];
  if (!(typeof x0 === 'string' && P1.test(x0))) return false;
  const x1 = r['type'];
  if (!(typeof x1 === 'string' && P0.test(x1))) return false;
  const x2 = r['department'];
  if (!(typeof x2 === 'string' && P0.test(x2))) return false;
  const x3 = r['members'];
  if (!(Array.isArray(x3) && x3.length >= 1 && v0(x3))) return false;
  const x4 = r['start'];
  if (!((x4 === undefined || typeof x4 === 'string' && P2.test(x4)))) return false;
  const x5 = r['end'];
  if (!((x5 === undefined || typeof x5 === 'string' && P2.test(x5)))) return false;
  const x6 = r['note'];
  if (!((x6 === undefined || typeof x6 === 'string'))) return false;
  return true;
}

function v7(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S11.has(k)) return false;
  const x0 = r['id'];
  if (!(typeof x0 === 'string' && P0.test(x0))) return false;
  const x1 = r['name'];
  if (!(typeof x1 === 'string' && x1.length >= 1 && (x1 === '' || hasVisible(x1)))) return false;
  return true;
}

function v8(a: unknown[]): boolean {
  for (const e of a) if (!(v7(e))) return false;
  return true;
}

function v9(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S12.has(k)) return false;
  const x0 = r['on_behalf'];
  if (!((x0 === undefined || typeof x0 === 'string' && x0.length >= 1 && (x0 === '' || hasVisible(x0))))) return false;
  const x1 = r['title'];
  if (!((x1 === undefined || typeof x1 === 'string' && x1.length >= 1 && (x1 === '' || hasVisible(x1))))) return false;
  const x2 = r['name'];
  if (!((x2 === undefined || typeof x2 === 'string' && x2.length >= 1 && (x2 === '' || hasVisible(x2))))) return false;
  return true;
}

function v10(a: unknown[]): boolean {
  for (const e of a) if (!(typeof e === 'string' && e.length >= 1 && (e === '' || hasVisible(e)))) return false;
  return true;
}

function v11(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S9.has(k)) return false;
  const x0 = r['name'];
  if (!(typeof x0 === 'string' && x0.length >= 1 && (x0 === '' || hasVisible(x0)))) return false;
  const x1 = r['parent'];
  if (!((x1 === undefined || typeof x1 === 'string' && x1.length >= 1 && (x1 === '' || hasVisible(x1))))) return false;
  const x2 = r['place'];
  if (!((x2 === undefined || typeof x2 === 'string' && x2.length >= 1 && (x2 === '' || hasVisible(x2))))) return false;
  const x3 = r['kind'];
  if (!((x3 === undefined || S10.has(x3)))) return false;
  const x4 = r['departments'];
  if (!(Array.isArray(x4) && x4.length >= 1 && v8(x4))) return false;
  const x5 = r['code'];
  if (!((x5 === undefined || typeof x5 === 'string' && x5.length >= 1 && (x5 === '' || hasVisible(x5))))) return false;
  const x6 = r['signer'];
  if (!((x6 === undefined || v9(x6)))) return false;
  const x7 = r['recipients'];
  if (!((x7 === undefined || Array.isArray(x7) && x7.length >= 1 && v10(x7)))) return false;
  return true;
}

function v12(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S14.has(k)) return false;
  const x0 = r['groups'];
  if (!((x0 === undefined || Array.isArray(x0) && v0(x0)))) return false;
  return true;
}

function v13(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S15.has(k)) return false;
  const x0 = r['label'];
  if (!(typeof x0 === 'string' && x0.length >= 1 && (x0 === '' || hasVisible(x0)))) return false;
  const x1 = r['min_count'];
  if (!((x1 === undefined || typeof x1 === 'number' && Number.isFinite(x1) && x1 >= 0 && x1 <= 10000))) return false;
  const x2 = r['min_hours'];
  if (!((x2 === undefined || typeof x2 === 'number' && Number.isFinite(x2) && x2 >= 0 && x2 <= 10000))) return false;
  const x3 = r['max_violations'];
  if (!((x3 === undefined || typeof x3 === 'number' && Number.isFinite(x3) && Number.isSafeInteger(x3) && x3 >= 0 && x3 <= 1000000))) return false;
  return true;
}

function v14(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (k === '__proto__') continue;
    if (!(typeof k === 'string' && P0.test(k))) return false;
    const x = r[k];
    if (!(v13(x))) return false;
  }
  return true;
}

function v15(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S16.has(k)) return false;
  const x0 = r['label'];
  if (!(typeof x0 === 'string' && x0.length >= 1 && (x0 === '' || hasVisible(x0)))) return false;
  const x1 = r['criterion'];
  if (!((x1 === undefined || typeof x1 === 'string' && P0.test(x1)))) return false;
  const x2 = r['hours'];
  if (!((x2 === undefined || typeof x2 === 'number' && Number.isFinite(x2) && x2 >= 0 && x2 <= 10000))) return false;
  return true;
}

function v16(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (k === '__proto__') continue;
    if (!(typeof k === 'string' && P0.test(k))) return false;
    const x = r[k];
    if (!(v15(x))) return false;
  }
  return true;
}

function v17(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S17.has(k)) return false;
  const x0 = r['name'];
  if (!(typeof x0 === 'string' && x0.length >= 1 && (x0 === '' || hasVisible(x0)))) return false;
  const x1 = r['from'];
  if (!(typeof x1 === 'string' && P3.test(x1))) return false;
  const x2 = r['to'];
  if (!(typeof x2 === 'string' && P3.test(x2))) return false;
  return true;
}

function v18(a: unknown[]): boolean {
  for (const e of a) if (!(v17(e))) return false;
  return true;
}

function v19(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S18.has(k)) return false;
  const x0 = r['target'];
  if (!((x0 === undefined || typeof x0 === 'number' && Number.isFinite(x0) && x0 >= 0 && x0 <= 1))) return false;
  const x1 = r['min_level'];
  if (!((x1 === undefined || S4.has(x1)))) return false;
  const x2 = r['require_01m'];
  if (!((x2 === undefined || typeof x2 === 'boolean'))) return false;
  return true;
}

function v20(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S20.has(k)) return false;
  const x0 = r['min_rating'];
  if (!((x0 === undefined || S21.has(x0)))) return false;
  const x1 = r['min_tenure_months'];
  if (!((x1 === undefined || typeof x1 === 'number' && Number.isFinite(x1) && Number.isSafeInteger(x1) && x1 >= 0 && x1 <= 1000000))) return false;
  const x2 = r['max_formal_violations'];
  if (!((x2 === undefined || typeof x2 === 'number' && Number.isFinite(x2) && Number.isSafeInteger(x2) && x2 >= 0 && x2 <= 1000000))) return false;
  const x3 = r['max_leave_days'];
  if (!((x3 === undefined || typeof x3 === 'number' && Number.isFinite(x3) && Number.isSafeInteger(x3) && x3 >= 0 && x3 <= 1000000))) return false;
  return true;
}

function v21(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S22.has(k)) return false;
  const x0 = r['cap'];
  if (!((x0 === undefined || typeof x0 === 'number' && Number.isFinite(x0) && x0 >= 0 && x0 <= 1))) return false;
  const x1 = r['rounding'];
  if (!((x1 === undefined || S23.has(x1)))) return false;
  return true;
}

function v22(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S24.has(k)) return false;
  const x0 = r['min_share'];
  if (!((x0 === undefined || typeof x0 === 'number' && Number.isFinite(x0) && x0 >= 0 && x0 <= 1))) return false;
  const x1 = r['block_from'];
  if (!((x1 === undefined || S7.has(x1)))) return false;
  return true;
}

function v23(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S19.has(k)) return false;
  const x0 = r['advanced_worker'];
  if (!((x0 === undefined || (x0 === undefined || v20(x0))))) return false;
  const x1 = r['emulation_fighter'];
  if (!((x1 === undefined || (x1 === undefined || v21(x1))))) return false;
  const x2 = r['advanced_collective'];
  if (!((x2 === undefined || (x2 === undefined || v22(x2))))) return false;
  const x3 = r['excellent_collective'];
  if (!((x3 === undefined || (x3 === undefined || v22(x3))))) return false;
  return true;
}

function v24(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S26.has(k)) return false;
  const x0 = r['start'];
  if (!(typeof x0 === 'string' && P2.test(x0))) return false;
  const x1 = r['end'];
  if (!(typeof x1 === 'string' && P2.test(x1))) return false;
  const x2 = r['allowance'];
  if (!((x2 === undefined || S27.has(x2)))) return false;
  const x3 = r['code'];
  if (!((x3 === undefined || typeof x3 === 'string' && x3.length >= 1 && x3.length <= 8))) return false;
  return true;
}

function v25(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (k === '__proto__') continue;
    if (!(typeof k === 'string' && P0.test(k))) return false;
    const x = r[k];
    if (!(v24(x))) return false;
  }
  return true;
}

function v26(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S28.has(k)) return false;
  const x0 = r['start'];
  if (!((x0 === undefined || typeof x0 === 'string' && P2.test(x0)))) return false;
  const x1 = r['end'];
  if (!((x1 === undefined || typeof x1 === 'string' && P2.test(x1)))) return false;
  return true;
}

function v27(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S29.has(k)) return false;
  const x0 = r['department'];
  if (!(typeof x0 === 'string' && P0.test(x0))) return false;
  const x1 = r['type'];
  if (!(typeof x1 === 'string' && P0.test(x1))) return false;
  const x2 = r['min'];
  if (!(typeof x2 === 'number' && Number.isFinite(x2) && Number.isSafeInteger(x2) && x2 >= 1 && x2 <= 10000)) return false;
  const x3 = r['from'];
  if (!((x3 === undefined || typeof x3 === 'string' && P1.test(x3)))) return false;
  const x4 = r['to'];
  if (!((x4 === undefined || typeof x4 === 'string' && P1.test(x4)))) return false;
  return true;
}

function v28(a: unknown[]): boolean {
  for (const e of a) if (!(v27(e))) return false;
  return true;
}

function v29(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S25.has(k)) return false;
  const x0 = r['types'];
  if (!((x0 === undefined || v25(x0)))) return false;
  const x1 = r['night_window'];
  if (!((x1 === undefined || v26(x1)))) return false;
  const x2 = r['min_rest_hours'];
  if (!((x2 === undefined || typeof x2 === 'number' && Number.isFinite(x2) && x2 >= 0 && x2 <= 10000))) return false;
  const x3 = r['max_nights_per_month'];
  if (!((x3 === undefined || typeof x3 === 'number' && Number.isFinite(x3) && Number.isSafeInteger(x3) && x3 >= 0 && x3 <= 1000000))) return false;
  const x4 = r['coverage'];
  if (!((x4 === undefined || Array.isArray(x4) && v28(x4)))) return false;
  return true;
}

function v30(a: unknown[]): boolean {
  for (const e of a) if (!(typeof e === 'string' && P1.test(e))) return false;
  return true;
}

function v31(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S30.has(k)) return false;
  const x0 = r['rate'];
  if (!(typeof x0 === 'number' && Number.isFinite(x0) && x0 > 0 && x0 <= 1000000000)) return false;
  const x1 = r['intensive_care'];
  if (!((x1 === undefined || Array.isArray(x1) && v0(x1)))) return false;
  const x2 = r['intensive_factor'];
  if (!((x2 === undefined || typeof x2 === 'number' && Number.isFinite(x2) && x2 >= 1 && x2 <= 100))) return false;
  const x3 = r['weekend_factor'];
  if (!((x3 === undefined || typeof x3 === 'number' && Number.isFinite(x3) && x3 >= 1 && x3 <= 100))) return false;
  const x4 = r['holiday_factor'];
  if (!((x4 === undefined || typeof x4 === 'number' && Number.isFinite(x4) && x4 >= 1 && x4 <= 100))) return false;
  return true;
}

function v32(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S13.has(k)) return false;
  const x0 = r['population'];
  if (!((x0 === undefined || v12(x0)))) return false;
  const x1 = r['criteria'];
  if (!((x1 === undefined || v14(x1)))) return false;
  const x2 = r['kinds'];
  if (!((x2 === undefined || v16(x2)))) return false;
  const x3 = r['phases'];
  if (!((x3 === undefined || Array.isArray(x3) && v18(x3)))) return false;
  const x4 = r['innovation'];
  if (!((x4 === undefined || v19(x4)))) return false;
  const x5 = r['commendation'];
  if (!((x5 === undefined || v23(x5)))) return false;
  const x6 = r['shifts'];
  if (!((x6 === undefined || v29(x6)))) return false;
  const x7 = r['holidays'];
  if (!((x7 === undefined || Array.isArray(x7) && v30(x7)))) return false;
  const x8 = r['allowance'];
  if (!((x8 === undefined || v31(x8)))) return false;
  return true;
}

function v33(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (k === '__proto__') continue;
    if (!(typeof k === 'string' && P0.test(k))) return false;
    const x = r[k];
    if (!(S21.has(x))) return false;
  }
  return true;
}

function v34(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!S31.has(k)) return false;
  const x0 = r['year'];
  if (!(typeof x0 === 'number' && Number.isFinite(x0) && Number.isSafeInteger(x0) && x0 >= 1900 && x0 <= 2999)) return false;
  const x1 = r['decision'];
  if (!((x1 === undefined || typeof x1 === 'string' && x1.length >= 1 && (x1 === '' || hasVisible(x1))))) return false;
  const x2 = r['date'];
  if (!((x2 === undefined || typeof x2 === 'string' && P1.test(x2)))) return false;
  const x3 = r['levels'];
  if (!(v33(x3))) return false;
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

export function isUnitInput(value: unknown): value is UnitInput {
  return v11(value);
}

export function isRulesInput(value: unknown): value is RulesInput {
  return v32(value);
}

export function isRatingsInput(value: unknown): value is RatingsInput {
  return v34(value);
}
