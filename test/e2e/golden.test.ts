/**
 * Reviewed golden files of the sample unit in data/: `thidua report --year 2024`,
 * `--month 2024-03` and `--phase 2024:1`, each in test/golden/<case>/ — report.md,
 * summary.json, every CSV, and what the terminal shows (stdout.txt, stderr.txt).
 *
 * The built CLI runs (in-process, main()) on a copy of data/ in a temporary folder outside git, with `--out out`
 * and `--data data` relative to it, so nothing varies and nothing is masked: the footer then
 * has no commit line. One test runs on data/ in place (inside git) and checks that the footer
 * line is the only difference.
 *
 * The figures were checked by hand (see the tests below: three members recomputed from the
 * YAML, JSON against CSV against Markdown, and the independent checker
 * scripts/sample-data/verify.mjs).
 *
 * After a deliberate change of the output, rewrite the files and REVIEW the diff by eye:
 *
 *   npx tsc -p tsconfig.json && UPDATE_GOLDEN=1 npx vitest run test/e2e/golden.test.ts && git diff test/golden
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Liquid } from 'liquidjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barChart, pieChart } from '../../src/render/md-blocks.js';
import { cell, makeFmt } from '../../src/render/md-format.js';
import { labelsOf } from '../../src/render/render-markdown.js';
import { runMain } from '../support/run-main.js';
import { cleanEnv, copyData, DATA, GOLDEN, GOLDEN_CASES, listFiles, readOut, ROOT } from './sample-unit.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const tmp = mkdtempSync(join(tmpdir(), 'thidua-golden-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Everything one case produced: the written files plus stdout.txt and stderr.txt. */
const produced = new Map<string, Map<string, Buffer>>();

