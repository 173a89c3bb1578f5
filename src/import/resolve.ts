/** Departments and members named in a sheet: by id, or by name as a clerk types it. */
import type { Department, Member } from '../model/types.js';
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
