/**
 * Shifts in time (SPEC §3 "Shifts"): intervals, the night window, overlaps, rest, the night
 * limit and coverage, on hand-made shifts. Minutes are counted from 1970-01-01 00:00; the
 * expected numbers are written as day × 1440 + minutes after midnight so they can be
 * checked by hand (2024-03-02 is day 19 784: 54 years since 1970 with 13 leap days give
 * 54 × 365 + 13 = 19 723 days to 2024-01-01, then 31 + 29 + 1 = 61 more).
 */
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/model/defaults.js';
import type { RulesInput } from '../../src/model/schemas.js';
import {
  findCoverageGaps,
  findNightExcess,
  findOverlaps,
  findRestShortfalls,
  intervalsByMember,
  overlapsNightWindow,
  shiftInterval,
  type ShiftInterval,
} from '../../src/model/shift-time.js';
import type { Shift } from '../../src/model/types.js';
import { shift } from './builders.js';

const DAY = 1440;
const MAR2 = 19_784; // 2024-03-02
const rules = (input: RulesInput = {}) => resolveRules({ shifts: { types: { '24h': { start: '07:00', end: '07:00' } } }, ...input });
const R = rules();
const NIGHT = { start: '22:00', end: '06:00' };
const at = (h: number, m = 0) => h * 60 + m;

function interval(s: Shift, r = R): ShiftInterval {
  const iv = shiftInterval(s, r);
  if (!iv) throw new Error('no interval');
  return iv;
}

describe('shiftInterval', () => {
  it('sanity: 2024-03-02 is day 19 784', () => {
    expect(interval(shift({ date: '2024-03-02', type: 'day', members: ['x'] })).start).toBe(MAR2 * DAY + at(7));
  });

  it('the night type 17:00–07:00 ends the next morning: 14 h, night', () => {
    const iv = interval(shift({ date: '2024-03-02', type: 'night', members: ['x'] }));
    expect(iv.start).toBe(MAR2 * DAY + at(17));
    expect(iv.end).toBe((MAR2 + 1) * DAY + at(7));
    expect(iv.end - iv.start).toBe(14 * 60);
    expect(iv.night).toBe(true);
  });

  it('start = end is a 24 h shift, and it is night duty', () => {
    const iv = interval(shift({ date: '2024-03-02', type: '24h', members: ['x'] }));
    expect(iv.start).toBe(MAR2 * DAY + at(7));
    expect(iv.end).toBe((MAR2 + 1) * DAY + at(7));
    expect(iv.night).toBe(true);
  });

  it('14:00–22:00 only meets the night window at 22:00: not night (half-open)', () => {
    const iv = interval(shift({ date: '2024-03-02', type: 'day', start: '14:00', end: '22:00', members: ['x'] }));
    expect(iv.end - iv.start).toBe(8 * 60);
    expect(iv.night).toBe(false);
  });

  it('21:00–23:00 has one hour inside 22:00–06:00: night', () => {
    const iv = interval(shift({ date: '2024-03-02', type: 'day', start: '21:00', end: '23:00', members: ['x'] }));
    expect(iv.end - iv.start).toBe(2 * 60);
    expect(iv.night).toBe(true);
  });

  it('06:00–14:00 starts when the night window ends: not night; 05:59–14:00 is', () => {
    expect(interval(shift({ date: '2024-03-02', type: 'day', start: '06:00', end: '14:00', members: ['x'] })).night).toBe(false);
    expect(interval(shift({ date: '2024-03-02', type: 'day', start: '05:59', end: '14:00', members: ['x'] })).night).toBe(true);
  });

  it('a shift of 31 December runs into 1 January of the next year', () => {
    const iv = interval(shift({ date: '2024-12-31', type: 'night', members: ['x'] }));
    // 2024-12-31 is day 19 723 + 365 = 20 088; the shift ends at 07:00 on day 20 089 (2025-01-01).
    expect(iv.start).toBe(20_088 * DAY + at(17));
    expect(iv.end).toBe(20_089 * DAY + at(7));
  });

  it('`start` alone on a night shift keeps the type end: 19:00–07:00 is 12 h', () => {
    const iv = interval(shift({ date: '2024-03-02', type: 'night', start: '19:00', members: ['x'] }));
    expect(iv.start).toBe(MAR2 * DAY + at(19));
    expect(iv.end).toBe((MAR2 + 1) * DAY + at(7));
  });

  it('`end` alone on a day shift keeps the type start: 07:00–11:30 is 4.5 h', () => {
    const iv = interval(shift({ date: '2024-03-02', type: 'day', end: '11:30', members: ['x'] }));
    expect(iv.end - iv.start).toBe(at(4, 30));
    expect(iv.night).toBe(false);
  });

  it('`start` alone can turn a shift overnight: day type with start 18:00 ends 17:00 the next day', () => {
    // end 17:00 <= start 18:00 means the next day: 23 h.
    const iv = interval(shift({ date: '2024-03-02', type: 'day', start: '18:00', members: ['x'] }));
    expect(iv.end - iv.start).toBe(23 * 60);
  });

  it('an unknown type has no interval (check reports it)', () => {
    expect(shiftInterval(shift({ date: '2024-03-02', type: 'evening', members: ['x'] }), R)).toBeUndefined();
  });

  it('the night window follows rules.shifts.night_window', () => {
    const r = rules({ shifts: { night_window: { start: '23:00', end: '05:00' } } });
    expect(interval(shift({ date: '2024-03-02', type: 'day', start: '21:00', end: '23:00', members: ['x'] }), r).night).toBe(false);
    expect(interval(shift({ date: '2024-03-02', type: 'day', start: '04:00', end: '08:00', members: ['x'] }), r).night).toBe(true);
  });
});

