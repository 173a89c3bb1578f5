/**
 * Commendation (SPEC §3 "Commendation" and its fine points, with §6's quota and forms) on
 * small hand-made units. Every expected figure is worked out by hand in the comment beside
 * it, never read off the code. The rules §6 adds (ratings, leave, đề tài, excellent
 * collective) have their own file: commendation-law.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths } from 'date-fns';
import { addMonthsToDate, dayNumber, fromDayNumber } from '../../src/model/dates.js';
import type { RulesInput } from '../../src/model/schemas.js';
import type { PeriodRequest } from '../../src/compute/period.js';
import type { Activity, Member } from '../../src/model/types.js';
import { buildSummary } from '../../src/render/render-json.js';
import { activity, dataSet, member } from './builders.js';
import { commend, fullMarks, report, YEAR } from './commendation-fixtures.js';

const initiative = (ids: string[], level: 'co-so' | 'tinh' | 'toan-quoc' = 'co-so', extra: Partial<Activity> = {}) =>
  activity({ kind: 'initiative', date: '2024-03-05', title: `SK ${ids.join('+')} ${level}`, members: ids, level, recognized: '2024-06-20', ...extra });
/** A formal violation; without `form` it is a khiển trách (SPEC §6). */
const formal = (ids: string[], date = '2024-05-05', form?: Activity['form']) =>
  activity({ kind: 'violation', date, members: ids, type: 'absent', severity: 'formal', form: form ?? 'khien-trach' });
const people = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => member({ id: `${prefix}${String(i).padStart(2, '0')}` }));

describe('advanced worker: tenure', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('exactly 10 months on the boundary qualifies; one day short does not', () => {
    const data = dataSet({
      members: [member({ id: 'on-time', joined: '2024-03-01' }), member({ id: 'short', joined: '2024-03-02' })],
      activities: fullMarks(['on-time', 'short']),
    });
    const c = commend(data);
    // 2024-03-01 + 10 months = 2025-01-01 = asOf 2024-12-31 + 1 day: reached.
    // 2024-03-02 + 10 months = 2025-01-02 > 2025-01-01: one day short.
    expect(c.checks.find((x) => x.id === 'on-time')).toMatchObject({ tenureOk: true, tenureFrom: '2025-01-01', allMet: true, qualifies: true });
    expect(c.checks.find((x) => x.id === 'short')).toMatchObject({ tenureOk: false, tenureFrom: '2025-01-02', allMet: true, qualifies: false });
    expect(c.advancedWorkers).toBe(1);
    expect(c.titles.get('short')).toBeUndefined();
  });

  it('adds months the date-fns way: the day is kept, clamped to the end of the month', () => {
    // 31 March + 10 months: 31 January exists, so 2025-01-31 (not 2025-01-01 + 30 days).
    expect(addMonthsToDate('2024-03-31', 10)).toBe('2025-01-31');
    // 30 April 2023 + 10 months: February 2024 has 29 days, so the 29th.
    expect(addMonthsToDate('2023-04-30', 10)).toBe('2024-02-29');
    // 31 May 2024 + 9 months: February 2025 has 28 days.
    expect(addMonthsToDate('2024-05-31', 9)).toBe('2025-02-28');
    // Whatever the machine's time zone (Samoa skipped 30 December 2011 entirely).
    for (const tz of ['Pacific/Apia', 'America/Sao_Paulo', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      expect(addMonthsToDate('2011-02-28', 10)).toBe('2011-12-28');
      expect(addMonthsToDate('2011-03-30', 9)).toBe('2011-12-30');
      expect(addMonthsToDate('2024-03-31', 10)).toBe('2025-01-31');
    }
  });

  it('agrees with date-fns addMonths (run in UTC, where no day is skipped) on every day of 2023–2024', () => {
    process.env.TZ = 'UTC';
    for (let n = dayNumber('2023-01-01'); n <= dayNumber('2024-12-31'); n++) {
      const text = fromDayNumber(n);
      for (const months of [1, 9, 10, 12, 13]) {
        const [y, m, d] = text.split('-').map(Number) as [number, number, number];
        const viaFns = addMonths(new Date(y, m - 1, d, 12), months);
        const expected = `${viaFns.getFullYear()}-${String(viaFns.getMonth() + 1).padStart(2, '0')}-${String(viaFns.getDate()).padStart(2, '0')}`;
        expect(addMonthsToDate(text, months)).toBe(expected);
      }
    }
  });

  it('joined 31 March needs until 31 January: not an advanced worker of the year', () => {
    const data = dataSet({ members: [member({ id: 'x', joined: '2024-03-31' })], activities: fullMarks(['x']) });
    // 2025-01-31 > 2025-01-01.
    expect(commend(data).checks[0]).toMatchObject({ tenureOk: false, tenureFrom: '2025-01-31', qualifies: false });
  });

  it('the clamped day decides on a year cut by --as-of 2024-02-28', () => {
    const data = dataSet({
      members: [member({ id: 'clamped', joined: '2023-04-30' }), member({ id: 'later', joined: '2023-05-01' })],
      // 59 active days of 366: community needs floor(2 × 59/366 + 0.5) = 0, self floor(4 × 59/366 + 0.5) = 1.
      activities: [activity({ kind: 'study', date: '2024-01-15', members: ['clamped', 'later'] })],
    });
    const c = commend(data, YEAR, '2024-02-28');
    // 2023-04-30 + 10 months = 2024-02-29 (clamped) <= 2024-02-28 + 1 day. 2023-05-01 + 10 = 2024-03-01.
    expect(c.checks.map((x) => [x.id, x.tenureOk, x.qualifies])).toEqual([['clamped', true, true], ['later', false, false]]);
  });

  it('min_tenure_months is configurable', () => {
    const rules: RulesInput = { commendation: { advanced_worker: { min_tenure_months: 12 } } };
    const data = dataSet({
      rules,
      members: [member({ id: 'jan1', joined: '2024-01-01' }), member({ id: 'jan2', joined: '2024-01-02' }), member({ id: 'old' })],
      activities: fullMarks(['jan1', 'jan2', 'old']),
    });
    // 2024-01-01 + 12 months = 2025-01-01 <= 2025-01-01; 2024-01-02 + 12 = 2025-01-02; no `joined` always qualifies.
    expect(commend(data).checks.map((x) => [x.id, x.tenureOk])).toEqual([['jan1', true], ['jan2', false], ['old', true]]);
  });
});

