/**
 * What a run loads before it knows it needs it (issue #15): the parsers (zod, yaml, js-yaml,
 * marked) only on a cache miss, the renderers only for their format. Read from the built
 * files (dist/, made by `npm test`'s build): the static imports of each module, followed
 * from the entry of `bin/thidua.js` and of the `check` command. Dynamic `import()` is what
 * makes a module lazy, so it is not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve('dist');
const STATIC_IMPORT = /^(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"];?$/gm;

/** Every module `entry` imports statically, transitively: files of dist and bare package names. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [join(DIST, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) seen.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return seen;
}

const PARSERS = ['zod', 'yaml', 'js-yaml', 'marked'];
const RENDERERS = ['liquidjs', 'csv-stringify', 'docx', 'echarts', '@resvg/resvg-wasm', 'exceljs'];

describe('lazy imports', () => {
  it('finds the built files and their imports', () => {
    expect(existsSync(join(DIST, 'cli/run-process.js'))).toBe(true);
    // The reader sees through a multi-line import: the loader's parsers do load zod and yaml.
    const parsers = staticClosure('load/parse-files.js');
    for (const name of PARSERS) expect(parsers).toContain(name);
    expect(staticClosure('cli/run-process.js')).toContain('commander');
  });

  it('a changed plain record file needs the scanner and the validators made from the schemas only', () => {
    const closure = staticClosure('load/parse-plain.js');
    expect(closure).toContain(join(DIST, 'model/validators.js'));
    for (const name of [...PARSERS, ...RENDERERS]) expect({ name, has: closure.has(name) }).toEqual({ name, has: false });
  });

  it('a changed unit.yaml, rules.yaml, ratings or narrative file needs the yaml package and marked, not zod', () => {
    const closure = staticClosure('load/parse-light.js');
    expect(closure).toContain('yaml');
    expect(closure).toContain('marked');
    for (const name of ['zod', 'js-yaml', ...RENDERERS]) expect({ name, has: closure.has(name) }).toEqual({ name, has: false });
  });

  it('start-up and the check command load neither parsers nor renderers until they are needed', () => {
    for (const entry of ['cli/run-process.js', 'cli/commands/check.js', 'cli/load-checked.js']) {
      const closure = staticClosure(entry);
      for (const name of [...PARSERS, ...RENDERERS]) expect({ entry, has: closure.has(name) }).toEqual({ entry, has: false });
    }
  });
});
