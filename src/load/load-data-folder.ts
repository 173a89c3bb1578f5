/**
 * The one pipeline entry of loading: files → YAML → validated records with their source
 * positions. Returns the data set (when the unit could be read) and every problem found;
 * never throws for bad input and never writes anything.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { z } from 'zod';
import { resolveRules } from '../model/defaults.js';
import {
  activitySchema,
  memberSchema,
  ratingsFileSchema,
  rulesSchema,
  shiftSchema,
  unitSchema,
  type ActivityInput,
  type MemberInput,
  type RatingsInput,
  type RulesInput,
  type ShiftInput,
  type UnitInput,
} from '../model/schemas.js';
import type { Activity, DataSet, Issue, Member, Rating, RatingsFile, Shift, Signer, Source, Unit } from '../model/types.js';
import type { RecordCache } from './cache.js';
import type { RecordLoc } from './fast-records.js';
import { listDataFiles, readTextFile } from './data-files.js';
import { issueAt, locateRecord, nodeAtPath, parseYaml, sourceOfNode, type ParsedYaml } from './read-yaml.js';
import { loadRecordFile } from './record-files.js';
import { loadNarratives } from './narrative.js';
import { validate } from './validate.js';
import { recordByRecord } from './issue-cap.js';

interface LoadResult {
  /** Absent when the unit itself could not be read. */
  readonly data?: DataSet;
  readonly issues: readonly Issue[];
  /** Files read, relative to the data folder, in canonical order. */
  readonly files: readonly string[];
}

interface Sink {
  issues: Issue[];
}

function readParsed(dir: string, file: string, sink: Sink): ParsedYaml | undefined {
  const { text, issue } = readTextFile(dir, file);
  if (issue) {
    sink.issues.push(issue);
    return undefined;
  }
  const { parsed, issues } = parseYaml(text ?? '', file);
  for (const issue of issues) sink.issues.push(issue);
  return parsed;
}

/** The records of a record file: a sequence, or nothing for an empty file. */
function recordItems<T extends z.ZodType>(parsed: ParsedYaml, schema: T, sink: Sink): { value: z.infer<T>; loc: ReturnType<typeof locateRecord> }[] {
  const { value, doc } = parsed;
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !isSeq(doc.contents)) {
    sink.issues.push(issueAt('schema', sourceOfNode(parsed, doc.contents), 'expected-list'));
    return [];
  }
  const out: { value: z.infer<T>; loc: ReturnType<typeof locateRecord> }[] = [];
  // A flood of one mistake is counted past the cap, not kept (issue-cap.ts).
  const found = recordByRecord();
  value.forEach((item, index) => {
    const node = doc.contents && isSeq(doc.contents) ? doc.contents.items[index] : undefined;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      found.add([issueAt('schema', sourceOfNode(parsed, node as { range?: number[] }), 'expected-record')]);
      return;
    }
    const { data, issues } = validate(schema, item, parsed, [index]);
    found.add(issues);
    if (data !== undefined) out.push({ value: data, loc: locateRecord(parsed, node) });
  });
  for (const issue of found.issues()) sink.issues.push(issue);
  return out;
}

function toUnit(input: UnitInput, parsed: ParsedYaml): Unit {
  const loc = locateRecord(parsed, parsed.doc.contents);
  const deptNodes = nodeAtPath(parsed.doc, ['departments']).node;
  return {
    ...loc,
    name: input.name,
    ...(input.parent === undefined ? {} : { parent: input.parent }),
    ...(input.place === undefined ? {} : { place: input.place }),
    kind: input.kind ?? 'co-quan',
    departments: input.departments.map((d, i) => ({
      ...locateRecord(parsed, isSeq(deptNodes) ? deptNodes.items[i] : undefined),
      id: d.id,
      name: d.name,
    })),
    ...(input.code === undefined ? {} : { code: input.code }),
    ...(input.signer === undefined ? {} : { signer: toSigner(input.signer) }),
    ...(input.recipients === undefined ? {} : { recipients: input.recipients }),
  };
}

function toSigner(s: NonNullable<UnitInput['signer']>): Signer {
  return {
    ...(s.on_behalf === undefined ? {} : { onBehalf: s.on_behalf }),
    ...(s.title === undefined ? {} : { title: s.title }),
    ...(s.name === undefined ? {} : { name: s.name }),
  };
}

