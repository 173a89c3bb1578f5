/**
 * Commendation by the law (SPEC §6), one rule a test, on small hand-made units: the yearly
 * rating, leave (days, pro-rating, working days and the limit), discipline forms and
 * block_from, đề tài (research), the quota at floor, the excellent collective and the
 * provisional list. Every expected figure is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { fighterQuota } from '../../src/compute/commendation.js';
import type { RulesInput } from '../../src/model/schemas.js';
import type { PeriodRequest } from '../../src/compute/period.js';
import type { Activity, Member } from '../../src/model/types.js';
import { buildSummary } from '../../src/render/render-json.js';
import { activity, dataSet, leave, member, ratings, unit } from './builders.js';
import { commend, fullMarks, report, YEAR } from './commendation-fixtures.js';

const initiative = (ids: string[], level: 'co-so' | 'tinh' | 'toan-quoc' = 'co-so', extra: Partial<Activity> = {}) =>
  activity({ kind: 'initiative', date: '2024-03-05', title: `SK ${ids.join('+')} ${level}`, members: ids, level, recognized: '2024-06-20', in01m: true, ...extra });
/** A đề tài accepted on 20 November 2024 at `level`; `null`: not accepted yet. */
const research = (ids: string[], level: 'co-so' | 'tinh' | 'toan-quoc' | null = 'co-so', extra: Partial<Activity> = {}) =>
  activity({
    kind: 'research',
    date: '2024-02-01',
    title: `ĐT ${ids.join('+')} ${level ?? 'chưa nghiệm thu'}`,
    members: ids,
    ...(level === null ? {} : { level, accepted: '2024-11-20', decision: '118/QĐ-TTYT' }),
    ...extra,
  });
const formal = (ids: string[], form: Activity['form'] = 'khien-trach', date = '2024-05-05') => activity({ kind: 'violation', date, members: ids, type: 'absent', severity: 'formal', form });
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => {
  const x = xs.find((k) => k.id === id);
  if (!x) throw new Error(`no ${id}`);
  return x;
};

