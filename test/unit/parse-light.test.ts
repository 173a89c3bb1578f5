/**
 * The lighter parsers of unit.yaml, rules.yaml, the ratings and narrative files
 * (src/load/parse-light.ts, no zod) give exactly what the full parsers (parse-files.ts) give
 * for every such file of the repository they answer for, and answer for none that has a
 * problem: those are left to the full parsers, which word it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/model/defaults.js';
import { parseLightly, type LightKind } from '../../src/load/parse-light.js';
import { PARSERS } from '../../src/load/parse-files.js';
import type { LoadedRules } from '../../src/load/load-core.js';

const root = join(import.meta.dirname, '../..');

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, out);
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

function kindOf(file: string): LightKind | undefined {
  if (/(^|\/)unit\.ya?ml$/.test(file)) return 'unit';
  if (/(^|\/)rules\.ya?ml$/.test(file)) return 'rules';
  if (/(^|\/)ratings\/[^/]+\.ya?ml$/.test(file)) return 'ratings';
  if (/(^|\/)narrative\/[^/]+\.md$/.test(file)) return 'narrative';
  return undefined;
}

describe('the lighter parsers', () => {
  const all = ['data', 'templates', 'test/fixtures'].flatMap((d) => files(join(root, d))).filter((f) => kindOf(f) !== undefined);

  it('give what the full parsers give, and leave every file with a problem to them', () => {
    const answered: Record<string, number> = {};
    let declined = 0;
    for (const file of all) {
      const kind = kindOf(file)!;
      const text = readFileSync(join(root, file), 'utf8');
      const light = parseLightly(kind, text, file);
      const full = PARSERS[kind](text, file);
      if (light === undefined) {
        declined++;
        continue;
      }
      answered[kind] = (answered[kind] ?? 0) + 1;
      expect({ file, issues: full.issues.length > 0 && kind !== 'narrative' }).toEqual({ file, issues: false });
      if (kind === 'rules' && light.value !== undefined) {
        // zod hands back a strict object's keys in the schema's order: the same rules, resolved alike.
        const [a, b] = [light.value, full.value] as LoadedRules[];
        expect(a, file).toEqual(b);
        const resolve = (r: LoadedRules) => JSON.stringify(resolveRules(r.input, { at: r.at, file }));
        expect(resolve(a!), file).toBe(resolve(b!));
      } else expect(JSON.stringify(light), file).toBe(JSON.stringify(full));
    }
    for (const kind of ['unit', 'rules', 'ratings', 'narrative']) expect(answered[kind] ?? 0, kind).toBeGreaterThanOrEqual(2);
    expect(declined).toBeGreaterThanOrEqual(3);
  });

  it('leave a __proto__ key, an empty unit and a list where a mapping belongs to the full parsers', () => {
    expect(parseLightly('rules', 'criteria:\n  __proto__: { label: x }\n', 'rules.yaml')).toBeUndefined();
    expect(parseLightly('unit', '', 'unit.yaml')).toBeUndefined();
    expect(parseLightly('unit', '- a\n', 'unit.yaml')).toBeUndefined();
    expect(parseLightly('rules', '', 'rules.yaml')).toEqual({ issues: [] });
    expect(parseLightly('ratings', '# 2025\n', 'ratings/2025.yaml')).toEqual({ issues: [] });
  });
});
