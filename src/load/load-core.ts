/**
 * The one pipeline of loading: files → YAML → validated values with their source
 * positions. It runs in two steps so that a fully cached data folder never loads the
 * parsers (the `yaml`, js-yaml, zod and marked packages, a quarter of a small run):
 * `prepareLoad` lists and reads every file and takes what the cache holds;
 * `finishLoad` parses the rest with the parsers it is given (parse-files.ts) and puts the
 * data set together. `loadDataFolder` (load-data-folder.ts) does both with the parsers
 * always loaded; `loadDataFolderLazily` imports them only when some file is not cached.
 * Both give the same result, never throw for bad input and never write to the data folder.
 */
import { resolveRules } from '../model/defaults.js';
import type { RulesInput } from '../model/schemas.js';
import type { Narrative } from '../model/narrative.js';
import type { Activity, DataSet, Issue, Member, RatingsFile, Shift, Source, Unit } from '../model/types.js';
import type { RecordCache } from './cache.js';
import { listDataFiles, readTextFile } from './data-files.js';
import { StringTable } from './strings.js';

export interface LoadResult {
  /** Absent when the unit itself could not be read. */
  readonly data?: DataSet;
  readonly issues: readonly Issue[];
  /** Files read, relative to the data folder, in canonical order. */
  readonly files: readonly string[];
}

export type RecordKind = 'members' | 'activities' | 'shifts';

/** What parsing one file gives: its value when it could be used, and every problem found in it. */
export interface Parsed<T> {
  readonly value?: T;
  readonly issues: readonly Issue[];
}

export interface LoadedRules {
  readonly input: RulesInput;
  /** Positions of the rules keys, flattened (`criteria.work`, `shifts.coverage.0`, …). */
  readonly at: Record<string, Source>;
}

/** The parsers of each kind of file (parse-files.ts). */
export interface Parsers {
  unit(text: string, file: string): Parsed<Unit>;
  rules(text: string, file: string): Parsed<LoadedRules>;
  records(kind: RecordKind, text: string, file: string): Parsed<Member[] | Activity[] | Shift[]>;
  ratings(text: string, file: string): Parsed<RatingsFile>;
  narrative(text: string, file: string): Parsed<Narrative>;
}

type Kind = 'unit' | 'rules' | RecordKind | 'ratings' | 'narrative';

/** One file of the folder, in reading order. */
interface Slot {
  readonly kind: Kind;
  readonly file: string;
  /** The text, when the file could be read. */
  readonly text?: string;
  readonly key: string;
  /** The parse result, from the cache or from the parsers. */
  readonly result?: Parsed<unknown>;
  /** Parsed in this run (so stored in the cache, and its strings detached from the text). */
  readonly fresh?: boolean;
  /** Its records' strings already shared through the load's table (done as soon as they were parsed). */
  readonly interned?: boolean;
}

export interface PreparedLoad {
  readonly dir: string;
  readonly cache: RecordCache | undefined;
  readonly listingIssues: readonly Issue[];
  /** `rules.yaml` or `rules.yml` when there is one. */
  readonly rulesFile: string | undefined;
  readonly slots: readonly Slot[];
  /** Files to parse: neither unreadable nor cached. */
  readonly misses: number;
  /** The one copy of each repeated string, for the whole load. */
  readonly strings: StringTable;
}

export interface LoadOptions {
  /** Where loaded files are remembered between runs (see cache.ts); none by default. */
  readonly cache?: RecordCache;
}

const isRecordKind = (kind: Kind): kind is RecordKind => kind === 'members' || kind === 'activities' || kind === 'shifts';

/** Parses a record file the scanner takes whole and whose records are all valid (parse-plain.ts); else `undefined`. */
type PlainRecords = (kind: RecordKind, text: string, file: string) => unknown[] | undefined;

/** Shares the repeated strings of a file's records and detaches their free text (`fresh`: from a parser, not the cache). */
function intern(strings: StringTable, kind: RecordKind, records: readonly unknown[], fresh: boolean): void {
  if (kind === 'members') for (const m of records as Member[]) strings.member(m, fresh);
  else if (kind === 'activities') for (const a of records as Activity[]) strings.activity(a, fresh);
  else for (const s of records as Shift[]) strings.shift(s, fresh);
}

