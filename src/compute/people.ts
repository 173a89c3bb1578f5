/**
 * What the reports show of each person: the name, department and position as members.yaml
 * writes them, and the two facts of the window a proposal's grounds name (a start within the
 * window, the kinds of leave taken in it). Built once in compute so that the renderers see
 * people, not member records.
 */
import type { LeaveKind, Member } from '../model/types.js';
import { leaveKindsIn, type EvalWindow } from './scorecard.js';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly title?: string;
  readonly joined?: string;
  /** Joined after the window's first day: the requirements are pro-rated from `joined`. */
  readonly joinedInWindow: boolean;
  /** The kinds of the person's leave in the window, in the order written, each once. */
  readonly leaveKinds: readonly LeaveKind[];
}

/** A person as the reports show them, for the window `w`. */
export function personOf(m: Member, w: EvalWindow): Person {
  return {
    id: m.id,
    name: m.name,
    department: m.department,
    ...(m.title === undefined ? {} : { title: m.title }),
    ...(m.joined === undefined ? {} : { joined: m.joined }),
    joinedInWindow: m.joined !== undefined && m.joined > w.evalFrom,
    leaveKinds: leaveKindsIn(m, w),
  };
}

/** Everyone of members.yaml (population or not: an author, a payroll row), by id. */
export function peopleById(members: readonly Member[], w: EvalWindow): ReadonlyMap<string, Person> {
  return new Map(members.map((m) => [m.id, personOf(m, w)]));
}
