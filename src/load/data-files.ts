/**
 * Finds and reads the files of a data folder. Reading never throws for anything a user
 * can cause (a missing folder, a directory named x.yaml, a symlink loop, binary junk, a
 * huge file): each becomes an issue at the file. Nothing that might hold records is
 * skipped in silence: a file or folder that is not read gets an `ignored-file` warning.
 * Nothing outside the data folder is read: a symbolic link whose target lies outside it is
 * an error at the link, and its target is never opened. A name that a message cannot show
 * exactly (a line break, bytes that are not UTF-8) is never read either (see file-names.ts).
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, posix, sep } from 'node:path';
import type { Issue } from '../model/types.js';
import { NARRATIVE_FILE } from '../model/narrative.js';
import { issueAt } from './issue-at.js';
import { textLocator } from './text-position.js';
import { closest } from './suggest.js';
import { comparePaths } from '../model/order.js';
import { nameOfBytes, printablePath } from './file-names.js';
import { errorCode, isInside } from './folders.js';

/** Larger files are refused: no hand-kept record file comes near this. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

interface DataFiles {
  readonly unit?: string;
  readonly rules?: string;
  readonly members: string[];
  readonly activities: string[];
  readonly shifts: string[];
  /** `ratings/**` files: one mapping each (SPEC §6), not a list. */
  readonly ratings: string[];
  /** `narrative/<period>.md` files (SPEC §8), sorted. */
  readonly narrative: string[];
  readonly issues: Issue[];
}

const YAML_EXT = /\.ya?ml$/i;
const top = (file: string) => ({ file, line: 1, column: 1 });

/** The folders of records, read at any depth. */
const RECORD_DIRS = ['members', 'activities', 'shifts', 'ratings'] as const;
/** The folder of the clerk's own words for a report (SPEC §8): `narrative/<period>.md`. */
const NARRATIVE_DIR = 'narrative';
/** Notes at the top of the data folder, never records: README, Markdown, plain text. */
const NOTES = /^readme|\.md$|\.txt$/i;
/** A YAML file saved with one more extension (Notepad's `.yaml.txt`): `2025-03.yaml` of `2025-03.yaml.txt`. */
const YAML_PLUS_EXT = /^(.+\.ya?ml)\.[^.]+$/i;

/** What a misplaced top-level name was probably meant to be: by its name without a YAML extension. */
function topLevelHint(name: string, isDir: boolean): string | undefined {
  const yaml = /^(.+?)(\.ya?ml)$/i.exec(YAML_PLUS_EXT.exec(name)?.[1] ?? name);
  if (!isDir && !yaml) return undefined;
  const stem = isDir ? name : yaml![1]!;
  const ext = yaml?.[2]?.toLowerCase() ?? '.yaml';
  const targets: Record<string, string> = Object.fromEntries([...RECORD_DIRS, NARRATIVE_DIR].map((d) => [d, `${d}/`]));
  if (!isDir) for (const file of ['unit', 'rules', 'members']) targets[file] = `${file}${ext}`;
  const key = Object.keys(targets).find((k) => k === stem.toLowerCase()) ?? closest(stem, Object.keys(targets));
  return key === undefined ? undefined : targets[key];
}

/** When both names of a pair exist, the first is read (see `pick`): the other is named here. */
const SECOND_OF: Readonly<Record<string, string>> = { 'unit.yml': 'unit.yaml', 'rules.yml': 'rules.yaml', 'members.yml': 'members.yaml' };

const ignored = (file: string, message: Issue['message'], params: Issue['params'] = {}): Issue =>
  issueAt('ignored-file', top(file), message, params, 'warning');
const withHint = (hint: string | undefined): Issue['params'] => (hint === undefined ? {} : { hint });

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string | Buffer): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The first of `names` that exists in `dir` (as a file or not; a dangling link counts, to be reported). */
function pick(dir: string, names: readonly string[]): string | undefined {
  return names.find((name) => lstatOrUndefined(join(dir, name)) !== undefined);
}

/** The data folder being read: its path, and its real path (links resolved), where every link must lead. */
interface Root {
  readonly dir: string;
  readonly real: string;
}