function toMember(m: MemberInput, loc: ReturnType<typeof locateRecord>): Member {
  return {
    ...loc,
    id: m.id,
    name: m.name,
    department: m.department,
    ...(m.title === undefined ? {} : { title: m.title }),
    groups: m.groups ?? [],
    ...(m.joined === undefined ? {} : { joined: m.joined }),
    ...(m.left === undefined ? {} : { left: m.left }),
    directWorker: m.direct_worker ?? false,
    leave: (m.leave ?? []).map((l, i) => {
      const source = loc.items['leave']?.[i] ?? loc.at['leave'] ?? loc.source;
      const at: Record<string, Source> = {};
      for (const key of ['from', 'to', 'kind']) at[key] = loc.at[`leave.${i}.${key}`] ?? source;
      return { from: l.from, to: l.to, kind: l.kind, source, at };
    }),
  };
}

function toActivity(a: ActivityInput, loc: ReturnType<typeof locateRecord>): Activity {
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    ...loc,
    ...optional('id', a.id),
    kind: a.kind,
    date: a.date,
    ...optional('end', a.end),
    ...optional('title', a.title),
    members: a.members,
    except: a.except ?? [],
    ...optional('hours', a.hours),
    ...optional('note', a.note),
    ...optional('level', a.level),
    ...optional('recognized', a.recognized),
    ...optional('accepted', a.accepted),
    ...optional('decision', a.decision),
    in01m: a.in_01m ?? false,
    ...optional('type', a.type),
    ...optional('minutes', a.minutes),
    severity: a.severity ?? 'reminder',
    // A form on a reminder is kept as written, for `check` to report (SPEC §6).
    ...optional('form', a.form ?? (a.severity === 'formal' ? 'khien-trach' : undefined)),
  };
}

function toShift(s: ShiftInput, loc: ReturnType<typeof locateRecord>): Shift {
  return {
    ...loc,
    date: s.date,
    type: s.type,
    department: s.department,
    members: s.members,
    ...(s.start === undefined ? {} : { start: s.start }),
    ...(s.end === undefined ? {} : { end: s.end }),
    ...(s.note === undefined ? {} : { note: s.note }),
  };
}

/** A ratings file (SPEC §6): a mapping of year, decision, date and `levels`, each rating located at its member id. */
function toRatingsFile(input: RatingsInput, parsed: ParsedYaml): RatingsFile {
  const loc = locateRecord(parsed, parsed.doc.contents);
  const levelsNode = nodeAtPath(parsed.doc, ['levels']).node;
  const keyAt = new Map<string, Source>();
  if (isMap(levelsNode)) for (const pair of levelsNode.items) if (isScalar(pair.key)) keyAt.set(String(pair.key.value), sourceOfNode(parsed, pair.key));
  const ratings: Rating[] = Object.entries(input.levels).map(([member, level]) => ({
    year: input.year,
    member,
    level,
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    ...(input.date === undefined ? {} : { date: input.date }),
    source: keyAt.get(member) ?? loc.at['levels'] ?? loc.source,
  }));
  return {
    ...loc,
    year: input.year,
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    ...(input.date === undefined ? {} : { date: input.date }),
    ratings,
  };
}

/** Positions of the rules keys, flattened (`criteria.work`, `shifts.coverage.0`, …). */
function rulesPositions(parsed: ParsedYaml): Record<string, Source> {
  const at: Record<string, Source> = {};
  const visit = (node: unknown, prefix: string, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    const n = node as { items?: unknown[] };
    if (!Array.isArray(n.items)) return;
    n.items.forEach((item, i) => {
      const pair = item as { key?: { value?: unknown; range?: number[] }; value?: unknown };
      if (pair && typeof pair === 'object' && 'key' in pair && pair.key) {
        const name = `${prefix}${String(pair.key.value)}`;
        at[name] = sourceOfNode(parsed, (pair.value as { range?: number[] } | null) ?? pair.key);
        visit(pair.value, `${name}.`, depth + 1);
      } else {
        const name = `${prefix}${i}`;
        at[name] = sourceOfNode(parsed, item as { range?: number[] });
        visit(item, `${name}.`, depth + 1);
      }
    });
  };
  visit(parsed.doc.contents, '', 0);
  return at;
}