describe('advanced worker: the yearly rating', () => {
  const five = ['xs', 'tot', 'ht', 'kht', 'none'];

  it('htxs and htt pass with min_rating htt; ht, kht and unrated fail when ratings exist for the year', () => {
    const data = dataSet({
      members: five.map((id) => member({ id })),
      activities: fullMarks(five),
      ratings: [ratings(2024, { xs: 'htxs', tot: 'htt', ht: 'ht', kht: 'kht' })],
    });
    const c = commend(data);
    // Everybody meets every criterion; only the rating tells them apart.
    expect(five.map((id) => [id, byId(c.checks, id).allMet, byId(c.checks, id).rating, byId(c.checks, id).ratingOk, byId(c.checks, id).qualifies])).toEqual([
      ['xs', true, 'htxs', true, true],
      ['tot', true, 'htt', true, true],
      ['ht', true, 'ht', false, false],
      ['kht', true, 'kht', false, false],
      ['none', true, undefined, false, false],
    ]);
    expect(c).toMatchObject({ advancedWorkers: 2, provisional: false });
    expect([...c.titles.keys()].sort()).toEqual(['tot', 'xs']);
  });

  it('min_rating is configurable: ht lets ht through, not kht', () => {
    const data = dataSet({
      rules: { commendation: { advanced_worker: { min_rating: 'ht' } } },
      members: five.map((id) => member({ id })),
      activities: fullMarks(five),
      ratings: [ratings(2024, { xs: 'htxs', tot: 'htt', ht: 'ht', kht: 'kht' })],
    });
    expect(commend(data).checks.filter((k) => k.qualifies).map((k) => k.id)).toEqual(['ht', 'tot', 'xs']);
  });

  it('no ratings file for the year: the rating condition is skipped and the list is provisional', () => {
    const data = dataSet({ members: five.map((id) => member({ id })), activities: fullMarks(five) });
    const c = commend(data);
    expect(c.checks.map((k) => [k.id, k.rating, k.ratingOk, k.qualifies])).toEqual([
      ['ht', undefined, true, true],
      ['kht', undefined, true, true],
      ['none', undefined, true, true],
      ['tot', undefined, true, true],
      ['xs', undefined, true, true],
    ]);
    expect(c).toMatchObject({ advancedWorkers: 5, provisional: true });
    expect(buildSummary(report(data)).commendation).toMatchObject({ advancedWorkers: 5, provisional: true });
  });

  it('a ratings file of another year does not count: still provisional, and nobody is rated', () => {
    const data = dataSet({
      members: five.map((id) => member({ id })),
      activities: fullMarks(five),
      ratings: [ratings(2023, { xs: 'kht', tot: 'kht' }), ratings(2025, { xs: 'kht' })],
    });
    const c = commend(data);
    expect(c).toMatchObject({ advancedWorkers: 5, provisional: true });
    expect(buildSummary(report(data)).members.map((m) => m.rating)).toEqual([null, null, null, null, null]);
  });

  it('several files of one year together: every rating counts, and each decision is kept', () => {
    const data = dataSet({
      members: ['an', 'binh'].map((id) => member({ id })),
      activities: fullMarks(['an', 'binh']),
      ratings: [ratings(2024, { an: 'htt' }, '12/QĐ-TTYT'), ratings(2024, { binh: 'htxs' }, '15/QĐ-TTYT')],
    });
    const c = commend(data);
    expect(c.checks.map((k) => [k.id, k.rating, k.qualifies])).toEqual([
      ['an', 'htt', true],
      ['binh', 'htxs', true],
    ]);
    expect(c.ratings.decisions).toEqual(['12/QĐ-TTYT', '15/QĐ-TTYT']);
  });

  it('the JSON carries each member’s rating of the year of asOf on every window, and provisional on the year', () => {
    const data = dataSet({
      members: ['an', 'binh'].map((id) => member({ id })),
      activities: fullMarks(['an', 'binh']),
      ratings: [ratings(2024, { an: 'htt' })],
    });
    const year = buildSummary(report(data));
    expect(year.members.map((m) => [m.id, m.rating])).toEqual([
      ['an', 'htt'],
      ['binh', null],
    ]);
    expect(year.commendation).toMatchObject({ advancedWorkers: 1, provisional: false });
    // A month of 2024 shows the 2024 rating; a month of 2025 has none yet.
    expect(buildSummary(report(data, { kind: 'month', year: 2024, month: 3 })).members.map((m) => m.rating)).toEqual(['htt', null]);
    expect(buildSummary(report(data, { kind: 'month', year: 2025, month: 1 })).members.map((m) => m.rating)).toEqual([null, null]);
  });
});

