/**
 * `thidua init` through the built binary: a scaffold that checks and reports with no edits,
 * refusal without a partial write, the CI recipes run step by step against the local build,
 * and the pre-commit hook in a real temporary git repository.
 *
 * "Installing thidua" in a scaffold is done as npm would leave it, without npm and without
 * any network: node_modules/thidua -> this repository (its dist/ is built by `npm test`) and
 * node_modules/.bin/thidua -> ../thidua/bin/thidua.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TEMPLATE_FILES } from '../../src/cli/scaffold/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/thidua.js');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SLOW = 120_000;

// A clean environment: no inherited THIDUA_* or git settings; node on PATH for the hook's shebang.
const emptyGitConfig = join(tmp, 'gitconfig');
writeFileSync(emptyGitConfig, '');
const baseEnv: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('THIDUA_') && !k.startsWith('GIT_')) baseEnv[k] = v;
Object.assign(baseEnv, {
  NO_COLOR: '1',
  PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
  GIT_CONFIG_GLOBAL: emptyGitConfig,
  GIT_CONFIG_NOSYSTEM: '1',
});

function run(cmd: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, [...args], { cwd, encoding: 'utf8', env: { ...baseEnv, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const thidua = (args: readonly string[], cwd: string, env: Record<string, string> = {}) => run(process.execPath, [bin, ...args], cwd, env);
const git = (dir: string, ...args: string[]) => run('git', ['-C', dir, ...args], dir);

/** What the data repository's install step leaves behind, pointed at the local build. */
function installLocal(dir: string): void {
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/thidua'), 'dir');
  symlinkSync('../thidua/bin/thidua.js', join(dir, 'node_modules/.bin/thidua'));
}

function listFiles(dir: string, skip: readonly string[] = ['.git', 'node_modules']): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (skip.includes(e.name)) continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

function freshScaffold(name: string, extra: readonly string[] = ['--no-git']): string {
  const r = thidua(['init', name, ...extra], tmp);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return join(tmp, name);
}

const MONTH_FILES = ['initiatives.csv', 'members.csv', 'report.md', 'shifts.csv', 'summary.json'];
const YEAR_FILES = [...MONTH_FILES, 'proposals.csv'].sort();