describe('overlapsNightWindow', () => {
  it('meets the window of the day before (00:00–05:00 is inside the 22:00–06:00 that began the evening before)', () => {
    expect(overlapsNightWindow(MAR2 * DAY, MAR2 * DAY + at(5), NIGHT)).toBe(true);
  });
  it('a day shift 07:00–17:00 does not meet it', () => {
    expect(overlapsNightWindow(MAR2 * DAY + at(7), MAR2 * DAY + at(17), NIGHT)).toBe(false);
  });
  it('a window that does not wrap midnight (00:00–06:00)', () => {
    const w = { start: '00:00', end: '06:00' };
    expect(overlapsNightWindow(MAR2 * DAY + at(18), MAR2 * DAY + at(23, 59), w)).toBe(false);
    expect(overlapsNightWindow(MAR2 * DAY + at(18), (MAR2 + 1) * DAY, w)).toBe(false);
    expect(overlapsNightWindow(MAR2 * DAY + at(18), (MAR2 + 1) * DAY + 1, w)).toBe(true);
  });
});

describe('overlaps and rest', () => {
  it('back-to-back shifts do not overlap, and their rest is 0 h', () => {
    const day = shift({ date: '2024-03-02', type: 'day', members: ['x'] }); // 07:00–17:00
    const night = shift({ date: '2024-03-02', type: 'night', members: ['x'] }); // 17:00–07:00
    const by = intervalsByMember([interval(night), interval(day)]);
    expect(findOverlaps(by)).toEqual([]);
    const rest = findRestShortfalls(by, 12);
    expect(rest).toHaveLength(1);
    expect(rest[0]!.restMinutes).toBe(0);
    expect(rest[0]!.first.shift).toBe(day);
    expect(rest[0]!.second.shift).toBe(night);
  });

  it('a real overlap across two departments names the later shift as the second', () => {
    const a = shift({ date: '2024-03-02', type: 'day', department: 'a', members: ['x', 'y'] }); // 07:00–17:00
    const b = shift({ date: '2024-03-02', type: 'day', department: 'b', start: '14:00', end: '22:00', members: ['z', 'x'] });
    const o = findOverlaps(intervalsByMember([interval(b), interval(a)]));
    expect(o).toHaveLength(1);
    expect(o[0]!.member).toBe('x');
    expect(o[0]!.first.shift).toBe(a);
    expect(o[0]!.second.shift).toBe(b);
  });

  it('a long shift overlaps each shift inside it, even after a shift in between', () => {
    // 24 h from 07:00; a day shift 07:00–17:00 and a night shift 17:00–07:00 both sit inside it.
    // In time order (start, then end): day (ends 17:00), 24 h (ends 07:00 next day), night.
    const long = shift({ date: '2024-03-02', type: '24h', members: ['x'] });
    const d = shift({ date: '2024-03-02', type: 'day', department: 'b', members: ['x'] });
    const n = shift({ date: '2024-03-02', type: 'night', department: 'b', members: ['x'] });
    const o = findOverlaps(intervalsByMember([interval(n), interval(d), interval(long)]));
    expect(o.map((x) => [x.first.shift, x.second.shift])).toEqual([
      [d, long],
      [long, n],
    ]);
  });

  it('a member listed twice on one shift is one shift, not an overlap', () => {
    expect(findOverlaps(intervalsByMember([interval(shift({ date: '2024-03-02', members: ['x', 'x'] }))]))).toEqual([]);
  });

  it('rest: night shift ending 07:00, next shift at 17:00 is 10 h; at 19:00 exactly 12 h is enough', () => {
    const n1 = interval(shift({ date: '2024-03-02', type: 'night', members: ['x', 'y'] })); // ends 03-03 07:00
    const n2 = interval(shift({ date: '2024-03-03', type: 'night', members: ['x'] })); // 17:00: 10 h later
    const n3 = interval(shift({ date: '2024-03-03', type: 'night', start: '19:00', members: ['y'] })); // 19:00: 12 h later
    const rest = findRestShortfalls(intervalsByMember([n1, n2, n3]), 12);
    expect(rest.map((r) => [r.member, r.restMinutes])).toEqual([['x', 600]]);
    // With min_rest_hours 12.5 the 12 h rest is short too.
    expect(findRestShortfalls(intervalsByMember([n1, n2, n3]), 12.5).map((r) => [r.member, r.restMinutes])).toEqual([
      ['x', 600],
      ['y', 720],
    ]);
  });
});