/** The target of the link at `abs` as written in it (for the message). */
function linkText(abs: string): string {
  try {
    return readlinkSync(abs);
  } catch {
    return '?';
  }
}

const outsideIssue = (root: Root, rel: string): Issue =>
  issueAt('file-read', top(rel), 'link-outside', { target: printablePath(linkText(join(root.dir, rel))) });

/**
 * The error of `rel` when it is a symbolic link whose target (all links followed) lies
 * outside the data folder. The target is resolved, never opened. A dangling or looping link
 * is left to the reader, which says so.
 */
function linkOutside(root: Root, rel: string): Issue | undefined {
  const abs = join(root.dir, rel);
  if (!lstatOrUndefined(abs)?.isSymbolicLink()) return undefined;
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return undefined;
  }
  return isInside(root.real, real) ? undefined : outsideIssue(root, rel);
}

/** The entries of folder `abs`, named as messages show them (see `nameOfBytes`), sorted. */
function listFolder(abs: string): { name: string; faithful: boolean; bytes: Buffer }[] {
  return readdirSync(abs, { encoding: 'buffer' })
    .map((bytes) => ({ ...nameOfBytes(bytes), bytes }))
    .sort((a, b) => comparePaths(a.name, b.name));
}

/** Is the entry named by `bytes` in `abs` a folder, or a link (which may lead to one)? */
function folderOrLink(abs: string, bytes: Buffer): boolean {
  const st = lstatOrUndefined(Buffer.concat([Buffer.from(`${abs}${sep}`), bytes]));
  return st !== undefined && (st.isDirectory() || st.isSymbolicLink());
}

/** Every `.yaml`/`.yml` file below `rel` (relative to the data folder), sorted by path; loops are skipped. */
function walkYaml(root: Root, rel: string, issues: Issue[], seen: Set<string>): string[] {
  const abs = join(root.dir, rel);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (err) {
    issues.push(issueAt('file-read', top(rel), 'file-unreadable', { detail: errorCode(err) }));
    return [];
  }
  if (!isInside(root.real, real)) {
    issues.push(outsideIssue(root, rel));
    return [];
  }
  if (seen.has(real)) {
    issues.push(issueAt('file-read', top(rel), 'dir-loop', {}, 'warning'));
    return [];
  }
  seen.add(real);
  let entries: ReturnType<typeof listFolder>;
  try {
    entries = listFolder(abs);
  } catch (err) {
    issues.push(issueAt('file-read', top(rel), 'file-unreadable', { detail: errorCode(err) }));
    return [];
  }
  const out: string[] = [];
  for (const { name, faithful, bytes } of entries) {
    if (name.startsWith('.')) continue;
    const childRel = posix.join(rel, name);
    if (!faithful) {
      // A record file or folder that a message cannot name exactly is refused; any other file is not read anyway.
      if (YAML_EXT.test(name) || folderOrLink(abs, bytes)) issues.push(issueAt('file-read', top(childRel), 'bad-file-name'));
      else issues.push(ignored(childRel, 'ignored-not-yaml'));
      continue;
    }
    const outside = linkOutside(root, childRel);
    if (outside) {
      issues.push(outside);
      continue;
    }
    let st: Stats;
    try {
      st = statSync(join(root.dir, childRel));
    } catch (err) {
      // A dangling or looping symbolic link, or an entry that vanished while listing.
      issues.push(issueAt('file-read', top(childRel), 'file-unreadable', { detail: errorCode(err) }));
      continue;
    }
    if (st.isDirectory()) out.push(...walkYaml(root, childRel, issues, seen));
    else if (YAML_EXT.test(name)) {
      if (st.isFile()) out.push(childRel);
    } else issues.push(ignored(childRel, 'ignored-not-yaml', withHint(YAML_PLUS_EXT.exec(name)?.[1])));
  }
  return out;
}


