/**
 * "Bad input never hurts": random damage to the sample unit in data/ never crashes `check`
 * or `report`. Only exit 0 or 1, no stack trace, no internal error, and every problem line
 * located inside its file. Seed and run count: FC_SEED, FC_RUNS (a small default keeps `npm test`
 * fast; FC_RUNS=200 or more explores further, see the README).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fc, fcParams, outputFaults, ROOT, runCli, timeoutFor } from './cli-harness.js';
import { applyMutation, mutationsArb, type Mutation } from './mutate.js';

const SAMPLE = join(ROOT, 'data');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-props-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel))
    .sort()
    .flatMap((name) => {
      const r = rel === '' ? name : posix.join(rel, name);
      return statSync(join(dir, r)).isDirectory() ? listFiles(dir, r) : [r];
    });
}
const FILES = listFiles(SAMPLE);

let counter = 0;
/** A fresh copy of the sample unit with the mutations applied; returns its parent folder. */
function mutatedCopy(mutations: readonly Mutation[]): string {
  const cwd = join(tmp, String(++counter));
  cpSync(SAMPLE, join(cwd, 'data'), { recursive: true });
  for (const m of mutations) {
    const path = join(cwd, 'data', FILES[m.file % FILES.length]!);
    if (!existsSync(path)) continue;
    const next = applyMutation(readFileSync(path, 'utf8'), m);
    if (next === null) rmSync(path);
    else writeFileSync(path, next);
  }
  return cwd;
}

/** What the run is about, for the failure message: the mutated file names. */
function describeRun(mutations: readonly Mutation[], argv: readonly string[]): string {
  return `${argv.join(' ')} after ${mutations.map((m) => `${m.op} on ${FILES[m.file % FILES.length]}`).join(', ')}`;
}

const checkArgs = fc.constantFrom<string[]>(['check'], ['check', '--format', 'json'], ['check', '--strict'], ['check', '--lang', 'en']);
const reportArgs = fc.constantFrom<string[]>(
  ['report', '--year', '2024'],
  ['report', '--month', '2025-02', '--lang', 'en'],
  ['report', '--from', '2024-03-01', '--to', '2024-08-31', '--as-of', '2024-06-30'],
);

describe('mutated sample data', () => {
  it('sanity: the unmutated sample is valid and the harness sees no fault', async () => {
    const cwd = mutatedCopy([]);
    const r = await runCli(['check', '--data', 'data'], cwd);
    expect(r.code).toBe(0);
    expect(outputFaults(r, cwd)).toEqual([]);
  });

  it('check exits 0 or 1 with located problem lines', { timeout: timeoutFor(10, 2000) }, async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, checkArgs, async (mutations, args) => {
        const cwd = mutatedCopy(mutations);
        const argv = [...args, '--data', 'data'];
        const r = await runCli(argv, cwd);
        const faults = outputFaults(r, cwd, { jsonIssues: args.includes('json') });
        rmSync(cwd, { recursive: true, force: true });
        if (faults.length > 0) throw new Error(`${describeRun(mutations, argv)}:\n${faults.join('\n')}`);
      }),
      fcParams(10),
    );
  });

  it('report exits 0 or 1 with located problem lines, and a valid summary when it writes', { timeout: timeoutFor(6, 2000) }, async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, reportArgs, async (mutations, args) => {
        const cwd = mutatedCopy(mutations);
        const argv = [...args, '--data', 'data', '--out', 'out'];
        const r = await runCli(argv, cwd);
        const faults = outputFaults(r, cwd);
        if (r.code === 0) {
          for (const f of ['report.md', 'summary.json', 'members.csv', 'initiatives.csv', 'shifts.csv']) if (!existsSync(join(cwd, 'out', f))) faults.push(`${f} not written`);
          try {
            JSON.parse(readFileSync(join(cwd, 'out', 'summary.json'), 'utf8'));
          } catch (err) {
            faults.push(`summary.json: ${String(err)}`);
          }
        } else if (existsSync(join(cwd, 'out'))) faults.push('exit 1 but out/ was written');
        rmSync(cwd, { recursive: true, force: true });
        if (faults.length > 0) throw new Error(`${describeRun(mutations, argv)}:\n${faults.join('\n')}`);
      }),
      fcParams(6),
    );
  });
});
