/**
 * A clerk's data repository on a fresh machine, played for real: `thidua init` from this
 * repository, the result cloned to a second folder as a CI runner's checkout would be, then
 * the steps of the generated GitHub workflow and GitLab job — read from their YAML files —
 * run in an environment that has only node, git and the system tools on its PATH (no
 * node_modules of this repository, a fresh HOME, CI=true, no network needed). The
 * pre-commit hook is exercised through real commits: a good change, a broken one, a machine
 * without Node.js, a thidua that itself fails, and one whose chunks are not all staged.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMain } from '../support/run-main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/thidua.js');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-clerk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SLOW = 180_000;

/** A directory of the tools a runner image has, when `node` is not in the system folders. */
function systemPath(): string {
  const nodeDir = dirname(process.execPath);
  const system = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  return (system.includes(nodeDir) ? system : [nodeDir, ...system]).join(':');
}

/** A fresh runner: PATH of node, git and system tools only; a new HOME; CI=true; nothing inherited. */
function runnerEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = mkdtempSync(join(tmp, 'home-'));
  return {
    PATH: systemPath(),
    HOME: home,
    CI: 'true',
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Văn thư',
    GIT_AUTHOR_EMAIL: 'van-thu@example.invalid',
    GIT_COMMITTER_NAME: 'Văn thư',
    GIT_COMMITTER_EMAIL: 'van-thu@example.invalid',
    ...extra,
  };
}

function run(cmd: string, args: readonly string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(cmd, [...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const bash = (script: string, cwd: string, env: Record<string, string>) => run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], cwd, env);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

const MONTH_FILES = ['annex.md', 'initiatives.csv', 'members.csv', 'report.docx', 'report.md', 'shifts.csv', 'summary.json'];
const YEAR_FILES = [...MONTH_FILES, 'proposals.csv', 'proposals.docx'].sort();

/** The clerk's repository, made once by `thidua init` from this repository (in-process) and committed through its hook. */
let origin = '';
beforeAll(async () => {
  const env = runnerEnv();
  const r = await runMain(['init', 'don-vi'], { cwd: tmp, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  origin = join(tmp, 'don-vi');
  expect(run('git', ['add', '-A'], origin, env).code).toBe(0);
  const first = run('git', ['commit', '-q', '-m', 'Bắt đầu'], origin, env);
  // The first commit works right after init: the hook checks the example data with the committed program.
  expect(first).toEqual({ code: 0, stdout: '', stderr: 'Dữ liệu hợp lệ: 4 người, 7 hoạt động, 8 ca trực.\n' });
}, SLOW);

let clones = 0;
/** `actions/checkout` / the GitLab runner's fetch: a fresh clone of the repository. */
function checkout(env: Record<string, string>): string {
  clones += 1;
  const dir = join(tmp, `runner-${clones}`);
  expect(run('git', ['clone', '-q', origin, dir], tmp, env).code).toBe(0);
  return dir;
}

/** The events a GitHub job's `if:` admits (`github.event_name == '…' || …`). */
function githubEvents(condition: unknown): string[] {
  return [...String(condition).matchAll(/github\.event_name == '([a-z_]+)'/g)].map((m) => m[1]!).sort();
}

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };

/** Runs a GitHub job's steps like a runner: `uses` steps emulated, `run` steps in bash -eo pipefail. */
function runGithubJob(dir: string, job: { env?: Record<string, string>; steps: Step[] }, env: Record<string, string>, inputs: Record<string, string>) {
  const expand = (text: string) => {
    const out = text.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
    expect(out).not.toContain('${{');
    return out;
  };
  const jobEnv = { ...env, ...Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, expand(String(v))])) };
  const ran: string[] = [];
  const artifacts: string[] = [];
  const stderr: string[] = [];
  for (const step of job.steps) {
    if (step.uses?.startsWith('actions/checkout@')) ran.push('checkout');
    else if (step.uses?.startsWith('actions/setup-node@')) {
      expect(Number(step.with?.['node-version'])).toBeGreaterThanOrEqual(20);
      expect(run('node', ['--version'], dir, jobEnv).code).toBe(0);
      ran.push('setup-node');
    } else if (step.uses?.startsWith('actions/upload-artifact@')) {
      const path = join(dir, String(step.with?.['path']));
      expect(existsSync(path), 'the artifact folder exists').toBe(true);
      artifacts.push(...listFiles(path));
      ran.push('upload-artifact');
    } else if (step.uses) throw new Error(`unexpected action ${step.uses}`);
    else {
      const r = bash(expand(String(step.run)), dir, jobEnv);
      expect(r.stderr, String(step.name)).not.toMatch(/error:|internal error|\n\s+at /);
      expect(r.code, `${String(step.name)}: ${r.stderr}`).toBe(0);
      stderr.push(r.stderr);
      ran.push(String(step.name));
    }
  }
  return { ran, artifacts, stderr: stderr.join('') };
}

