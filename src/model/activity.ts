/** Small facts about records that both the checks and the figures rely on. */
import type { Activity, Kind, Member, Rules } from './types.js';
import { compareIds } from './order.js';

/** SPEC §2: active on day d when (no joined or joined <= d) and (no left or d <= left). */
export function isActiveOn(member: Member, date: string): boolean {
  return (member.joined === undefined || member.joined <= date) && (member.left === undefined || date <= member.left);
}

/** Does the member belong to the evaluated population's groups (any member when none are set)? */
export function inPopulationGroups(member: Member, rules: Rules): boolean {
  const groups = rules.population.groups;
  return groups.length === 0 || member.groups.some((g) => groups.includes(g));
}

/**
 * The member ids an activity names: `all` and `dept:<id>` expand to the members active on
 * its date, explicit ids stay as written, then `except` is removed. Unknown ids are kept
 * out. Sorted, without repeats.
 */
export function expandMembers(activity: Activity, members: readonly Member[], byId: ReadonlyMap<string, Member>): string[] {
  if (activity.members !== 'all' && activity.members.length <= 16 && !activity.members.some((ref) => ref.startsWith('dept:'))) {
    // Nearly every activity: a few ids written out. The same ids, without a Set.
    const ids: string[] = [];
    for (const ref of activity.members) if (byId.has(ref) && !ids.includes(ref) && !activity.except.includes(ref)) ids.push(ref);
    return ids.sort(compareIds);
  }
  const out = new Set<string>();
  if (activity.members === 'all') {
    for (const m of members) if (isActiveOn(m, activity.date)) out.add(m.id);
  } else {
    for (const ref of activity.members) {
      if (ref.startsWith('dept:')) {
        const dept = ref.slice(5);
        for (const m of members) if (m.department === dept && isActiveOn(m, activity.date)) out.add(m.id);
      } else if (byId.has(ref)) out.add(ref);
    }
  }
  for (const ref of activity.except) out.delete(ref);
  return [...out].sort(compareIds);
}

/** Hours per person: as written, else the kind's default, else 0. */
export function activityHours(activity: Activity, kind: Kind | undefined): number {
  return activity.hours ?? kind?.hours ?? 0;
}