describe('advanced worker: criteria and discipline', () => {
  it('a formal violation blocks an otherwise perfect member; a reminder does not', () => {
    const data = dataSet({
      members: [member({ id: 'formal' }), member({ id: 'reminded' })],
      activities: [...fullMarks(['formal', 'reminded']), formal(['formal']), activity({ kind: 'violation', date: '2024-05-06', members: ['reminded'], type: 'late' })],
    });
    const c = commend(data);
    // formal: allMet (1 violation <= work's max 2), but 1 formal > max_formal_violations 0.
    expect(c.checks[0]).toMatchObject({ id: 'formal', allMet: true, disciplineOk: false, formalViolations: 1, qualifies: false });
    expect(c.checks[1]).toMatchObject({ id: 'reminded', allMet: true, disciplineOk: true, qualifies: true });
    expect([...c.titles]).toEqual([['reminded', 'advancedWorker']]);
  });

  it('max_formal_violations: 1 lets one formal violation through, not two', () => {
    const rules: RulesInput = { commendation: { advanced_worker: { max_formal_violations: 1 } } };
    const data = dataSet({
      rules,
      members: [member({ id: 'one' }), member({ id: 'two' })],
      activities: [...fullMarks(['one', 'two']), formal(['one']), formal(['two'], '2024-05-05'), formal(['two'], '2024-06-06')],
    });
    const c = commend(data);
    // one: 1 <= 1. two: 2 > 1 (and 2 violations are still within work's max_violations 2, so allMet).
    expect(c.checks.map((x) => [x.id, x.allMet, x.disciplineOk, x.qualifies])).toEqual([['one', true, true, true], ['two', true, false, false]]);
    // Department a: 1 advanced of 2 = 0.5, not above 0.5. Both were disciplined, but with a
    // khiển trách, below block_from (cảnh cáo): nobody blocks the collective.
    expect(c.collectives[0]).toMatchObject({ id: 'a', population: 2, advancedWorkers: 1, blocked: [], shareAbove: false, qualifies: false });
  });

  it('a member who misses a criterion is not an advanced worker, and the unmet criteria are named', () => {
    const data = dataSet({ members: [member({ id: 'x' })], activities: fullMarks(['x']).slice(1) });
    // Only one volunteer activity: community 1 < 2.
    expect(commend(data).checks[0]).toMatchObject({ allMet: false, unmet: ['community'], qualifies: false });
  });
});