/** Lists the files of the data folder at `dir`. */
export function listDataFiles(dir: string): DataFiles {
  const issues: Issue[] = [];
  const st = statOrUndefined(dir);
  if (!st || !st.isDirectory()) {
    issues.push(issueAt('missing-file', top('.'), st ? 'data-not-dir' : 'data-missing'));
    return { members: [], activities: [], shifts: [], ratings: [], narrative: [], issues };
  }
  // The data folder may itself be reached through a link (`--data link-to-folder`): links must stay in its real path.
  const root: Root = { dir, real: realpathSync(dir) };
  /** `name`, unless it is a link out of the data folder: then an error, and nothing is read. */
  const readable = (name: string | undefined): string | undefined => {
    const outside = name === undefined ? undefined : linkOutside(root, name);
    if (outside) issues.push(outside);
    return outside ? undefined : name;
  };
  const unitName = pick(dir, ['unit.yaml', 'unit.yml']);
  if (!unitName) issues.push(issueAt('missing-file', top('unit.yaml'), 'unit-missing'));
  const unit = readable(unitName);
  const rulesName = pick(dir, ['rules.yaml', 'rules.yml']);
  const rules = readable(rulesName);
  const members: string[] = [];
  const activities: string[] = [];
  const shifts: string[] = [];
  const ratings: string[] = [];
  const membersName = pick(dir, ['members.yaml', 'members.yml']);
  const membersFile = readable(membersName);
  if (membersFile) members.push(membersFile);
  // Record folders count as read: a file named `activities` is an `expected-dir` error below.
  issues.push(...ignoredAtTop(root, [unitName, rulesName, membersName, ...RECORD_DIRS, NARRATIVE_DIR].filter((f) => f !== undefined)));
  // The folder itself counts as seen: a link back up to it is a loop, not more records.
  const seen = new Set<string>([root.real]);
  for (const folder of RECORD_DIRS) {
    const fst = statOrUndefined(join(dir, folder));
    if (!fst || readable(folder) === undefined) continue;
    if (!fst.isDirectory()) {
      issues.push(issueAt('file-read', top(folder), 'expected-dir'));
      continue;
    }
    const found = walkYaml(root, folder, issues, seen);
    if (folder === 'members') members.push(...found);
    else if (folder === 'activities') activities.push(...found);
    else if (folder === 'shifts') shifts.push(...found);
    else ratings.push(...found);
  }
  const narrative = listNarrative(root, issues);
  return { ...(unit ? { unit } : {}), ...(rules ? { rules } : {}), members, activities, shifts, ratings, narrative, issues };
}

/**
 * The files of `narrative/` named for a report period (`2024.md`, `2024-03.md`, `2024-p1.md`,
 * `2024-01-01_2024-03-31.md`). README and `.txt` notes are left alone; anything else there is
 * an `ignored-file` warning, as a misnamed file would otherwise be dropped in silence.
 */
function listNarrative(root: Root, issues: Issue[]): string[] {
  const { dir } = root;
  const st = statOrUndefined(join(dir, NARRATIVE_DIR));
  if (!st) return [];
  const outside = linkOutside(root, NARRATIVE_DIR);
  if (outside) {
    issues.push(outside);
    return [];
  }
  if (!st.isDirectory()) {
    issues.push(issueAt('file-read', top(NARRATIVE_DIR), 'expected-dir'));
    return [];
  }
  let entries: ReturnType<typeof listFolder>;
  try {
    entries = listFolder(join(dir, NARRATIVE_DIR));
  } catch (err) {
    issues.push(issueAt('file-read', top(NARRATIVE_DIR), 'file-unreadable', { detail: errorCode(err) }));
    return [];
  }
  const out: string[] = [];
  for (const { name, faithful } of entries) {
    if (name.startsWith('.')) continue;
    const rel = `${NARRATIVE_DIR}/${name}`;
    if (!faithful) {
      issues.push(NARRATIVE_FILE.test(name) ? issueAt('file-read', top(rel), 'bad-file-name') : ignored(rel, 'ignored-narrative'));
      continue;
    }
    const link = linkOutside(root, rel);
    if (link) {
      issues.push(link);
      continue;
    }
    const isFile = statOrUndefined(join(dir, rel))?.isFile() ?? false;
    if (isFile && NARRATIVE_FILE.test(name)) out.push(rel);
    else if (!isFile || !/^readme|\.txt$/i.test(name)) issues.push(ignored(rel, 'ignored-narrative'));
  }
  return out;
}

