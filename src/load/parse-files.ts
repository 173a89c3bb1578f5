/**
 * The parsers of the loader: YAML text → validated values with their source positions, and
 * every problem worded. They load the `yaml`, js-yaml, zod and marked packages, so the loader
 * imports this module only when some file is not in the cache (see load-data-folder.ts).
 * Nothing here reads a file or throws for bad input.
 */
import { isSeq } from 'yaml';
import type { z } from 'zod';
import {
  activitySchema,
  memberSchema,
  ratingsFileSchema,
  rulesSchema,
  shiftSchema,
  unitSchema,
} from '../model/schemas.js';
import type { MessageId } from '../model/message-id.js';
import type { Activity, Issue, Member, Shift } from '../model/types.js';
import type { Parsed, Parsers, RecordKind } from './load-core.js';
import type { RecordLoc } from './fast-records.js';
import { issueAt } from './issue-at.js';
import { locateRecord, parseYaml, sourceOfNode, type ParsedYaml } from './read-yaml.js';
import { parseRecordFile } from './record-files.js';
import { toActivity, toMember, toShift } from './to-records.js';
import { rulesPositions, toRatingsFile, toUnit } from './parse-light.js';
import { parseNarrative } from './narrative.js';
import { validate } from './validate.js';
import { recordByRecord } from './issue-cap.js';

interface Sink {
  issues: Issue[];
}

function readParsed(text: string, file: string, sink: Sink): ParsedYaml | undefined {
  const { parsed, issues } = parseYaml(text, file);
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

type Convert<T extends z.ZodType, R> = (value: z.infer<T>, loc: RecordLoc) => R;

/** The records of one record file: the fast parser when it can, else the ordinary path. */
function recordFile<T extends z.ZodType, R extends Member | Activity | Shift>(text: string, file: string, schema: T, convert: Convert<T, R>) {
  const ordinary = (source: string, issues: Issue[]): R[] => {
    const { parsed, issues: found } = parseYaml(source, file);
    issues.push(...found);
    return parsed ? recordItems(parsed, schema, { issues }).map(({ value, loc }) => convert(value, loc)) : [];
  };
  const issues: Issue[] = [];
  const value = parseRecordFile({ file, schema, convert, ordinary, issues }, text);
  return { value, issues };
}

/**
 * A file holding one mapping (rules.yaml, a ratings file): its value made by `make` when it is
 * valid; nothing for an empty file; `notMap` when it holds something else.
 */
function mappingFile<T extends z.ZodType, R>(
  text: string,
  file: string,
  schema: T,
  notMap: MessageId,
  make: (data: z.infer<T>, parsed: ParsedYaml) => R,
): Parsed<R> {
  const sink: Sink = { issues: [] };
  const parsed = readParsed(text, file, sink);
  if (!parsed || parsed.value === null || parsed.value === undefined) return sink;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    sink.issues.push(issueAt('schema', sourceOfNode(parsed, parsed.doc.contents), notMap));
    return sink;
  }
  const { data, issues } = validate(schema, parsed.value, parsed, []);
  for (const issue of issues) sink.issues.push(issue);
  return data ? { value: make(data, parsed), issues: sink.issues } : sink;
}

export const PARSERS: Parsers = {
  unit(text, file) {
    const sink: Sink = { issues: [] };
    const parsed = readParsed(text, file, sink);
    if (!parsed) return sink;
    const { data, issues } = validate(unitSchema, parsed.value ?? {}, parsed, []);
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      sink.issues.push(issueAt('schema', sourceOfNode(parsed, parsed.doc.contents), 'expected-map'));
      return sink;
    }
    for (const issue of issues) sink.issues.push(issue);
    return data ? { value: toUnit(data, parsed), issues: sink.issues } : sink;
  },

  rules(text, file) {
    return mappingFile(text, file, rulesSchema, 'expected-map', (data, parsed) => ({ input: data, at: rulesPositions(parsed) }));
  },

  records(kind: RecordKind, text: string, file: string) {
    if (kind === 'members') return recordFile(text, file, memberSchema, toMember);
    if (kind === 'activities') return recordFile(text, file, activitySchema, toActivity);
    return recordFile(text, file, shiftSchema, toShift);
  },

  // An empty ratings file (or one of comments only, a year's file made ready in advance) holds
  // no rating, like an empty record file or rules.yaml: no year, so no ratings exist for it.
  ratings(text, file) {
    return mappingFile(text, file, ratingsFileSchema, 'expected-ratings-map', toRatingsFile);
  },

  narrative(text, file) {
    const { narrative, issues } = parseNarrative(file, text);
    return { value: narrative, issues };
  },
};