describe('init, then check and report with no edits', () => {
  it('creates the repository, enables the hook, and the example unit checks and reports clean', () => {
    const r = thidua(['init', 'unit'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(tmp, 'unit');
    // 13 templates + package.json + 5 schema files.
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `Đã tạo kho dữ liệu thi đua trong unit: 19 tệp.`,
      'Đã tạo kho git (git init).',
      'Đã bật kiểm tra dữ liệu trước mỗi lần commit (git config core.hooksPath .githooks).',
    ]);
    expect(listFiles(dir)).toHaveLength(19);
    expect(git(dir, 'config', 'core.hooksPath').stdout.trim()).toBe('.githooks');

    // 4 people in members.yaml, 7 records in activities/2025/2025-01.yaml, 8 in shifts/2025/2025-01.yaml.
    const check = thidua(['check'], dir);
    expect(check).toEqual({ code: 0, stdout: 'Dữ liệu hợp lệ: 4 người, 7 hoạt động, 8 ca trực.\n', stderr: '' });

    const rep = thidua(['report', '--month', '2025-01', '--format', 'json', '--stdout'], dir);
    expect(rep.stderr).toBe('');
    expect(rep.code).toBe(0);
    const s = JSON.parse(rep.stdout);
    expect(s.population).toBe(4);
    // January of 365 days: community needs floor(2*31/365 + 0.5) = 0, self floor(4*31/365 + 0.5) = 0,
    // and the one violation (pham-thi-dung, reminder) is under max 2: all four meet everything.
    expect(s.allMet).toBe(4);
    // One initiative, co-so, recognized 2025-01-24, in 01M, authors tran-thi-binh and nguyen-van-an: 2/4.
    expect(s.innovation).toMatchObject({ authors: 2, rate: 0.5, met: true, gap: 0, initiatives: 1, recognizedNot01m: 0, pending: 0 });
    expect(s.shifts.total).toBe(8);
    const byId = Object.fromEntries(s.members.map((m: { id: string }) => [m.id, m]));
    expect(Object.keys(byId)).toEqual(['le-van-cuong', 'nguyen-van-an', 'pham-thi-dung', 'tran-thi-binh']);
    // an: green-sunday (all, 3 h default) + blood-donation + charity; study (all, 2 h).
    expect(byId['nguyen-van-an'].criteria.community).toMatchObject({ count: 3, hours: 3 });
    expect(byId['nguyen-van-an'].criteria.self).toMatchObject({ count: 1, hours: 2 });
    // cuong: green-sunday + blood-donation; study 2 h + training (dept:hscc) 4 h.
    expect(byId['le-van-cuong'].criteria.community).toMatchObject({ count: 2, hours: 3 });
    expect(byId['le-van-cuong'].criteria.self).toMatchObject({ count: 2, hours: 6 });
    // binh: the initiative counts for "work".
    expect(byId['tran-thi-binh'].criteria.work).toMatchObject({ count: 1, met: true });

    const year = thidua(['report', '--year', '2025'], dir);
    expect(year.stderr).toBe('');
    expect(year.code).toBe(0);
    expect(readdirSync(join(dir, 'reports/2025')).sort()).toEqual(YEAR_FILES);
  }, SLOW);

  it('DIR defaults to the current folder; --no-git leaves git alone', () => {
    const dir = join(tmp, 'here');
    mkdirSync(dir);
    const r = thidua(['init', '--no-git'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Đã tạo kho dữ liệu thi đua trong .: 19 tệp.');
    expect(r.stdout).not.toContain('cd ');
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(existsSync(join(dir, 'data/unit.yaml'))).toBe(true);
  }, SLOW);

  it('writes the given dependency spec into package.json', () => {
    thidua(['init', 'spec', '--no-git', '--thidua', 'file:vendor/thidua-0.1.0.tgz'], tmp);
    expect(JSON.parse(readFileSync(join(tmp, 'spec/package.json'), 'utf8')).dependencies).toEqual({ thidua: 'file:vendor/thidua-0.1.0.tgz' });
    const bad = thidua(['init', 'spec2', '--thidua', 'a b'], tmp);
    expect(bad.code).toBe(2);
    expect(existsSync(join(tmp, 'spec2'))).toBe(false);
  }, SLOW);
});

describe('init refuses to overwrite', () => {
  it('names every file in the way, exits 1 and writes nothing', () => {
    const dir = join(tmp, 'busy');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'README.md'), 'my notes\n');
    writeFileSync(join(dir, 'data/members.yaml'), '- mine\n');
    const r = thidua(['init', 'busy'], tmp);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'busy/README.md: error: đã có; init không ghi đè tệp nào [init-file-exists]',
        'busy/data/members.yaml: error: đã có; init không ghi đè tệp nào [init-file-exists]',
        'Không ghi tệp nào: 2 đường dẫn bị vướng (liệt kê ở trên). Hãy chọn một thư mục trống, hoặc chuyển các tệp đó đi.',
        '',
      ].join('\n'),
    });
    expect(listFiles(dir, [])).toEqual(['README.md', 'data/members.yaml']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('my notes\n');
  }, SLOW);

  it('a file where a folder must go, or DIR itself a file, is refused too', () => {
    const dir = join(tmp, 'clash');
    mkdirSync(dir);
    writeFileSync(join(dir, '.vscode'), 'not a folder\n');
    const r = thidua(['init', 'clash', '--lang', 'en'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('clash/.vscode: error: exists and is not a folder [init-not-dir]');
    expect(listFiles(dir, [])).toEqual(['.vscode']);
    writeFileSync(join(tmp, 'plain-file'), 'x\n');
    const f = thidua(['init', 'plain-file'], tmp);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('plain-file: error: đã có và không phải là thư mục [init-not-dir]');
  }, SLOW);
});