beforeAll(async () => {
  copyData(join(tmp, 'data'));
  // In-process through main() (the spawned binary writes the same bytes: smoke.test.ts, determinism.test.ts).
  const runs = [];
  for (const c of GOLDEN_CASES) runs.push({ c, r: await runMain(['report', '--data', 'data', ...c.args, '--out', `out-${c.name}`], { cwd: tmp }) });
  for (const { c, r } of runs) {
    expect(r.code, `${c.name}: ${r.stderr}`).toBe(0);
    // The Word documents have no golden file: a binary file is not reviewed as a diff. Their
    // bytes are compared run against run in determinism.test.ts, their content in docx.test.ts.
    const files = new Map([...readOut(join(tmp, `out-${c.name}`))].filter(([name]) => !name.endsWith('.docx')));
    files.set('stdout.txt', Buffer.from(r.stdout, 'utf8'));
    files.set('stderr.txt', Buffer.from(r.stderr, 'utf8'));
    produced.set(c.name, files);
    if (UPDATE) {
      const dir = join(GOLDEN, c.name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    }
  }
}, 300_000);

describe.each(GOLDEN_CASES.map((c) => c.name))('golden files of %s', (name) => {
  it('the same files, byte for byte', () => {
    const files = produced.get(name)!;
    const dir = join(GOLDEN, name);
    expect([...files.keys()].sort()).toEqual(listFiles(dir));
    for (const [file, bytes] of files) {
      const golden = readFileSync(join(dir, file));
      // Compare as text first, for a readable diff; then the bytes (BOM, line ends).
      expect(bytes.toString('utf8'), `${name}/${file}`).toBe(golden.toString('utf8'));
      expect(bytes.equals(golden), `${name}/${file}`).toBe(true);
    }
  });
});

const golden = (name: string, file: string) => readFileSync(join(GOLDEN, name, file), 'utf8');
const csv = (name: string, file: string): Record<string, string>[] => parse(golden(name, file).replace(/^\uFEFF/, ''), { columns: true });

interface MemberJson {
  id: string;
  department: string;
  activeDays: number;
  criteria: Record<string, { count: number; hours: number; requiredCount: number; requiredHours: number; met: boolean; violations?: number }>;
  allMet: boolean;
  violations: number;
  formalViolations: number;
  initiativeAuthor: boolean;
  shifts: { total: number; hours: number; night: number; weekend: number; holiday: number };
  commendation: string | null;
}

describe('the year 2024 figures agree with each other and with a hand count', () => {
  const year = () => JSON.parse(golden('year-2024', 'summary.json'));
  const member = (id: string): MemberJson => year().members.find((m: MemberJson) => m.id === id);

  it('Phạm Thị Thu Thảo (noi-nhi, active all year): 1 community activity of 2 needed', () => {
    // Community records of 2024 naming her: only the blood donation of 2024-06-14 (2 h). She is
    // excepted from the green Sundays of 03-24, 06-23, 11-24 and from the charity of 09-16.
    // Self: 7 `study` for all (16 h) + 3 trainings of 04-22, 06-20, 11-14 (12 + 3.5 + 4 h), no sport.
    // Work: the it-application of 08-12 (dept:noi-nhi, 4 h). Required: floor(2·366/366 + ½) = 2, 4.
    expect(member('pham-thi-thu-thao')).toMatchObject({
      activeDays: 366,
      criteria: {
        community: { count: 1, hours: 2, requiredCount: 2, met: false },
        work: { count: 1, hours: 4, requiredCount: 0, met: true, violations: 0 },
        self: { count: 10, hours: 35.5, requiredCount: 4, met: true },
      },
      allMet: false,
      initiativeAuthor: false,
      commendation: null,
    });
  });

  it('Lê Minh Quân (hcth): 7 work activities, author of a counting initiative, beyond the quota', () => {
    // Work: it-application 01-18, 05-09, 08-12, 10-21, 12-05 (2 + 3 + 4 + 3.5 + 4 = 16.5 h) and the
    // initiatives of 02-26 (recognized co-so 2024-06-14, in 01M) and 11-20 (pending): 7.
    // Community: charity 02-03 (4 h), volunteer 03-03 (3 h), green Sunday 03-24 (3 h by the kind),
    // volunteer 07-15 (16 h), charity 09-16 (0 h), blood donation 12-08 (2 h): 6, 28 h.
    // Self: 7 `study` (16 h) + sport 01-27, 03-23, 08-28, 12-21 (3 + 3 + 4 + 2 h): 11, 28 h.
    // Not a direct worker, so the co-so tie with Kim Oanh (direct) puts him 5th of a quota of 4.
    expect(member('le-minh-quan')).toMatchObject({
      activeDays: 366,
      criteria: {
        community: { count: 6, hours: 28, met: true },
        work: { count: 7, hours: 16.5, met: true, violations: 0 },
        self: { count: 11, hours: 28, met: true },
      },
      allMet: true,
      initiativeAuthor: true,
      commendation: 'beyondQuota',
    });
  });

  it('Võ Thị Hồng Nhung (kham-benh, joined 2024-03-01): pro-rated to 306 days', () => {
    // Active 03-01..12-31 = 366 - 31 - 29 = 306 days: community floor(2·306/366 + ½) = 2,
    // self floor(4·306/366 + ½) = floor(3.84) = 3. Community: volunteer 03-03 (3 h), green
    // Sunday 03-24 (3 h), volunteer 07-15 (16 h), volunteer 09-07 (2.5 h), charity 09-16: 5, 24.5 h.
    // Work: initiative 03-18 (tinh, 2024-11-15, 01M) + it-application 05-09 (dept:kham-benh, 3 h);
    // the one of 01-18 was before she joined. Self: sport 03-30, 08-28; study 03-26, 05-17,
    // 07-12, 10-15, 12-18; training 04-22, 11-14: 9. Tenure: 03-01 + 10 months = 2025-01-01 <= 2024-12-31 + 1 day.
    expect(member('vo-thi-hong-nhung')).toMatchObject({
      activeDays: 306,
      criteria: {
        community: { count: 5, hours: 24.5, requiredCount: 2, met: true },
        work: { count: 2, hours: 3, met: true },
        self: { count: 9, requiredCount: 3, met: true },
      },
      allMet: true,
      initiativeAuthor: true,
      commendation: 'emulationFighter',
    });
  });

  it('JSON, members.csv and the Markdown tell the same story', () => {
    const s = year();
    const members = csv('year-2024', 'members.csv');
    const md = golden('year-2024', 'report.md');
    const yes = (rows: Record<string, string>[], col: string) => rows.filter((r) => r[col] === 'Có').length;
    // population and allMet
    expect(members.length).toBe(s.population);
    expect(members.map((r) => r['Mã'])).toEqual(s.members.map((m: MemberJson) => m.id));
    expect(yes(members, 'Đạt cả các tiêu chí')).toBe(s.allMet);
    // 29 of 32 (Lê Thị Yến meets her share pro-rated by six months of maternity leave)
    expect(md).toContain(`có ${s.population} người thuộc diện đánh giá; ${s.allMet} người (90,6\u00A0%) hoàn thành cả 3 tiêu chí.`);
    expect(s.allMet / s.population).toBe(0.90625);
    for (const [id, label] of [['community', 'Trách nhiệm với cộng đồng'], ['work', 'Trách nhiệm với công việc'], ['self', 'Trách nhiệm với bản thân']] as const) {
      expect(yes(members, `${label} - đạt`), id).toBe(s.criteria[id].met);
      expect(md).toContain(`| Đạt tiêu chí ${label} | ${s.criteria[id].met} (`);
    }
    // innovation: 7 of 32 = 21.875 %, ceil(0.2 · 32) = 7 needed, so no gap
    expect(s.innovation).toMatchObject({ authors: 7, rate: 0.21875, met: true, gap: 0 });
    expect(yes(members, 'Có sáng kiến được tính')).toBe(s.innovation.authors);
    expect(s.members.filter((m: MemberJson) => m.initiativeAuthor).length).toBe(s.innovation.authors);
    expect(md).toContain('Kết quả: 7/32 người (21,9\u00A0%) — đạt chỉ tiêu 20\u00A0% (cần 7 người).');
    const initiatives = csv('year-2024', 'initiatives.csv');
    expect(initiatives.filter((r) => r['Tình trạng'] === 'Được tính chỉ tiêu 20%').length).toBe(s.innovation.initiatives);
    expect(initiatives.filter((r) => r['Tình trạng'] === 'Chờ công nhận').length).toBe(s.innovation.pending);
    expect(initiatives.filter((r) => r['Tình trạng'] === 'Đã công nhận, chưa đăng 01M').length).toBe(s.innovation.recognizedNot01m);
    // per department: population, allMet, authors from the member rows
    const deptName: Record<string, string> = { 'kham-benh': 'Khoa Khám bệnh', hscc: 'Khoa Hồi sức cấp cứu', 'noi-nhi': 'Khoa Nội – Nhi', hcth: 'Phòng Tổ chức – Hành chính' };
    for (const d of s.departments) {
      const rows = members.filter((r) => r['Khoa/phòng'] === deptName[d.id]);
      expect({ id: d.id, population: rows.length, allMet: yes(rows, 'Đạt cả các tiêu chí'), authors: yes(rows, 'Có sáng kiến được tính') }).toEqual({
        id: d.id,
        population: d.population,
        allMet: d.allMet,
        authors: d.innovationAuthors,
      });
      expect(d.innovationRate).toBe(d.innovationAuthors / d.population);
      // The Markdown's overview table (population, …, allMet) and innovation table (population, authors).
      const mdRows = md.split('\n').filter((l) => l.startsWith(`| ${deptName[d.id]} |`)).map((l) => l.split(' | '));
      const overview = mdRows.find((r) => r.length === 7)!;
      expect([Number(overview[1]), Number(overview[5])], d.id).toEqual([d.population, d.allMet]);
      const innovation = mdRows.find((r) => r.length === 7 && r[4]!.includes('người'))!;
      expect([Number(innovation[1]), Number(innovation[2])], d.id).toEqual([d.population, d.innovationAuthors]);
    }
    // shifts per member: JSON = members.csv = shifts.csv (a year lists the whole window)
    const shifts = new Map(csv('year-2024', 'shifts.csv').map((r) => [r['Mã'], r]));
    for (const m of s.members as MemberJson[]) {
      const row = members.find((r) => r['Mã'] === m.id)!;
      expect([row['Số ca trực'], row['Số giờ trực'], row['Ca đêm'], row['Ca cuối tuần'], row['Ca ngày lễ']].map(Number), m.id).toEqual([m.shifts.total, m.shifts.hours, m.shifts.night, m.shifts.weekend, m.shifts.holiday]);
      const sh = shifts.get(m.id);
      if (m.shifts.total === 0) expect(sh).toBeUndefined();
      else expect(Number(sh?.['Số ca trực'])).toBe(m.shifts.total);
    }
    // commendation: 25 advanced workers, quota floor(0.15 · 25) = 3 (SPEC §6)
    const c = s.commendation;
    expect(c).toMatchObject({ advancedWorkers: 25, quota: 3, provisional: false });
    // proposals.csv: the people, then the collectives proposed
    const proposals = csv('year-2024', 'proposals.csv').filter((r) => r['Cá nhân, tập thể'] === 'Cá nhân');
    expect(proposals.length).toBe(c.advancedWorkers);
    expect(members.filter((r) => r['Danh hiệu'] !== '').length).toBe(c.advancedWorkers);
    const names = new Map(members.map((r) => [r['Mã'], r['Họ và tên']]));
    expect(proposals.slice(0, c.quota).map((r) => r['Họ và tên'])).toEqual(c.emulationFighters.map((id: string) => names.get(id)));
    expect(proposals.slice(0, c.quota).every((r) => r['Danh hiệu đề nghị'] === 'Chiến sĩ thi đua cơ sở')).toBe(true);
    expect(md).toContain(`Có ${c.advancedWorkers}/${s.population} người thuộc diện đánh giá đủ điều kiện đề nghị danh hiệu Lao động tiên tiến`);
    // 0.15 × 25 = 3.75: not more than 3 (the words of SPEC §6)
    expect(md).toContain(`không quá 15\u00A0% × ${c.advancedWorkers} = 3,75: tối đa ${c.quota} người`);
    // the terminal summary says the same
    const out = golden('year-2024', 'stdout.txt');
    expect(out).toContain(`Số người được đánh giá: ${s.population}; đạt cả các tiêu chí: ${s.allMet}`);
    expect(out).toContain('Sáng kiến: 7/32 người (21,9 %, chỉ tiêu 20 %): ĐẠT');
  });
});

interface AllowanceJson {
  rate: number;
  total: number;
  members: { id: string; shifts: number; amount: number }[];
}

describe('the duty allowance: allowance.csv, summary.json and report.md agree, and a hand count', () => {
  const COLS = ['STT', 'Họ và tên', 'Khoa/phòng', 'Số phiên trực 24/24 giờ', 'Số phiên trực 16/24 giờ', 'Số phiên trực 12/24 giờ', 'Trực ngày thường', 'Trực ngày nghỉ hằng tuần', 'Trực ngày lễ, Tết', 'Số tiền (đồng)'];

  it.each(GOLDEN_CASES.map((c) => c.name))('%s: one row a paid person and a total row', (name) => {
    const a = JSON.parse(golden(name, 'summary.json')).allowance as AllowanceJson;
    expect(a.rate).toBe(65000);
    const rows = csv(name, 'allowance.csv');
    expect(Object.keys(rows[0]!)).toEqual(COLS);
    const people = rows.slice(0, -1);
    const total = rows.at(-1)!;
    expect(people.map((r) => Number(r['STT']))).toEqual(people.map((_, i) => i + 1));
    expect(people.length).toBe(a.members.length);
    expect(total['Họ và tên']).toBe('Cộng');
    expect(Number(total['Số tiền (đồng)'])).toBe(a.total);
    expect(people.reduce((n, r) => n + Number(r['Số tiền (đồng)']), 0)).toBe(a.total);
    for (const col of COLS.slice(3, 9)) expect(people.reduce((n, r) => n + Number(r[col]), 0), col).toBe(Number(total[col]));
    // paid shifts by class and by day type each add up to the person's paid shifts
    const shifts = people.map((r) => Number(r[COLS[3]!]) + Number(r[COLS[4]!]) + Number(r[COLS[5]!]));
    expect(shifts).toEqual(people.map((r) => Number(r[COLS[6]!]) + Number(r[COLS[7]!]) + Number(r[COLS[8]!])));
    expect(shifts.reduce((x, y) => x + y, 0)).toBe(a.members.reduce((n, m) => n + m.shifts, 0));
    // the Markdown shows the same total, in figures and in words
    const md = golden(name, 'report.md');
    expect(md).toContain(`Tổng số tiền: ${a.total.toLocaleString('en-US').replace(/,/g, '.')} đồng (${a.members.length} người,`);
    expect(md).toMatch(/^\*Bằng chữ: [A-ZĐ][^*]* đồng\*$/m);
  });

  it('--month 2024-03 pays March only: Trần Quốc Bảo, five hscc nights counted 16/24 (× 0,75) by their type', () => {
    // 02, 09, 16/03 are Saturdays: 65 000 × 0,75 × 1,3 × 1,5 = 95 062,5 → 95 063 each;
    // 22 and 29/03 are Fridays: 65 000 × 0,75 × 1,5 = 73 125 each. 3 × 95 063 + 2 × 73 125 = 431 439.
    const row = csv('month-2024-03', 'allowance.csv').find((r) => r['Họ và tên'] === 'Trần Quốc Bảo')!;
    expect(row).toMatchObject({ 'Khoa/phòng': 'Khoa Hồi sức cấp cứu', 'Số phiên trực 24/24 giờ': '0', 'Số phiên trực 16/24 giờ': '5', 'Trực ngày thường': '2', 'Trực ngày nghỉ hằng tuần': '3', 'Số tiền (đồng)': '431439' });
    const month = JSON.parse(golden('month-2024-03', 'summary.json')).allowance as AllowanceJson;
    const year = JSON.parse(golden('year-2024', 'summary.json')).allowance as AllowanceJson;
    expect(month.members.find((m) => m.id === 'tran-quoc-bao')).toEqual({ id: 'tran-quoc-bao', shifts: 5, amount: 431439 });
    // the month report evaluates the year to date (his 18 shifts of January–March, 3 on Tết
    // holidays), but its payroll is March's alone
    const member = JSON.parse(golden('month-2024-03', 'summary.json')).members.find((m: MemberJson) => m.id === 'tran-quoc-bao') as MemberJson;
    expect(member.shifts).toMatchObject({ total: 18, holiday: 3 });
    expect(month.total).toBeLessThan(year.total / 6);
  });
});

describe('the independent checker scripts/sample-data/verify.mjs agrees with summary.json', () => {
  it('population, criteria, innovation, departments, commendation, shifts, phases', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/sample-data/verify.mjs'), join(tmp, 'data')], { encoding: 'utf8', env: cleanEnv() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const text = r.stdout;
    const grab = (re: RegExp) => {
      const m = re.exec(text);
      expect(m, String(re)).not.toBeNull();
      return m!;
    };
    const s = JSON.parse(golden('year-2024', 'summary.json'));
    expect(Number(grab(/^population: (\d+)/m)[1])).toBe(s.population);
    const crit = grab(/^criteria met: community (\d+), work (\d+), self (\d+); allMet (\d+)/m).slice(1).map(Number);
    expect(crit).toEqual([s.criteria.community.met, s.criteria.work.met, s.criteria.self.met, s.allMet]);
    const inn = grab(/^innovation: counting initiatives (\d+), authors (\d+)\/(\d+) = [\d.]+ %, met (true|false), gap (\d+); recognizedNot01m (\d+); pending (\d+)/m);
    expect([Number(inn[1]), Number(inn[2]), Number(inn[3]), inn[4] === 'true', Number(inn[5]), Number(inn[6]), Number(inn[7])]).toEqual([
      s.innovation.initiatives, s.innovation.authors, s.population, s.innovation.met, s.innovation.gap, s.innovation.recognizedNot01m, s.innovation.pending,
    ]);
    for (const d of s.departments) {
      const m = grab(new RegExp(`^  ${d.id} +authors (\\d+)/(\\d+) = `, 'm'));
      expect([Number(m[1]), Number(m[2])], d.id).toEqual([d.innovationAuthors, d.population]);
    }
    const adv = grab(/^advanced workers: (\d+); quota = .* = (\d+)$/m);
    expect([Number(adv[1]), Number(adv[2])]).toEqual([s.commendation.advancedWorkers, s.commendation.quota]);
    const ranked = [...text.matchAll(/^ {2}\d+\. (\S+) .* (emulationFighter|beyondQuota)$/gm)];
    expect(ranked.filter((m) => m[2] === 'emulationFighter').map((m) => m[1])).toEqual(s.commendation.emulationFighters);
    expect(ranked.filter((m) => m[2] === 'beyondQuota').map((m) => m[1])).toEqual(s.commendation.beyondQuota);
    const coll = grab(/^advanced collective: unit (true|false); (.*)$/m);
    expect(coll[1] === 'true').toBe(s.commendation.advancedCollective.unit);
    expect([...coll[2]!.matchAll(/(\S+) \d+\/\d+[^;]*→ true/g)].map((m) => m[1])).toEqual(s.commendation.advancedCollective.departments);
    // SPEC §6: the excellent collective, the provisional flag, each member's leave and rating
    const excellent = grab(/^excellent collective: unit (true|false); (.*)$/m);
    expect(excellent[1] === 'true').toBe(s.commendation.excellentCollective.unit);
    expect([...excellent[2]!.matchAll(/(\S+) \d+\/\d+[^;]*→ true/g)].map((m) => m[1])).toEqual(s.commendation.excellentCollective.departments);
    expect(grab(/^provisional: (true|false)$/m)[1] === 'true').toBe(s.commendation.provisional);
    type LeaveJson = { id: string; leaveDays: number; leaveWorkingDays: number; rating: string | null };
    const leave = [...text.matchAll(/^leave: (\S+) (\d+) days, (\d+) working days/gm)].map((m) => ({ id: m[1], leaveDays: Number(m[2]), leaveWorkingDays: Number(m[3]) }));
    expect(leave).toEqual(s.members.filter((m: LeaveJson) => m.leaveDays > 0).map((m: LeaveJson) => ({ id: m.id, leaveDays: m.leaveDays, leaveWorkingDays: m.leaveWorkingDays })));
    const levels = grab(/^ratings 2024: .*; population htxs (\d+), htt (\d+), ht (\d+), kht (\d+), unrated (\d+)$/m).slice(1).map(Number);
    expect(levels).toEqual(['htxs', 'htt', 'ht', 'kht', null].map((l) => s.members.filter((m: LeaveJson) => m.rating === l).length));
    const gaps = grab(/^coverage gaps: (.*)$/m)[1]!;
    expect(gaps).toBe(s.shifts.coverageGaps.map((g: { date: string; department: string; type: string; have: number; need: number }) => `${g.date} ${g.department} ${g.type} ${g.have}/${g.need}`).join('; '));
    const rest = [...grab(/^rest warnings: (.*)$/m)[1]!.matchAll(/(\S+) \S+ \S+ (\S+) → \S+ (\S+) \(([\d.]+) h\)/g)].map((m) => ({ member: m[1], first: m[2], second: m[3], restHours: Number(m[4]) }));
    expect(rest).toEqual(s.shifts.restViolations);
    const nights = [...grab(/^night-limit warnings: (.*)$/m)[1]!.matchAll(/(\S+) (\d{4}-\d{2}) (\d+)/g)].map((m) => ({ member: m[1], month: m[2], nights: Number(m[3]) }));
    expect(nights).toEqual(s.shifts.nightLimit);
    expect(Number(grab(/^shifts in 2024: (\d+) records/m)[1])).toBe(s.shifts.total);
    // the duty allowance of each golden report's listed period, person by person
    for (const [name, from, to] of [['year-2024', '2024-01-01', '2024-12-31'], ['month-2024-03', '2024-03-01', '2024-03-31'], ['phase-2024-1', '2024-01-01', '2024-06-30']] as const) {
      const a = JSON.parse(golden(name, 'summary.json')).allowance as AllowanceJson;
      const line = grab(new RegExp(`^allowance ${from}\\.\\.${to}: total (\\d+); (.*)$`, 'm'));
      expect(Number(line[1]), name).toBe(a.total);
      expect(line[2]!.split(' '), name).toEqual(a.members.map((m) => `${m.id}:${m.shifts}:${m.amount}`));
    }
    const phases = [...text.matchAll(/^phase (.+): population \d+, allMet (\d+), innovation authors (\d+)$/gm)].map((m) => ({ name: m[1], allMet: Number(m[2]), innovationAuthors: Number(m[3]) }));
    expect(phases).toEqual(s.phases.map((p: { name: string; allMet: number; innovationAuthors: number }) => ({ name: p.name, allMet: p.allMet, innovationAuthors: p.innovationAuthors })));
  }, 60_000);
});