describe('emulation fighter quota', () => {
  const quotaOf = (n: number, rules: RulesInput = {}) => {
    const ms = people(n);
    return commend(dataSet({ rules, members: ms, activities: fullMarks(ms.map((m) => m.id)) }));
  };

  const halfUp: RulesInput = { commendation: { emulation_fighter: { rounding: 'half-up' } } };

  it('is never above the cap by default (floor): 0.15 × 10 = 1.5 → 1, 0.15 × 9 = 1.35 → 1, 0.15 × 6 = 0.9 → 0', () => {
    expect(quotaOf(10)).toMatchObject({ advancedWorkers: 10, quotaExact: 1.5, quota: 1 });
    expect(quotaOf(9)).toMatchObject({ advancedWorkers: 9, quotaExact: 1.35, quota: 1 });
    expect(quotaOf(6)).toMatchObject({ advancedWorkers: 6, quotaExact: 0.9, quota: 0 });
  });

  it('rounding: half-up rounds half up: 0.15 × 10 = 1.5 → 2, 0.15 × 9 = 1.35 → 1, 0.15 × 3 = 0.45 → 0', () => {
    expect(quotaOf(10, halfUp)).toMatchObject({ advancedWorkers: 10, quotaExact: 1.5, quota: 2 });
    expect(quotaOf(9, halfUp)).toMatchObject({ advancedWorkers: 9, quotaExact: 1.35, quota: 1 });
    expect(quotaOf(3, halfUp)).toMatchObject({ advancedWorkers: 3, quotaExact: 0.45, quota: 0 });
  });

  it('half-up is exact: 0.58 × 25 = 14.5 → 15 (floating point gives 14.499999999999998 → 14); floor gives 14', () => {
    const cap58 = (rounding: 'floor' | 'half-up') => quotaOf(25, { commendation: { emulation_fighter: { cap: 0.58, rounding } } });
    expect(cap58('half-up')).toMatchObject({ advancedWorkers: 25, quotaExact: 14.5, quota: 15 });
    expect(cap58('floor')).toMatchObject({ advancedWorkers: 25, quotaExact: 14.5, quota: 14 });
  });

  it('with a quota of 0 every candidate is beyond it', () => {
    const ms = people(3);
    const data = dataSet({ members: ms, activities: [...fullMarks(ms.map((m) => m.id)), initiative(['p00'])] });
    const c = commend(data);
    expect(c).toMatchObject({ quota: 0, emulationFighters: [], beyondQuota: ['p00'] });
    expect(c.titles.get('p00')).toBe('beyondQuota');
    expect(c.candidates[0]?.behindLastBy).toBeUndefined();
  });
});

describe('emulation fighter candidates', () => {
  it('need an initiative recognized in the window at >= min_level; 01M is not required', () => {
    const ms = people(4);
    const data = dataSet({
      rules: { innovation: { min_level: 'tinh' } },
      members: ms,
      activities: [
        ...fullMarks(ms.map((m) => m.id)),
        initiative(['p00'], 'tinh', { in01m: false }), // counts: provincial, 01M not needed here
        initiative(['p01'], 'co-so'), // below min_level tinh
        initiative(['p02'], 'tinh', { date: '2023-11-01', recognized: '2023-12-20' }), // recognized before the window
        initiative(['p03'], 'toan-quoc', { date: '2023-11-01', recognized: '2024-01-10' }), // submitted 2023, recognized 2024: counts
      ],
    });
    const c = commend(data);
    expect(c.candidates.map((k) => [k.id, k.topLevel])).toEqual([['p03', 'toan-quoc'], ['p00', 'tinh']]);
  });

  it('the last candidate within the quota, and the proposals for the advanced-worker title alone', () => {
    // 10 advanced workers, quota floor(0.15 × 10) = 1; candidates p00 (tỉnh) then p01 (cơ sở).
    const ms = people(10);
    const data = dataSet({ members: ms, activities: [...fullMarks(ms.map((m) => m.id)), initiative(['p00'], 'tinh'), initiative(['p01'], 'co-so')] });
    const c = commend(data);
    expect(c.candidates.map((k) => k.id)).toEqual(['p00', 'p01']);
    expect(c.lastWithinQuota?.id).toBe('p00');
    // 10 proposals: p00 as emulation fighter, the 9 others (p01, beyond the quota, too) as advanced workers.
    expect(c.proposals.length).toBe(10);
    expect(c.advancedProposals).toBe(9);
  });

  it('no candidate is within a quota of 0', () => {
    // 6 advanced workers: floor(0.15 × 6) = 0.
    const ms = people(6);
    const c = commend(dataSet({ members: ms, activities: [...fullMarks(ms.map((m) => m.id)), initiative(['p00'], 'tinh')] }));
    expect(c.quota).toBe(0);
    expect(c.lastWithinQuota).toBeNull();
    expect(c.advancedProposals).toBe(6);
  });
});

