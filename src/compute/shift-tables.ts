/**
 * The duty-roster tables of the Markdown report, as figures: each department's people on
 * duty with their totals, the fairness rows in unit.yaml order, and the night-duty grid of a
 * month window (who was on a night shift, each day and department).
 */
import { eachDay, isWeekend } from '../model/dates.js';
import { shiftInterval } from '../model/shift-time.js';
import type { Rules, Shift } from '../model/types.js';
import type { FairnessRow, MemberShiftCounts, ShiftFigures } from './shifts.js';

export interface DepartmentShifts {
  readonly department: string;
  /** Population members of the department with at least one shift in the window, by id. */
  readonly members: readonly string[];
  /** Their counts added up. */
  readonly totals: MemberShiftCounts;
}

export interface RosterDay {
  readonly date: string;
  readonly weekend: boolean;
  readonly holiday: boolean;
  /** Who was on a night shift that day, by department id (ids sorted); a department with nobody is absent. */
  readonly onNight: Readonly<Record<string, readonly string[]>>;
}

export interface NightRoster {
  /** The departments with a night shift in the month, in unit.yaml order. */
  readonly departments: readonly { readonly id: string; readonly members: readonly string[] }[];
  readonly days: readonly RosterDay[];
}

export interface ShiftTables {
  /** Population members with at least one shift in the window. */
  readonly people: number;
  readonly departments: readonly DepartmentShifts[];
  /** The fairness rows with the departments in unit.yaml order (the JSON keeps them by id). */
  readonly fairness: readonly FairnessRow[];
  /** The night-duty grid of the listed month; null on other windows. */
  readonly nightRoster: NightRoster | null;
}

const NO_SHIFTS: MemberShiftCounts = { total: 0, hours: 0, night: 0, weekend: 0, holiday: 0 };

function addCounts(a: MemberShiftCounts, b: MemberShiftCounts): MemberShiftCounts {
  return { total: a.total + b.total, hours: a.hours + b.hours, night: a.night + b.night, weekend: a.weekend + b.weekend, holiday: a.holiday + b.holiday };
}

/** Each department's people on duty (population members with a shift) and their totals, in unit.yaml order. */
export function departmentShifts(
  departments: readonly { readonly id: string }[],
  population: readonly { readonly id: string; readonly department: string }[],
  counts: ReadonlyMap<string, MemberShiftCounts>,
): DepartmentShifts[] {
  return departments.map((d) => {
    const members = population.filter((m) => m.department === d.id && (counts.get(m.id)?.total ?? 0) > 0).map((m) => m.id);
    return { department: d.id, members, totals: members.reduce((sum, id) => addCounts(sum, counts.get(id) ?? NO_SHIFTS), NO_SHIFTS) };
  });
}

/** The fairness rows ordered by their department's place in unit.yaml (a stable sort: measures keep their order). */
export function fairnessInUnitOrder(rows: readonly FairnessRow[], departments: readonly { readonly id: string }[]): FairnessRow[] {
  const order = new Map(departments.map((d, i) => [d.id, i]));
  const place = (row: FairnessRow) => order.get(row.department) ?? 0;
  return [...rows].sort((a, b) => place(a) - place(b));
}

export interface RosterInput {
  readonly shifts: readonly Shift[];
  readonly rules: Rules;
  readonly departments: readonly { readonly id: string }[];
  readonly from: string;
  readonly to: string;
  readonly isHoliday: (date: string) => boolean;
}

/** Who was on a night shift in [from, to], day by day and department by department. */
export function nightRoster(input: RosterInput): NightRoster {
  const { from, to } = input;
  const onNight = new Map<string, Set<string>>(); // `${date}|${department}` -> member ids
  for (const s of input.shifts) {
    if (s.date < from || s.date > to) continue;
    if (!shiftInterval(s, input.rules)?.night) continue;
    const key = `${s.date}|${s.department}`;
    const set = onNight.get(key) ?? new Set<string>();
    for (const id of s.members) set.add(id);
    onNight.set(key, set);
  }
  const dates = eachDay(from, to);
  const idsOn = (date: string, department: string) => [...(onNight.get(`${date}|${department}`) ?? [])].sort();
  const departments = input.departments
    .filter((d) => dates.some((date) => onNight.has(`${date}|${d.id}`)))
    .map((d) => ({ id: d.id, members: [...new Set(dates.flatMap((date) => idsOn(date, d.id)))].sort() }));
  const days = dates.map((date) => ({
    date,
    weekend: isWeekend(date),
    holiday: input.isHoliday(date),
    onNight: Object.fromEntries(departments.flatMap((d) => {
      const ids = idsOn(date, d.id);
      return ids.length > 0 ? [[d.id, ids] as const] : [];
    })),
  }));
  return { departments, days };
}

export interface ShiftTablesInput {
  readonly shifts: ShiftFigures;
  readonly memberShifts: ReadonlyMap<string, MemberShiftCounts>;
  readonly population: readonly { readonly id: string; readonly department: string }[];
  readonly departments: readonly { readonly id: string }[];
  /** The roster's input on a month window; absent otherwise. */
  readonly roster?: RosterInput;
}

export function computeShiftTables(input: ShiftTablesInput): ShiftTables {
  return {
    people: [...input.memberShifts.values()].filter((c) => c.total > 0).length,
    departments: departmentShifts(input.departments, input.population, input.memberShifts),
    fairness: fairnessInUnitOrder(input.shifts.fairness, input.departments),
    nightRoster: input.roster ? nightRoster(input.roster) : null,
  };
}
