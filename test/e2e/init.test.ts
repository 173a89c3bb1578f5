/**
 * `thidua init` and `thidua upgrade` in-process through main() of the built CLI (the committed
 * program .thidua/thidua.mjs is spawned, as a clerk runs it): a scaffold that carries thidua
 * itself (its entry, its chunks, its licences) and checks and reports with no edits, refusal
 * without a partial write, and an upgrade that replaces the program and the schemas, removes
 * the old build's chunks (from a split build and from an old single-file one) and says what
 * changed. The repository on
 * a fresh runner (CI recipes, hook) is test/e2e/clerk-repository.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuildFiles } from '../../src/cli/assets.js';
import { TEMPLATE_FILES } from '../../src/cli/scaffold/plan.js';
import { runMain } from '../support/run-main.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SLOW = 120_000;
/** The build's files besides its entry, as its header lists them: LICENSES.txt and the chunks in lib/. */
const BUILD_FILES = readBuildFiles(readFileSync(join(root, 'dist/bundle/thidua.mjs'), 'utf8'));
const CHUNKS = BUILD_FILES.filter((f) => f.startsWith('lib/')).map((f) => `.thidua/${f}`);
/** 15 templates + 2 example workbooks + package.json + 6 schema files + .thidua/thidua.mjs, its chunks and its LICENSES.txt. */
const SCAFFOLD_FILES = 25 + BUILD_FILES.length;

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
/** `thidua ...args` in `cwd`, in-process, with baseEnv (and `env`) as its whole environment. */
const thidua = (args: readonly string[], cwd: string, env: Record<string, string> = {}) => runMain(args, { cwd, env: { ...baseEnv, ...env } });
const git = (dir: string, ...args: string[]) => run('git', ['-C', dir, ...args], dir);

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

async function freshScaffold(name: string, extra: readonly string[] = ['--no-git']): Promise<string> {
  const r = await thidua(['init', name, ...extra], tmp);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return join(tmp, name);
}

const MONTH_FILES = ['annex.md', 'initiatives.csv', 'members.csv', 'report.docx', 'report.md', 'shifts.csv', 'summary.json'];
const YEAR_FILES = [...MONTH_FILES, 'proposals.csv', 'proposals.docx'].sort();