/**
 * Two advanced workers a and b (cap 0.5: quota floor(0.5 × 2) = 1), equal on every key
 * before the one under test and different on it; each test makes the id order (a first) and
 * the later keys favour a, so only the key under test can put b first.
 */
describe('ranking: one test per key', () => {
  const rules: RulesInput = { commendation: { emulation_fighter: { cap: 0.5 } } };
  const rank = (members: Member[], extra: Activity[]) => commend(dataSet({ rules, members, activities: [...fullMarks(['a', 'b']), ...extra] }));
  const sport = (id: string, n: number) => Array.from({ length: n }, (_, i) => activity({ kind: 'sport', date: `2024-10-${String(i + 1).padStart(2, '0')}`, members: [id] }));

  it('1. highest recognized level first, over more initiatives, direct work and activities', () => {
    const c = rank([member({ id: 'a', directWorker: true }), member({ id: 'b' })], [initiative(['a']), initiative(['a']), initiative(['a']), ...sport('a', 3), initiative(['b'], 'tinh')]);
    expect(c.quota).toBe(1);
    expect(c.candidates.map((k) => [k.id, k.topLevel, k.achievements])).toEqual([['b', 'tinh', 1], ['a', 'co-so', 3]]);
    expect(c.candidates[0]).toMatchObject({ rank: 1, withinQuota: true, decidedBy: 'level' });
    expect(c.candidates[1]).toMatchObject({ rank: 2, withinQuota: false, behindLastBy: 'level' });
    expect([c.emulationFighters, c.beyondQuota]).toEqual([['b'], ['a']]);
  });

  it('the highest level of a member with several initiatives is the highest of them', () => {
    const c = rank([member({ id: 'a' }), member({ id: 'b' })], [initiative(['a'], 'tinh'), initiative(['a'], 'co-so'), initiative(['b'], 'toan-quoc')]);
    // b: national beats a's provincial, although a has 2 initiatives.
    expect(c.candidates.map((k) => [k.id, k.topLevel, k.achievements])).toEqual([['b', 'toan-quoc', 1], ['a', 'tinh', 2]]);
  });

  it('2. then the number of such initiatives, over direct work and activities', () => {
    const c = rank([member({ id: 'a', directWorker: true }), member({ id: 'b' })], [initiative(['a']), ...sport('a', 3), initiative(['b']), initiative(['b'])]);
    expect(c.candidates.map((k) => [k.id, k.achievements])).toEqual([['b', 2], ['a', 1]]);
    expect(c.candidates[0]?.decidedBy).toBe('achievements');
    expect(c.candidates[1]?.behindLastBy).toBe('achievements');
  });

  it('3. then direct workers first, over activities', () => {
    const c = rank([member({ id: 'a' }), member({ id: 'b', directWorker: true })], [initiative(['a']), ...sport('a', 3), initiative(['b'])]);
    // a has 6 + 1 + 3 = 10 activities, b 6 + 1 = 7, but b is a direct worker.
    expect(c.candidates.map((k) => [k.id, k.directWorker, k.totalCount])).toEqual([['b', true, 7], ['a', false, 10]]);
    expect(c.candidates[0]?.decidedBy).toBe('directWorker');
    expect(c.candidates[1]?.behindLastBy).toBe('directWorker');
  });

  it('4. then the total count over all criteria', () => {
    const c = rank([member({ id: 'a' }), member({ id: 'b' })], [initiative(['a']), initiative(['b']), ...sport('b', 1)]);
    // a: 2 community + 1 work + 4 self = 7; b: 2 + 1 + 5 = 8.
    expect(c.candidates.map((k) => [k.id, k.totalCount])).toEqual([['b', 8], ['a', 7]]);
    expect(c.candidates[0]?.decidedBy).toBe('totalCount');
    expect(c.candidates[1]?.behindLastBy).toBe('totalCount');
  });

  it('5. then the id', () => {
    const c = rank([member({ id: 'b' }), member({ id: 'a' })], [initiative(['b']), initiative(['a'])]);
    expect(c.candidates.map((k) => k.id)).toEqual(['a', 'b']);
    expect(c.candidates[0]?.decidedBy).toBe('id');
    expect(c.candidates[1]).toMatchObject({ behindLastBy: 'id' });
    expect(c.candidates[1]?.decidedBy).toBeUndefined();
  });

  it('beyond the quota, the key is the one against the last within it, not against the neighbour', () => {
    // Three advanced workers, cap 0.7: quota floor(0.7 × 3) = floor(2.1) = 2. c (tinh) 1st, a
    // (co-so, direct worker) 2nd, b (co-so) 3rd: b is behind a, the last within the quota, on direct work.
    const c = commend(
      dataSet({
        rules: { commendation: { emulation_fighter: { cap: 0.7 } } },
        members: [member({ id: 'a', directWorker: true }), member({ id: 'b' }), member({ id: 'c' })],
        activities: [...fullMarks(['a', 'b', 'c']), initiative(['a']), initiative(['b']), initiative(['c'], 'tinh')],
      }),
    );
    expect(c.quota).toBe(2);
    expect(c.candidates.map((k) => [k.id, k.decidedBy, k.behindLastBy])).toEqual([['c', 'level', undefined], ['a', 'directWorker', undefined], ['b', undefined, 'directWorker']]);
  });
});