describe('leave', () => {
  it('leaveDays counts the days of leave inside the window and the member’s active days only', () => {
    const data = dataSet({
      members: [
        member({ id: 'across-new-year', leave: [leave('2023-12-01', '2024-01-31')] }), // January: 31
        member({ id: 'into-2025', leave: [leave('2024-12-01', '2025-02-28')] }), // December: 31
        member({ id: 'two', leave: [leave('2024-03-01', '2024-03-10'), leave('2024-07-01', '2024-07-31', 'study')] }), // 10 + 31
        member({ id: 'before-joining', joined: '2024-06-01', leave: [leave('2024-05-20', '2024-06-10', 'unpaid')] }), // June 1–10: 10
      ],
    });
    const days = (request: PeriodRequest, asOf?: string) => buildSummary(report(data, request, asOf)).members.map((m) => [m.id, m.leaveDays]);
    expect(days(YEAR)).toEqual([
      ['across-new-year', 31],
      ['before-joining', 10],
      ['into-2025', 31],
      ['two', 41],
    ]);
    // The year cut by --as-of 2024-06-30: 31, 10 (June 1–10), 0, 10.
    expect(days(YEAR, '2024-06-30')).toEqual([
      ['across-new-year', 31],
      ['before-joining', 10],
      ['into-2025', 0],
      ['two', 10],
    ]);
  });

  it('pro-rating uses the days at work: six months of maternity leave owe about half of min_count and min_hours', () => {
    const rules: RulesInput = { criteria: { community: { label: 'Cộng đồng', min_count: 2, min_hours: 8 }, self: { label: 'Bản thân', min_count: 4 } } };
    const mine = (id: string) => [
      activity({ kind: 'volunteer', date: '2024-01-20', members: [id], hours: 4 }),
      activity({ kind: 'study', date: '2024-02-10', members: [id] }),
      activity({ kind: 'study', date: '2024-10-10', members: [id] }),
    ];
    const data = dataSet({
      rules,
      // 1 March – 31 August: 31 + 30 + 31 + 30 + 31 + 31 = 184 days.
      members: [member({ id: 'mother', leave: [leave('2024-03-01', '2024-08-31', 'maternity')] }), member({ id: 'same-without-leave' })],
      activities: [...mine('mother'), ...mine('same-without-leave')],
    });
    const s = buildSummary(report(data));
    // a = 366 − 184 = 182 days at work. community: floor(2 × 182/366 + 1/2) = floor(1.49) = 1,
    // hours floor(8 × 182/366 + 1/2) = floor(4.48) = 4; self: floor(4 × 182/366 + 1/2) = floor(2.49) = 2.
    expect(byId(s.members, 'mother')).toMatchObject({
      activeDays: 366,
      leaveDays: 184,
      leaveWorkingDays: 0,
      criteria: { community: { count: 1, hours: 4, requiredCount: 1, requiredHours: 4, met: true }, self: { count: 2, requiredCount: 2, met: true } },
      allMet: true,
      commendation: 'advancedWorker',
    });
    // The same records without the leave owe the whole year: 2, 8 and 4.
    expect(byId(s.members, 'same-without-leave')).toMatchObject({
      leaveDays: 0,
      criteria: { community: { requiredCount: 2, requiredHours: 8, met: false }, self: { requiredCount: 4, met: false } },
      allMet: false,
      commendation: null,
    });
  });

  it('leaveWorkingDays counts Monday–Friday days that are not holidays, of kinds other than maternity and work injury', () => {
    // 25 April (Thursday) – 5 May 2024: 11 days. 27–28 April and 4–5 May are weekends,
    // 30 April and 1 May holidays: the working days are 25, 26, 29 April and 2, 3 May.
    const kinds = ['sick', 'study', 'unpaid', 'other', 'maternity', 'work-injury'] as const;
    const data = dataSet({
      rules: { holidays: ['2024-04-30', '2024-05-01'] },
      members: kinds.map((k) => member({ id: k, leave: [leave('2024-04-25', '2024-05-05', k)] })),
    });
    const s = buildSummary(report(data));
    expect(kinds.map((k) => [k, byId(s.members, k).leaveDays, byId(s.members, k).leaveWorkingDays])).toEqual([
      ['sick', 11, 5],
      ['study', 11, 5],
      ['unpaid', 11, 5],
      ['other', 11, 5],
      ['maternity', 11, 0],
      ['work-injury', 11, 0],
    ]);
    // A month window counts them too (the year to date): April's part is 25, 26, 29.
    expect(byId(buildSummary(report(data, { kind: 'month', year: 2024, month: 4 })).members, 'sick')).toMatchObject({ leaveDays: 6, leaveWorkingDays: 3 });
  });

  it('an advanced worker needs leaveWorkingDays < max_leave_days: exactly 40 fails, 39 passes; maternity never counts', () => {
    // Holidays listed for 2024 (1 January only), so none falls in September–October.
    // 2 September (Monday) – 25 October (Friday): 8 weeks, 40 working days, 54 days;
    // to 24 October: 39 working days, 53 days. At work 312 and 313 days: community
    // floor(2 × 312/366 + 1/2) = 2, self floor(4 × 312/366 + 1/2) = 3: fullMarks meets both.
    const data = (rules: RulesInput = {}) =>
      dataSet({
        rules: { holidays: ['2024-01-01'], ...rules },
        members: [
          member({ id: 'forty', leave: [leave('2024-09-02', '2024-10-25')] }),
          member({ id: 'thirty-nine', leave: [leave('2024-09-02', '2024-10-24')] }),
          member({ id: 'mother', leave: [leave('2024-03-01', '2024-08-31', 'maternity')] }),
        ],
        activities: fullMarks(['forty', 'thirty-nine', 'mother']),
      });
    const c = commend(data());
    expect(c.checks.map((k) => [k.id, k.allMet, k.leaveWorkingDays, k.leaveOk, k.qualifies])).toEqual([
      ['forty', true, 40, false, false],
      ['mother', true, 0, true, true],
      ['thirty-nine', true, 39, true, true],
    ]);
    // max_leave_days is configurable: 41 lets the forty through.
    expect(commend(data({ commendation: { advanced_worker: { max_leave_days: 41 } } })).checks.map((k) => k.qualifies)).toEqual([true, true, true]);
  });
});

