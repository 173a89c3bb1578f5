/**
 * Finding the data folder from a subfolder (src/cli/find-data-dir.ts), on temporary
 * folders. Each repository gets a `.git` entry so that the walk stops inside the temporary
 * folder, whatever lies above it; the walk up to the file system's root is tested with a
 * stand-in `stat`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDataDir, locateDataDir } from '../../src/cli/find-data-dir.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-find-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Makes folders (`a/b/`) and files (`a/c`) under a new folder `name`. */
function tree(name: string, paths: readonly string[]): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const p of paths) {
    if (p.endsWith('/')) mkdirSync(join(dir, p), { recursive: true });
    else {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), '');
    }
  }
  return dir;
}

describe('findDataDir', () => {
  const repo = tree('repo', ['.git/', 'data/activities/2024/', 'data/unit.yaml', 'scripts/deep/']);

  it('finds data/ in the working folder itself', () => {
    expect(findDataDir({ cwd: repo })).toEqual({ found: true, dataDir: join(repo, 'data'), base: repo });
  });

  it('finds data/ of a parent folder, from any depth', () => {
    expect(findDataDir({ cwd: join(repo, 'scripts/deep') })).toEqual({ found: true, dataDir: join(repo, 'data'), base: repo });
  });

  it('from inside the data folder, finds that folder', () => {
    expect(findDataDir({ cwd: join(repo, 'data/activities/2024') })).toEqual({ found: true, dataDir: join(repo, 'data'), base: repo });
    expect(findDataDir({ cwd: join(repo, 'data') })).toEqual({ found: true, dataDir: join(repo, 'data'), base: repo });
  });

  it('the nearest data/ wins', () => {
    const nested = tree('nested', ['.git/', 'data/', 'unit-b/data/', 'unit-b/notes/']);
    expect(findDataDir({ cwd: join(nested, 'unit-b/notes') })).toEqual({ found: true, dataDir: join(nested, 'unit-b/data'), base: join(nested, 'unit-b') });
  });

  it('a file named data is not a data folder: the walk goes on', () => {
    const withFile = tree('with-file', ['.git/', 'data/', 'sub/data']);
    expect(findDataDir({ cwd: join(withFile, 'sub') })).toEqual({ found: true, dataDir: join(withFile, 'data'), base: withFile });
  });

  it('stops at the repository root (a .git folder) when it has no data/', () => {
    const outer = tree('outer', ['data/', 'inner/.git/', 'inner/src/']);
    expect(findDataDir({ cwd: join(outer, 'inner/src') })).toEqual({ found: false, repoRoot: join(outer, 'inner') });
  });

  it('a .git file (a worktree or a submodule) also marks the root', () => {
    const outer = tree('outer-file', ['data/', 'wt/.git', 'wt/docs/']);
    expect(findDataDir({ cwd: join(outer, 'wt/docs') })).toEqual({ found: false, repoRoot: join(outer, 'wt') });
  });

  it('the root folder itself is searched before stopping', () => {
    const root = tree('root-data', ['.git/', 'data/', 'a/b/']);
    expect(findDataDir({ cwd: join(root, 'a/b') })).toEqual({ found: true, dataDir: join(root, 'data'), base: root });
  });

  it('outside any repository, walks up to the file system root', () => {
    const seen: string[] = [];
    const stat = (path: string) => {
      seen.push(path);
      return undefined;
    };
    expect(findDataDir({ cwd: '/home/clerk/notes', stat })).toEqual({ found: false });
    expect(seen).toEqual([
      '/home/clerk/notes/data',
      '/home/clerk/notes/.git',
      '/home/clerk/data',
      '/home/clerk/.git',
      '/home/data',
      '/home/.git',
      '/data',
      '/.git',
    ]);
  });

  it('with a stand-in stat: a data folder at the top of the disk', () => {
    const stat = (path: string) => (path === '/data' ? { isDirectory: () => true } : undefined);
    expect(findDataDir({ cwd: '/srv/unit', stat })).toEqual({ found: true, dataDir: '/data', base: '/' });
  });
});

describe('locateDataDir', () => {
  const repo = tree('locate', ['.git/', 'data/', 'sub/', 'empty-repo/.git/', 'empty-repo/x/']);

  it('--data given: relative to the working folder, no walk, outputs from the working folder', () => {
    expect(locateDataDir(join(repo, 'sub'), 'data')).toEqual({ absDir: join(repo, 'sub/data'), base: join(repo, 'sub') });
    expect(locateDataDir(join(repo, 'sub'), '../data')).toEqual({ absDir: join(repo, 'data'), base: join(repo, 'sub') });
  });

  it('not given: the folder found, outputs beside it', () => {
    expect(locateDataDir(join(repo, 'sub'), undefined)).toEqual({ absDir: join(repo, 'data'), base: repo });
  });

  it('not found in a repository: one problem, shown at the repository root’s data/, not suggesting init', () => {
    const location = locateDataDir(join(repo, 'empty-repo/x'), undefined);
    expect(location.absDir).toBe(join(repo, 'empty-repo/data'));
    expect(location.missing).toMatchObject({ code: 'missing-file', severity: 'error', message: 'data-missing-in-repo', source: { file: '.', line: 1, column: 1 } });
  });

  it('not found outside any repository: data/ here, suggesting init', () => {
    const location = locateDataDir('/home/clerk', undefined, { stat: () => undefined });
    expect(location.absDir).toBe('/home/clerk/data');
    expect(location.missing).toMatchObject({ code: 'missing-file', message: 'data-missing-no-repo' });
  });
});
