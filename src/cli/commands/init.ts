/**
 * `thidua init [DIR]`: a ready data repository — example data with a schema modeline on
 * every YAML file, the schema files, editor settings, the pre-commit hook, CI recipes,
 * thidua itself (`.thidua/thidua.mjs`, so that nothing needs installing), a package.json of
 * scripts, and a README for the clerk. Checks every target first and writes nothing when
 * one is in the way (exit 1).
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill, catalogue } from '../../i18n/index.js';
import { displayPath, type Context } from '../context.js';
import { setUpGit, type GitOutcome } from '../scaffold/git-setup.js';
import { MissingBuildError, selfContainedBuild, type SelfContainedBuild } from '../assets.js';
import { EXAMPLE_MONTH, planScaffold, TOOL_FILE } from '../scaffold/plan.js';
import { findConflicts, ScaffoldWriteError, writeScaffold } from '../scaffold/write-scaffold.js';

export interface InitOptions {
  /** `false` with `--no-git`: no `git init`, no hook setting. */
  readonly git: boolean;
}

type Words = ReturnType<typeof catalogue>['init'];

function gitMessage(outcome: GitOutcome, words: Words, shownDir: string): string[] {
  switch (outcome.kind) {
    case 'enabled':
      return outcome.initialized ? [words.gitInit, words.hookOn] : [words.hookOn];
    case 'no-git':
      return [words.noGit];
    case 'nested':
      return [fill(words.hookNested, { dir: shownDir, top: outcome.top })];
    case 'other-hooks-path':
      return [fill(words.hookOther, { value: outcome.value })];
  }
}

export function runInit(ctx: Context, dirArg: string | undefined, options: InitOptions): number {
  const words = catalogue(ctx.lang).init;
  const root = resolve(ctx.cwd, dirArg ?? '.');
  const shownRoot = displayPath(ctx.cwd, root);
  let build: SelfContainedBuild;
  try {
    build = selfContainedBuild();
  } catch (err) {
    if (!(err instanceof MissingBuildError)) throw err;
    ctx.stderr.write(`thidua: ${fill(err.running ? words.brokenBuild : words.noBuild, { path: err.path })}\n`);
    return 1;
  }
  const files = planScaffold({ build });

  let rootStat;
  try {
    rootStat = lstatSync(root);
  } catch {
    rootStat = undefined;
  }
  if (rootStat && !rootStat.isDirectory()) {
    ctx.stderr.write(`${shownRoot}: error: ${words.notDir} [init-not-dir]\n`);
    ctx.stderr.write(`${fill(words.refused, { count: 1 })}\n`);
    return 1;
  }
  const conflicts = findConflicts(root, files);
  if (conflicts.length > 0) {
    for (const c of conflicts) {
      const code = c.reason === 'exists' ? 'init-file-exists' : 'init-not-dir';
      ctx.stderr.write(`${displayPath(ctx.cwd, resolve(root, c.path))}: error: ${c.reason === 'exists' ? words.exists : words.notDir} [${code}]\n`);
    }
    ctx.stderr.write(`${fill(words.refused, { count: conflicts.length })}\n`);
    return 1;
  }
  try {
    writeScaffold(root, files);
  } catch (err) {
    if (!(err instanceof ScaffoldWriteError)) throw err;
    // "The files just written were removed" only when there were some (a folder under /proc fails before the first).
    const message = err.undone > 0 ? words.writeFailed : words.writeFailedNone;
    ctx.stderr.write(`thidua: ${fill(message, { path: displayPath(ctx.cwd, err.path), detail: err.detail })}\n`);
    return 1;
  }
  const lines = [fill(words.created, { dir: shownRoot, count: files.length, version: build.version })];
  const outcome = options.git ? setUpGit(root, ctx.env) : undefined;
  lines.push(...(outcome ? gitMessage(outcome, words, shownRoot) : [words.skippedGit]));
  lines.push(words.next);
  if (shownRoot !== '.') lines.push(`  cd ${shownRoot}`);
  lines.push(`  node ${TOOL_FILE} check`, `  node ${TOOL_FILE} report --month ${EXAMPLE_MONTH}`);
  if (outcome?.kind === 'enabled') lines.push('  git add -A', `  git commit -m "${words.firstCommit}"`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