describe('discipline forms and block_from', () => {
  // Departments a–d of three members each, everyone with full marks.
  const depts = ['a', 'b', 'c', 'd'];
  const fourDepts = unit({ departments: depts.map((id, i) => ({ source: { file: 'unit.yaml', line: 4 + i, column: 5 }, at: [], items: {}, id, name: `Khoa ${id.toUpperCase()}` })) });
  const everyone = depts.flatMap((d) => ids(3, d).map((id) => member({ id, department: d })));
  const marks = fullMarks(everyone.map((m) => m.id));
  // a2 khiển trách, b2 cảnh cáo, c2 hạ bậc lương; d2 buộc thôi việc in 2023, outside the window.
  const sanctions = [formal(['a2'], 'khien-trach'), formal(['b2'], 'canh-cao'), formal(['c2'], 'ha-bac-luong'), formal(['d2'], 'buoc-thoi-viec', '2023-12-15')];

  it('a form from block_from (cảnh cáo) up blocks the collective; a khiển trách and a sanction of another year do not', () => {
    const c = commend(dataSet({ unit: fourDepts, members: everyone, activities: [...marks, ...sanctions] }));
    // a, b, c: 2 advanced of 3 (the sanctioned one is not); d: 3 of 3.
    expect(c.collectives.map((k) => [k.id, k.advancedWorkers, k.population, k.blocked, k.qualifies])).toEqual([
      ['a', 2, 3, [], true],
      ['b', 2, 3, ['b2'], false],
      ['c', 2, 3, ['c2'], false],
      ['d', 3, 3, [], true],
    ]);
    expect(c.unitCollective).toMatchObject({ population: 12, advancedWorkers: 9, blocked: ['b2', 'c2'], qualifies: false });
    expect(c.advancedCollective).toEqual({ unit: false, departments: ['a', 'd'] });
  });

  it('block_from is configurable: from hạ bậc lương b qualifies; from khiển trách a does not', () => {
    const with_ = (blockFrom: 'ha-bac-luong' | 'khien-trach') => commend(dataSet({ unit: fourDepts, rules: { commendation: { advanced_collective: { block_from: blockFrom } } }, members: everyone, activities: [...marks, ...sanctions] }));
    expect(with_('ha-bac-luong').advancedCollective).toEqual({ unit: false, departments: ['a', 'b', 'd'] });
    expect(with_('khien-trach').advancedCollective).toEqual({ unit: false, departments: ['d'] });
    expect(with_('khien-trach').collectives[0]?.blocked).toEqual(['a2']);
  });

  it('the heaviest form of a member decides: a khiển trách and a cảnh cáo block', () => {
    const c = commend(dataSet({ unit: fourDepts, members: everyone, activities: [...marks, formal(['a1'], 'khien-trach', '2024-02-02'), formal(['a1'], 'canh-cao', '2024-09-09')] }));
    expect(c.collectives[0]).toMatchObject({ id: 'a', blocked: ['a1'], qualifies: false });
  });

  it('a member outside the collective does not block it: another department’s, or someone outside the population', () => {
    const doan = { groups: ['doan-vien'] };
    const data = dataSet({
      rules: { population: { groups: ['doan-vien'] } },
      members: [...ids(3, 'a').map((id) => member({ id, ...doan })), ...ids(3, 'b').map((id) => member({ id, department: 'b', ...doan })), member({ id: 'a-outside' })],
      activities: [...fullMarks([...ids(3, 'a'), ...ids(3, 'b')]), formal(['b2'], 'canh-cao'), formal(['a-outside'], 'giang-chuc')],
    });
    const c = commend(data);
    expect(c.collectives.map((k) => [k.id, k.population, k.blocked, k.qualifies])).toEqual([
      ['a', 3, [], true],
      ['b', 3, ['b2'], false],
    ]);
    // The unit's population holds b2, not a-outside.
    expect(c.unitCollective.blocked).toEqual(['b2']);
    // The same for the excellent collective (blocked from cảnh cáo too).
    expect(c.excellentCollectives.map((k) => [k.id, k.blocked])).toEqual([
      ['a', []],
      ['b', ['b2']],
    ]);
    expect(c.unitExcellent.blocked).toEqual(['b2']);
  });
});

