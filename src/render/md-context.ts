/**
 * What every section builder of the Markdown view needs: the figures, the words and
 * formats of the language, and the names of departments, criteria, kinds and people.
 */
import type { ReportFigures } from '../compute/report.js';
import { DEFAULT_RULES } from '../model/defaults.js';
import type { Criterion, Member } from '../model/types.js';
import { nameOf, sortIdsByName, type Fmt } from './md-format.js';

export interface ViewContext {
  readonly r: ReportFigures;
  readonly f: Fmt;
  /** A department's name from unit.yaml (its id when unknown). */
  department(id: string): string;
  /** A criterion's label; a default criterion left unrenamed takes the label file's translation. */
  criterion(c: Criterion): string;
  criterionById(id: string): string;
  /** A kind's label, translated the same way. */
  kind(id: string): string;
  /** A phase's name, translated the same way. */
  phase(name: string): string;
  /** A shift type: the label file's word for it, else its id. */
  shiftType(id: string): string;
  /** A member's full name (NFC), or the id. */
  name(id: string): string;
  /** Member ids in Vietnamese order. */
  byName(ids: Iterable<string>): string[];
  readonly members: ReadonlyMap<string, Member>;
}

export function makeContext(r: ReportFigures, f: Fmt): ViewContext {
  const departments = new Map(r.unit.departments.map((d) => [d.id, d.name.normalize('NFC')]));
  const defaultCriteria = DEFAULT_RULES.criteria as Record<string, { label: string } | undefined>;
  const defaultKinds = DEFAULT_RULES.kinds as Record<string, { label: string } | undefined>;
  const defaultPhases = DEFAULT_RULES.phases.map((p) => p.name);
  const criterion = (c: Criterion) => (c.label === defaultCriteria[c.id]?.label ? (f.opt(`defaults.criteria.${c.id}`) ?? c.label) : c.label).normalize('NFC');
  return {
    r,
    f,
    department: (id) => departments.get(id) ?? id,
    criterion,
    criterionById: (id) => {
      const c = r.data.rules.criteria.find((x) => x.id === id);
      return c ? criterion(c) : id;
    },
    kind: (id) => {
      const k = r.data.rules.kinds[id];
      if (!k) return id;
      return (k.label === defaultKinds[id]?.label ? (f.opt(`defaults.kinds.${id}`) ?? k.label) : k.label).normalize('NFC');
    },
    phase: (name) => (defaultPhases.includes(name) ? (f.opt(`defaults.phases.${name}`) ?? name) : name).normalize('NFC'),
    shiftType: (id) => f.opt(`shiftTypes.${id}`) ?? id,
    name: (id) => nameOf(r.membersById, id),
    byName: (ids) => sortIdsByName(ids, r.membersById),
    members: r.membersById,
  };
}
