/**
 * The duty-roster figures of a window (SPEC §3 "Shifts", §5 `shifts`), on a hand-made month.
 * Every number below is worked out in the comments from the shifts listed here.
 *
 * Window 2024-03-01..2024-03-31. 1 March 2024 is a Friday, so the weekends are 2–3, 9–10 March.
 * Holiday (from the calendar given): 8 March. Rules: night shifts 17:00–07:00, day 07:00–17:00,
 * 24h 07:00–07:00, min rest 12 h, at most 2 nights a month.
 * Department a: an, binh, cuong, giang (no shifts). Department b: dung, em (em is not in the population).
 */
import { describe, expect, it } from 'vitest';
import { makeHolidayCalendar } from '../../src/compute/holidays.js';
import { computeShiftFigures, spread, timeShift } from '../../src/compute/shifts.js';
import { dataSet, member, shift } from './builders.js';

const noLunar = () => undefined;
const calendar = makeHolidayCalendar(['2024-03-08'], noLunar);

const data = dataSet({
  members: [
    member({ id: 'an', department: 'a' }),
    member({ id: 'binh', department: 'a' }),
    member({ id: 'cuong', department: 'a' }),
    member({ id: 'giang', department: 'a' }),
    member({ id: 'dung', department: 'b' }),
    member({ id: 'em', department: 'b' }),
  ],
  shifts: [
    shift({ date: '2024-02-29', type: 'night', members: ['an'] }), // before the window: ignored
    shift({ date: '2024-03-01', type: 'night', members: ['an', 'binh'] }), // Fri, 14 h, night
    shift({ date: '2024-03-02', type: 'night', members: ['binh', 'an'] }), // Sat, 14 h, night, weekend
    shift({ date: '2024-03-04', type: 'day', start: '14:00', end: '22:00', members: ['an'] }), // Mon, 8 h, not night
    shift({ date: '2024-03-08', type: 'night', members: ['an', 'cuong'] }), // Fri, holiday, 14 h, night
    shift({ date: '2024-03-09', type: '24h', members: ['cuong'] }), // Sat, 24 h, night, weekend
    shift({ date: '2024-03-10', type: 'day', department: 'b', members: ['dung'] }), // Sun, 10 h, weekend
    shift({ date: '2024-03-10', type: 'night', department: 'b', members: ['em'] }), // em: coverage only
    shift({ date: '2024-03-11', type: 'day', department: 'b', start: '02:20', members: ['dung'] }), // 02:20–17:00, 14 h 40 min, night
    shift({ date: '2024-03-11', type: 'day', department: 'b', start: '10:00', members: ['em'] }), // 3 h after em's night: not reported
    shift({ date: '2024-04-01', type: 'night', members: ['an'] }), // after asOf: ignored
  ],
  rules: {
    shifts: {
      types: { '24h': { start: '07:00', end: '07:00' } },
      max_nights_per_month: 2,
      coverage: [
        { department: 'a', type: 'night', min: 2, from: '2024-03-02', to: '2024-03-10' },
        { department: 'b', type: 'night', min: 1, from: '2024-03-09', to: '2024-03-11' },
      ],
    },
  },
});

const population = new Set(['an', 'binh', 'cuong', 'giang', 'dung']);
const figures = computeShiftFigures({ data, population, evalFrom: '2024-03-01', asOf: '2024-03-31', calendar });