/** Reads one file and takes it from the cache if it is there. */
function readSlot(dir: string, cache: RecordCache | undefined, kind: Kind, file: string): Slot {
  const { text, issue } = readTextFile(dir, file);
  if (issue) return { kind, file, key: '', result: { issues: [issue] } };
  const source = text ?? '';
  const key = cache?.keyOf(kind, file, source) ?? '';
  if (cache && isRecordKind(kind)) {
    const records = cache.get(key, file);
    // A cached file's text was needed for its key only: not kept (a million records are 200 MB of text).
    if (records) return { kind, file, key, result: { value: records, issues: [] } };
  } else if (cache) {
    const stored = cache.getValue(key, file);
    if (stored) return { kind, file, key, result: { ...(stored.value === undefined ? {} : { value: stored.value }), issues: [] } };
  }
  return { kind, file, text: source, key };
}

/**
 * The steps of preparing a load: every file listed, read and taken from the cache; at the
 * first record file the cache does not hold, the steps ask once (`yield`) for the plain
 * record parser, and with one, parse each such file as soon as it is read (its text is
 * then not kept: a cold million records would otherwise hold all their text at once).
 */
function* prepareSteps(dir: string, options: LoadOptions): Generator<void, PreparedLoad, PlainRecords | undefined> {
  const listing = listDataFiles(dir);
  const { cache } = options;
  const order: [Kind, string][] = [];
  if (listing.unit) order.push(['unit', listing.unit]);
  if (listing.rules) order.push(['rules', listing.rules]);
  for (const file of listing.members) order.push(['members', file]);
  for (const file of listing.activities) order.push(['activities', file]);
  for (const file of listing.shifts) order.push(['shifts', file]);
  for (const file of listing.ratings) order.push(['ratings', file]);
  for (const file of listing.narrative) order.push(['narrative', file]);
  const slots: Slot[] = [];
  let misses = 0;
  let asked = false;
  let plain: PlainRecords | undefined;
  const strings = new StringTable();
  for (const [kind, file] of order) {
    let slot = readSlot(dir, cache, kind, file);
    if (!slot.result && isRecordKind(kind)) {
      if (!asked) {
        asked = true;
        plain = yield;
      }
      const records = plain?.(kind, slot.text ?? '', file);
      if (records !== undefined) {
        // Shared at once: what the scanner cut for these records then dies young, instead of
        // being replaced once the whole folder is read (a million records, no cache: 1.65 → 1.31 GB at the peak).
        intern(strings, kind, records, true);
        slot = { kind, file, key: slot.key, result: { value: records, issues: [] }, fresh: true, interned: true };
      }
    }
    if (!slot.result) misses += 1;
    slots.push(slot);
  }
  return { dir, cache, listingIssues: listing.issues, rulesFile: listing.rules, slots, misses, strings };
}

/** Lists and reads the data folder at `dir`, and takes from the cache every file it holds. */
export function prepareLoad(dir: string, options: LoadOptions = {}): PreparedLoad {
  const steps = prepareSteps(dir, options);
  let step = steps.next();
  while (!step.done) step = steps.next(undefined);
  return step.value;
}

/**
 * `prepareLoad`, with each record file the cache does not hold that is plain and valid
 * parsed by the scanner and the validators alone (parse-plain.ts, imported at the first such file).
 */
export async function prepareLoadLazily(dir: string, options: LoadOptions = {}): Promise<PreparedLoad> {
  const steps = prepareSteps(dir, options);
  let step = steps.next();
  while (!step.done) step = steps.next((await import('./parse-plain.js')).plainRecords);
  return step.value;
}

function parse(parsers: Parsers, kind: Kind, text: string, file: string): Parsed<unknown> {
  switch (kind) {
    case 'unit':
      return parsers.unit(text, file);
    case 'rules':
      return parsers.rules(text, file);
    case 'ratings':
      return parsers.ratings(text, file);
    case 'narrative':
      return parsers.narrative(text, file);
    default:
      return parsers.records(kind, text, file);
  }
}