describe('advanced collective', () => {
  const dept = (d: string, n: number) => Array.from({ length: n }, (_, i) => member({ id: `${d}${i}`, department: d }));

  it('a department at exactly min_share does not qualify; just above does', () => {
    const a = dept('a', 4);
    const b = dept('b', 5);
    // a: a0, a1 advanced of 4 = 0.5, not above 0.5. b: b0, b1, b2 of 5 = 0.6 > 0.5.
    const data = dataSet({ members: [...a, ...b], activities: fullMarks(['a0', 'a1', 'b0', 'b1', 'b2']) });
    const c = commend(data);
    expect(c.collectives.map((k) => [k.id, k.advancedWorkers, k.population, k.shareAbove, k.qualifies])).toEqual([
      ['a', 2, 4, false, false],
      ['b', 3, 5, true, true],
    ]);
    // The unit: 5 of 9 = 0.555… > 0.5.
    expect(c.unitCollective).toMatchObject({ population: 9, advancedWorkers: 5, shareAbove: true, qualifies: true });
    expect(c.advancedCollective).toEqual({ unit: true, departments: ['b'] });
  });

  it('min_share is configurable and compared exactly: 3/5 is not above 0.6', () => {
    const b = dept('b', 5);
    const data = dataSet({ rules: { commendation: { advanced_collective: { min_share: 0.6 } } }, members: b, activities: fullMarks(['b0', 'b1', 'b2']) });
    expect(commend(data).advancedCollective).toEqual({ unit: false, departments: [] });
  });

  it('one population member with a cảnh cáo blocks the collective; someone outside the population does not', () => {
    const data = dataSet({
      rules: { population: { groups: ['doan-vien'] } },
      members: [
        ...['a0', 'a1', 'a2'].map((id) => member({ id, department: 'a', groups: ['doan-vien'] })),
        ...['b0', 'b1'].map((id) => member({ id, department: 'b', groups: ['doan-vien'] })),
        member({ id: 'b-outside', department: 'b' }), // not a đoàn viên: not evaluated
      ],
      activities: [...fullMarks(['a0', 'a1', 'a2', 'b0', 'b1']), formal(['a2'], '2024-05-05', 'canh-cao'), formal(['b-outside'], '2024-05-05', 'canh-cao')],
    });
    const c = commend(data);
    // a: a0, a1 advanced of 3 = 0.667 > 0.5, but a2 has a cảnh cáo. b: 2 of 2, no population member sanctioned.
    expect(c.collectives.map((k) => [k.id, k.advancedWorkers, k.population, k.blocked, k.qualifies])).toEqual([
      ['a', 2, 3, ['a2'], false],
      ['b', 2, 2, [], true],
    ]);
    // The unit's population holds a2 too.
    expect(c.unitCollective).toMatchObject({ population: 5, advancedWorkers: 4, blocked: ['a2'], shareAbove: true, qualifies: false });
    expect(c.advancedCollective).toEqual({ unit: false, departments: ['b'] });
  });

  it('a khiển trách no longer blocks the collective (it still keeps its author from advanced worker)', () => {
    const data = dataSet({ members: ['a0', 'a1', 'a2'].map((id) => member({ id })), activities: [...fullMarks(['a0', 'a1', 'a2']), formal(['a2'])] });
    const c = commend(data);
    // a0, a1 of 3 > 0.5; a2's khiển trách is below block_from cảnh cáo.
    expect(c.checks.map((k) => [k.id, k.disciplineOk])).toEqual([['a0', true], ['a1', true], ['a2', false]]);
    expect(c.collectives[0]).toMatchObject({ advancedWorkers: 2, blocked: [], qualifies: true });
    expect(c.advancedCollective).toEqual({ unit: true, departments: ['a'] });
  });
});