/** Runs GitHub Actions `run` steps in order like a runner would: GITHUB_PATH/GITHUB_ENV honoured. */
function runGithubSteps(dir: string, steps: readonly Record<string, unknown>[], env: Record<string, string>, inputs: Record<string, string>) {
  const pathFile = join(dir, '..', `${dir.split('/').pop()}-github-path`);
  const envFile = join(dir, '..', `${dir.split('/').pop()}-github-env`);
  writeFileSync(pathFile, '');
  writeFileSync(envFile, '');
  const expand = (text: string) => {
    const out = text.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
    expect(out).not.toContain('${{');
    return out;
  };
  const jobEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, expand(String(v))]));
  const ran: string[] = [];
  for (const step of steps) {
    if (typeof step['uses'] === 'string') continue;
    if (step['id'] === 'install') {
      installLocal(dir);
      ran.push('install (local build)');
      continue;
    }
    const extraPath = readFileSync(pathFile, 'utf8').split('\n').filter((l) => l !== '').reverse();
    const added = Object.fromEntries(readFileSync(envFile, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const stepEnv: Record<string, string> = { ...jobEnv, ...added, GITHUB_PATH: pathFile, GITHUB_ENV: envFile };
    stepEnv['PATH'] = [...extraPath, baseEnv['PATH']].join(delimiter);
    const r = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(String(step['run']))], dir, stepEnv);
    expect(r.stderr, String(step['name'])).not.toMatch(/error:|internal error|\n\s+at /);
    expect(r.code, `${String(step['name'])}: ${r.stderr}`).toBe(0);
    ran.push(String(step['name']));
  }
  return ran;
}

describe('the CI recipes, executed step by step against the local build', () => {
  it('GitHub Actions: monthly on the 1st at 07:00 Vietnam time, previous month and year to date, uploaded with a retention', () => {
    const dir = freshScaffold('gh');
    const wf = parse(readFileSync(join(dir, '.github/workflows/thidua.yml'), 'utf8'));
    expect(wf.on.schedule).toEqual([{ cron: '0 0 1 * *' }]);
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    const job = wf.jobs.report;
    const uses = job.steps.filter((s: { uses?: string }) => s.uses).map((s: { uses: string }) => s.uses);
    expect(uses).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-artifact@v4']);
    const upload = job.steps.find((s: { uses?: string }) => s.uses === 'actions/upload-artifact@v4');
    expect(upload.with).toEqual({ name: 'bao-cao-thidua', path: 'reports/', 'retention-days': 90, 'if-no-files-found': 'error' });
    expect(job.steps.find((s: { id?: string }) => s.id === 'install').run).toBe('npm install --no-audit --no-fund');

    // A scheduled run on 2025-02-01 (Vietnam): the previous month is 2025-01; the year to date ends 2025-01-31.
    const ran = runGithubSteps(dir, job.steps, { ...job.env, THIDUA_TODAY: '2025-02-01' }, {});
    expect(ran).toEqual(['install (local build)', 'Đưa thidua vào PATH', 'Kiểm tra dữ liệu', 'Báo cáo tháng', 'Báo cáo từ đầu năm']);
    expect(readdirSync(join(dir, upload.with.path)).sort()).toEqual(['2025', '2025-01']);
    expect(readdirSync(join(dir, 'reports/2025-01')).sort()).toEqual(MONTH_FILES);
    expect(readdirSync(join(dir, 'reports/2025')).sort()).toEqual(YEAR_FILES);
    const ytd = JSON.parse(readFileSync(join(dir, 'reports/2025/summary.json'), 'utf8'));
    expect(ytd.period).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31', evalFrom: '2025-01-01', asOf: '2025-01-31' });
    const month = JSON.parse(readFileSync(join(dir, 'reports/2025-01/summary.json'), 'utf8'));
    expect(month.period).toEqual({ kind: 'month', from: '2025-01-01', to: '2025-01-31', evalFrom: '2025-01-01', asOf: '2025-01-31' });
  }, SLOW);

  it('GitHub Actions, run by hand for a given month (the dispatch input)', () => {
    const dir = freshScaffold('gh-dispatch');
    const job = parse(readFileSync(join(dir, '.github/workflows/thidua.yml'), 'utf8')).jobs.report;
    // No THIDUA_TODAY: the month comes from the input, not the clock.
    runGithubSteps(dir, job.steps, job.env, { month: '2025-01' });
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['2025', '2025-01']);
  }, SLOW);

  it('GitLab CI: a scheduled job with rules and expiring artifacts; on 2026-01-01 it reports December and the whole of 2025', () => {
    const dir = freshScaffold('gl');
    const ci = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'));
    const job = ci['thidua-report'];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }, { if: '$CI_PIPELINE_SOURCE == "web"' }]);
    expect(job.artifacts).toEqual({ name: 'bao-cao-thidua', paths: ['reports/'], expire_in: '90 days', when: 'on_success' });
    const lines: string[] = [...job.before_script, ...job.script];
    expect(lines[0]).toBe('npm install --no-audit --no-fund');
    installLocal(dir);
    // GitLab runs before_script and script lines in one shell, stopping at the first failure.
    const r = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lines.slice(1).join('\n')], dir, { ...job.variables, CI_PIPELINE_SOURCE: 'schedule', THIDUA_TODAY: '2026-01-01' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['2025', '2025-12']);
    expect(readdirSync(join(dir, 'reports/2025')).sort()).toEqual(YEAR_FILES);
    const ytd = JSON.parse(readFileSync(join(dir, 'reports/2025/summary.json'), 'utf8'));
    expect(ytd.period.asOf).toBe('2025-12-31');
  }, SLOW);
});

