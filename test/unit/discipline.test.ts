/**
 * Discipline (violations by type and month, reminders versus formal discipline, over
 * max_violations) and the members who need a reminder, figures and words. Every expected
 * figure is counted by hand from the records below.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPeriodError, resolvePeriod, type PeriodRequest } from '../../src/compute/period.js';
import { computeReport } from '../../src/compute/report.js';
import type { DataSet } from '../../src/model/types.js';
import { renderMarkdownSet } from '../../src/render/render-markdown.js';
import { activity, dataSet, member } from './builders.js';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
const YEAR: PeriodRequest = { kind: 'year', year: 2024 };

function report(data: DataSet, request: PeriodRequest = YEAR) {
  const p = resolvePeriod(request, data.rules.phases);
  if (isPeriodError(p)) throw new Error('bad period');
  return computeReport(data, p);
}

const v = (date: string, members: string[], type: 'late' | 'early-leave' | 'personal-work' | 'absent' | 'other', extra: { minutes?: number; severity?: 'reminder' | 'formal' } = {}) =>
  activity({ kind: 'violation', date, members, type, ...extra });

/**
 * an: 3 late (Mar ×2, May) and 1 early leave (May), 20 + 15 + 10 minutes: 4 violations > 2.
 * binh: 1 absent (Jun, formal) and 1 personal work (Jun). cuong: 2 late in Jul (= max 2).
 * out: not a đoàn viên, so not evaluated (the population is the group doan-vien).
 * A 2023 record and one in 2025 are outside the window.
 */
function sample(): DataSet {
  const doan = { groups: ['doan-vien'] };
  return dataSet({
    rules: { population: { groups: ['doan-vien'] } },
    members: [
      member({ id: 'an', name: 'Nguyễn Văn An', ...doan }),
      member({ id: 'binh', name: 'Trần Thị Bình', department: 'b', ...doan }),
      member({ id: 'cuong', name: 'Lê Văn Cường', ...doan }),
      member({ id: 'dung', name: 'Phạm Thị Dung', ...doan }),
      member({ id: 'out', name: 'Võ Văn Ngoài' }),
    ],
    activities: [
      // Everyone evaluated meets community (2) and self (4) except dung (community 1).
      activity({ kind: 'volunteer', date: '2024-02-01', members: ['an', 'binh', 'cuong', 'dung'] }),
      activity({ kind: 'volunteer', date: '2024-02-02', members: ['an', 'binh', 'cuong'] }),
      ...['03', '04', '05', '06'].map((m) => activity({ kind: 'study', date: `2024-${m}-01`, members: ['an', 'binh', 'cuong', 'dung'] })),
      v('2023-12-29', ['an'], 'late'),
      v('2024-03-04', ['an'], 'late', { minutes: 20 }),
      v('2024-03-11', ['an', 'out'], 'late', { minutes: 15 }),
      v('2024-05-06', ['an'], 'late'),
      v('2024-05-07', ['an'], 'early-leave', { minutes: 10 }),
      v('2024-06-03', ['binh'], 'absent', { severity: 'formal' }),
      v('2024-06-04', ['binh'], 'personal-work'),
      v('2024-07-01', ['cuong'], 'late'),
      v('2024-07-02', ['cuong'], 'late'),
      v('2025-01-02', ['cuong'], 'late'),
    ],
  });
}

