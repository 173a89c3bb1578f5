/**
 * `thidua upgrade [DIR]`: puts this copy's thidua into a data repository made by `init` —
 * `.thidua/thidua.mjs`, its chunks in `.thidua/lib/`, its licences and the schema files — and
 * says what changed (versions, files). The old build's chunks that the new one does not have
 * are removed (the ones the old entry lists, and any other `.mjs` in `.thidua/lib/`, which is
 * thidua's own folder), and so are schema files this version no longer makes; nothing else.
 * With `--templates` it also replaces the repository's set-up files (hook, CI files,
 * package.json, editor settings) by this version's; without, it only names those that differ.
 * The data and the README are never touched. Files are switched in together, the chunks
 * before the entry, and old ones removed only after: a failure half-way puts the replaced
 * ones back, and a crash half-way leaves an entry whose chunks are all there.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fill, catalogue } from '../../i18n/index.js';
import { MissingBuildError, readBuildFiles, readBuildHeader, selfContainedBuild } from '../assets.js';
import type { SelfContainedBuild } from '../assets.js';
import { displayPath, type Context } from '../context.js';
import { findUp } from '../find-data-dir.js';
import { CHUNK_DIR, planSetup, planTool, SCHEMA_DIR, TOOL_FILE, type PlannedFile } from '../scaffold/plan.js';
import { comparePaths } from '../../model/order.js';
import { errorCode, makeDirs } from '../../load/folders.js';

export interface UpgradeOptions {
  /** Also replace the hook, CI files and package.json by this version's templates. */
  readonly templates: boolean;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The data repository: `start` itself, or with `walk` the first folder up to the git root holding `.thidua/thidua.mjs`. */
function findToolRoot(start: string, walk: boolean): string | undefined {
  const holdsTool = (dir: string) => isFile(join(dir, TOOL_FILE));
  if (!walk) return holdsTool(start) ? start : undefined;
  return findUp(start, holdsTool).dir;
}

export type Change = { readonly file: PlannedFile; readonly kind: 'replaced' | 'added' };

/** Names in a folder, sorted; none when it is not there. */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort(comparePaths);
  } catch {
    return [];
  }
}

/**
 * Writes every change beside its target, then renames all in, in their order (the entry
 * last); undoes the renames on failure. The removals come after every rename.
 */
export function switchIn(root: string, changes: readonly Change[], removals: readonly string[]): void {
  const tag = `${process.pid}`;
  const staged: { target: string; fresh: string; backup?: string }[] = [];
  try {
    for (const { file } of changes) {
      const target = join(root, file.path);
      const fresh = `${target}.new-${tag}`;
      writeFileSync(fresh, file.content, { mode: file.mode });
      chmodSync(fresh, file.mode);
      staged.push({ target, fresh });
    }
    for (const s of staged) {
      if (existsSync(s.target)) {
        const backup = `${s.target}.old-${tag}`;
        renameSync(s.target, backup);
        s.backup = backup;
      }
      renameSync(s.fresh, s.target);
      s.fresh = '';
    }
  } catch (err) {
    for (const s of staged.reverse()) {
      // Not switched in: drop the new text; switched in: drop it from its place. Then put the old file back.
      rmSync(s.fresh !== '' ? s.fresh : s.target, { force: true });
      if (s.backup) renameSync(s.backup, s.target);
    }
    throw err;
  }
  for (const s of staged) if (s.backup) rmSync(s.backup, { force: true });
  for (const path of removals) rmSync(join(root, path), { force: true });
}

function describe(version: string, source: string): string {
  return `${version} (${source})`;
}