describe('the pre-commit hook', () => {
  it('blocks a commit of broken staged data and lets the fixed data through', () => {
    const dir = join(tmp, 'hooked');
    expect(thidua(['init', 'hooked'], tmp).code).toBe(0);
    installLocal(dir);
    git(dir, 'config', 'user.name', 'Văn thư');
    git(dir, 'config', 'user.email', 'van-thu@example.invalid');
    expect(git(dir, 'add', '-A').code).toBe(0);
    const first = git(dir, 'commit', '-q', '-m', 'Khởi tạo');
    // git shows a hook's output on stderr: here the check's "valid" line.
    expect(first.stderr).toBe('Dữ liệu hợp lệ: 4 người, 7 hoạt động, 8 ca trực.\n');
    expect(first.code).toBe(0);

    const membersPath = join(dir, 'data/members.yaml');
    const good = readFileSync(membersPath, 'utf8');
    // The first "department: kham-benh" (nguyen-van-an): its line, and column 15 where the value starts.
    const at = good.indexOf('  department: kham-benh');
    const line = good.slice(0, at).split('\n').length;
    writeFileSync(membersPath, good.replace('  department: kham-benh', '  department: kham-benh2'));
    git(dir, 'add', 'data/members.yaml');
    const blocked = git(dir, 'commit', '-q', '-m', 'Sửa sai');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain(`data/members.yaml:${line}:15: error: `);
    expect(blocked.stderr).toContain('[unknown-department]');
    expect(git(dir, 'rev-list', '--count', 'HEAD').stdout.trim()).toBe('1');

    // Fixed in the working folder but not staged: what would be committed is still broken.
    writeFileSync(membersPath, good);
    expect(git(dir, 'commit', '-q', '-m', 'Sửa sai').code).not.toBe(0);

    git(dir, 'add', 'data/members.yaml');
    const added = good.replace('- id: pham-thi-dung', '- id: vo-thi-em\n  name: Võ Thị Em\n  department: hscc\n\n- id: pham-thi-dung');
    writeFileSync(membersPath, added);
    git(dir, 'add', 'data/members.yaml');
    const ok = git(dir, 'commit', '-q', '-m', 'Thêm Võ Thị Em');
    expect(ok.stderr).toBe('Dữ liệu hợp lệ: 5 người, 7 hoạt động, 8 ca trực.\n');
    expect(ok.code).toBe(0);
    expect(git(dir, 'rev-list', '--count', 'HEAD').stdout.trim()).toBe('2');
  }, SLOW);
});

describe('packaging', () => {
  it('npm pack ships every init template and the built command', () => {
    const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    expect(r.code).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const t of TEMPLATE_FILES) expect(files.has(`templates/init/${t.from}`), t.from).toBe(true);
    expect(files.has('dist/cli/commands/init.js')).toBe(true);
    expect(files.has('bin/thidua.js')).toBe(true);
  }, SLOW);
});