/**
 * Parses what the cache did not hold (`parsers` is needed only when `prepared.misses > 0`),
 * stores each file that gave no problem, and puts the data set together.
 */
export function finishLoad(prepared: PreparedLoad, parsers?: Parsers): LoadResult {
  const { cache } = prepared;
  const issues: Issue[] = [...prepared.listingIssues];
  const files: string[] = [];
  let unit: Unit | undefined;
  let rules: LoadedRules | undefined;
  const members: Member[] = [];
  const activities: Activity[] = [];
  const shifts: Shift[] = [];
  const ratings: RatingsFile[] = [];
  const narratives: Narrative[] = [];
  const { strings } = prepared;
  for (const slot of prepared.slots) {
    files.push(slot.file);
    let result = slot.result;
    const fresh = !result || slot.fresh === true;
    if (!result) {
      if (!parsers) throw new Error(`finishLoad: ${slot.file} needs the parsers`);
      result = parse(parsers, slot.kind, slot.text ?? '', slot.file);
    }
    if (fresh && cache && result.issues.length === 0) {
      if (isRecordKind(slot.kind)) cache.set(slot.key, slot.file, (result.value ?? []) as Member[]);
      else cache.setValue(slot.key, slot.file, result.value);
    }
    for (const issue of result.issues) issues.push(issue);
    const { value } = result;
    if (value === undefined) continue;
    if (isRecordKind(slot.kind) && !slot.interned) intern(strings, slot.kind, value as unknown[], fresh);
    switch (slot.kind) {
      case 'unit':
        unit = value as Unit;
        break;
      case 'rules':
        rules = value as LoadedRules;
        break;
      case 'members':
        for (const m of value as Member[]) members.push(m);
        break;
      case 'activities':
        for (const a of value as Activity[]) activities.push(a);
        break;
      case 'shifts':
        for (const s of value as Shift[]) shifts.push(s);
        break;
      case 'ratings':
        ratings.push(value as RatingsFile);
        break;
      case 'narrative':
        narratives.push(value as Narrative);
        break;
    }
  }
  if (!unit) return { issues, files };
  const { dir, rulesFile } = prepared;
  const resolved = resolveRules(rules?.input ?? {}, { at: rules?.at ?? {}, ...(rulesFile === undefined ? {} : { file: rulesFile }) });
  return { data: { dir, unit, rules: resolved, members, activities, shifts, ratings, narratives }, issues, files };
}

/**
 * `loadDataFolder`, importing only what the files that are not cached need: nothing when
 * every file is cached; the scanner and the validators when only plain, valid record files
 * changed (a clerk's usual edit); the `yaml` package (and marked) as well for a changed
 * unit.yaml, rules.yaml, ratings or narrative file (parse-light.ts); zod and the full
 * parsers only for a file with a problem, or one outside those plain subsets. Record files
 * are offered to the scanner first in every case (cold too): it keeps no scanned record alive.
 */
export async function loadDataFolderLazily(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  let prepared = await prepareLoadLazily(dir, options);
  if (prepared.slots.some((slot) => !slot.result && !isRecordKind(slot.kind))) {
    prepared = parseLightFiles(prepared, (await import('./parse-light.js')).parseLightly);
  }
  const parsers = prepared.misses > 0 ? (await import('./parse-files.js')).PARSERS : undefined;
  return finishLoad(prepared, parsers);
}

/** Parses unit.yaml, rules.yaml, a ratings or narrative file without zod when it is plain and valid (parse-light.ts); else `undefined`. */
type LightParser = (kind: Exclude<Kind, RecordKind>, text: string, file: string) => Parsed<unknown> | undefined;

/** `prepared` with every file that is not a record file and that `light` can parse parsed. */
function parseLightFiles(prepared: PreparedLoad, light: LightParser): PreparedLoad {
  let misses = 0;
  const slots = prepared.slots.map((slot): Slot => {
    if (slot.result) return slot;
    const result = isRecordKind(slot.kind) ? undefined : light(slot.kind, slot.text ?? '', slot.file);
    if (!result) {
      misses += 1;
      return slot;
    }
    return { kind: slot.kind, file: slot.file, key: slot.key, result, fresh: true };
  });
  return { ...prepared, slots, misses };
}