interface LoadOptions {
  /** Where loaded record files are remembered between runs (see cache.ts); none by default. */
  readonly cache?: RecordCache;
}

/** Loads the data folder at `dir` (an absolute or cwd-relative path). */
export function loadDataFolder(dir: string, options: LoadOptions = {}): LoadResult {
  const listing = listDataFiles(dir);
  const sink: Sink = { issues: [...listing.issues] };
  const files: string[] = [];

  let unit: Unit | undefined;
  if (listing.unit) {
    files.push(listing.unit);
    const parsed = readParsed(dir, listing.unit, sink);
    if (parsed) {
      const { data, issues } = validate(unitSchema, parsed.value ?? {}, parsed, []);
      if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
        sink.issues.push(issueAt('schema', sourceOfNode(parsed, parsed.doc.contents), 'expected-map'));
      } else {
        for (const issue of issues) sink.issues.push(issue);
        if (data) unit = toUnit(data, parsed);
      }
    }
  }

  let rulesInput: RulesInput = {};
  let rulesAt: Record<string, Source> = {};
  if (listing.rules) {
    files.push(listing.rules);
    const parsed = readParsed(dir, listing.rules, sink);
    if (parsed && parsed.value !== null && parsed.value !== undefined) {
      if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
        sink.issues.push(issueAt('schema', sourceOfNode(parsed, parsed.doc.contents), 'expected-map'));
      } else {
        const { data, issues } = validate(rulesSchema, parsed.value, parsed, []);
        for (const issue of issues) sink.issues.push(issue);
        if (data) {
          rulesInput = data;
          rulesAt = rulesPositions(parsed);
        }
      }
    }
  }

  // Record files: cache, fast parser or the ordinary path (see record-files.ts).
  type Convert<T extends z.ZodType, R> = (value: z.infer<T>, loc: RecordLoc) => R;
  const load = <T extends z.ZodType, R extends Member | Activity | Shift>(kind: string, file: string, schema: T, convert: Convert<T, R>): R[] => {
    files.push(file);
    const ordinary = (text: string, issues: Issue[]): R[] => {
      const { parsed, issues: found } = parseYaml(text, file);
      issues.push(...found);
      return parsed ? recordItems(parsed, schema, { issues }).map(({ value, loc }) => convert(value, loc)) : [];
    };
    return loadRecordFile({ dir, file, kind, schema, convert, ordinary, issues: sink.issues, cache: options.cache });
  };
  const members: Member[] = [];
  for (const file of listing.members) for (const m of load('members', file, memberSchema, toMember)) members.push(m);
  const activities: Activity[] = [];
  for (const file of listing.activities) for (const a of load('activities', file, activitySchema, toActivity)) activities.push(a);
  const shifts: Shift[] = [];
  for (const file of listing.shifts) for (const s of load('shifts', file, shiftSchema, toShift)) shifts.push(s);

  // Ratings files are few and small (one a year): the ordinary path, no cache.
  const ratings: RatingsFile[] = [];
  for (const file of listing.ratings) {
    files.push(file);
    const parsed = readParsed(dir, file, sink);
    // An empty file (or one of comments only, a year's file made ready in advance) holds no
    // rating, like an empty record file or rules.yaml: no year, so no ratings exist for it.
    if (!parsed || parsed.value === null || parsed.value === undefined) continue;
    if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      sink.issues.push(issueAt('schema', sourceOfNode(parsed, parsed.doc.contents), 'expected-ratings-map'));
      continue;
    }
    const { data, issues } = validate(ratingsFileSchema, parsed.value, parsed, []);
    for (const issue of issues) sink.issues.push(issue);
    if (data) ratings.push(toRatingsFile(data, parsed));
  }

  const narrative = loadNarratives(dir, listing.narrative);
  sink.issues.push(...narrative.issues);
  files.push(...listing.narrative);

  if (!unit) return { issues: sink.issues, files };
  const rules = resolveRules(rulesInput, { at: rulesAt, ...(listing.rules === undefined ? {} : { file: listing.rules }) });
  return { data: { dir, unit, rules, members, activities, shifts, ratings, narratives: narrative.narratives }, issues: sink.issues, files };
}