describe('computeShiftFigures', () => {
  it('total counts every shift record dated in the window, the population or not', () => {
    // 11 records, minus 29 February and 1 April.
    expect(figures.total).toBe(9);
  });

  it('per member: total, hours, night, weekend, holiday (population members with a shift, by id)', () => {
    expect([...figures.perMember.keys()]).toEqual(['an', 'binh', 'cuong', 'dung']);
    // an: 1/3 night 14 h + 2/3 night 14 h (Sat) + 4/3 8 h + 8/3 night 14 h (holiday) = 50 h.
    expect(figures.perMember.get('an')).toEqual({ total: 4, hours: 50, night: 3, weekend: 1, holiday: 1 });
    expect(figures.perMember.get('binh')).toEqual({ total: 2, hours: 28, night: 2, weekend: 1, holiday: 0 });
    // cuong: 8/3 night 14 h (holiday) + 9/3 24 h (Sat) = 38 h; the 24 h shift covers the night.
    expect(figures.perMember.get('cuong')).toEqual({ total: 2, hours: 38, night: 2, weekend: 1, holiday: 1 });
    // dung: 600 + 880 minutes = 1480 / 60 = 24.666… h; 02:20–06:00 is night time.
    expect(figures.perMember.get('dung')).toEqual({ total: 2, hours: 24.666666666666668, night: 1, weekend: 1, holiday: 0 });
  });

  it('rest: population members only, by first date then member, hours as minutes / 60', () => {
    // an and binh: 2 March 07:00 → 17:00 = 10 h. cuong: 9 March 07:00 → 07:00 = 0 h (back to back).
    // dung: 10 March 17:00 → 11 March 02:20 = 560 min = 9.333… h. em (3 h) is not in the population.
    expect(figures.restViolations).toEqual([
      { member: 'an', first: '2024-03-01', second: '2024-03-02', restHours: 10 },
      { member: 'binh', first: '2024-03-01', second: '2024-03-02', restHours: 10 },
      { member: 'cuong', first: '2024-03-08', second: '2024-03-09', restHours: 0 },
      { member: 'dung', first: '2024-03-10', second: '2024-03-11', restHours: 9.333333333333334 },
    ]);
  });

  it('night limit: more than 2 nights dated in March', () => {
    // an: 1, 2 and 8 March (29 February and 1 April are outside the window). binh and cuong: 2 each.
    expect(figures.nightLimit).toEqual([{ member: 'an', month: '2024-03', nights: 3 }]);
  });

  it('coverage gaps by date, department, type; everyone counts, the population or not', () => {
    // a, night, min 2, 2–10 March: 2 March (an, binh) and 8 March (an, cuong) are staffed; 4 March has
    // only a day shift and 9 March only a 24h shift, which are other types.
    // b, night, min 1, 9–11 March: 10 March has em (not in the population, but on duty).
    expect(figures.coverageGaps).toEqual([
      { date: '2024-03-03', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-04', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-05', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-06', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-07', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-09', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-09', department: 'b', type: 'night', have: 0, need: 1, missing: 1 },
      { date: '2024-03-10', department: 'a', type: 'night', have: 0, need: 2, missing: 2 },
      { date: '2024-03-11', department: 'b', type: 'night', have: 0, need: 1, missing: 1 },
    ]);
  });

  it('fairness by department id, then night, weekend, holiday; min, max, mean, population stdev', () => {
    // a: an, binh, cuong (giang has no shift). night [3, 2, 2]: mean 7/3, variance ((2/3)² + 2·(1/3)²)/3 = 2/9,
    // stdev √2/3. weekend [1, 1, 1]. holiday [1, 0, 1]: mean 2/3, variance (2·(1/3)² + (2/3)²)/3 = 2/9.
    // b: dung only (em is not in the population): night [1], weekend [1], holiday [0].
    const s2 = Math.SQRT2 / 3; // 0.4714045207910317
    expect(figures.fairness).toEqual([
      { department: 'a', measure: 'night', min: 2, max: 3, mean: 7 / 3, stdev: s2 },
      { department: 'a', measure: 'weekend', min: 1, max: 1, mean: 1, stdev: 0 },
      { department: 'a', measure: 'holiday', min: 0, max: 1, mean: 2 / 3, stdev: s2 },
      { department: 'b', measure: 'night', min: 1, max: 1, mean: 1, stdev: 0 },
      { department: 'b', measure: 'weekend', min: 1, max: 1, mean: 1, stdev: 0 },
      { department: 'b', measure: 'holiday', min: 0, max: 0, mean: 0, stdev: 0 },
    ]);
    expect(figures.fairness[0]!.stdev).toBeCloseTo(0.4714045207910317, 15);
  });

  it('a window that starts later drops the earlier shifts everywhere', () => {
    const late = computeShiftFigures({ data, population, evalFrom: '2024-03-05', asOf: '2024-03-31', calendar });
    // Left: 8/3 (an, cuong), 9/3 (cuong), 10/3 ×2, 11/3 ×2.
    expect(late.total).toBe(6);
    expect(late.perMember.get('an')).toEqual({ total: 1, hours: 14, night: 1, weekend: 0, holiday: 1 });
    expect(late.perMember.has('binh')).toBe(false);
    expect(late.nightLimit).toEqual([]);
    expect(late.restViolations.map((r) => r.member)).toEqual(['cuong', 'dung']);
    // Rule a now runs 5–10 March: 5, 6, 7, 9, 10 March are gaps.
    expect(late.coverageGaps.filter((g) => g.department === 'a').map((g) => g.date)).toEqual(['2024-03-05', '2024-03-06', '2024-03-07', '2024-03-09', '2024-03-10']);
  });
});

describe('timeShift', () => {
  it('classifies weekend and holiday by the date the shift starts', () => {
    // 2024-03-10 is a Sunday; the night shift of Sunday ends on Monday but is a weekend shift.
    const sunday = timeShift(shift({ date: '2024-03-10', type: 'night', members: ['x'] }), data.rules, calendar)!;
    expect([sunday.weekend, sunday.holiday, sunday.night, sunday.hours]).toEqual([true, false, true, 14]);
    // The night of 7 March runs into the holiday of 8 March but is not a holiday shift.
    const eve = timeShift(shift({ date: '2024-03-07', type: 'night', members: ['x'] }), data.rules, calendar)!;
    expect([eve.weekend, eve.holiday]).toEqual([false, false]);
    const holiday = timeShift(shift({ date: '2024-03-08', type: 'day', members: ['x'] }), data.rules, calendar)!;
    expect([holiday.weekend, holiday.holiday, holiday.night, holiday.hours]).toEqual([false, true, false, 10]);
  });

  it('a holiday on a weekend is both', () => {
    const cal = makeHolidayCalendar(['2024-03-09'], noLunar);
    const t = timeShift(shift({ date: '2024-03-09', type: 'day', members: ['x'] }), data.rules, cal)!;
    expect([t.weekend, t.holiday]).toEqual([true, true]);
  });
});

describe('spread', () => {
  it('population standard deviation: [2, 4, 4, 4, 5, 5, 7, 9] has mean 5 and stdev 2', () => {
    // Σ(x − 5)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; 32 / 8 = 4; √4 = 2.
    expect(spread([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ min: 2, max: 9, mean: 5, stdev: 2 });
  });
  it('equal values give exactly 0, one value too', () => {
    expect(spread([3, 3, 3])).toEqual({ min: 3, max: 3, mean: 3, stdev: 0 });
    expect(spread([7])).toEqual({ min: 7, max: 7, mean: 7, stdev: 0 });
  });
  it('[0, 1]: mean 0.5, stdev 0.5', () => {
    expect(spread([0, 1])).toEqual({ min: 0, max: 1, mean: 0.5, stdev: 0.5 });
  });
});