describe('đề tài (research)', () => {
  const six = ids(6, 'r');

  it('one accepted in the window at >= min_level makes its authors candidates; before, after or not yet accepted does not', () => {
    const data = dataSet({
      rules: { commendation: { emulation_fighter: { cap: 0.5 } } },
      members: six.map((id) => member({ id })),
      activities: [
        ...fullMarks(six),
        research(['r0', 'r1']), // accepted 2024-11-20: both co-authors
        research(['r2'], 'co-so', { date: '2023-05-01', accepted: '2023-12-20' }), // accepted before the window
        research(['r3'], 'co-so', { accepted: '2025-01-10' }), // accepted after asOf
        research(['r4'], null), // not accepted yet: no level
      ],
    });
    const c = commend(data);
    expect(c.candidates.map((k) => [k.id, k.topLevel, k.achievements])).toEqual([
      ['r0', 'co-so', 1],
      ['r1', 'co-so', 1],
    ]);
    // quota floor(0.5 × 6) = 3: both are emulation fighters, with the đề tài as their basis.
    expect(c.emulationFighters).toEqual(['r0', 'r1']);
    expect(c.proposals[0]?.achievements.map((a) => [a.kind, a.level, a.date, a.activity.decision])).toEqual([['research', 'co-so', '2024-11-20', '118/QĐ-TTYT']]);
  });

  it('min_level applies to it as to a sáng kiến: tinh refuses a co-so đề tài', () => {
    const data = dataSet({
      rules: { innovation: { min_level: 'tinh' } },
      members: six.map((id) => member({ id })),
      activities: [...fullMarks(six), research(['r0'], 'co-so'), research(['r1'], 'tinh')],
    });
    expect(commend(data).candidates.map((k) => k.id)).toEqual(['r1']);
  });

  it('it never counts for the 20 % innovation target, nor as a pending sáng kiến', () => {
    const data = dataSet({ members: six.map((id) => member({ id })), activities: [...fullMarks(six), research(['r0']), research(['r1'], null)] });
    const s = buildSummary(report(data));
    // Target 0.2 of 6 people: ceil(1.2) = 2 still needed.
    expect(s.innovation).toMatchObject({ authors: 0, initiatives: 0, recognizedNot01m: 0, pending: 0, met: false, gap: 2 });
    expect(s.members.every((m) => !m.initiativeAuthor)).toBe(true);
  });

  it('it counts for no criterion by default', () => {
    const data = dataSet({ members: [member({ id: 'r0' })], activities: [...fullMarks(['r0']), research(['r0'])] });
    const c = commend(data);
    const m = buildSummary(report(data)).members[0]!;
    expect([m.criteria['community']?.count, m.criteria['work']?.count, m.criteria['self']?.count]).toEqual([2, 0, 4]);
    expect(c.candidates[0]?.totalCount).toBe(6);
  });

  it('it counts for the criterion rules.yaml maps it to', () => {
    const data = dataSet({
      rules: { kinds: { research: { label: 'Đề tài khoa học', criterion: 'work' } } },
      members: [member({ id: 'r0' })],
      activities: [...fullMarks(['r0']), research(['r0'])],
    });
    const m = buildSummary(report(data)).members[0]!;
    // Counted on its date (2024-02-01), like any activity of the work criterion.
    expect([m.criteria['community']?.count, m.criteria['work']?.count, m.criteria['self']?.count]).toEqual([2, 1, 4]);
    expect(commend(data).candidates[0]?.totalCount).toBe(7);
  });

  describe('ranking takes sáng kiến and đề tài together', () => {
    // Two advanced workers, cap 0.5: quota floor(0.5 × 2) = 1.
    const rules: RulesInput = { commendation: { emulation_fighter: { cap: 0.5 } } };
    const rank = (members: Member[], extra: Activity[]) => commend(dataSet({ rules, members, activities: [...fullMarks(['a', 'b']), ...extra] }));

    it('the highest level of either: a đề tài at tinh beats two sáng kiến at co-so', () => {
      const c = rank([member({ id: 'a', directWorker: true }), member({ id: 'b' })], [initiative(['a']), initiative(['a'], 'co-so', { title: 'SK a thứ hai' }), research(['b'], 'tinh')]);
      expect(c.candidates.map((k) => [k.id, k.topLevel, k.achievements, k.decidedBy ?? k.behindLastBy])).toEqual([
        ['b', 'tinh', 1, 'level'],
        ['a', 'co-so', 2, 'level'],
      ]);
    });

    it('the number of both: a sáng kiến and a đề tài beat one sáng kiến of a direct worker', () => {
      const c = rank([member({ id: 'a' }), member({ id: 'b', directWorker: true })], [initiative(['a']), research(['a']), initiative(['b'])]);
      expect(c.candidates.map((k) => [k.id, k.achievements, k.decidedBy ?? k.behindLastBy])).toEqual([
        ['a', 2, 'achievements'],
        ['b', 1, 'achievements'],
      ]);
      // The emulation fighter's basis: both, by date (recognized 20 June, accepted 20 November).
      expect(c.proposals[0]?.achievements.map((x) => [x.kind, x.date])).toEqual([
        ['initiative', '2024-06-20'],
        ['research', '2024-11-20'],
      ]);
    });
  });
});