describe('findNightExcess', () => {
  it('more than max night shifts dated in one month; the first one beyond the limit is named', () => {
    const nights = ['2024-03-01', '2024-03-10', '2024-03-31', '2024-04-01'].map((date) => interval(shift({ date, type: 'night', members: ['x'] })));
    // A day shift is not night duty and does not count.
    const day = interval(shift({ date: '2024-03-20', type: 'day', members: ['x'] }));
    const out = findNightExcess(intervalsByMember([...nights, day]), 2);
    expect(out.map((n) => [n.member, n.month, n.nights])).toEqual([['x', '2024-03', 3]]);
    expect(out[0]!.over.shift.date).toBe('2024-03-31');
    expect(findNightExcess(intervalsByMember([...nights, day]), 3)).toEqual([]);
  });

  it('is sorted by month, then member', () => {
    const mk = (date: string, m: string) => interval(shift({ date, type: 'night', members: [m] }));
    const out = findNightExcess(intervalsByMember([mk('2024-04-01', 'a'), mk('2024-04-02', 'a'), mk('2024-03-01', 'z'), mk('2024-03-02', 'z'), mk('2024-04-03', 'b'), mk('2024-04-04', 'b')]), 1);
    expect(out.map((n) => `${n.month} ${n.member}`)).toEqual(['2024-03 z', '2024-04 a', '2024-04 b']);
  });
});

describe('findCoverageGaps', () => {
  const rule = (o: { department?: string; type?: string; min: number; from?: string; to?: string }) => ({ department: 'a', type: 'night', ...o });

  it('counts distinct members per department, type and date, from max(rule.from, from)', () => {
    const shifts = [
      shift({ date: '2024-03-02', members: ['x', 'y'] }),
      shift({ date: '2024-03-03', members: ['x'] }),
      shift({ date: '2024-03-03', members: ['x'] }), // the same person again: still 1
      shift({ date: '2024-03-04', type: 'day', members: ['x', 'y'] }), // another type does not count
      shift({ date: '2024-03-04', department: 'b', members: ['x', 'y'] }), // another department does not count
    ];
    // The rule starts on 2 March; the window is 1–4 March: 2 March has 2, 3 March 1, 4 March 0.
    const gaps = findCoverageGaps(shifts, [rule({ min: 2, from: '2024-03-02' })], '2024-03-01', '2024-03-04');
    expect(gaps.map((g) => [g.date, g.have, g.need])).toEqual([
      ['2024-03-03', 1, 2],
      ['2024-03-04', 0, 2],
    ]);
  });

  it('rule.to and the window end both cut the days', () => {
    expect(findCoverageGaps([], [rule({ min: 1, to: '2024-03-02' })], '2024-03-01', '2024-03-04').map((g) => g.date)).toEqual(['2024-03-01', '2024-03-02']);
    expect(findCoverageGaps([], [rule({ min: 1, from: '2024-02-01' })], '2024-03-01', '2024-03-02').map((g) => g.date)).toEqual(['2024-03-01', '2024-03-02']);
    expect(findCoverageGaps([], [rule({ min: 1, from: '2024-04-01' })], '2024-03-01', '2024-03-31')).toEqual([]);
  });

  it('two rules on one day: the larger min is the need', () => {
    const shifts = [shift({ date: '2024-03-02', members: ['x', 'y'] })];
    const rules2 = [rule({ min: 3, from: '2024-03-02', to: '2024-03-02' }), rule({ min: 1 })];
    const gaps = findCoverageGaps(shifts, rules2, '2024-03-01', '2024-03-02');
    // 1 March: 0 people, needs max(1) = 1 (only the open rule covers it); 2 March: 2 people, needs max(3, 1) = 3.
    expect(gaps.map((g) => [g.date, g.have, g.need, g.rule])).toEqual([
      ['2024-03-01', 0, 1, 1],
      ['2024-03-02', 2, 3, 0],
    ]);
    // The order of the rules does not matter.
    const swapped = findCoverageGaps(shifts, [rules2[1]!, rules2[0]!], '2024-03-01', '2024-03-02');
    expect(swapped.map((g) => [g.date, g.need])).toEqual([
      ['2024-03-01', 1],
      ['2024-03-02', 3],
    ]);
  });

  it('is sorted by date, department, type', () => {
    const rs = [rule({ department: 'b', type: 'night', min: 1 }), rule({ department: 'a', type: 'night', min: 1 }), rule({ department: 'a', type: 'day', min: 1 })];
    const gaps = findCoverageGaps([], rs, '2024-03-01', '2024-03-02');
    expect(gaps.map((g) => `${g.date} ${g.department} ${g.type}`)).toEqual([
      '2024-03-01 a day',
      '2024-03-01 a night',
      '2024-03-01 b night',
      '2024-03-02 a day',
      '2024-03-02 a night',
      '2024-03-02 b night',
    ]);
  });
});