describe('init, then check and report with no edits', () => {
  it('creates the repository, enables the hook, and the example unit checks and reports clean', async () => {
    const r = await thidua(['init', 'unit'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(tmp, 'unit');
    expect(CHUNKS.length).toBeGreaterThan(5);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `Đã tạo kho dữ liệu thi đua trong unit: ${SCAFFOLD_FILES} tệp, kèm thidua ${VERSION} (.thidua/thidua.mjs, chỉ cần Node.js để chạy).`,
      'Đã tạo kho git (git init).',
      'Đã bật kiểm tra dữ liệu trước mỗi lần commit (git config core.hooksPath .githooks).',
    ]);
    expect(listFiles(dir)).toHaveLength(SCAFFOLD_FILES);
    // Every file of the build, byte for byte.
    for (const f of [...BUILD_FILES, 'thidua.mjs']) expect(readFileSync(join(dir, '.thidua', f), 'utf8'), f).toBe(readFileSync(join(root, 'dist/bundle', f), 'utf8'));
    expect(listFiles(join(dir, '.thidua/lib')).map((f) => `.thidua/lib/${f}`)).toEqual(CHUNKS);
    expect(git(dir, 'config', 'core.hooksPath').stdout.trim()).toBe('.githooks');

    // 4 people in members.yaml, 7 records in activities/2025/2025-01.yaml, 8 in shifts/2025/2025-01.yaml.
    const check = await thidua(['check'], dir);
    expect(check).toEqual({ code: 0, stdout: 'Dữ liệu hợp lệ: 4 người, 7 hoạt động, 8 ca trực.\n', stderr: '' });

    const rep = await thidua(['report', '--month', '2025-01', '--format', 'json', '--stdout'], dir);
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

    const year = await thidua(['report', '--year', '2025'], dir);
    expect(year.stderr).toBe('');
    expect(year.code).toBe(0);
    expect(readdirSync(join(dir, 'reports/2025')).sort()).toEqual(YEAR_FILES);
  }, SLOW);

  it('DIR defaults to the current folder; --no-git leaves git alone', async () => {
    const dir = join(tmp, 'here');
    mkdirSync(dir);
    const r = await thidua(['init', '--no-git'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Đã tạo kho dữ liệu thi đua trong .: ${SCAFFOLD_FILES} tệp, kèm thidua ${VERSION} (.thidua/thidua.mjs, chỉ cần Node.js để chạy).`);
    expect(r.stdout).not.toContain('cd ');
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(existsSync(join(dir, 'data/unit.yaml'))).toBe(true);
  }, SLOW);

  it('the scaffold made by the committed program is the same as the one made from this repository', async () => {
    const a = await freshScaffold('from-repo');
    const b = join(tmp, 'from-copy');
    const r = run(process.execPath, [join(a, '.thidua/thidua.mjs'), 'init', b, '--no-git'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(listFiles(b)).toEqual(listFiles(a));
    for (const f of listFiles(a)) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  }, SLOW);
});

describe('init refuses to overwrite', () => {
  it('names every file in the way, exits 1 and writes nothing', async () => {
    const dir = join(tmp, 'busy');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'README.md'), 'my notes\n');
    writeFileSync(join(dir, 'data/members.yaml'), '- mine\n');
    const r = await thidua(['init', 'busy'], tmp);
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

  it('a file where a folder must go, or DIR itself a file, is refused too', async () => {
    const dir = join(tmp, 'clash');
    mkdirSync(dir);
    writeFileSync(join(dir, '.vscode'), 'not a folder\n');
    const r = await thidua(['init', 'clash', '--lang', 'en'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('clash/.vscode: error: exists and is not a folder [init-not-dir]');
    expect(listFiles(dir, [])).toEqual(['.vscode']);
    writeFileSync(join(tmp, 'plain-file'), 'x\n');
    const f = await thidua(['init', 'plain-file'], tmp);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('plain-file: error: đã có và không phải là thư mục [init-not-dir]');
  }, SLOW);
});

describe('upgrade', () => {
  const toolOf = (dir: string) => join(dir, '.thidua/thidua.mjs');
  /**
   * Makes the repository look as if an older split thidua had made it: another version, a
   * chunk this build does not have (listed by the old entry), one of this build's missing.
   */
  function age(dir: string): void {
    const text = readFileSync(toolOf(dir), 'utf8')
      .replace(/^(\/\/ thidua )\S+ \(source \S+\)/m, '$10.0.1 (source 1234567)')
      // A listed name that leaves lib/ is never followed.
      .replace(/^(\/\/ files: .*)$/m, '$1 lib/retired-OLD00000.mjs lib/../../README.md');
    writeFileSync(toolOf(dir), text);
    writeFileSync(join(dir, '.thidua/lib/retired-OLD00000.mjs'), 'export {};\n');
    rmSync(join(dir, CHUNKS[0]!));
    const schema = join(dir, '.thidua/schema/rules.schema.json');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('"title"', '"titl"'));
    writeFileSync(join(dir, '.thidua/schema/retired.schema.json'), '{}\n');
  }

  it('replaces the program and the schemas, from a subfolder too, and says what changed', async () => {
    const dir = await freshScaffold('up');
    age(dir);
    const workflow = join(dir, '.github/workflows/thidua.yml');
    writeFileSync(workflow, `# sửa tay\n${readFileSync(workflow, 'utf8')}`);
    const sub = join(dir, 'data/activities');
    const r = await thidua(['upgrade'], sub);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const header = readFileSync(toolOf(dir), 'utf8').split('\n')[1]!;
    const source = /\(source (\S+)\)/.exec(header)![1];
    expect(r.stdout.split('\n')).toEqual([
      `thidua 0.0.1 (1234567) → ${VERSION} (${source})`,
      `  đã thêm:    ${CHUNKS[0]}`,
      '  đã thay:    .thidua/schema/rules.schema.json',
      '  đã thay:    .thidua/thidua.mjs',
      '  đã xoá:     .thidua/lib/retired-OLD00000.mjs',
      '  đã xoá:     .thidua/schema/retired.schema.json',
      `  không đổi:  ${5 + BUILD_FILES.length - 1} tệp`,
      '  khác mẫu:   .github/workflows/thidua.yml (giữ nguyên tệp của bạn; muốn lấy mẫu mới: thidua upgrade --templates)',
      'Tiếp theo: xem lại rồi lưu vào kho:',
      '  git add -A',
      `  git commit -m "Nâng cấp thidua ${VERSION}"`,
      '',
    ]);
    // Back to exactly what init writes, and the hand-edited workflow kept.
    const fresh = await freshScaffold('up-ref');
    for (const f of listFiles(fresh).filter((p) => p.startsWith('.thidua/'))) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(fresh, f), 'utf8'));
    expect(listFiles(join(dir, '.thidua'))).toEqual(listFiles(join(fresh, '.thidua')));
    expect(existsSync(join(dir, '.thidua/schema/retired.schema.json'))).toBe(false);
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(readFileSync(workflow, 'utf8').startsWith('# sửa tay\n')).toBe(true);
    expect(run(process.execPath, [toolOf(dir), 'check'], dir)).toMatchObject({ code: 0, stderr: '' });

    const again = await thidua(['upgrade', '--templates', dir], tmp);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('đã thay:    .github/workflows/thidua.yml');
    expect(readFileSync(workflow, 'utf8')).toBe(readFileSync(join(fresh, '.github/workflows/thidua.yml'), 'utf8'));
    const none = await thidua(['upgrade', dir, '--lang', 'en'], tmp);
    expect(none.stdout).toBe(`Already this version: thidua ${VERSION} (${source}); no file changed.\n`);
  }, SLOW);

  it('turns an old single-file build into the split one: every chunk added, stray chunks removed, the rest of lib/ kept', async () => {
    const dir = await freshScaffold('up-single');
    rmSync(join(dir, '.thidua/lib'), { recursive: true });
    // What `init` wrote before the split: one file, no list of files in its header.
    writeFileSync(toolOf(dir), '#!/usr/bin/env node\n// thidua 0.0.9 (source 89abcde) — the whole program in one file, made by scripts/build-bundle.mjs.\nconsole.log(1);\n');
    // Left by an upgrade that stopped half-way (not listed anywhere), and a file that is not a chunk.
    mkdirSync(join(dir, '.thidua/lib'));
    writeFileSync(join(dir, '.thidua/lib/stray-AAAAAAAA.mjs'), 'export {};\n');
    writeFileSync(join(dir, '.thidua/lib/notes.txt'), 'mine\n');
    const r = await thidua(['upgrade', dir, '--lang', 'en'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^thidua 0\.0\.9 \(89abcde\) → /);
    expect(lines.filter((l) => /^ {2}\S.*\.thidua\//.test(l))).toEqual([
      ...CHUNKS.map((c) => expect.stringMatching(new RegExp(`^  added: +${c.replace(/\./g, '\\.')}$`))),
      expect.stringMatching(/^ {2}replaced: +\.thidua\/thidua\.mjs$/),
      expect.stringMatching(/^ {2}removed: +\.thidua\/lib\/stray-AAAAAAAA\.mjs$/),
    ]);
    expect(listFiles(join(dir, '.thidua/lib'))).toEqual([...CHUNKS.map((c) => c.slice('.thidua/lib/'.length)), 'notes.txt'].sort());
    for (const f of [...BUILD_FILES, 'thidua.mjs']) expect(readFileSync(join(dir, '.thidua', f), 'utf8'), f).toBe(readFileSync(join(root, 'dist/bundle', f), 'utf8'));
    expect(run(process.execPath, [toolOf(dir), 'check'], dir)).toMatchObject({ code: 0, stderr: '' });
  }, SLOW);

  it('outside a data repository: a plain message and exit 1, nothing written', async () => {
    const dir = join(tmp, 'not-a-repo');
    mkdirSync(dir);
    const r = await thidua(['upgrade', dir], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('thidua: not-a-repo không phải kho dữ liệu thidua (không có .thidua/thidua.mjs); kho mới thì tạo bằng: thidua init [not-a-data-repository]\n');
    expect(readdirSync(dir)).toEqual([]);
    const here = await thidua(['upgrade'], dir);
    expect(here.code).toBe(1);
    expect(here.stderr).toContain('không tìm thấy kho dữ liệu thidua (thư mục có .thidua/thidua.mjs) ở . hay các thư mục cha');
    expect(readdirSync(dir)).toEqual([]);
  }, SLOW);
});

describe('packaging', () => {
  it('npm pack ships every init template, the built command and the self-contained build', () => {
    const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    expect(r.code).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const t of TEMPLATE_FILES) expect(files.has(`templates/init/${t.from}`), t.from).toBe(true);
    expect(files.has('dist/cli/commands/init.js')).toBe(true);
    expect(files.has('dist/bundle/thidua.mjs')).toBe(true);
    expect(files.has('dist/bundle/LICENSES.txt')).toBe(true);
    for (const f of BUILD_FILES) expect(files.has(`dist/bundle/${f}`), f).toBe(true);
    expect(files.has('bin/thidua.js')).toBe(true);
  }, SLOW);
});