describe('the emulation fighter quota, exactly', () => {
  const quotaOf = (n: number) => {
    const people = ids(n, 'p').map((id) => member({ id }));
    return commend(dataSet({ members: people, activities: fullMarks(people.map((m) => m.id)) }));
  };

  it('quota = floor(cap × advancedWorkers): 0.15 × 26 = 3.9 → 3, 0.15 × 20 = 3 → 3', () => {
    expect(quotaOf(26)).toMatchObject({ advancedWorkers: 26, quotaExact: 3.9, quota: 3 });
    expect(quotaOf(20)).toMatchObject({ advancedWorkers: 20, quotaExact: 3, quota: 3 });
  });

  it('is computed on exact numbers, where floating point is not exact', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point: floor would give 28.
    expect(fighterQuota(0.29, 'floor', 100)).toEqual({ exact: 29, quota: 29 });
    // 0.15 × 26 + 1/2 = 4.4 → 4 with half-up; 0.58 × 25 + 1/2 = 15 exactly.
    expect(fighterQuota(0.15, 'half-up', 26)).toEqual({ exact: 3.9, quota: 4 });
    expect(fighterQuota(0.58, 'half-up', 25)).toEqual({ exact: 14.5, quota: 15 });
    expect(fighterQuota(0.15, 'floor', 0)).toEqual({ exact: 0, quota: 0 });
  });
});

