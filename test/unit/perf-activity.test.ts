/** Issue #15: expandMembers without a Set for a few ids written out, the same ids as before. */
import { describe, expect, it } from 'vitest';
import { expandMembers, isActiveOn } from '../../src/model/activity.js';
import { compareIds } from '../../src/model/order.js';
import type { Activity, Member } from '../../src/model/types.js';
import { activity, member } from './builders.js';

/** expandMembers as it was before issue #15. */
function expandBefore(a: Activity, members: readonly Member[], byId: ReadonlyMap<string, Member>): string[] {
  const out = new Set<string>();
  if (a.members === 'all') {
    for (const m of members) if (isActiveOn(m, a.date)) out.add(m.id);
  } else {
    for (const ref of a.members) {
      if (ref.startsWith('dept:')) {
        const dept = ref.slice(5);
        for (const m of members) if (m.department === dept && isActiveOn(m, a.date)) out.add(m.id);
      } else if (byId.has(ref)) out.add(ref);
    }
  }
  for (const ref of a.except) out.delete(ref);
  return [...out].sort(compareIds);
}

describe('expandMembers', () => {
  const members = [
    member({ id: 'chi', department: 'b' }),
    member({ id: 'an' }),
    member({ id: 'binh', left: '2024-02-01' }),
    member({ id: 'dung', department: 'b', joined: '2024-06-01' }),
  ];
  const byId = new Map(members.map((m) => [m.id, m]));
  const lists: readonly (readonly string[])[] = [
    [],
    ['an'],
    ['chi', 'an', 'chi'],
    ['zed', 'an', 'binh'],
    ['dept:b', 'an'],
    ['all', 'an'],
    Array.from({ length: 20 }, (_, i) => ['an', 'binh', 'chi', 'dung', 'zed'][i % 5]!),
  ];
  it('names the same ids as before, in the same order', () => {
    for (const list of lists) {
      for (const except of [[], ['an'], ['chi', 'zed']]) {
        const a = activity({ kind: 'volunteer', date: '2024-03-01', members: [...list], except });
        expect(expandMembers(a, members, byId)).toEqual(expandBefore(a, members, byId));
      }
    }
  });
});
