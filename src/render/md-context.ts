/**
 * What every section builder of the Markdown view needs: the figures, the words and
 * formats of the language, and the names of departments, criteria, kinds and people.
 */
import type { Person } from '../compute/people.js';
import type { ReportFigures } from '../compute/report.js';
import { DEFAULT_RULES } from '../model/defaults.js';
import type { Criterion } from '../model/types.js';
import { inline, nameOf, sortIdsByName, type Fmt } from './md-format.js';

/** The words of the data as they are (NFC), for a chart label or a sort; not escaped for Markdown. */
export interface PlainWords {
  department(id: string): string;
  criterion(c: Criterion): string;
  name(id: string): string;
}

/**
 * Every word that comes from the data (a name, a department, a criterion, a kind, a phase, a
 * shift type, the unit's name) is given escaped for Markdown (`inline()`), so that a `*` or a
 * `[link](…)` in a record is printed as written; `plain` gives the same words unescaped.
 */
export interface ViewContext {
  readonly r: ReportFigures;
  readonly f: Fmt;
  /** A department's name from unit.yaml (its id when unknown). */
  department(id: string): string;
  /** A criterion's label; a default criterion left unrenamed takes the catalogue's translation (`labels.defaults`). */
  criterion(c: Criterion): string;
  criterionById(id: string): string;
  /** A kind's label, translated the same way. */
  kind(id: string): string;
  /** A phase's name, translated the same way. */
  phase(name: string): string;
  /** A shift type: the catalogue's word (`labels.shiftTypes`) for the built-in `day` and `night`, else its id. */
  shiftType(id: string): string;
  /** A member's full name (NFC), or the id. */
  name(id: string): string;
  /** The unit's name from unit.yaml. */
  readonly unitName: string;
  /** Any other string of the data (an initiative's title, a decision's number…), escaped. */
  text(s: string | undefined | null): string;
  readonly plain: PlainWords;
  /** Member ids in Vietnamese order. */
  byName(ids: Iterable<string>): string[];
  readonly people: ReadonlyMap<string, Person>;
}

/** The shift types every unit has (rules.yaml may redefine their hours, not their words). */
const BUILT_IN_SHIFT_TYPES: readonly string[] = ['day', 'night'];

export function makeContext(r: ReportFigures, f: Fmt): ViewContext {
  const departments = new Map(r.unit.departments.map((d) => [d.id, d.name.normalize('NFC')]));
  const defaultCriteria = DEFAULT_RULES.criteria as Record<string, { label: string } | undefined>;
  const defaultKinds = DEFAULT_RULES.kinds as Record<string, { label: string } | undefined>;
  const defaultPhases = DEFAULT_RULES.phases.map((p) => p.name);
  const criterion = (c: Criterion) => (c.label === defaultCriteria[c.id]?.label ? (f.opt(`defaults.criteria.${c.id}`) ?? c.label) : c.label).normalize('NFC');
  const department = (id: string) => departments.get(id) ?? id;
  const name = (id: string) => nameOf(r.people, id);
  return {
    r,
    f,
    department: (id) => inline(department(id)),
    criterion: (c) => inline(criterion(c)),
    criterionById: (id) => {
      const c = r.rules.criteria.find((x) => x.id === id);
      return inline(c ? criterion(c) : id);
    },
    kind: (id) => {
      const k = r.rules.kinds[id];
      if (!k) return inline(id);
      return inline(k.label === defaultKinds[id]?.label ? (f.opt(`defaults.kinds.${id}`) ?? k.label) : k.label);
    },
    phase: (p) => inline(defaultPhases.includes(p) ? (f.opt(`defaults.phases.${p}`) ?? p) : p),
    shiftType: (id) => (BUILT_IN_SHIFT_TYPES.includes(id) ? (f.opt(`shiftTypes.${id}`) ?? id) : inline(id)),
    name: (id) => inline(name(id)),
    unitName: inline(r.unit.name),
    text: inline,
    plain: { department, criterion, name },
    byName: (ids) => sortIdsByName(ids, r.people),
    people: r.people,
  };
}