/**
 * `ignored-file` for each entry at the top of the data folder that is neither read nor left
 * alone on purpose; a `file-read` warning for one that is a link out of it.
 */
function ignoredAtTop(root: Root, read: readonly string[]): Issue[] {
  const dir = root.dir;
  let entries: ReturnType<typeof listFolder>;
  try {
    entries = listFolder(dir);
  } catch {
    return []; // Read by name above; a folder that cannot be listed has nothing more to say.
  }
  const issues: Issue[] = [];
  for (const { name, faithful } of entries) {
    if (name.startsWith('.') || read.includes(name)) continue;
    // Never read, whatever it is: named as a message can show it.
    if (!faithful) {
      issues.push(ignored(name, 'ignored-top-file'));
      continue;
    }
    // On a case-insensitive disk, `Unit.yaml` is the file read as `unit.yaml`, `Activities` the folder walked.
    if (read.some((r) => r.toLowerCase() === name.toLowerCase() && sameEntry(join(dir, r), join(dir, name)))) continue;
    // Never read either, but said as what it is (a warning: nothing outside is read), before its target is looked at.
    const outside = linkOutside(root, name);
    if (outside) {
      issues.push({ ...outside, severity: 'warning' });
      continue;
    }
    const isDir = statOrUndefined(join(dir, name))?.isDirectory() ?? false;
    const used = SECOND_OF[name];
    if (isDir) {
      issues.push(ignored(name, 'ignored-top-dir', withHint(topLevelHint(name, true))));
    } else if (used !== undefined) issues.push(ignored(name, 'ignored-second-file', { used }));
    else if (!NOTES.test(name) || YAML_PLUS_EXT.test(name)) issues.push(ignored(name, 'ignored-top-file', withHint(topLevelHint(name, false))));
  }
  return issues;
}

function sameEntry(a: string, b: string): boolean {
  const x = lstatOrUndefined(a);
  const y = lstatOrUndefined(b);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/** Reads a file as UTF-8 text (BOM dropped, CRLF kept for the parser), or says why not. */
export function readTextFile(dir: string, file: string): { text?: string; issue?: Issue } {
  const abs = join(dir, file);
  let fd: number | undefined;
  try {
    // Look before opening: opening a named pipe would wait for a writer forever.
    const pre = statSync(abs);
    if (pre.isDirectory()) return { issue: issueAt('file-read', top(file), 'is-dir') };
    if (!pre.isFile()) return { issue: issueAt('file-read', top(file), 'not-regular-file') };
    fd = openSync(abs, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { issue: issueAt('file-read', top(file), 'is-dir') };
    if (st.size > MAX_FILE_BYTES) {
      return { issue: issueAt('file-read', top(file), 'file-too-large', { mb: Math.round(st.size / 1048576), max: MAX_FILE_BYTES / 1048576 }) };
    }
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decodeText(buf.subarray(0, off), file);
  } catch (err) {
    const code = errorCode(err);
    return { issue: issueAt('file-read', top(file), code === 'EISDIR' ? 'is-dir' : 'file-unreadable', { detail: code }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Decodes bytes as strict UTF-8; NUL bytes or invalid sequences are refused with their place. */
export function decodeText(bytes: Uint8Array, file: string): { text?: string; issue?: Issue } {
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { issue: issueAt('file-read', locateBadByte(bytes, file), 'not-utf8') };
  }
  if (nul >= 0) return { issue: issueAt('file-read', textLocator(text, file)(text.indexOf('\0')), 'binary-file') };
  return { text };
}

function locateBadByte(bytes: Uint8Array, file: string) {
  // Find the first byte at which strict decoding fails, then count lines before it.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // Stream mode leaves an unfinished sequence out, so `good` holds only whole characters.
  const good = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo), { stream: true });
  return textLocator(good, file)(good.length);
}
