/**
 * The lighter parsers of unit.yaml, rules.yaml, the ratings and narrative files, for a run
 * that did not find them in the cache: the `yaml` package and the validators made from the
 * schemas (model/validators.ts), not zod (~0.15 s to load). They answer only for a file that
 * parses without a problem and whose value is valid, which is then exactly what
 * parse-files.ts would give (the same functions below make the value); for any other file
 * they answer `undefined` and the loader takes parse-files.ts, where zod words every problem.
 * A narrative file needs no schema: it is always parsed here.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { RatingsInput, UnitInput } from '../model/schemas.js';
import type { Rating, RatingsFile, Signer, Source, Unit } from '../model/types.js';
import { isRatingsInput, isRulesInput, isUnitInput } from '../model/validators.js';
import type { Parsed } from './load-core.js';
import { parseNarrative } from './narrative.js';
import { locateRecord, nodeAtPath, parseYaml, sourceOfNode, type ParsedYaml } from './read-yaml.js';
import { located } from './to-records.js';

export function toUnit(input: UnitInput, parsed: ParsedYaml): Unit {
  const loc = located(locateRecord(parsed, parsed.doc.contents));
  const deptNodes = nodeAtPath(parsed.doc, ['departments']).node;
  return {
    ...loc,
    name: input.name,
    ...(input.parent === undefined ? {} : { parent: input.parent }),
    ...(input.place === undefined ? {} : { place: input.place }),
    kind: input.kind ?? 'co-quan',
    departments: input.departments.map((d, i) => ({
      ...located(locateRecord(parsed, isSeq(deptNodes) ? deptNodes.items[i] : undefined)),
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

/** A ratings file (SPEC §6): a mapping of year, decision, date and `levels`, each rating located at its member id. */
export function toRatingsFile(input: RatingsInput, parsed: ParsedYaml): RatingsFile {
  const found = locateRecord(parsed, parsed.doc.contents);
  const loc = located(found);
  const levelsNode = nodeAtPath(parsed.doc, ['levels']).node;
  const keyAt = new Map<string, Source>();
  if (isMap(levelsNode)) for (const pair of levelsNode.items) if (isScalar(pair.key)) keyAt.set(String(pair.key.value), sourceOfNode(parsed, pair.key));
  const ratings: Rating[] = Object.entries(input.levels).map(([member, level]) => ({
    year: input.year,
    member,
    level,
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    ...(input.date === undefined ? {} : { date: input.date }),
    source: keyAt.get(member) ?? found.at['levels'] ?? found.source,
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
export function rulesPositions(parsed: ParsedYaml): Record<string, Source> {
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

/** The kinds of file parsed here. */
export type LightKind = 'unit' | 'rules' | 'ratings' | 'narrative';

/**
 * A document that parsed without any problem, and is a mapping or empty. A `__proto__` key
 * anywhere is left to the ordinary path: zod drops it from a record, so the value it gives
 * would differ from the one parsed.
 */
function cleanDocument(text: string, file: string): ParsedYaml | undefined {
  if (text.includes('__proto__')) return undefined;
  const { parsed, issues } = parseYaml(text, file);
  if (!parsed || issues.length > 0) return undefined;
  const { value } = parsed;
  return value === null || value === undefined || (typeof value === 'object' && !Array.isArray(value)) ? parsed : undefined;
}

/** What parse-files.ts would give for the file, when it is plain and valid; else `undefined`. */
export function parseLightly(kind: LightKind, text: string, file: string): Parsed<unknown> | undefined {
  if (kind === 'narrative') {
    const { narrative, issues } = parseNarrative(file, text);
    return { value: narrative, issues };
  }
  const parsed = cleanDocument(text, file);
  if (!parsed) return undefined;
  const { value } = parsed;
  switch (kind) {
    case 'unit':
      return isUnitInput(value) ? { value: toUnit(value, parsed), issues: [] } : undefined;
    case 'rules':
      // An empty rules.yaml (or one of comments only) is no rule at all: the defaults.
      if (value === null || value === undefined) return { issues: [] };
      return isRulesInput(value) ? { value: { input: value, at: rulesPositions(parsed) }, issues: [] } : undefined;
    case 'ratings':
      // An empty ratings file holds no rating, as in parse-files.ts.
      if (value === null || value === undefined) return { issues: [] };
      return isRatingsInput(value) ? { value: toRatingsFile(value, parsed), issues: [] } : undefined;
  }
}