describe('the generated repository needs only Node.js and git', () => {
  it('holds thidua itself and no dependency to install', () => {
    const files = listFiles(origin);
    expect(files).toContain('.thidua/thidua.mjs');
    expect(files).toContain('.thidua/LICENSES.txt');
    // The entry's chunks, every one committed.
    const listed = /^\/\/ files: (.*)$/m.exec(readFileSync(join(origin, '.thidua/thidua.mjs'), 'utf8'))![1]!.split(' ');
    expect(listed.filter((f) => f.startsWith('lib/')).length).toBeGreaterThan(5);
    for (const f of listed) expect(files).toContain(`.thidua/${f}`);
    expect(files.filter((f) => f.startsWith('.thidua/lib/'))).toEqual(listed.filter((f) => f.startsWith('lib/')).map((f) => `.thidua/${f}`));
    expect(files).not.toContain('package-lock.json');
    expect(files.some((f) => f.startsWith('node_modules/'))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(origin, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toBeUndefined();
    // The version that made a report is in the repository's history: the committed program names it.
    const header = readFileSync(join(origin, '.thidua/thidua.mjs'), 'utf8').split('\n')[1];
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(header).toMatch(new RegExp(`^// thidua ${version.replace(/\./g, '\\.')} \\(source [0-9a-f]{7,}(\\+dirty)?\\)`));
  });

  it('npm run check and npm run report work in a fresh clone, with no npm install', () => {
    const env = runnerEnv();
    const dir = checkout(env);
    const check = run('npm', ['run', '--silent', 'check'], dir, env);
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe('Dữ liệu hợp lệ: 4 người, 7 hoạt động, 8 ca trực.\n');
    const rep = run('npm', ['run', '--silent', 'report', '--', '--month', '2025-01'], dir, env);
    expect(rep.code, rep.stderr).toBe(0);
    expect(readdirSync(join(dir, 'reports/2025-01')).sort()).toEqual(MONTH_FILES);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  }, SLOW);
});

describe('the GitHub workflow, read from its file and run step by step on a fresh runner', () => {
  const workflow = () => parse(readFileSync(join(origin, '.github/workflows/thidua.yml'), 'utf8'));

  it('checks on every push and pull request, reports on the schedule and by hand', () => {
    const wf = workflow();
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request', 'schedule', 'workflow_dispatch']);
    expect(wf.on.schedule).toEqual([{ cron: '0 0 1 * *' }]);
    expect(githubEvents(wf.jobs.check.if)).toEqual(['pull_request', 'push']);
    expect(githubEvents(wf.jobs.report.if)).toEqual(['schedule', 'workflow_dispatch']);
    const upload = wf.jobs.report.steps.find((s: Step) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.with).toEqual({ name: 'bao-cao-thidua', path: 'reports/', 'retention-days': 90, 'if-no-files-found': 'error' });
  });

  it('push: the check job passes on good data and fails, located, on a broken file pushed from the web editor', () => {
    const env = runnerEnv();
    const dir = checkout(env);
    expect(runGithubJob(dir, workflow().jobs.check, env, {}).ran).toEqual(['checkout', 'setup-node', 'Kiểm tra dữ liệu']);
    // An edit made in the web editor bypasses the hook: the check job is what catches it.
    const members = join(dir, 'data/members.yaml');
    writeFileSync(members, readFileSync(members, 'utf8').replace('department: kham-benh', 'department: kham-benh2'));
    const step = workflow().jobs.check.steps.find((s: Step) => s.run);
    const r = bash(step.run, dir, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/members\.yaml:\d+:15: error: .*\[unknown-department\]$/m);
  }, SLOW);

  it('schedule on 2025-02-01: the previous month and the year to date are the artifacts', () => {
    const env = runnerEnv({ THIDUA_TODAY: '2025-02-01' });
    const dir = checkout(env);
    const job = runGithubJob(dir, workflow().jobs.report, env, {});
    expect(job.ran).toEqual(['checkout', 'setup-node', 'Kiểm tra dữ liệu', 'Báo cáo tháng', 'Báo cáo từ đầu năm', 'upload-artifact']);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['2025-01', '2025-den-2025-01-31']);
    expect(job.artifacts).toEqual([...MONTH_FILES.map((f) => `2025-01/${f}`), ...YEAR_FILES.map((f) => `2025-den-2025-01-31/${f}`)].sort());
    const month = JSON.parse(readFileSync(join(dir, 'reports/2025-01/summary.json'), 'utf8'));
    expect(month.period).toEqual({ kind: 'month', from: '2025-01-01', to: '2025-01-31', evalFrom: '2025-01-01', asOf: '2025-01-31' });
    const ytd = JSON.parse(readFileSync(join(dir, 'reports/2025-den-2025-01-31/summary.json'), 'utf8'));
    expect(ytd.period).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31', evalFrom: '2025-01-01', asOf: '2025-01-31' });
    // The footer names the commit the report was made from (the clone is clean).
    const commit = run('git', ['log', '-1', '--format=%h'], dir, env).stdout.trim();
    expect(readFileSync(join(dir, 'reports/2025-01/report.md'), 'utf8')).toContain(commit);
  }, SLOW);

  it('run by hand for a given month (the dispatch input), whatever the clock says', () => {
    const env = runnerEnv();
    const dir = checkout(env);
    const job = runGithubJob(dir, workflow().jobs.report, env, { month: '2025-01' });
    expect(job.artifacts.filter((f) => f.endsWith('summary.json'))).toEqual(['2025-01/summary.json', '2025-den-2025-01-31/summary.json']);
  }, SLOW);
});

describe('the GitLab jobs, read from .gitlab-ci.yml and run on a fresh runner', () => {
  const config = () => parse(readFileSync(join(origin, '.gitlab-ci.yml'), 'utf8'));
  /** Whether a job's rules admit a pipeline source. */
  const admits = (job: { rules: { if: string }[] }, source: string) => job.rules.some((r) => r.if === `$CI_PIPELINE_SOURCE == "${source}"`);
  /** GitLab runs before_script and script lines in one shell, stopping at the first failure. */
  const runJob = (dir: string, job: { variables?: Record<string, unknown>; before_script?: string[]; script: string[] }, env: Record<string, string>) =>
    bash([...(job.before_script ?? []), ...job.script].join('\n'), dir, { ...env, ...Object.fromEntries(Object.entries(job.variables ?? {}).map(([k, v]) => [k, String(v)])) });

  it('the check job runs on push and merge requests, the report job on the schedule and by hand', () => {
    const ci = config();
    expect(admits(ci['thidua-check'], 'push') && admits(ci['thidua-check'], 'merge_request_event')).toBe(true);
    expect(admits(ci['thidua-check'], 'schedule')).toBe(false);
    expect(admits(ci['thidua-report'], 'schedule') && admits(ci['thidua-report'], 'web')).toBe(true);
    expect(admits(ci['thidua-report'], 'push')).toBe(false);
    expect(ci['thidua-report'].artifacts).toEqual({ name: 'bao-cao-thidua', paths: ['reports/'], expire_in: '90 days', when: 'on_success' });
    const env = runnerEnv({ CI_PIPELINE_SOURCE: 'push' });
    const check = runJob(checkout(env), ci['thidua-check'], env);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  }, SLOW);

  it('schedule on 2026-01-01: December (empty, said so) and the whole of 2025', () => {
    const env = runnerEnv({ CI_PIPELINE_SOURCE: 'schedule', THIDUA_TODAY: '2026-01-01' });
    const dir = checkout(env);
    const r = runJob(dir, config()['thidua-report'], env);
    expect(r.code, r.stderr).toBe(0);
    // The example data has January only: December is reported with a warning, not silently.
    expect(r.stderr).toMatch(/warning: .*2025-12.*\[empty-period\]/);
    expect(r.stderr).not.toMatch(/error:/);
    const paths = config()['thidua-report'].artifacts.paths as string[];
    expect(paths.flatMap((p) => listFiles(join(dir, p)))).toEqual([...YEAR_FILES.map((f) => `2025/${f}`), ...MONTH_FILES.map((f) => `2025-12/${f}`)].sort());
    expect(JSON.parse(readFileSync(join(dir, 'reports/2025/summary.json'), 'utf8')).period.asOf).toBe('2025-12-31');
  }, SLOW);

  it('run by hand with MONTH set to an old month', () => {
    const env = runnerEnv({ CI_PIPELINE_SOURCE: 'web' });
    const dir = checkout(env);
    const job = config()['thidua-report'];
    const r = runJob(dir, { ...job, variables: { ...job.variables, MONTH: '2025-01' } }, env);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['2025-01', '2025-den-2025-01-31']);
  }, SLOW);
});

