/**
 * The git side of `thidua init`: make the folder a repository when it is not inside one
 * (`git init`), and point `core.hooksPath` at `.githooks` so that the pre-commit check runs.
 * Never changes a repository it did not create beyond that one setting, and only when the
 * setting is unset (or already `.githooks`) and the folder is the repository's root.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorCode } from '../../load/folders.js';

export type GitOutcome =
  | { readonly kind: 'enabled'; readonly initialized: boolean }
  | { readonly kind: 'no-git' }
  | { readonly kind: 'nested'; readonly top: string }
  | { readonly kind: 'other-hooks-path'; readonly value: string };

const HOOKS_PATH = '.githooks';

type Env = Readonly<Record<string, string | undefined>>;

function git(dir: string, args: readonly string[], env: Env): { ok: boolean; out: string; missing: boolean } {
  try {
    const out = execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...env }, timeout: 20000 });
    return { ok: true, out: out.trim(), missing: false };
  } catch (err) {
    const missing = errorCode(err) === 'ENOENT';
    return { ok: false, out: '', missing };
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export function setUpGit(dir: string, env: Env): GitOutcome {
  if (git(dir, ['--version'], env).missing) return { kind: 'no-git' };
  const top = git(dir, ['rev-parse', '--show-toplevel'], env);
  let initialized = false;
  if (!top.ok) {
    if (!git(dir, ['-c', 'init.defaultBranch=main', 'init', '--quiet'], env).ok) return { kind: 'no-git' };
    initialized = true;
  } else if (!samePath(top.out, dir)) {
    return { kind: 'nested', top: top.out };
  }
  const current = git(dir, ['config', '--local', '--get', 'core.hooksPath'], env);
  if (current.ok && current.out !== '' && current.out !== HOOKS_PATH) return { kind: 'other-hooks-path', value: current.out };
  if (!git(dir, ['config', '--local', 'core.hooksPath', HOOKS_PATH], env).ok) return { kind: 'no-git' };
  return { kind: 'enabled', initialized };
}
