/** Departments and members named in a sheet: by id, or by name as a clerk types it. */
import type { Department, Member } from '../model/types.js';
import { closest } from '../load/suggest.js';
import { cellText, foldText } from './table.js';

/** `Khoa Hồi sức cấp cứu`, `hồi sức cấp cứu`, `HSCC` and `hscc` all name the department hscc. */
export function resolveDepartment(text: string, departments: readonly Department[]): Department | undefined {
  const folded = foldText(text);
  const bare = (s: string) => foldText(s).replace(/^(khoa|phong|to|ban) /, '');
  return (
    departments.find((d) => d.id === text) ??
    departments.find((d) => d.id.toLowerCase() === folded) ??
    departments.find((d) => foldText(d.name) === folded) ??
    departments.find((d) => bare(d.name) === bare(text))
  );
}

/** A name compared as written: NFC, spaces squeezed, lower case (Vietnamese), accents kept. */
export function nameKey(name: string): string {
  return cellText(name).toLocaleLowerCase('vi');
}

/** The members called `name` (accents matter: Hương is not Hường). */
export function membersNamed(name: string, members: readonly Member[]): Member[] {
  const key = nameKey(name);
  return members.filter((m) => nameKey(m.name) === key);
}

/** “Did you mean” for a department not found: a name it begins (`Khoa Hồi sức` → Khoa Hồi sức cấp cứu), else the nearest id or name. */
export function departmentHint(text: string, departments: readonly Department[]): string | undefined {
  const folded = foldText(text);
  const starts = departments.filter((d) => foldText(d.name).startsWith(folded) || foldText(d.name).replace(/^(khoa|phong|to|ban) /, '').startsWith(folded));
  if (folded.length >= 3 && starts.length === 1) return starts[0]!.name;
  return closest(text, [...departments.map((d) => d.id), ...departments.map((d) => d.name)]);
}

/** The params of an unknown-department message: the value, and a hint when one is near. */
export function withDepartmentHint(text: string, departments: readonly Department[]): Record<string, string> {
  const hint = departmentHint(text, departments);
  return hint === undefined ? { value: text } : { value: text, hint };
}