describe('inside git, the footer names the data commit and nothing else changes', () => {
  const gitOut = (...args: string[]) => {
    try {
      return execFileSync('git', ['-C', DATA, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: cleanEnv() }).trim();
    } catch {
      return '';
    }
  };
  const commit = gitOut('log', '-1', '--format=%h', '--', '.');
  // data/ of this working copy may have uncommitted edits: the footer then says so.
  const dirty = gitOut('status', '--porcelain', '--untracked-files=all', '--', '.') !== '';

  it.skipIf(!/^[0-9a-f]{4,40}$/.test(commit))('report.md of data/ in place differs from the golden file by the footer line only', async () => {
    const out = join(tmp, 'in-git');
    const r = await runMain(['report', '--data', 'data', '--year', '2024', '--format', 'md', '--out', out], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    const mine = readFileSync(join(out, 'report.md'), 'utf8').split('\n');
    const gold = golden('year-2024', 'report.md').split('\n');
    expect(mine.length).toBe(gold.length);
    const differing = mine.map((line, i) => [line, gold[i]] as const).filter(([a, b]) => a !== b);
    const line = `*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit \`${commit}\`${dirty ? ' kèm thay đổi chưa commit' : ''}.*`;
    expect(differing).toEqual([[line, '*Số liệu tính đến ngày 31/12/2024.*']]);
  }, 60_000);
});

/**
 * What GitHub needs to render the report (checked once with mermaid 12's own parser and with a
 * GFM table parser, which accepted every block of these files; this keeps that shape): every
 * table row has its header's number of cells (`|` inside a cell escaped), and every Mermaid
 * block is a `pie` or `xychart-beta` whose labels are quoted without inner quotes and whose
 * series have one number per x-axis label.
 */
describe.each(GOLDEN_CASES.map((c) => c.name))('report.md of %s renders on GitHub', (name) => {
  const md = () => golden(name, 'report.md');
  const cells = (row: string) => row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);

  it('tables: a delimiter row under each header, the same number of cells in every row', () => {
    const lines = md().split('\n');
    let tables = 0;
    for (let i = 1; i < lines.length; i++) {
      if (!/^\|( :?---:? \|)+$/.test(lines[i]!)) continue;
      tables++;
      const width = cells(lines[i - 1]!).length;
      expect(cells(lines[i]!).length, `${name}:${i + 1}`).toBe(width);
      expect(i < 2 || lines[i - 2] === '', `blank line before the table at ${name}:${i}`).toBe(true);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!).length, `${name}:${j + 1}`).toBe(width);
    }
    expect(tables).toBeGreaterThan(15);
  });

  it('Mermaid blocks have the shape the parser accepts', () => {
    const blocks = mermaidBlocks(md());
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) expectMermaidShape(b);
  });
});