export function runUpgrade(ctx: Context, dirArg: string | undefined, options: UpgradeOptions): number {
  const words = catalogue(ctx.lang).upgrade;
  const start = resolve(ctx.cwd, dirArg ?? '.');
  const root = findToolRoot(start, dirArg === undefined);
  if (root === undefined) {
    const message = dirArg === undefined ? words.notRepositoryHere : words.notRepository;
    ctx.stderr.write(`thidua: ${fill(message, { dir: displayPath(ctx.cwd, start) })} [not-a-data-repository]\n`);
    return 1;
  }
  let build: SelfContainedBuild;
  try {
    build = selfContainedBuild();
  } catch (err) {
    if (!(err instanceof MissingBuildError)) throw err;
    ctx.stderr.write(`thidua: ${fill(err.running ? catalogue(ctx.lang).init.brokenBuild : catalogue(ctx.lang).init.noBuild, { path: err.path })}\n`);
    return 1;
  }
  const oldCode = readOrUndefined(join(root, TOOL_FILE)) ?? '';
  const oldHeader = readBuildHeader(oldCode);
  const planned = planTool(build);
  const setup = planSetup();
  const changes: Change[] = [];
  const differs: string[] = [];
  let unchanged = 0;
  for (const file of [...planned, ...(options.templates ? setup : [])]) {
    const current = readOrUndefined(join(root, file.path));
    if (current === file.content) unchanged += 1;
    else changes.push({ file, kind: current === undefined ? 'added' : 'replaced' });
  }
  if (!options.templates) for (const file of setup) if (readOrUndefined(join(root, file.path)) !== file.content) differs.push(file.path);
  const wanted = new Set(planned.map((f) => f.path));
  const schemas = namesIn(join(root, SCHEMA_DIR)).map((n) => `${SCHEMA_DIR}/${n}`).filter((p) => p.endsWith('.schema.json'));
  // The old build's chunks: those its entry lists (none in a single-file build), and any left in
  // .thidua/lib/ by an upgrade that stopped half-way.
  const toolDir = dirname(TOOL_FILE);
  const listed = (oldHeader ? readBuildFiles(oldCode) : [])
    .map((n) => `${toolDir}/${n}`)
    .filter((p) => p.startsWith(`${CHUNK_DIR}/`) && !p.split('/').includes('..'));
  const chunks = [...listed, ...namesIn(join(root, CHUNK_DIR)).map((n) => `${CHUNK_DIR}/${n}`).filter((p) => p.endsWith('.mjs'))];
  const removals = [...new Set([...chunks, ...schemas])].filter((p) => !wanted.has(p) && isFile(join(root, p))).sort(comparePaths);

  // Paths are shown as in the repository (`.thidua/thidua.mjs`), wherever the command runs from.
  if (changes.length === 0 && removals.length === 0) {
    ctx.stdout.write(`${fill(words.upToDate, { version: describe(build.version, build.source) })}\n`);
    for (const path of differs) ctx.stdout.write(`${fill(words.differs, { path })}\n`);
    return 0;
  }
  for (const { file } of changes) {
    const dir = dirname(join(root, file.path));
    if (!existsSync(dir)) {
      // A folder the templates add (a new CI file): made before anything is switched in.
      try {
        makeDirs(dir);
      } catch (err) {
        ctx.stderr.write(`thidua: ${fill(words.writeFailed, { path: file.path, detail: errorCode(err) })}\n`);
        return 1;
      }
    }
  }
  try {
    switchIn(root, changes, removals);
  } catch (err) {
    ctx.stderr.write(`thidua: ${fill(words.writeFailed, { path: displayPath(ctx.cwd, root), detail: errorCode(err) })}\n`);
    return 1;
  }
  const from = oldHeader ? describe(oldHeader.version, oldHeader.source) : words.unknownVersion;
  const lines = [fill(words.versions, { from, to: describe(build.version, build.source) })];
  for (const c of changes) lines.push(fill(c.kind === 'added' ? words.added : words.replaced, { path: c.file.path }));
  for (const path of removals) lines.push(fill(words.removed, { path }));
  if (unchanged > 0) lines.push(fill(words.unchanged, { count: unchanged }));
  for (const path of differs) lines.push(fill(words.differs, { path }));
  lines.push(fill(words.next, { version: build.version }));
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

