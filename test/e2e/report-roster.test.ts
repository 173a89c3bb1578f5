/**
 * Duty rosters end to end on test/fixtures/units/roster, in-process through main() of the
 * built CLI from the repository root (test/support/run-main.ts): `check`'s
 * shift warnings and the overlap error with their places, the JSON `shifts` figures, the
 * member counts, the payroll CSV of a month, the Markdown roster grid, the holiday sources
 * per year, and the same bytes under every TZ. Every figure below was worked out by hand
 * from the fixture's YAML (the comments say how).
 *
 * Calendar: 1 March 2024 is a Friday (weekends 2–3, 9–10, 16–17, 23–24, 30–31 March);
 * 10 February 2024 a Saturday; 31 December 2024 a Tuesday; 1 and 29 January 2025 Wednesdays;
 * 16 February 2026 a Monday, 21 February 2026 a Saturday.
 * Shift types: day 07:00–17:00 (10 h), night 17:00–07:00 (14 h), 24h (24 h), chieu 14:00–22:00 (8 h).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/render/render-json.js';
import { inZone, ROOT as root, runMain, testEnv, type Ran } from '../support/run-main.js';

const fixture = join(root, 'test/fixtures/units/roster');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-roster-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}, cwd = root): Promise<Ran> {
  const r = await runMain(args, { cwd, env: testEnv(env) });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
  return r;
}

async function stdout(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await run(['report', '--data', fixture, '--stdout', ...args], env);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

// A run takes a few seconds on a busy machine.
const SLOW = { timeout: 120_000 };

const SQRT_2_3 = Math.sqrt(2 / 3); // population stdev of three values 1 apart, e.g. [6, 5, 4]
const SQRT2_3 = Math.SQRT2 / 3; // population stdev of [a, a, a ± 1], e.g. [2, 3, 3]

describe('check', () => {
  let r: Ran;
  let lines: string[];
  beforeAll(async () => {
    r = await run(['check', '--data', 'test/fixtures/units/roster']);
    lines = r.stderr.trim().split('\n');
  });
  const f = 'test/fixtures/units/roster/shifts/2024/2024-03.yaml';

  it('warns but exits 0', SLOW, () => {
    expect(r.code).toBe(0);
    expect(lines.at(-1)).toBe('0 lỗi, 8 cảnh báo');
  });

  it('rest: at the member of the second shift', SLOW, () => {
    // binh: 24h of 2 March ends 3 March 07:00 when the day shift starts (0 h); the night of 25 March ends
    // 26 March 07:00, the next starts 17:00 (10 h). cuong: 30 March night ends 31 March 07:00, next 17:00.
    // Columns: `[binh]` at 61 (line 4) and 63 (line 9), so binh is at 62 and 64; `cuong` on line 12 at 70.
    expect(lines).toContain(`${f}:4:62: warning: “binh” chỉ được nghỉ 0 giờ giữa ca “24h” hôm 2024-03-02 và ca ngày hôm 2024-03-03 (tối thiểu 12 giờ) [rest]`);
    expect(lines).toContain(`${f}:9:64: warning: “binh” chỉ được nghỉ 10 giờ giữa ca đêm hôm 2024-03-25 và ca đêm hôm 2024-03-26 (tối thiểu 12 giờ) [rest]`);
    expect(lines).toContain(`${f}:12:70: warning: “cuong” chỉ được nghỉ 10 giờ giữa ca đêm hôm 2024-03-30 và ca đêm hôm 2024-03-31 (tối thiểu 12 giờ) [rest]`);
  });

  it('night limit: at the first night beyond the limit', SLOW, () => {
    // an's March nights: 1, 3, 5 (19:00–07:00), 7, 28, 30 March = 6 > 5; the 6th is line 11, `an` at column 71.
    // binh has 5 (2 March 24h, 25, 26, 28, 31): not more than 5.
    expect(lines).toContain(`${f}:11:71: warning: “an” trực 6 ca đêm trong tháng 2024-03 (tối đa 5) [night-limit]`);
  });

  it('coverage: at the rule in rules.yaml', SLOW, () => {
    // hscc night ≥ 2 on 25–31 March: 26th has binh only, 27th and 29th nobody. noi night ≥ 1 on 5–6 March:
    // hoa (who leaves on the 15th) covers the 5th; the 6th has only em's 21:00–23:00 of type day.
    expect(lines.filter((l) => l.endsWith('[coverage]'))).toEqual([
      'test/fixtures/units/roster/rules.yaml:7:7: warning: ngày 2024-03-26, Khoa Hồi sức cấp cứu chỉ có 1/2 người trực ca đêm [coverage]',
      'test/fixtures/units/roster/rules.yaml:7:7: warning: ngày 2024-03-27, Khoa Hồi sức cấp cứu chỉ có 0/2 người trực ca đêm [coverage]',
      'test/fixtures/units/roster/rules.yaml:7:7: warning: ngày 2024-03-29, Khoa Hồi sức cấp cứu chỉ có 0/2 người trực ca đêm [coverage]',
      'test/fixtures/units/roster/rules.yaml:8:7: warning: ngày 2024-03-06, Khoa Nội chỉ có 0/1 người trực ca đêm [coverage]',
    ]);
  });

  it('--strict turns the warnings into a failure', SLOW, async () => {
    expect((await run(['check', '--data', fixture, '--strict'])).code).toBe(1);
  });
});

describe('an overlap across two departments', () => {
  const data = join(tmp, 'overlap');
  cpSync(fixture, data, { recursive: true });
  // an is on the hscc night of 5 March from 19:00 (line 6 of 2024-03.yaml); this noi shift 20:00–23:00
  // starts inside it, so it is the second shift. `an` sits at column 97 of its line.
  const line = '- { date: 2024-03-05, type: day, department: noi, start: "20:00", end: "23:00", members: [dung, an] }';
  writeFileSync(join(data, 'shifts/2024/2024-03-extra.yaml'), `${line}\n`);

  it('is an error at the member of the second shift: check exits 1', SLOW, async () => {
    expect(line.indexOf(' an]') + 2).toBe(97);
    const r = await run(['check', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${data}/shifts/2024/2024-03-extra.yaml:1:97: error: “an” có hai ca trực chồng giờ nhau: ca ngày hôm 2024-03-05 (20:00–23:00) và ca đêm hôm 2024-03-05 (19:00–07:00, shifts/2024/2024-03.yaml:6) [shift-overlap]`,
    );
    expect(r.stderr.match(/\[shift-overlap\]/g)).toHaveLength(1);
  });

  it('in JSON too, and report writes nothing', SLOW, async () => {
    const j = JSON.parse((await run(['check', '--data', data, '--format', 'json'])).stdout) as { file: string; line: number; column: number; code: string; severity: string }[];
    expect(j.filter((i) => i.code === 'shift-overlap').map((i) => [i.file.endsWith('shifts/2024/2024-03-extra.yaml'), i.line, i.column, i.severity])).toEqual([[true, 1, 97, 'error']]);
    const out = join(tmp, 'overlap-out');
    expect((await run(['report', '--data', data, '--month', '2024-03', '--out', out])).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('report --month 2024-03: JSON', () => {
  // Evaluated 2024-01-01..2024-03-31. Population on 31 March: everyone but hoa (left 15 March).
  let s: Summary;
  beforeAll(async () => {
    s = JSON.parse(await stdout(['--month', '2024-03', '--format', 'json']));
  });

  it('total: shift records dated in the window', SLOW, () => {
    // 2 in February + 19 in March; 31 December 2024 and later are after asOf.
    expect(s.shifts.total).toBe(21);
  });

  it('member counts over the year to date', SLOW, () => {
    const byId = Object.fromEntries(s.members.map((m: { id: string; shifts: unknown }) => [m.id, m.shifts]));
    expect(Object.keys(byId)).toEqual(['an', 'binh', 'cuong', 'dung', 'em', 'khanh']);
    // an: nights of 1, 3 (Sun), 5 (19:00–07:00 = 12 h), 7, 28, 30 (Sat) March = 5 × 14 + 12 = 82 h.
    expect(byId.an).toEqual({ total: 6, hours: 82, night: 6, weekend: 2, holiday: 0 });
    // binh: 24h of 2 March (Sat), day of 3 March (Sun, 10 h), nights of 25, 26, 28, 31 (Sun) = 24 + 10 + 56 = 90 h.
    expect(byId.binh).toEqual({ total: 6, hours: 90, night: 5, weekend: 3, holiday: 0 });
    // cuong: nights of 3 (Sun), 25, 30 (Sat), 31 (Sun) March.
    expect(byId.cuong).toEqual({ total: 4, hours: 56, night: 4, weekend: 3, holiday: 0 });
    // dung: night of 10 Feb (Sat, Tết), day of 15 Feb, night of 2 March (Sat), chieu of 4 March (8 h, not
    // night: 14:00–22:00 ends when the night window starts), night of 20 March = 14 + 10 + 14 + 8 + 14 = 60 h.
    expect(byId.dung).toEqual({ total: 5, hours: 60, night: 3, weekend: 2, holiday: 1 });
    // em: night of 10 Feb (Sat, Tết), night of 2 March (Sat), 21:00–23:00 of 6 March (2 h, night), 24h of 23 March (Sat).
    expect(byId.em).toEqual({ total: 4, hours: 54, night: 4, weekend: 3, holiday: 1 });
    // khanh (joined 16 March): nights of 16 (Sat) and 20 March.
    expect(byId.khanh).toEqual({ total: 2, hours: 28, night: 2, weekend: 1, holiday: 0 });
  });

  it('rest violations by first date, then member', SLOW, () => {
    expect(s.shifts.restViolations).toEqual([
      { member: 'binh', first: '2024-03-02', second: '2024-03-03', restHours: 0 },
      { member: 'binh', first: '2024-03-25', second: '2024-03-26', restHours: 10 },
      { member: 'cuong', first: '2024-03-30', second: '2024-03-31', restHours: 10 },
    ]);
  });

  it('night limit', SLOW, () => {
    expect(s.shifts.nightLimit).toEqual([{ member: 'an', month: '2024-03', nights: 6 }]);
  });

  it('coverage gaps by date, department, type; hoa (not in the population) still covers 5 March', SLOW, () => {
    expect(s.shifts.coverageGaps).toEqual([
      { date: '2024-03-06', department: 'noi', type: 'night', have: 0, need: 1 },
      { date: '2024-03-26', department: 'hscc', type: 'night', have: 1, need: 2 },
      { date: '2024-03-27', department: 'hscc', type: 'night', have: 0, need: 2 },
      { date: '2024-03-29', department: 'hscc', type: 'night', have: 0, need: 2 },
    ]);
  });

  it('fairness by department id (hscc before noi, unlike unit.yaml), then night, weekend, holiday', SLOW, () => {
    // hscc (an, binh, cuong): night [6, 5, 4], weekend [2, 3, 3], holiday [0, 0, 0].
    // noi (dung, em, khanh; hoa is not in the population): night [3, 4, 2], weekend [2, 3, 1], holiday [1, 1, 0].
    const rows = s.shifts.fairness as { department: string; measure: string; min: number; max: number; mean: number; stdev: number }[];
    expect(rows.map((r) => [r.department, r.measure, r.min, r.max])).toEqual([
      ['hscc', 'night', 4, 6],
      ['hscc', 'weekend', 2, 3],
      ['hscc', 'holiday', 0, 0],
      ['noi', 'night', 2, 4],
      ['noi', 'weekend', 1, 3],
      ['noi', 'holiday', 0, 1],
    ]);
    const expected = [
      [5, SQRT_2_3],
      [8 / 3, SQRT2_3],
      [0, 0],
      [3, SQRT_2_3],
      [2, SQRT_2_3],
      [2 / 3, SQRT2_3],
    ];
    rows.forEach((r, i) => {
      expect(r.mean).toBeCloseTo(expected[i]![0]!, 14);
      expect(r.stdev).toBeCloseTo(expected[i]![1]!, 14);
    });
  });
});

describe('report --month 2024-03: payroll CSV and Markdown', () => {
  it('shifts.csv counts March only, for everyone on the roster', SLOW, async () => {
    const out = join(tmp, 'm2024-03');
    expect((await run(['report', '--data', fixture, '--month', '2024-03', '--format', 'md,csv,json', '--out', out])).code).toBe(0);
    const csv = readFileSync(join(out, 'shifts.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(['Mã', 'Họ và tên', 'Khoa/phòng', 'Từ ngày', 'Đến ngày', 'Số ca trực', 'Số giờ trực', 'Ca đêm', 'Ca cuối tuần', 'Ca ngày lễ']);
    // The February shifts of dung and em drop out: dung 2 March night, 4 March chieu, 20 March night = 36 h;
    // em 2 March night, 6 March 2 h, 23 March 24h = 40 h.
    expect(rows.slice(1)).toEqual([
      ['an', 'Nguyễn Văn An', 'Khoa Hồi sức cấp cứu', '2024-03-01', '2024-03-31', '6', '82', '6', '2', '0'],
      ['binh', 'Trần Thị Bình', 'Khoa Hồi sức cấp cứu', '2024-03-01', '2024-03-31', '6', '90', '5', '3', '0'],
      ['cuong', 'Lê Văn Cường', 'Khoa Hồi sức cấp cứu', '2024-03-01', '2024-03-31', '4', '56', '4', '3', '0'],
      ['dung', 'Phạm Thị Dung', 'Khoa Nội', '2024-03-01', '2024-03-31', '3', '36', '2', '1', '0'],
      ['em', 'Hoàng Thị Em', 'Khoa Nội', '2024-03-01', '2024-03-31', '3', '40', '3', '2', '0'],
      // hoa left on 15 March and is not in the population, but payroll pays her night of 5 March (14 h)
      // and her chieu of 14 March (8 h).
      ['hoa', 'Võ Thị Hoa', 'Khoa Nội', '2024-03-01', '2024-03-31', '2', '22', '1', '0', '0'],
      ['khanh', 'Đỗ Minh Khánh', 'Khoa Nội', '2024-03-01', '2024-03-31', '2', '28', '2', '1', '0'],
    ]);
  });

  let md = '';
  beforeAll(async () => {
    md = await stdout(['--month', '2024-03', '--format', 'md']);
  });
  const after = (title: string) => {
    const lines = md.split('\n');
    const start = lines.findIndex((l) => l.endsWith(title));
    const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
    const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
    return lines.slice(first, end);
  };

  it('the night roster grid: days × departments in unit.yaml order, weekends in bold', SLOW, () => {
    const grid = after('Lịch trực đêm tháng 03/2024');
    expect(grid[0]).toBe('| Ngày | Thứ | Khoa Nội | Khoa Hồi sức cấp cứu |');
    expect(grid).toHaveLength(2 + 31);
    expect(grid.slice(2, 9)).toEqual([
      '| 01 | T6 |  | An |',
      '| **02** | **T7** | Dung, Em | Bình |', // binh's 24h covers the night
      '| **03** | **CN** |  | An, Cường |', // binh's day shift is not night duty
      '| 04 | T2 |  |  |', // dung's 14:00–22:00 is not night duty
      '| 05 | T3 | Hoa | An |', // an from 19:00; hoa still active
      '| 06 | T4 | Em |  |', // 21:00–23:00 meets the night window
      '| 07 | T5 |  | An |',
    ]);
    expect(grid[2 + 13]).toBe('| 14 | T5 |  |  |'); // hoa's chieu
    expect(grid[2 + 15]).toBe('| **16** | **T7** | Khánh |  |');
    expect(grid[2 + 19]).toBe('| 20 | T4 | Dung, Khánh |  |');
    expect(grid.at(-1)).toBe('| **31** | **CN** |  | Bình, Cường |');
  });

  it('fairness in unit.yaml order with two decimals; coverage gaps; warnings; the holiday source', SLOW, () => {
    const fair = after('Mức độ công bằng');
    expect(fair.slice(2)).toEqual([
      '| Khoa Nội | Ca đêm | 2 | 4 | 3,00 | 0,82 |',
      '| Khoa Nội | Cuối tuần | 1 | 3 | 2,00 | 0,82 |',
      '| Khoa Nội | Ngày lễ | 0 | 1 | 0,67 | 0,47 |',
      '| Khoa Hồi sức cấp cứu | Ca đêm | 4 | 6 | 5,00 | 0,82 |',
      '| Khoa Hồi sức cấp cứu | Cuối tuần | 2 | 3 | 2,67 | 0,47 |',
      '| Khoa Hồi sức cấp cứu | Ngày lễ | 0 | 0 | 0,00 | 0,00 |',
    ]);
    expect(after('Bảo đảm số người trực').slice(2)).toEqual([
      '| 06/03/2024 | T4 | Khoa Nội | Ca đêm | 0 | 1 | 1 |',
      '| 26/03/2024 | T3 | Khoa Hồi sức cấp cứu | Ca đêm | 1 | 2 | 1 |',
      '| 27/03/2024 | T4 | Khoa Hồi sức cấp cứu | Ca đêm | 0 | 2 | 2 |',
      '| 29/03/2024 | T6 | Khoa Hồi sức cấp cứu | Ca đêm | 0 | 2 | 2 |',
    ]);
    expect(md).toContain('- Trần Thị Bình (Khoa Hồi sức cấp cứu): ca trực ngày 02/03/2024 và ca trực ngày 03/03/2024 chỉ cách nhau 0 giờ (tối thiểu 12 giờ).');
    expect(md).toContain('- Nguyễn Văn An (Khoa Hồi sức cấp cứu) trực 6 ca đêm trong tháng 03/2024 (tối đa 5 ca).');
    expect(md).toContain('- Năm 2024: theo danh sách ngày nghỉ lễ của đơn vị — 13 ngày (01/01, 08/02, 09/02, 10/02, 11/02, 12/02, 13/02, 14/02, 18/04, 30/04, 01/05, 02/09, 03/09).');
  });
});

describe('report --from 2024-12-01 --to 2026-02-28: three years, two holiday sources', () => {
  const range = ['--from', '2024-12-01', '--to', '2026-02-28'];
  let s: Summary;
  beforeAll(async () => {
    s = JSON.parse(await stdout([...range, '--format', 'json']));
  });

  it('the night of 31 December counts in December, whole; the built-in Tết of 2025 and 2026 are holidays', SLOW, () => {
    expect(s.shifts.total).toBe(5);
    const byId = Object.fromEntries(s.members.map((m: { id: string; shifts: unknown }) => [m.id, m.shifts]));
    // an: night of 31/12/2024 (14 h, not a listed holiday), day of 16/02/2026 (30 Tết, built-in), day of
    // 21/02/2026 (Saturday, mùng 5: weekend, not a holiday) = 34 h.
    expect(byId.an).toEqual({ total: 3, hours: 34, night: 1, weekend: 1, holiday: 1 });
    expect(byId.binh).toEqual({ total: 1, hours: 14, night: 1, weekend: 0, holiday: 0 });
    // cuong: 01/01/2025, built-in. dung, em: night of 29/01/2025, mùng 1 Tết Ất Tỵ, built-in.
    expect(byId.cuong).toEqual({ total: 1, hours: 10, night: 0, weekend: 0, holiday: 1 });
    expect(byId.dung).toEqual({ total: 1, hours: 14, night: 1, weekend: 0, holiday: 1 });
    expect(byId.em).toEqual({ total: 1, hours: 14, night: 1, weekend: 0, holiday: 1 });
    expect(byId.khanh).toEqual({ total: 0, hours: 0, night: 0, weekend: 0, holiday: 0 });
    // Nothing of March 2024 is in the window: no gaps, no rest or night-limit warnings.
    expect(s.shifts.coverageGaps).toEqual([]);
    expect(s.shifts.restViolations).toEqual([]);
    expect(s.shifts.nightLimit).toEqual([]);
  });

  it('fairness leaves out the population member without a shift', SLOW, () => {
    // hscc: night [1, 1, 0], weekend [1, 0, 0], holiday [1, 0, 1]; noi (dung, em; not khanh): [1, 1], [0, 0], [1, 1].
    const rows = s.shifts.fairness as { department: string; measure: string; min: number; max: number; mean: number; stdev: number }[];
    expect(rows.map((r) => [r.department, r.measure, r.min, r.max])).toEqual([
      ['hscc', 'night', 0, 1],
      ['hscc', 'weekend', 0, 1],
      ['hscc', 'holiday', 0, 1],
      ['noi', 'night', 1, 1],
      ['noi', 'weekend', 0, 0],
      ['noi', 'holiday', 1, 1],
    ]);
    const means = [2 / 3, 1 / 3, 2 / 3, 1, 0, 1];
    const stdevs = [SQRT2_3, SQRT2_3, SQRT2_3, 0, 0, 0];
    rows.forEach((r, i) => {
      expect(r.mean).toBeCloseTo(means[i]!, 14);
      expect(r.stdev).toBeCloseTo(stdevs[i]!, 14);
    });
  });

  it('the report says which source each year used', SLOW, async () => {
    const md = await stdout([...range, '--format', 'md']);
    expect(md).toContain('- Năm 2024: theo danh sách ngày nghỉ lễ của đơn vị — 13 ngày (');
    // 2025: Tết Ất Tỵ mùng 1 = 29/01 (eve 28/01, to mùng 4 = 01/02), Giỗ Tổ 07/04; 2/9 is a Tuesday → 1/9.
    expect(md).toContain('- Năm 2025: theo lịch nghỉ lễ mặc định (Bộ luật Lao động 2019, Điều 112) — 11 ngày (01/01, 28/01, 29/01, 30/01, 31/01, 01/02, 07/04, 30/04, 01/05, 01/09, 02/09).');
    // 2026: Tết Bính Ngọ mùng 1 = 17/02, Giỗ Tổ 26/04; 2/9 is a Wednesday → 1/9.
    expect(md).toContain('- Năm 2026: theo lịch nghỉ lễ mặc định (Bộ luật Lao động 2019, Điều 112) — 11 ngày (01/01, 16/02, 17/02, 18/02, 19/02, 20/02, 26/04, 30/04, 01/05, 01/09, 02/09).');
    const en = await stdout([...range, '--format', 'md', '--lang', 'en']);
    expect(en).toContain('- 2025: from the built-in public holidays (Labour Code 2019, Article 112) — 11 days (01-01, 01-28, 01-29, 01-30, 01-31, 02-01, 04-07, 04-30, 05-01, 09-01, 09-02).');
  });

  it('the same bytes under UTC, Asia/Ho_Chi_Minh and Pacific/Kiritimati', SLOW, async () => {
    // In-process, the zone of this process switched for each run (inZone): its offset is checked.
    const outputs: string[] = [];
    for (const [TZ, offset] of [['UTC', 0], ['Asia/Ho_Chi_Minh', -7 * 60], ['Pacific/Kiritimati', -14 * 60]] as const) {
      const out = join(tmp, `range-${TZ.replace('/', '-')}`);
      await inZone(TZ, async () => {
        expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(), TZ).toBe(offset);
        expect((await run(['report', '--data', fixture, ...range, '--format', 'md,csv,json', '--out', out], { TZ })).code).toBe(0);
      });
      outputs.push(
        readdirSync(out)
          .sort()
          .map((f) => `${f}\n${readFileSync(join(out, f), 'utf8')}`)
          .join('\n---\n'),
      );
    }
    expect(outputs[0]).toContain('16/02, 17/02');
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });
});
