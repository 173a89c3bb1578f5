/**
 * What a report says it was made from (src/cli/data-provenance.ts), on real temporary git
 * repositories: the data folder's last commit, and whether the data folder — only it — has
 * uncommitted changes or untracked files. Ignored files and changes elsewhere in the
 * repository do not count. Then the footer line the built CLI writes in each case (in-process,
 * through main() with this environment).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataProvenance } from '../../src/cli/data-provenance.js';
import { runMain } from '../support/run-main.js';
import { cleanEnv, copyData } from '../e2e/sample-unit.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-provenance-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const gitConfig = join(tmp, 'gitconfig');
writeFileSync(gitConfig, '[user]\n\tname = thidua-test\n\temail = test@thidua.local\n[commit]\n\tgpgsign = false\n');
const env = cleanEnv({ GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1' });

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();

/** A repository holding `data/` (one file) and `notes.txt` beside it, all committed. */
function repo(name: string): { top: string; data: string; commit: string } {
  const top = join(tmp, name);
  const data = join(top, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'members.yaml'), '- id: an\n  name: An\n  department: a\n');
  writeFileSync(join(top, 'notes.txt'), 'ghi chú\n');
  writeFileSync(join(top, '.gitignore'), '*.tmp\n');
  git(top, '-c', 'init.defaultBranch=main', 'init', '--quiet');
  git(top, 'add', '-A');
  git(top, 'commit', '--quiet', '-m', 'dữ liệu');
  return { top, data, commit: git(top, 'log', '-1', '--format=%h') };
}

describe('dataProvenance', () => {
  it('a clean data folder: its commit, not dirty; the same answer every time', () => {
    const r = repo('clean');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: false });
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: false });
    // Asking changed nothing in the repository.
    expect(git(r.top, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a modified tracked file in the data folder: dirty', () => {
    const r = repo('modified');
    appendFileSync(join(r.data, 'members.yaml'), '- id: binh\n  name: Bình\n  department: a\n');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: true });
  });

  it('a staged but uncommitted change in the data folder: dirty', () => {
    const r = repo('staged');
    appendFileSync(join(r.data, 'members.yaml'), '- id: binh\n  name: Bình\n  department: a\n');
    git(r.top, 'add', 'data');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: true });
  });

  it('an untracked file in the data folder, even deep in a new sub-folder: dirty', () => {
    const r = repo('untracked');
    mkdirSync(join(r.data, 'activities', '2025'), { recursive: true });
    writeFileSync(join(r.data, 'activities', '2025', '2025-02.yaml'), '[]\n');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: true });
  });

  it('an ignored file in the data folder does not count', () => {
    const r = repo('ignored');
    writeFileSync(join(r.data, 'scratch.tmp'), 'x\n');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: false });
  });

  it('changes outside the data folder do not count, and the commit is the data folder’s last one', () => {
    const r = repo('outside');
    appendFileSync(join(r.top, 'notes.txt'), 'thêm\n');
    writeFileSync(join(r.top, 'new.txt'), 'mới\n');
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: false });
    // A later commit that does not touch data/ leaves the data's commit where it was.
    git(r.top, 'add', '-A');
    git(r.top, 'commit', '--quiet', '-m', 'ghi chú');
    expect(git(r.top, 'log', '-1', '--format=%h')).not.toBe(r.commit);
    expect(dataProvenance(r.data, env)).toEqual({ commit: r.commit, dirty: false });
  });

  it('a data folder never committed in a repository: no commit, dirty', () => {
    const r = repo('never');
    const other = join(r.top, 'unit-b');
    mkdirSync(other);
    writeFileSync(join(other, 'unit.yaml'), 'name: B\n');
    expect(dataProvenance(other, env)).toEqual({ dirty: true });
  });

  it('a repository with no commit at all: no commit, dirty', () => {
    const top = join(tmp, 'empty-repo');
    mkdirSync(join(top, 'data'), { recursive: true });
    writeFileSync(join(top, 'data', 'unit.yaml'), 'name: B\n');
    git(top, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    expect(dataProvenance(join(top, 'data'), env)).toEqual({ dirty: true });
  });

  it('outside any repository, or without git: nothing is claimed', () => {
    const dir = join(tmp, 'no-repo');
    mkdirSync(dir);
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
    expect(dataProvenance(dir, { ...env, GIT_CEILING_DIRECTORIES: tmp })).toEqual({ dirty: false });
    expect(dataProvenance(dir, { ...env, PATH: join(tmp, 'no-bin') })).toEqual({ dirty: false });
  });
});

describe('the footer of report.md says it', () => {
  const footer = async (top: string, lang: 'vi' | 'en' = 'vi') => {
    const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
    const r = await runMain(['report', '--data', 'data', '--year', '2024', '--format', 'md', '--out', out, '--lang', lang], { cwd: top, env });
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(join(out, 'report.md'), 'utf8').split('\n').filter((l) => l.startsWith('*Số liệu') || l.startsWith('*Figures'));
  };

  it('clean, then with an uncommitted change in the data folder, in both languages', async () => {
    const top = join(tmp, 'sample');
    copyData(join(top, 'data'));
    writeFileSync(join(top, 'README.md'), 'kho dữ liệu\n');
    git(top, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    git(top, 'add', '-A');
    git(top, 'commit', '--quiet', '-m', 'dữ liệu');
    const commit = git(top, 'log', '-1', '--format=%h');
    expect(await footer(top)).toEqual([`*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit \`${commit}\`.*`]);
    appendFileSync(join(top, 'README.md'), 'sửa ngoài thư mục dữ liệu\n');
    expect(await footer(top)).toEqual([`*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit \`${commit}\`.*`]);
    writeFileSync(join(top, 'data', 'activities', 'nhap.yaml'), '[]\n');
    expect(await footer(top)).toEqual([`*Số liệu tính đến ngày 31/12/2024; dữ liệu: commit \`${commit}\` kèm thay đổi chưa commit.*`]);
    expect(await footer(top, 'en')).toEqual([`*Figures as of 2024-12-31; data: commit \`${commit}\` plus uncommitted changes.*`]);
  }, 60_000);
});