describe('the proposal list', () => {
  it('emulation fighters by rank, then every other advanced worker in Vietnamese name order', () => {
    const members = [
      member({ id: 'm1', name: 'Trần Văn Bình' }),
      member({ id: 'm2', name: 'Lê Thị Ánh', directWorker: true }),
      member({ id: 'm3', name: 'Nguyễn Văn An' }),
      member({ id: 'm4', name: 'Phạm Văn Cường' }),
      member({ id: 'm5', name: 'Hoàng Thị Dung' }),
      member({ id: 'm6', name: 'Vũ Văn Em' }),
      member({ id: 'm7', name: 'Đỗ Thị Giang' }),
    ];
    const ids = members.map((m) => m.id);
    const data = dataSet({ members, activities: [...fullMarks(ids), initiative(['m5']), initiative(['m2']), initiative(['m1'])] });
    const c = commend(data);
    // quota floor(0.15 × 7) = floor(1.05) = 1. Candidates m2 (direct worker), then m1 < m5 by id.
    expect(c.quota).toBe(1);
    expect(c.candidates.map((k) => k.id)).toEqual(['m2', 'm1', 'm5']);
    // Then by given name: An, Bình, Cường, Dung, Em, Giang (beyond-quota m1 and m5 among them).
    expect(c.proposals.map((p) => [p.id, p.award])).toEqual([
      ['m2', 'emulationFighter'],
      ['m3', 'advancedWorker'],
      ['m1', 'advancedWorker'],
      ['m4', 'advancedWorker'],
      ['m5', 'advancedWorker'],
      ['m6', 'advancedWorker'],
      ['m7', 'advancedWorker'],
    ]);
    expect(c.proposals.find((p) => p.id === 'm5')).toMatchObject({ title: 'beyondQuota', rank: 3 });
    // The basis of a title: the emulation fighter's sáng kiến, none for a plain advanced worker
    // (the beyond-quota m5 keeps hers, the reason of its rank). How it is worded is the
    // render layer's (test/e2e/report-commendation.test.ts).
    expect(c.proposals.map((p) => [p.id, p.achievements.map((a) => `${a.kind} ${a.activity.title} ${a.date}`)])).toEqual([
      ['m2', ['initiative SK m2 co-so 2024-06-20']],
      ['m3', []],
      ['m1', ['initiative SK m1 co-so 2024-06-20']],
      ['m4', []],
      ['m5', ['initiative SK m5 co-so 2024-06-20']],
      ['m6', []],
      ['m7', []],
    ]);
  });
});

describe('windows other than a year', () => {
  it('a month window gives commendation null in the JSON, and every member commendation null', () => {
    const ms = people(10);
    const data = dataSet({ members: ms, activities: [...fullMarks(ms.map((m) => m.id)), initiative(['p00'])] });
    const year = buildSummary(report(data));
    // quota floor(0.15 × 10) = 1; no ratings file for 2024: provisional.
    expect(year.commendation).toMatchObject({ advancedWorkers: 10, quota: 1, emulationFighters: ['p00'], beyondQuota: [], provisional: true });
    expect(year.members.find((m) => m.id === 'p00')?.commendation).toBe('emulationFighter');
    expect(year.members.find((m) => m.id === 'p01')?.commendation).toBe('advancedWorker');

    for (const request of [{ kind: 'month', year: 2024, month: 12 }, { kind: 'phase', year: 2024, phase: 2 }] as PeriodRequest[]) {
      const s = buildSummary(report(data, request));
      expect(s.commendation).toBeNull();
      expect(s.members).toHaveLength(10);
      expect(s.members.every((m) => m.commendation === null)).toBe(true);
    }
  });
});