describe('discipline figures', () => {
  const d = report(sample()).discipline;

  it('per member: by type, by month, reminders versus formal, minutes (population only, window only)', () => {
    expect(d.members.map((m) => m.id)).toEqual(['an', 'binh', 'cuong']);
    const [an, binh, cuong] = d.members;
    expect(an).toMatchObject({ byType: { late: 3, 'early-leave': 1, 'personal-work': 0, absent: 0, other: 0 }, byMonth: { '2024-03': 2, '2024-05': 2 }, reminders: 4, formal: 0, minutes: 45 });
    expect(binh).toMatchObject({ byType: { late: 0, 'early-leave': 0, 'personal-work': 1, absent: 1, other: 0 }, byMonth: { '2024-06': 2 }, reminders: 1, formal: 1, formalRecords: [{ date: '2024-06-03', type: 'absent', form: 'khien-trach' }] });
    expect(cuong).toMatchObject({ byType: { late: 2 }, byMonth: { '2024-07': 2 }, reminders: 2, formal: 0, minutes: 0 });
  });

  it('totals and every month of the window', () => {
    // 4 (an) + 2 (binh) + 2 (cuong) = 8 person-violations: 7 reminders, 1 formal. out's late arrival is not counted.
    expect(d.totals).toEqual({
      reminders: 7,
      formal: 1,
      violations: 8,
      people: 3,
      byType: { late: 5, 'early-leave': 1, 'personal-work': 1, absent: 1, other: 0 },
      byForm: { 'khien-trach': 1, 'canh-cao': 0, 'ha-bac-luong': 0, 'giang-chuc': 0, 'cach-chuc': 0, 'buoc-thoi-viec': 0 },
    });
    expect(d.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    const month = (ym: string) => d.months.find((m) => m.month === ym);
    expect(month('2024-03')).toEqual({ month: '2024-03', byType: { late: 2, 'early-leave': 0, 'personal-work': 0, absent: 0, other: 0 }, reminders: 2, formal: 0, violations: 2, people: 1 });
    expect(month('2024-06')).toMatchObject({ reminders: 1, formal: 1, people: 1 });
    expect(month('2024-08')).toMatchObject({ reminders: 0, formal: 0, people: 0 });
  });

  it('over max_violations: strictly more than the maximum', () => {
    // work allows 2: an has 4 (over), cuong exactly 2 (not over), binh 2 (not over).
    expect(d.exceeding).toEqual([{ id: 'an', criterion: 'work', violations: 4, max: 2 }]);
  });

  it('who needs a reminder, and why', () => {
    expect(d.needReminder).toEqual([
      { id: 'an', reasons: [{ kind: 'violations', criterion: 'work', violations: 4, max: 2, byType: { late: 3, 'early-leave': 1, 'personal-work': 0, absent: 0, other: 0 } }] },
      { id: 'binh', reasons: [{ kind: 'formal', formal: 1, records: [{ date: '2024-06-03', type: 'absent', form: 'khien-trach' }] }] },
      { id: 'dung', reasons: [{ kind: 'criterion', criterion: 'community', count: 1, requiredCount: 2, hours: 0, requiredHours: 0 }] },
    ]);
  });

  it('a month window counts the year to date', () => {
    const m = report(sample(), { kind: 'month', year: 2024, month: 5 }).discipline;
    // Up to 31 May: an's 4; binh's and cuong's come later.
    expect(m.totals).toMatchObject({ reminders: 4, formal: 0 });
    expect(m.months.map((x) => x.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
  });
});

describe('discipline and reminders in the Markdown report', () => {
  // report.md holds the totals and the months; the named lists are in the internal annex.
  const { report: md, annex } = renderMarkdownSet(report(sample()), { lang: 'vi', templatesDir });

  it('a table per member with the months (annex), and a table per month (report), the kinds in words', () => {
    expect(md).toContain('Trong kỳ có 8 lượt vi phạm kỷ luật, giờ giấc của 3 người thuộc diện đánh giá: 7 lượt nhắc nhở, 1 lượt bị kỷ luật. Hình thức kỷ luật: 1 khiển trách.');
    expect(md).not.toContain('Nguyễn Văn An');
    // Vietnamese order by given name: An, Bình, Cường.
    // Seven columns in the annex, six in the report: the kinds of violation are words, not a column each.
    expect(annex).toContain('| STT | Họ và tên | Khoa/phòng | Số lần | Vi phạm | Xử lý | Tháng vi phạm |');
    expect(annex).toContain('| 1 | Nguyễn Văn An | Khoa A | 4 | 3 lần đi trễ, 1 lần về sớm (45 phút) | 4 nhắc nhở | 03/2024 (2 lần), 05/2024 (2 lần) |');
    expect(annex).toContain('| 2 | Trần Thị Bình | Khoa B | 2 | 1 lần làm việc riêng trong giờ, 1 lần vắng mặt | 1 nhắc nhở, 1 khiển trách | 06/2024 (2 lần) |');
    expect(annex).toContain('|  | **Cộng** |  | **8** | **5 lần đi trễ, 1 lần về sớm, 1 lần làm việc riêng trong giờ, 1 lần vắng mặt** | **7 nhắc nhở, 1 khiển trách** |  |');
    expect(md).toContain('### Vi phạm theo tháng');
    expect(md).toContain('| Tháng | Số lần | Vi phạm | Nhắc nhở | Kỷ luật | Số người |');
    expect(md).toContain('| 03/2024 | 2 | 2 lần đi trễ | 2 |  | 1 |');
    expect(md).toContain('| 08/2024 | 0 |  |  |  |  |');
    expect(md).toContain('| **Cộng** | **8** | **5 lần đi trễ, 1 lần về sớm, 1 lần làm việc riêng trong giờ, 1 lần vắng mặt** | **7** | **1** | **3** |');
  });

  it('names who is over the maximum, with the breakdown in words', () => {
    expect(annex).toContain('- Nguyễn Văn An (Khoa A): 4 lần vi phạm (3 lần đi trễ, 1 lần về sớm), vượt mức tối đa 2 lần của tiêu chí Trách nhiệm với công việc.');
  });

  it('the reminder list gives the reason in words', () => {
    expect(annex).toContain('| 1 | Nguyễn Văn An | Khoa A | chưa đạt: 4 lần vi phạm (3 lần đi trễ, 1 lần về sớm), vượt mức tối đa 2 lần |');
    expect(annex).toContain('| 2 | Trần Thị Bình | Khoa B | bị kỷ luật 1 lần (khiển trách: vắng mặt ngày 03/06/2024) |');
    expect(annex).toContain('| 3 | Phạm Thị Dung | Khoa A | chưa đạt: Trách nhiệm với cộng đồng 1/2 hoạt động |');
  });

  it('one shortfall and violations of a single type read as in the issue', () => {
    const data = dataSet({
      members: [member({ id: 'x', name: 'Đỗ Văn Xuân' })],
      activities: [
        activity({ kind: 'volunteer', date: '2024-02-01', members: ['x'] }),
        ...['03', '04', '05', '06'].map((m) => activity({ kind: 'study', date: `2024-${m}-01`, members: ['x'] })),
        ...['07', '08', '09'].map((m) => v(`2024-${m}-02`, ['x'], 'late')),
      ],
    });
    const text = renderMarkdownSet(report(data), { lang: 'vi', templatesDir }).annex;
    expect(text).toContain('| 1 | Đỗ Văn Xuân | Khoa A | chưa đạt: Trách nhiệm với cộng đồng 1/2 hoạt động; 3 lần đi trễ, vượt mức tối đa 2 lần |');
  });

  it('no violations: one sentence, no tables', () => {
    const text = renderMarkdownSet(report(dataSet({ members: [member({ id: 'x' })] })), { lang: 'vi', templatesDir }).report;
    expect(text).toContain('Trong kỳ không có trường hợp vi phạm kỷ luật, giờ giấc.');
    expect(text).not.toContain('Vi phạm theo tháng');
    expect(text).not.toContain('vi phạm quá số lần cho phép');
  });
});
