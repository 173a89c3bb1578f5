/**
 * The duty allowance of SPEC §7 on a hand-made month. Every amount is worked out in the
 * comments from the rules and shifts listed here, never by the code under test.
 *
 * Rules: 65 000 đ per 24-hour duty; department b is intensive care (× 1.5); weekend × 1.3,
 * holiday × 1.8. Types: 24h 07:00–07:00 (24 h → class 1), t16 16:00–08:00 (16 h → 0.75),
 * night 17:00–07:00 (14 h → 0.5), day 07:00–17:00 (10 h → 0, not paid), on-call 07:00–11:00
 * with `allowance: 1` (the type wins over its 4 h), standby 07:00–07:00 with `allowance: 0`.
 * March 2024: the 1st is a Friday, so 2, 9, 16 are Saturdays and 10 a Sunday. Holidays: 8 and
 * 9 March (the 9th is a Saturday too: the holiday wins).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { computeAllowance, dutyClassOf, dutyDayOf, shiftAmount } from '../../src/compute/allowance.js';
import { makeHolidayCalendar } from '../../src/compute/holidays.js';
import { isPeriodError, resolvePeriod, type Period } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import { timeShift, timeShiftsIn } from '../../src/compute/shifts.js';
import { resolveRules } from '../../src/model/defaults.js';
import { rulesSchema } from '../../src/model/schemas.js';
import { renderAllowanceCsv } from '../../src/render/render-csv.js';
import { buildSummary } from '../../src/render/render-json.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { dataSet, member, shift } from './builders.js';

const noLunar = () => undefined;
const HOLIDAYS = ['2024-03-08', '2024-03-09'];
const calendar = makeHolidayCalendar(HOLIDAYS, noLunar);

const rules = {
  shifts: {
    types: {
      '24h': { start: '07:00', end: '07:00' },
      t16: { start: '16:00', end: '08:00' },
      'on-call': { start: '07:00', end: '11:00', allowance: 1 as const },
      standby: { start: '07:00', end: '07:00', allowance: 0 as const },
    },
  },
  holidays: HOLIDAYS,
  allowance: { rate: 65000, intensive_care: ['b'], intensive_factor: 1.5, weekend_factor: 1.3, holiday_factor: 1.8 },
};

const data = dataSet({
  members: [member({ id: 'an' }), member({ id: 'binh' }), member({ id: 'cuong', department: 'b' }), member({ id: 'dung' })],
  shifts: [
    shift({ date: '2024-03-04', type: '24h', members: ['an'] }), // Mon, class 1: 65 000
    shift({ date: '2024-03-05', type: 't16', members: ['an'] }), // Tue, 0.75: 48 750
    shift({ date: '2024-03-06', type: 'night', members: ['an'] }), // Wed, 0.5: 32 500
    shift({ date: '2024-03-07', type: 'day', members: ['an'] }), // Thu, 10 h: not paid
    shift({ date: '2024-03-02', type: 'night', members: ['binh'] }), // Sat: 32 500 × 1.3 = 42 250
    shift({ date: '2024-03-09', type: 'night', members: ['binh'] }), // Sat and holiday: 32 500 × 1.8 = 58 500
    shift({ date: '2024-03-10', type: '24h', department: 'b', members: ['cuong'] }), // Sun, ICU: 65 000 × 1.3 × 1.5 = 126 750
    shift({ date: '2024-03-16', type: 't16', department: 'b', members: ['cuong'] }), // Sat, ICU: 48 750 × 1.3 × 1.5 = 95 062.5 → 95 063
    shift({ date: '2024-03-12', type: 'night', members: ['an', 'binh', 'cuong'] }), // Tue, dept a (not ICU, though cuong is of b): 32 500 each
    shift({ date: '2024-02-28', type: 'night', members: ['dung'] }), // February: not in a March payroll
    shift({ date: '2024-03-13', type: 'on-call', members: ['dung'] }), // Wed, the type's class 1: 65 000
    shift({ date: '2024-03-14', type: 'standby', members: ['dung'] }), // the type's class 0: not paid
  ],
  rules,
});

const timed = (i: number) => timeShift(data.shifts[i]!, data.rules, calendar)!;

describe('duty class and day type', () => {
  it('by duration: 24 h → 1, 16 h → 0.75, 14 h → 0.5, 10 h → 0', () => {
    expect([0, 1, 2, 3].map((i) => dutyClassOf(timed(i), data.rules))).toEqual([1, 0.75, 0.5, 0]);
  });
  it("the type's allowance wins over the duration", () => {
    expect(dutyClassOf(timed(10), data.rules)).toBe(1); // on-call, 4 h
    expect(dutyClassOf(timed(11), data.rules)).toBe(0); // standby, 24 h
  });
  it('boundaries: 11 h 59 min is not paid, 12 h is 0.5, 15 h 59 min is 0.5', () => {
    const at = (start: string, end: string) => dutyClassOf(timeShift(shift({ date: '2024-03-04', type: 'day', start, end, members: ['an'] }), data.rules, calendar)!, data.rules);
    expect([at('07:00', '18:59'), at('07:00', '19:00'), at('16:01', '08:00'), at('16:00', '08:00'), at('07:01', '07:00')]).toEqual([0, 0.5, 0.5, 0.75, 0.75]);
  });
  it('weekend vs holiday: a holiday that is a Saturday is a holiday', () => {
    expect([timed(2), timed(4), timed(5)].map(dutyDayOf)).toEqual(['ordinary', 'weekend', 'holiday']);
  });
});

describe('one amount', () => {
  const a = data.rules.allowance!;
  it('rate × class × day factor × intensive factor', () => {
    expect(shiftAmount(a, 1, 'ordinary', false)).toBe(65000);
    expect(shiftAmount(a, 0.5, 'weekend', false)).toBe(42250);
    expect(shiftAmount(a, 0.5, 'holiday', false)).toBe(58500);
    expect(shiftAmount(a, 1, 'weekend', true)).toBe(126750);
    expect(shiftAmount(a, 0.75, 'holiday', true)).toBe(131625); // 48 750 × 1.8 × 1.5
  });
  it('half a đồng or more rounds up; less rounds down', () => {
    expect(shiftAmount(a, 0.75, 'weekend', true)).toBe(95063); // 95 062.5
    expect(shiftAmount({ ...a, rate: 65001 }, 0.5, 'ordinary', false)).toBe(32501); // 32 500.5
    expect(shiftAmount({ ...a, rate: 33333 }, 0.75, 'ordinary', false)).toBe(25000); // 24 999.75
    expect(shiftAmount({ ...a, rate: 10001 }, 0.5, 'weekend', false)).toBe(6501); // 6 500.65
    expect(shiftAmount({ ...a, rate: 10003 }, 0.75, 'ordinary', false)).toBe(7502); // 7 502.25
  });
});

describe('the March payroll', () => {
  const march = computeAllowance(data, '2024-03-01', '2024-03-31', timeShiftsIn(data, '2024-03-01', '2024-03-31', calendar))!;

  it('each person: paid shifts by class and by day, and the amount', () => {
    expect(march.members).toEqual([
      // 65 000 + 48 750 + 32 500 + 32 500
      { id: 'an', shifts: 4, byClass: { full: 1, threeQuarter: 1, half: 2 }, byDay: { ordinary: 4, weekend: 0, holiday: 0 }, amount: 178750 },
      // 42 250 + 58 500 + 32 500
      { id: 'binh', shifts: 3, byClass: { full: 0, threeQuarter: 0, half: 3 }, byDay: { ordinary: 1, weekend: 1, holiday: 1 }, amount: 133250 },
      // 126 750 + 95 063 + 32 500
      { id: 'cuong', shifts: 3, byClass: { full: 1, threeQuarter: 1, half: 1 }, byDay: { ordinary: 1, weekend: 2, holiday: 0 }, amount: 254313 },
      // the on-call shift only
      { id: 'dung', shifts: 1, byClass: { full: 1, threeQuarter: 0, half: 0 }, byDay: { ordinary: 1, weekend: 0, holiday: 0 }, amount: 65000 },
    ]);
  });

  it('the shift with three people pays each of them; the total is the sum', () => {
    // 178 750 + 133 250 + 254 313 + 65 000
    expect(march.total).toBe(631313);
    expect(march.totals).toEqual({ shifts: 11, byClass: { full: 3, threeQuarter: 2, half: 6 }, byDay: { ordinary: 7, weekend: 3, holiday: 1 } });
  });

  it('a member written twice on one shift is paid once', () => {
    const twice = dataSet({ members: [member({ id: 'an' })], shifts: [shift({ date: '2024-03-06', type: 'night', members: ['an', 'an'] })], rules });
    expect(computeAllowance(twice, '2024-03-01', '2024-03-31', timeShiftsIn(twice, '2024-03-01', '2024-03-31', calendar))!.members).toEqual([
      { id: 'an', shifts: 1, byClass: { full: 0, threeQuarter: 0, half: 1 }, byDay: { ordinary: 1, weekend: 0, holiday: 0 }, amount: 32500 },
    ]);
  });

  it('without an allowance block: null', () => {
    expect(computeAllowance(dataSet({ shifts: data.shifts }), '2024-03-01', '2024-03-31', timeShiftsIn(dataSet({ shifts: data.shifts }), '2024-03-01', '2024-03-31', calendar))).toBeNull();
  });
});

describe('the report pays the listed period only', () => {
  const period = (p: ReturnType<typeof resolvePeriod>): Period => {
    if (isPeriodError(p)) throw new Error(p.error);
    return p;
  };

  it('--month 2024-03 evaluates the year to date but pays March only', () => {
    const r = computeReport(data, period(resolvePeriod({ kind: 'month', year: 2024, month: 3 }, [])));
    // dung's February night counts in the year-to-date roster figures…
    expect(r.memberShifts.get('dung')?.total).toBe(3);
    // …but not in the payroll: 631 313 as above.
    expect(buildSummary(r).allowance).toEqual({
      rate: 65000,
      total: 631313,
      members: [
        { id: 'an', shifts: 4, amount: 178750 },
        { id: 'binh', shifts: 3, amount: 133250 },
        { id: 'cuong', shifts: 3, amount: 254313 },
        { id: 'dung', shifts: 1, amount: 65000 },
      ],
    });
  });

  it('--year 2024 pays February too: dung + 32 500 (Wednesday 28 February)', () => {
    const r = computeReport(data, period(resolvePeriod({ kind: 'year', year: 2024 }, [])));
    const s = buildSummary(r);
    expect(s.allowance?.total).toBe(631313 + 32500);
    expect(s.allowance?.members.find((m) => m.id === 'dung')).toEqual({ id: 'dung', shifts: 2, amount: 97500 });
    expect(Object.keys(s).at(-1)).toBe('allowance');
  });

  it('summary.json says allowance: null without the block', () => {
    const r = computeReport(dataSet({ members: data.members, shifts: data.shifts }), period(resolvePeriod({ kind: 'year', year: 2024 }, [])));
    expect(buildSummary(r).allowance).toBeNull();
  });
});

describe("thidua init's example rules", () => {
  it('show the block commented out: uncommented, it is valid and pays 65 000 đ with the official factors', () => {
    const text = readFileSync(new URL('../../templates/init/data/rules.yaml', import.meta.url), 'utf8');
    expect(resolveRules(rulesSchema.parse(parse(text))).allowance).toBeNull();
    for (const rate of ['115000', '90000', '65000', '25000']) expect(text).toMatch(new RegExp(`^# +${rate} `, 'm'));
    const at = text.indexOf('# allowance:');
    const uncommented = text.slice(0, at) + text.slice(at).replace(/^# /gm, '');
    expect(resolveRules(rulesSchema.parse(parse(uncommented))).allowance).toEqual({ rate: 65000, intensiveCare: ['hscc'], intensiveFactor: 1.5, weekendFactor: 1.3, holidayFactor: 1.8 });
  });
});

describe('the payroll in the report', () => {
  const templatesDir = new URL('../../templates', import.meta.url).pathname;
  const march = () => {
    const p = resolvePeriod({ kind: 'month', year: 2024, month: 3 }, []);
    if (isPeriodError(p)) throw new Error(p.error);
    return computeReport(data, p);
  };

  it('Markdown: its own section with the rate, the factors, the table, the total and the words', () => {
    const md = renderMarkdown(march(), { lang: 'vi', templatesDir });
    expect(md).toContain('## V. Bảng thanh toán phụ cấp thường trực');
    expect(md).toContain('## VI. Kỷ luật, giờ giấc');
    expect(md).toContain('- Mức phụ cấp thường trực: 65.000 đồng/người/phiên trực 24/24 giờ');
    expect(md).toContain('× 1,3; trực ngày lễ, Tết × 1,8');
    expect(md).toContain('- Trực tại Khoa B × 1,5.');
    // by department (a, then b), then by given name: An, Bình, Dũng; Cường
    expect(md).toContain('| 1 | Người an | Khoa A | 1 | 1 | 2 | 4 | 0 | 0 | 178.750 |');
    expect(md).toContain('| 4 | Người cuong | Khoa B | 1 | 1 | 1 | 1 | 2 | 0 | 254.313 |');
    expect(md).toContain('|  | **Cộng** |  | **3** | **2** | **6** | **7** | **3** | **1** | **631.313** |');
    expect(md).toContain('Tổng số tiền: 631.313 đồng (4 người, 11 lượt trực được tính).');
    expect(md).toContain('*Bằng chữ: Sáu trăm ba mươi mốt nghìn ba trăm mười ba đồng*');
    expect(md).not.toContain('[[');
  });

  it('English: the same section, amounts with a comma, the words still Vietnamese', () => {
    const md = renderMarkdown(march(), { lang: 'en', templatesDir });
    expect(md).toContain('## V. Duty allowance payroll');
    expect(md).toContain('Total: 631,313 VND (4 people, 11 paid duties).');
    expect(md).toContain('*In words (Vietnamese): Sáu trăm ba mươi mốt nghìn ba trăm mười ba đồng*');
    expect(md).not.toContain('[[');
  });

  it('allowance.csv: plain numbers, a total row', () => {
    const text = renderAllowanceCsv(march(), { lang: 'vi', delimiter: ',' });
    expect(text.split('\n')).toEqual([
      '\uFEFFSTT,Họ và tên,Khoa/phòng,Số phiên trực 24/24 giờ,Số phiên trực 16/24 giờ,Số phiên trực 12/24 giờ,Trực ngày thường,Trực ngày nghỉ hằng tuần,"Trực ngày lễ, Tết",Số tiền (đồng)',
      '1,Người an,Khoa A,1,1,2,4,0,0,178750',
      '2,Người binh,Khoa A,0,0,3,1,1,1,133250',
      '3,Người dung,Khoa A,1,0,0,1,0,0,65000',
      '4,Người cuong,Khoa B,1,1,1,1,2,0,254313',
      ',Cộng,,3,2,6,7,3,1,631313',
      '',
    ]);
  });

  it('no section and no section number without the block', () => {
    const p = resolvePeriod({ kind: 'month', year: 2024, month: 3 }, []);
    if (isPeriodError(p)) throw new Error(p.error);
    const md = renderMarkdown(computeReport(dataSet({ members: data.members, shifts: data.shifts }), p), { lang: 'vi', templatesDir });
    expect(md).not.toContain('phụ cấp');
    expect(md).toContain('## V. Kỷ luật, giờ giấc');
  });
});