function mermaidBlocks(text: string): string[][] {
  return [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trimEnd().split('\n'));
}

function expectMermaidShape(b: readonly string[]): void {
  const quoted = '"[^"\\n]*"';
  const num = '-?\\d+(?:\\.\\d+)?';
  if (b[0] === 'xychart-beta') {
    expect(b[1]).toMatch(new RegExp(`^    title ${quoted}$`));
    const axis = new RegExp(`^    x-axis \\[(${quoted}(?:, ${quoted})*)\\]$`).exec(b[2]!);
    expect(axis, b[2]).not.toBeNull();
    const labels = axis![1]!.split(/", "/).length;
    expect(b[3]).toMatch(new RegExp(`^    y-axis ${quoted} ${num} --> ${num}$`));
    expect(b.length).toBeGreaterThan(4);
    for (const series of b.slice(4)) {
      const m = new RegExp(`^    (bar|line) \\[(${num}(?:, ${num})*)\\]$`).exec(series);
      expect(m, series).not.toBeNull();
      expect(m![2]!.split(', ').length, series).toBe(labels);
    }
  } else {
    // The pie hides Mermaid's own whole-number percentages (its slices are named with the text's figures).
    expect(b[0]).toBe('%%{init: {"themeVariables": {"pieSectionTextSize": "0px"}}}%%');
    expect(b[1]).toBe('pie');
    expect(b[2]).toMatch(/^ {4}title [^\n"]+$/);
    for (const slice of b.slice(3)) expect(slice).toMatch(new RegExp(`^    ${quoted} : ${num}$`));
  }
}

describe('text a clerk could write', () => {
  it('a table cell keeps its row: | escaped, one line, no HTML tag GitHub would hide', () => {
    expect(cell('Quy trình 5S | <Zalo OA>\nbản <b>mới</b>')).toBe('Quy trình 5S \\| &lt;Zalo OA> bản &lt;b>mới&lt;/b>');
    expect(cell('trẻ < 5 tuổi, 3<5, a->b')).toBe('trẻ < 5 tuổi, 3<5, a->b');
  });

  it('Mermaid labels: quotes, semicolons, hashes, backticks, pipes and line breaks keep the block parseable', () => {
    // Names like these were also fed once to mermaid 12's parser, which accepted the result.
    const names = ['Khoa "Nội"', 'A; B', 'C # D', 'E | F', 'G %% H', 'I: J', 'K [L]', 'M, N', '`W`', 'X --> Y', 'dòng\nmới', 'Phòng Tổ chức – Hành chính'];
    const engine = new Liquid({ root: join(ROOT, 'templates'), extname: '.liquid' });
    const f = makeFmt(labelsOf('vi'), 'vi');
    const chart = barChart({ f, title: 'Tỷ lệ "x": 20 %; #1', labels: names, yLabel: 'Số "ca"', bars: [names.map((_, i) => i * 1.25)], lines: [names.map(() => 20)], spellOut: true });
    const pie = pieChart('Người có "sáng kiến"; #1', names.map((label, i) => ({ label, value: i })));
    const text = `${engine.renderFileSync('partials/bar-chart', { chart })}\n\n${engine.renderFileSync('partials/pie-chart', { pie })}\n`;
    const blocks = mermaidBlocks(text);
    expect(blocks.length).toBe(2);
    for (const b of blocks) expectMermaidShape(b);
    expect(text).toContain(`"A, B", "C D", "E | F", "G % H"`);
    // Twelve bars leave eight characters a label: the long names are shortened, and named under the chart.
    expect(text).toContain('"dòng mới", "TC–HC"]');
    expect(text).toContain('*Tên viết tắt trên các biểu đồ: Khoa N: Khoa "Nội"; TC–HC: Phòng Tổ chức – Hành chính.*');
  });
});
