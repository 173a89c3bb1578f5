/**
 * What a report was made from: the data folder's last git commit and whether the working
 * tree of the data folder differs from it (uncommitted changes or untracked files; ignored
 * files do not count). Only the data folder is looked at (`-- .`): a change elsewhere in the
 * repository does not make the data dirty. Outside a repository, or without git, there is
 * no commit and nothing is said. The same repository state gives the same answer.
 */
import { execFileSync } from 'node:child_process';
import type { DataProvenance } from '../render/markdown-view.js';

type Env = Readonly<Record<string, string | undefined>>;

function git(dir: string, args: readonly string[], env: Env): string {
  // --no-optional-locks: `status` must not take the index lock (or refresh it) as a side effect.
  return execFileSync('git', ['--no-optional-locks', '-C', dir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...env },
    timeout: 5000,
  });
}

/**
 * `{ commit, dirty }` of the data folder `dir` (absolute), git run with the command's `env`. `commit` is absent outside a
 * repository, without git, or when no commit has touched the folder yet; `dirty` is true
 * when `git status` lists anything inside the folder. When git cannot say (a failure of
 * `status`), nothing is claimed: `{ dirty: false }`.
 */
export function dataProvenance(dir: string, env: Env): DataProvenance {
  let status: string;
  try {
    // Fails outside a repository or without git: as before, no commit line.
    status = git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.'], env);
  } catch {
    return { dirty: false };
  }
  const dirty = status.trim() !== '';
  let commit: string | undefined;
  try {
    const out = git(dir, ['log', '-1', '--format=%h', '--', '.'], env).trim();
    if (/^[0-9a-f]{4,40}$/.test(out)) commit = out;
  } catch {
    // A repository with no commit at all: `git log` fails; the data is then wholly uncommitted.
  }
  return commit === undefined ? { dirty } : { commit, dirty };
}
