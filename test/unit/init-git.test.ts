/**
 * The git side of init: `git init` only outside a repository, `core.hooksPath` set only at a
 * repository root and never over another value, and a plain note when git is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setUpGit } from '../../src/cli/scaffold/git-setup.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-init-git-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const gitConfig = join(tmp, 'gitconfig');
writeFileSync(gitConfig, '');
const env: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
Object.assign(env, { GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1' });

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env }).trim();
const hooksPath = (dir: string) => {
  try {
    return git(dir, 'config', '--local', '--get', 'core.hooksPath');
  } catch {
    return undefined;
  }
};
const folder = (name: string) => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('setUpGit', () => {
  it('outside any repository: git init on branch main, then the hooks path', () => {
    const dir = folder('new');
    expect(setUpGit(dir, env)).toEqual({ kind: 'enabled', initialized: true });
    expect(hooksPath(dir)).toBe('.githooks');
    expect(git(dir, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
  });

  it('at the root of an existing repository: only the hooks path', () => {
    const dir = folder('existing');
    git(dir, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    expect(setUpGit(dir, env)).toEqual({ kind: 'enabled', initialized: false });
    expect(hooksPath(dir)).toBe('.githooks');
    // Again: already ours, still fine.
    expect(setUpGit(dir, env)).toEqual({ kind: 'enabled', initialized: false });
  });

  it('never replaces another hooks path', () => {
    const dir = folder('husky');
    git(dir, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    git(dir, 'config', 'core.hooksPath', '.husky');
    expect(setUpGit(dir, env)).toEqual({ kind: 'other-hooks-path', value: '.husky' });
    expect(hooksPath(dir)).toBe('.husky');
  });

  it('inside another repository: leaves it alone', () => {
    const top = folder('outer');
    git(top, '-c', 'init.defaultBranch=main', 'init', '--quiet');
    const dir = folder('outer/sub/unit');
    const outcome = setUpGit(dir, env);
    expect(outcome.kind).toBe('nested');
    expect(hooksPath(top)).toBeUndefined();
  });

  it('without git on PATH: a note, nothing else', () => {
    const dir = folder('nogit');
    expect(setUpGit(dir, { ...env, PATH: join(tmp, 'empty-bin') })).toEqual({ kind: 'no-git' });
  });
});