describe('excellent collective', () => {
  /**
   * Department a: e0–e9. e0–e6 meet every criterion (7 of 10 = 0.7, exactly min_share), e7–e9
   * meet none. e0 has a sáng kiến; cap 0.2: quota floor(0.2 × 7) = 1, so e0 is an emulation
   * fighter. Rated: e0–e6 htt, e7–e9 ht. Each test changes one thing.
   */
  const tenIds = ids(10, 'e');
  type Levels = Record<string, 'htxs' | 'htt' | 'ht' | 'kht'>;
  const LEVELS: Levels = Object.fromEntries(tenIds.map((id, i) => [id, i < 7 ? 'htt' : 'ht'] as const));
  const base = (change: { rules?: RulesInput; activities?: Activity[]; levels?: Levels | null; advanced?: number; initiative?: boolean } = {}) => {
    const advanced = tenIds.slice(0, change.advanced ?? 7);
    const levels = change.levels === undefined ? LEVELS : change.levels;
    return dataSet({
      rules: { commendation: { emulation_fighter: { cap: 0.2 } }, ...change.rules },
      members: tenIds.map((id) => member({ id })),
      activities: [...fullMarks(advanced), ...(change.initiative === false ? [] : [initiative(['e0'])]), ...(change.activities ?? [])],
      ...(levels === null ? {} : { ratings: [ratings(2024, levels)] }),
    });
  };

  it('qualifies with exactly min_share advanced workers, a fighter within the quota, no blocking form, everyone rated ht or better', () => {
    const c = commend(base());
    expect(c.excellentCollectives[0]).toEqual({ id: 'a', population: 10, advancedWorkers: 7, shareReached: true, emulationFighters: 1, blocked: [], belowHt: [], qualifies: true });
    expect(c.unitExcellent.qualifies).toBe(true);
    expect(c.excellentCollective).toEqual({ unit: true, departments: ['a'] });
    expect(buildSummary(report(base())).commendation).toMatchObject({ excellentCollective: { unit: true, departments: ['a'] }, provisional: false });
  });

  it('one advanced worker fewer (6 of 10 < 0.7) fails, although still an advanced collective', () => {
    const c = commend(base({ advanced: 6 }));
    // quota floor(0.2 × 6) = 1: e0 is still an emulation fighter.
    expect(c.excellentCollectives[0]).toMatchObject({ advancedWorkers: 6, shareReached: false, emulationFighters: 1, qualifies: false });
    expect(c.advancedCollective).toEqual({ unit: true, departments: ['a'] });
    expect(c.excellentCollective).toEqual({ unit: false, departments: [] });
  });

  it('needs an emulation fighter within the quota: none, or one beyond a quota of 0, fails', () => {
    // cap 0.1: floor(0.1 × 7) = 0, e0 is beyond the quota.
    const beyond = commend(base({ rules: { commendation: { emulation_fighter: { cap: 0.1 } } } }));
    expect(beyond.beyondQuota).toEqual(['e0']);
    expect(beyond.excellentCollectives[0]).toMatchObject({ shareReached: true, emulationFighters: 0, qualifies: false });
    // Without the sáng kiến: no candidate at all.
    expect(commend(base({ initiative: false })).excellentCollectives[0]).toMatchObject({ shareReached: true, emulationFighters: 0, qualifies: false });
  });

  it('no population member with a form >= its block_from: a cảnh cáo fails it, a khiển trách does not', () => {
    expect(commend(base({ activities: [formal(['e7'], 'canh-cao')] })).excellentCollectives[0]).toMatchObject({ advancedWorkers: 7, blocked: ['e7'], qualifies: false });
    expect(commend(base({ activities: [formal(['e7'], 'khien-trach')] })).excellentCollectives[0]).toMatchObject({ blocked: [], qualifies: true });
    // Its own block_from: from khiển trách, the excellent collective is lost, the advanced one kept.
    const strict = commend(base({ rules: { commendation: { emulation_fighter: { cap: 0.2 }, excellent_collective: { block_from: 'khien-trach' } } }, activities: [formal(['e7'], 'khien-trach')] }));
    expect(strict.excellentCollectives[0]).toMatchObject({ blocked: ['e7'], qualifies: false });
    expect(strict.collectives[0]).toMatchObject({ blocked: [], qualifies: true });
  });

  it('when ratings exist, every population member rated ht or better: a kht fails it, and so does someone unrated', () => {
    expect(commend(base({ levels: { ...LEVELS, e8: 'kht' } })).excellentCollectives[0]).toMatchObject({ belowHt: ['e8'], qualifies: false });
    const { e9: _unrated, ...withoutE9 } = LEVELS;
    expect(commend(base({ levels: withoutE9 })).excellentCollectives[0]).toMatchObject({ belowHt: ['e9'], qualifies: false });
  });

  it('without ratings for the year the rating condition is skipped, and the list is provisional', () => {
    const c = commend(base({ levels: null }));
    expect(c).toMatchObject({ provisional: true, advancedWorkers: 7 });
    expect(c.excellentCollectives[0]).toMatchObject({ belowHt: [], qualifies: true });
  });

  it('applies to the unit and to each department: a department without a fighter is advanced, not excellent', () => {
    const data = base({ levels: { ...LEVELS, b0: 'htt', b1: 'htt', b2: 'htxs' }, activities: fullMarks(ids(3, 'b')) });
    const c = commend({ ...data, members: [...data.members, ...ids(3, 'b').map((id) => member({ id, department: 'b' }))] });
    // 10 advanced of 13 ≥ 0.7 in the unit; quota floor(0.2 × 10) = 2, e0 the only candidate.
    expect(c.excellentCollectives.map((k) => [k.id, k.advancedWorkers, k.population, k.emulationFighters, k.qualifies])).toEqual([
      ['a', 7, 10, 1, true],
      ['b', 3, 3, 0, false],
    ]);
    expect(c.unitExcellent).toMatchObject({ advancedWorkers: 10, population: 13, emulationFighters: 1, qualifies: true });
    expect(c.advancedCollective).toEqual({ unit: true, departments: ['a', 'b'] });
    expect(c.excellentCollective).toEqual({ unit: true, departments: ['a'] });
  });
});
