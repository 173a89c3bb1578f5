/**
 * Commands run from a subfolder of a data repository, through `main()` of the built CLI:
 * without `--data` they find `data/` here or in a parent folder (up to the repository's
 * root), and `report` writes `reports/<period>/` beside it, as from the repository root.
 * Each repository is a temporary folder with a `.git` folder, so nothing above it counts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'test/fixtures/units/basic');
const { findDataDir } = (await import(join(root, 'dist/cli/find-data-dir.js'))) as { findDataDir: (o: { cwd: string }) => { found: boolean; repoRoot?: string } };

const tmp = mkdtempSync(join(tmpdir(), 'thidua-data-dir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(cwd: string, argv: readonly string[]) {
  const r = await runMain(argv, { cwd, env: { NO_COLOR: '1', THIDUA_CACHE_DIR: 'off' } });
  return { exit: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** A repository `name` with the basic unit in `data/` and a few other folders. */
function repository(name: string): string {
  const repo = join(tmp, name);
  mkdirSync(join(repo, '.git'), { recursive: true });
  cpSync(fixture, join(repo, 'data'), { recursive: true });
  mkdirSync(join(repo, 'scripts/monthly'), { recursive: true });
  return repo;
}

describe('without --data, from a subfolder', () => {
  const repo = repository('repo');

  it.each(['scripts/monthly', 'data', 'data/activities'])('check from %s reads the repository’s data/', async (sub) => {
    const here = await run(join(repo, sub), ['check']);
    const fromRoot = await run(repo, ['check']);
    expect(here.exit).toBe(0);
    expect(here.stdout).toBe(fromRoot.stdout);
    expect(here.stdout).toMatch(/^Dữ liệu hợp lệ: \d+ người/);
  });

  it('report writes reports/<period>/ beside data/, not in the working folder', async () => {
    const cwd = join(repo, 'data/activities');
    const r = await run(cwd, ['report', '--year', '2024', '--format', 'json']);
    expect(r.exit).toBe(0);
    expect(existsSync(join(repo, 'reports/2024/summary.json'))).toBe(true);
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
    expect(existsSync(join(repo, 'data/reports'))).toBe(false);
    // Shown as displayPath shows a path outside the working folder: whole.
    expect(r.stdout).toContain(`  ${join(repo, 'reports/2024/summary.json')}\n`);
  });

  it('report --out is still relative to the working folder', async () => {
    const cwd = join(repo, 'scripts');
    const r = await run(cwd, ['report', '--year', '2024', '--format', 'json', '--out', 'out']);
    expect(r.exit).toBe(0);
    expect(r.stdout).toContain('  out/summary.json\n');
    expect(existsSync(join(cwd, 'out/summary.json'))).toBe(true);
  });

  it('member finds the data too', async () => {
    const r = await run(join(repo, 'scripts/monthly'), ['member', 'binh', '--year', '2024']);
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/^Trần Thị Bình \(binh\)/);
  });
});

describe('--data given: taken as it is, relative to the working folder', () => {
  const repo = repository('given');

  it('does not look further up when the folder is missing', async () => {
    const r = await run(join(repo, 'scripts'), ['check', '--data', 'data']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe('data:1:1: error: không tìm thấy thư mục dữ liệu; hãy kiểm tra đường dẫn sau --data [missing-file]\n1 lỗi, 0 cảnh báo\n');
  });

  it('reads the folder given, and report writes from the working folder', async () => {
    const cwd = join(repo, 'scripts');
    const r = await run(cwd, ['report', '--year', '2024', '--format', 'json', '--data', '../data']);
    expect(r.exit).toBe(0);
    expect(existsSync(join(cwd, 'reports/2024/summary.json'))).toBe(true);
  });
});

describe('no data folder', () => {
  it('in a repository: says the repository has none, never suggests init', async () => {
    const repo = join(tmp, 'empty-repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'docs'), { recursive: true });
    const r = await run(join(repo, 'docs'), ['check']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(
      `${join(repo, 'data')}:1:1: error: kho git này không có thư mục data/ (đã tìm từ thư mục hiện tại lên tới gốc kho); dùng --data để chỉ thư mục dữ liệu [missing-file]\n1 lỗi, 0 cảnh báo\n`,
    );
    expect(r.stderr).not.toContain('init');
    const en = await run(repo, ['check', '--lang', 'en']);
    expect(en.stderr).toBe(
      'data:1:1: error: this git repository has no data/ folder (looked from here up to the repository’s root); point to the data folder with --data [missing-file]\nerrors: 1, warnings: 0\n',
    );
    const report = await run(repo, ['report', '--year', '2024']);
    expect(report.exit).toBe(1);
    expect(report.stderr).toContain('[missing-file]');
    expect(existsSync(join(repo, 'reports'))).toBe(false);
  });

  // Outside any repository the walk goes up to the file system's root: only meaningful
  // when nothing above the temporary folder has a data/ or a .git.
  const clear = !findDataDir({ cwd: tmp }).found && findDataDir({ cwd: tmp }).repoRoot === undefined;
  it.skipIf(!clear)('outside any repository: suggests thidua init DIR', async () => {
    const lone = join(tmp, 'lone/notes');
    mkdirSync(lone, { recursive: true });
    const r = await run(lone, ['check']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(
      'data:1:1: error: không tìm thấy thư mục data/ ở đây hay ở các thư mục cha; dùng --data để chỉ thư mục dữ liệu, hoặc “thidua init DIR” để tạo một kho dữ liệu mới trong DIR [missing-file]\n1 lỗi, 0 cảnh báo\n',
    );
  });
});