describe('the pre-commit hook, through real commits on a fresh machine', () => {
  /** A clone with the hook turned on the way the README says (npm run hooks). */
  function workingCopy(env: Record<string, string>): string {
    const dir = checkout(env);
    const hooks = run('npm', ['run', '--silent', 'hooks'], dir, env);
    expect(hooks.code, hooks.stderr).toBe(0);
    expect(run('git', ['config', 'core.hooksPath'], dir, env).stdout.trim()).toBe('.githooks');
    return dir;
  }
  /** A harmless change to the data, staged: what the next commit's hook will check. */
  function stageAChange(dir: string, env: Record<string, string>): void {
    writeFileSync(join(dir, 'data/members.yaml'), `${readFileSync(join(dir, 'data/members.yaml'), 'utf8')}\n`);
    run('git', ['add', '-A'], dir, env);
  }
  const commits = (dir: string, env: Record<string, string>) => run('git', ['rev-list', '--count', 'HEAD'], dir, env).stdout.trim();

  it('lets a good change through and blocks a broken one with file:line:col', () => {
    const env = runnerEnv();
    const dir = workingCopy(env);
    const membersPath = join(dir, 'data/members.yaml');
    const good = readFileSync(membersPath, 'utf8');
    writeFileSync(membersPath, good.replace('- id: pham-thi-dung', '- id: vo-thi-em\n  name: Võ Thị Em\n  department: hscc\n\n- id: pham-thi-dung'));
    run('git', ['add', 'data/members.yaml'], dir, env);
    const ok = run('git', ['commit', '-q', '-m', 'Thêm Võ Thị Em'], dir, env);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: 'Dữ liệu hợp lệ: 5 người, 7 hoạt động, 8 ca trực.\n' });

    const now = readFileSync(membersPath, 'utf8');
    const at = now.indexOf('  department: hscc');
    const line = now.slice(0, at).split('\n').length;
    writeFileSync(membersPath, now.replace('  department: hscc', '  department: hscc2'));
    run('git', ['add', 'data/members.yaml'], dir, env);
    const blocked = run('git', ['commit', '-q', '-m', 'Sửa sai'], dir, env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain(`data/members.yaml:${line}:15: error: `);
    expect(blocked.stderr).toContain('[unknown-department]');
    expect(blocked.stderr).toContain('dữ liệu có lỗi (xem các dòng trên: tệp:dòng:cột)');
    expect(commits(dir, env)).toBe('2');

    // Fixed in the working folder but not staged: what would be committed is still broken.
    writeFileSync(membersPath, now);
    expect(run('git', ['commit', '-q', '-m', 'Sửa sai'], dir, env).code).not.toBe(0);
    run('git', ['add', 'data/members.yaml'], dir, env);
    expect(run('git', ['commit', '-q', '--allow-empty', '-m', 'Sửa lại'], dir, env).code).toBe(0);
  }, SLOW);

  it('says "Node.js is missing" when it is, and does not blame the data', () => {
    const env = runnerEnv();
    const dir = workingCopy(env);
    // A PATH with git and the shell's tools but no node.
    const noNode = join(tmp, 'no-node-bin');
    if (!existsSync(noNode)) {
      mkdirSync(noNode);
      for (const tool of ['git', 'sh', 'mktemp', 'rm', 'cat', 'dirname', 'basename', 'sed', 'uname']) {
        const found = ['/usr/bin', '/bin'].map((d) => join(d, tool)).find((p) => existsSync(p));
        if (found) symlinkSync(found, join(noNode, tool));
      }
    }
    stageAChange(dir, env);
    const r = run('git', ['commit', '-q', '-m', 'x'], dir, { ...env, PATH: noNode });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('máy này chưa có Node.js');
    expect(r.stderr).not.toContain('dữ liệu có lỗi');
    expect(commits(dir, env)).toBe('1');
  }, SLOW);

  it('says when Node.js is too old, or when the program is missing from the repository', () => {
    const env = runnerEnv();
    const dir = workingCopy(env);
    // A `node` that is version 18: it answers --version and fails the hook's version test.
    const oldNode = join(tmp, 'old-node-bin');
    if (!existsSync(oldNode)) {
      mkdirSync(oldNode);
      writeFileSync(join(oldNode, 'node'), '#!/bin/sh\nif [ "$1" = "--version" ]; then echo v18.20.0; exit 0; fi\nexit 1\n');
      chmodSync(join(oldNode, 'node'), 0o755);
    }
    stageAChange(dir, env);
    const old = run('git', ['commit', '-q', '-m', 'x'], dir, { ...env, PATH: `${oldNode}:${env['PATH']}` });
    expect(old.code).not.toBe(0);
    expect(old.stderr).toContain('thidua: Node.js v18.20.0 đã quá cũ; thidua cần bản 20 trở lên');
    expect(old.stderr).not.toContain('dữ liệu có lỗi');

    run('git', ['rm', '-q', '.thidua/thidua.mjs'], dir, env);
    const gone = run('git', ['commit', '-q', '-m', 'x'], dir, env);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('kho này thiếu .thidua/thidua.mjs');
    expect(commits(dir, env)).toBe('1');
  }, SLOW);

  it('says "thidua itself failed" for an internal error or bad usage, and does not blame the data', () => {
    const env = runnerEnv();
    const dir = workingCopy(env);
    for (const [code, body] of [
      [3, "process.stderr.write('thidua: internal error: boom\\n'); process.exit(3);"],
      [2, "process.stderr.write('thidua: bad usage\\n'); process.exit(2);"],
    ] as const) {
      const tool = join(dir, '.thidua/thidua.mjs');
      writeFileSync(tool, `#!/usr/bin/env node\n${body}\n`);
      chmodSync(tool, 0o755);
      run('git', ['add', '-A'], dir, env);
      const r = run('git', ['commit', '-q', '-m', 'x'], dir, env);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`chính thidua gặp sự cố (mã thoát ${code}), không phải lỗi trong dữ liệu của bạn`);
      expect(r.stderr).not.toContain('dữ liệu có lỗi');
    }
    expect(commits(dir, env)).toBe('1');
  }, SLOW);

  it('a chunk of thidua missing from the staged files: "thidua itself failed", one line, not the data', () => {
    const env = runnerEnv();
    const dir = workingCopy(env);
    const chunk = readdirSync(join(dir, '.thidua/lib')).find((n) => n.startsWith('run-process-'))!;
    run('git', ['rm', '-q', `.thidua/lib/${chunk}`], dir, env);
    stageAChange(dir, env);
    const r = run('git', ['commit', '-q', '-m', 'x'], dir, env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`thidua: internal error: `);
    expect(r.stderr).toContain('chính thidua gặp sự cố (mã thoát 3), không phải lỗi trong dữ liệu của bạn');
    expect(r.stderr).not.toMatch(/dữ liệu có lỗi|\n\s+at /);
    expect(commits(dir, env)).toBe('1');
  }, SLOW);
});

describe('how a clerk gets thidua: the command in the first lines of this README', () => {
  it('is there, and its init step makes a repository that checks', () => {
    const head = readFileSync(join(root, 'README.md'), 'utf8').split('\n').slice(0, 15).join('\n');
    const m = /^npm ci && node bin\/thidua\.js init (\S+)/m.exec(head);
    expect(m, 'the README names the init command').not.toBeNull();
    // `npm ci` is what this test suite itself runs after; the init step runs here as written,
    // into a temporary folder instead of the one the README names.
    const target = join(tmp, 'from-readme');
    const env = runnerEnv();
    const r = run(process.execPath, [bin, 'init', target], root, env);
    expect(r.code, r.stderr).toBe(0);
    expect(run(process.execPath, [join(target, '.thidua/thidua.mjs'), 'check'], target, env).code).toBe(0);
  }, SLOW);
});
