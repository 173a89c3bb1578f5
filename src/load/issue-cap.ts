/**
 * Floods of one mistake (100,000 records with the same bad date) are listed up to a cap: in
 * each file, at most `MAX_PER_FILE_AND_CODE` problems of one code and severity, the first by
 * place; the rest are counted in one `more-problems` line of that code, placed at the first
 * one left out. A record file's problems are gathered record by record as it is validated
 * (`recordByRecord`, so that a flood never fills memory), then everything found (the checks'
 * problems too) is cut once, exactly (`capPerFileAndCode`). Lines that already say
 * "and N more" of their own kind (`yaml-more-errors`, `coverage-more`) pass through.
 */
import type { Issue, Source } from '../model/types.js';
import { compareSources } from '../model/order.js';

export const MAX_PER_FILE_AND_CODE = 50;

const MORE = 'more-problems';
const OWN_MORE: ReadonlySet<string> = new Set(['yaml-more-errors', 'coverage-more']);

interface Group {
  kept: number;
  more: number;
  /** Where the first problem left out is (the "more" line goes there). */
  at?: Source;
  template?: Issue;
}

/** The one "… and N more" line of a group that was cut, at its first problem left out. */
function pushMore(out: Issue[], g: Group, max: number): void {
  if (g.more === 0 || !g.at || !g.template) return;
  out.push({ code: g.template.code, severity: g.template.severity, source: g.at, message: MORE, params: { count: g.more, listed: max } });
}

/** How many problems an issue stands for: a `more-problems` line its count, any other 1. */
export function problemCount(issue: Issue): number {
  return issue.message === MORE ? Number(issue.params['count']) : 1;
}

/** `issues` with at most `max` problems per file, code and severity (the first by place), and one "more" line per group cut. */
export function capPerFileAndCode(issues: readonly Issue[], max = MAX_PER_FILE_AND_CODE): Issue[] {
  // No group can hold more than all of them (and loading leaves at most one "more" line a group).
  if (issues.length <= max) return [...issues];
  const groups = new Map<string, Group>();
  const groupOf = (i: Issue) => {
    const key = `${i.source.file}\u0000${i.code}\u0000${i.severity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kept: 0, more: 0 }));
    return g;
  };
  // The first by place are kept, whatever order the problems were found in.
  const byPlace = [...issues].map((issue, index) => ({ issue, index })).sort((a, b) => compareSources(a.issue.source, b.issue.source) || a.index - b.index);
  const keep = new Set<number>();
  for (const { issue, index } of byPlace) {
    if (OWN_MORE.has(issue.message)) {
      keep.add(index);
      continue;
    }
    const g = groupOf(issue);
    if (issue.message === MORE) {
      g.more += problemCount(issue);
      if (!g.at || compareSources(issue.source, g.at) < 0) g.at = issue.source;
      g.template ??= issue;
    } else if (g.kept < max) {
      g.kept++;
      keep.add(index);
    } else {
      g.more++;
      g.at ??= issue.source;
      g.template ??= issue;
    }
  }
  if ([...groups.values()].every((g) => g.more === 0)) return [...issues];
  const out = issues.filter((_, index) => keep.has(index));
  for (const g of groups.values()) pushMore(out, g, max);
  return out;
}

/**
 * The problems of one file, gathered record by record (records come in the order of the
 * text, so a later record's problems lie after an earlier one's): a record's problems are
 * kept while their group holds fewer than `max`, and only counted after. What is kept is a
 * superset of the first `max` by place, which `capPerFileAndCode` then trims exactly; the
 * counted ones come back as one "more" line per group, so a flood never fills memory.
 */
export function recordByRecord(max = MAX_PER_FILE_AND_CODE): { add(issues: readonly Issue[]): void; issues(): Issue[] } {
  const kept: Issue[] = [];
  const held = new Map<string, number>();
  const cut = new Map<string, Group>();
  return {
    add(issues) {
      const keys = issues.map((i) => `${i.code}\u0000${i.severity}`);
      const full = new Set(keys.filter((k) => (held.get(k) ?? 0) >= max));
      issues.forEach((issue, n) => {
        const key = keys[n]!;
        if (!full.has(key)) {
          kept.push(issue);
          held.set(key, (held.get(key) ?? 0) + 1);
          return;
        }
        const g = cut.get(key) ?? { kept: 0, more: 0 };
        g.more += problemCount(issue);
        g.at ??= issue.source;
        g.template ??= issue;
        cut.set(key, g);
      });
    },
    issues() {
      const out = [...kept];
      for (const g of cut.values()) pushMore(out, g, max);
      return out;
    },
  };
}
