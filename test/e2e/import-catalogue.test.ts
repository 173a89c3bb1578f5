/**
 * The catalogue of import errors (SPEC §9): one sheet per cause under
 * test/fixtures/import-errors/<code>/<cause>/, beside an expected.txt in the format of the
 * check catalogue (test/fixtures/errors/: `$ thidua …` lines, the exact stderr lines, `[exit N]`).
 * Every cause imports into the one small data folder test/fixtures/import-errors/unit, which
 * must stay byte for byte as it is: a bad row writes nothing. Kept apart from the check
 * catalogue, whose every block starts with a `check` of its own folder and whose folders are
 * one per issue code: an import problem uses those same codes, on a sheet instead of YAML.
 * Runs in-process through main() of the built CLI, from the repository root.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirsIn, readBlocks } from '../support/catalogue.js';
import { runIn } from './import-sheets.js';
import { fingerprint, ROOT } from './sample-unit.js';

const catalogue = join(ROOT, 'test/fixtures/import-errors');
const UNIT = 'unit';


const cases = dirsIn(catalogue)
  .filter((code) => code !== UNIT)
  .flatMap((code) => dirsIn(join(catalogue, code)).map((cause) => ({ code, cause, dir: join(catalogue, code, cause) })));

describe('the import catalogue', () => {
  it('has a cause for each import error the SPEC names', () => {
    expect(cases.map((c) => `${c.code}/${c.cause}`)).toEqual(
      expect.arrayContaining(['schema/missing-name-column', 'unknown-department/member-department', 'unknown-shift-type/roster-code', 'bad-date/not-a-date', 'duplicate-id/person-twice-in-roster']),
    );
  });
});

describe.each(cases)('$code/$cause', ({ code, cause, dir }) => {
  const blocks = readBlocks(join(dir, 'expected.txt'));
  it('first block imports a sheet of this folder and reports its code as FILE:row:COLUMN', () => {
    const first = blocks[0]!;
    expect(first.args[0]).toBe('import');
    expect(first.args[2]!.startsWith(`test/fixtures/import-errors/${code}/${cause}/`)).toBe(true);
    const lines = first.stderr.filter((l) => l.endsWith(`[${code}]`));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(new RegExp(`^test/fixtures/import-errors/${code}/${cause}/[^:]+:\\d+:[A-Z]+: error: .+ \\[${code}\\]$`));
    expect(first.exit).toBe(1);
  });
  it.each(blocks.map((b) => ({ ...b, name: b.args.join(' ') })))('$name', async (block) => {
    const before = fingerprint(join(catalogue, UNIT));
    const r = await runIn(ROOT, block.args);
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal|internal error/);
    expect(r.stderr === '' ? [] : r.stderr.replace(/\n$/, '').split('\n')).toEqual(block.stderr);
    expect(r.code).toBe(block.exit);
    expect(r.stdout).toBe('');
    expect(fingerprint(join(catalogue, UNIT))).toEqual(before);
  });
});
