/**
 * `thidua member ID`: one member's scorecard for the "tự kiểm tra" self-check, on the
 * hand-made unit in test/fixtures/units/basic, in-process through main() of the built CLI.
 * Expected lines worked out from its YAML.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT as root, runMain } from '../support/run-main.js';

const fixture = join(root, 'test/fixtures/units/basic');

/** `thidua member ...args --data <fixture>` from the repository root, in-process. */
const run = (args: string[]) => runMain(['member', ...args, '--data', fixture], { cwd: root });

describe('thidua member', () => {
  it('binh, who joined on 1 March: pro-rated requirements, her shift, her title', async () => {
    // 2024-03-01..2024-12-31 = 306 days of 366. community: green-sunday 24/3 (3 h) and
    // free-clinic 15/6 for dept:a (4 h) = 2 activities, 7 h; required floor(2·306/366 + 0.5) = 2.
    // self: the studies of 1/4, 1/5, 1/6 (the one of 1/2 is before she joined); required
    // floor(4·306/366 + 0.5) = floor(3.84) = 3. One night shift 2/3 (Saturday) 17:00–07:00 = 14 h.
    const r = await run(['binh', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Trần Thị Bình (binh) — Khoa A',
        'Đánh giá từ 2024-01-01 đến 2024-12-31 (306 ngày công tác)',
        'Xếp loại năm 2024: chưa có kết quả xếp loại của đơn vị (danh sách đề nghị còn là dự kiến)',
        '  ✓ Trách nhiệm với cộng đồng: 2/2 hoạt động; 7/0 giờ',
        '  ✓ Trách nhiệm với công việc: 0/0 hoạt động; 0 lần vi phạm (tối đa 2)',
        '  ✓ Trách nhiệm với bản thân: 3/3 hoạt động',
        'Đạt cả các tiêu chí: có',
        'Có sáng kiến được tính chỉ tiêu 20 %: không',
        'Ca trực: 1 ca, 14 giờ; đêm 1, cuối tuần 1, ngày lễ 0',
        'Danh hiệu đề nghị: Lao động tiên tiến',
        '  Lý do: chưa có sáng kiến được công nhận hoặc đề tài được nghiệm thu trong năm để xét Chiến sĩ thi đua cơ sở',
        '',
      ].join('\n'),
    );
  });

  it('prints the data’s warnings on stderr as report and check do, and still answers', async () => {
    const r = await run(['binh', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'test/fixtures/units/basic/rules.yaml:3:7: warning: ngày 2024-03-03, Khoa A chỉ có 0/2 người trực ca đêm [coverage]',
        'test/fixtures/units/basic/shifts/2024.yaml:2:59: warning: “an” chỉ được nghỉ 0 giờ giữa ca đêm hôm 2024-03-02 và ca ngày hôm 2024-03-03 (tối thiểu 12 giờ) [rest]',
        '',
      ].join('\n'),
    );
  });

  it('dung: three violations fail "work", beyond max_violations 2', async () => {
    const r = await run(['dung', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  ✗ Trách nhiệm với công việc: 1/0 hoạt động; 3 lần vi phạm (tối đa 2)');
    expect(r.stdout).toContain('Đạt cả các tiêu chí: không');
  });

  it('a month evaluates the year to date', async () => {
    // March 2024: 2024-01-01..2024-03-31, binh active 31 days; community required floor(2·31/366 + 0.5) = 0.
    const r = await run(['binh', '--month', '2024-03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đánh giá từ 2024-01-01 đến 2024-03-31 (31 ngày công tác)');
    expect(r.stdout).toContain('  ✓ Trách nhiệm với cộng đồng: 1/0 hoạt động; 3/0 giờ');
    expect(r.stdout).not.toContain('Danh hiệu đề nghị');
  });

  it('an unknown id is bad usage with a suggestion, and no stack trace', async () => {
    const r = await run(['bihn', '--year', '2024']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bihn');
    expect(r.stderr).toContain('binh');
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
  });
});
