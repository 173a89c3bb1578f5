/**
 * Reports are written all-or-nothing (src/cli/write-files.ts): a run killed while writing
 * leaves every report file whole — the previous version or the new one, never a partial file
 * — and no temporary file under a report's name; the next run removes the hidden temporaries
 * a killed run left. Nothing is ever written inside the data folder.
 *
 * The kills are real: the built binary is started and SIGKILLed, at the moment its first
 * temporary file appears in the out folder (plus a random delay of a few milliseconds) or at
 * a random time of the whole run. Every other run is in-process, through main() of the built
 * CLI (test/support/run-main.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';
import { BIN, cleanEnv, copyData, fingerprint, inBatches, readOut } from './sample-unit.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The text formats only: the Word documents go through the same writer as one more file of the
// set (test/e2e/report-docx.test.ts writes them), and without their rendering each killed run
// takes a second instead of four.
const NAMES = ['allowance.csv', 'annex.md', 'initiatives.csv', 'members.csv', 'proposals.csv', 'report.md', 'shifts.csv', 'summary.json'];
/** A hidden temporary of any report file: `.<name>.<pid>-<hex>.tmp`. */
const TEMPORARY = new RegExp(`^\\.(${NAMES.map((n) => n.replace(/\./g, '\\.')).join('|')})\\.\\d+-[0-9a-f]+\\.tmp$`);
const OLD = ['report', '--data', 'data', '--year', '2024', '--as-of', '2024-11-30', '--format', 'md,csv,json'];
const NEW = ['report', '--data', 'data', '--year', '2024', '--format', 'md,csv,json'];

let oldSet: Map<string, Buffer>;
let newSet: Map<string, Buffer>;
let dataBefore: Record<string, string>;

beforeAll(async () => {
  copyData(join(tmp, 'data'));
  dataBefore = fingerprint(join(tmp, 'data'));
  const a = await runMain([...OLD, '--out', 'old'], { cwd: tmp });
  const b = await runMain([...NEW, '--out', 'new'], { cwd: tmp });
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  oldSet = readOut(join(tmp, 'old'));
  newSet = readOut(join(tmp, 'new'));
}, 120_000);

/** Starts a run into `out` and SIGKILLs it per `when`; resolves with how it ended. */
function runAndKill(out: string, when: { afterFirstTemp: number } | { afterStart: number }): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...NEW, '--out', out], { cwd: tmp, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    let fired = false;
    const kill = () => {
      if (fired) return;
      fired = true;
      child.kill('SIGKILL');
    };
    const watcher = watch(join(tmp, out), (_event, name) => {
      if (!('afterFirstTemp' in when) || fired || !name || !String(name).endsWith('.tmp')) return;
      if (when.afterFirstTemp === 0) kill();
      else setTimeout(kill, when.afterFirstTemp);
    });
    if ('afterStart' in when) setTimeout(kill, when.afterStart);
    child.on('exit', (code, signal) => {
      watcher.close();
      done({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

function restoreOld(out: string): void {
  rmSync(join(tmp, out), { recursive: true, force: true });
  mkdirSync(join(tmp, out), { recursive: true });
  for (const [name, bytes] of oldSet) writeFileSync(join(tmp, out, name), bytes);
}

describe('a run killed while writing', () => {
  it('the old and the new report differ in every file, so a mix would show', () => {
    expect([...oldSet.keys()]).toEqual(NAMES);
    expect([...newSet.keys()]).toEqual(NAMES);
    for (const name of NAMES) expect(oldSet.get(name)!.equals(newSet.get(name)!), name).toBe(false);
  });

  it('leaves each report file whole, old or new, and no temporary under a report name', async () => {
    // Delays after the first temporary file appears (0 = at once), then kills at random times.
    const plans: ({ afterFirstTemp: number } | { afterStart: number })[] = [
      { afterFirstTemp: 0 }, { afterFirstTemp: 0 }, { afterFirstTemp: 1 }, { afterFirstTemp: 2 }, { afterFirstTemp: 5 },
      { afterStart: 100 + Math.floor(Math.random() * 1000) }, { afterStart: 100 + Math.floor(Math.random() * 2000) },
    ];
    const tally = { before: 0, during: 0, after: 0, mixed: 0, tempsLeft: 0 };
    const runs = await inBatches(
      plans.map((plan, i) => async () => {
        const out = `out-${i}`;
        restoreOld(out);
        return { plan, out, ...(await runAndKill(out, plan)) };
      }),
    );
    for (const { plan, out, killed, code, stderr } of runs) {
      if (!killed) expect(code, `a run that was not killed succeeds (${JSON.stringify(plan)}): ${stderr}`).toBe(0);
      const entries = readdirSync(join(tmp, out)).sort();
      const visible = entries.filter((e) => !e.startsWith('.'));
      const hidden = entries.filter((e) => e.startsWith('.'));
      expect(visible, JSON.stringify(plan)).toEqual(NAMES);
      for (const e of hidden) expect(e, JSON.stringify(plan)).toMatch(TEMPORARY);
      const got = readOut(join(tmp, out));
      const which = NAMES.map((name) => {
        const bytes = got.get(name)!;
        const isOld = bytes.equals(oldSet.get(name)!);
        const isNew = bytes.equals(newSet.get(name)!);
        expect(isOld || isNew, `${name} is neither the old nor the new file (${JSON.stringify(plan)})`).toBe(true);
        return isOld ? 'old' : 'new';
      });
      const allOld = which.every((w) => w === 'old');
      const allNew = which.every((w) => w === 'new');
      if (!allOld && !allNew) tally.mixed++;
      if (!killed) expect(allNew, 'a run that finished wrote the new set').toBe(true);
      tally[!killed || allNew ? 'after' : hidden.length > 0 ? 'during' : 'before']++;
      tally.tempsLeft += hidden.length;
    }
    // For the record (a kill between two renames, microseconds apart, could mix whole files).
    console.info(`atomic-write kills: ${JSON.stringify(tally)}`);
  }, 300_000);

  it('the next run replaces the set and removes the temporaries a killed run left', async () => {
    const out = 'out-cleanup';
    restoreOld(out);
    const { killed } = await runAndKill(out, { afterFirstTemp: 0 });
    // Whether or not the kill left one, plant a stale temporary of a process that is gone.
    writeFileSync(join(tmp, out, '.report.md.999999999-deadbeef.tmp'), 'partial');
    writeFileSync(join(tmp, out, 'notes.txt'), 'the clerk’s own file');
    const r = await runMain([...NEW, '--out', out], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(tmp, out)).sort()).toEqual([...NAMES, 'notes.txt'].sort());
    for (const name of NAMES) expect(readOut(join(tmp, out)).get(name)!.equals(newSet.get(name)!), name).toBe(true);
    expect(typeof killed).toBe('boolean');
  }, 120_000);
});

describe('a write that fails', () => {
  it('replaces nothing and leaves no temporary file (report.md is a folder)', async () => {
    const out = 'out-blocked';
    restoreOld(out);
    rmSync(join(tmp, out, 'report.md'));
    mkdirSync(join(tmp, out, 'report.md'));
    writeFileSync(join(tmp, out, 'report.md', 'keep.txt'), 'x');
    const r = await runMain([...NEW, '--out', out], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^thidua: không ghi được báo cáo vào out-blocked \((EISDIR|ENOTEMPTY|EEXIST)\)$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(tmp, out)).sort()).toEqual(NAMES);
    // report.md is renamed first: nothing else was replaced.
    for (const name of NAMES.filter((n) => n !== 'report.md')) expect(readOut(join(tmp, out)).get(name)!.equals(oldSet.get(name)!), name).toBe(true);
  }, 60_000);
});

describe('the data folder', () => {
  it('is never written to: same listing and hashes after every run above', () => {
    expect(fingerprint(join(tmp, 'data'))).toEqual(dataBefore);
  });

  it('refuses --out inside it, also through a symbolic link (exit 2), and writes nothing', async () => {
    symlinkSync(join(tmp, 'data'), join(tmp, 'link-to-data'));
    symlinkSync(join(tmp, 'data', 'activities'), join(tmp, 'link-to-activities'));
    // The last one: a data folder given through a link, with --out inside its real path.
    cpSync(join(tmp, 'data'), join(tmp, 'real-data'), { recursive: true });
    symlinkSync(join(tmp, 'real-data'), join(tmp, 'data-link'));
    const cases = [
      ...['data/reports', 'data', 'link-to-data/reports', 'link-to-activities/new/deeper'].map((out) => [...NEW, '--out', out]),
      ['report', '--data', 'data-link', '--year', '2024', '--out', 'real-data/out'],
    ];
    const runs = [];
    for (const args of cases) runs.push(await runMain(args, { cwd: tmp }));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]!.join(' ')).toBe(2);
      expect(r.stderr, cases[i]!.join(' ')).toContain('--out không được nằm trong thư mục dữ liệu');
    });
    expect(fingerprint(join(tmp, 'data'))).toEqual(dataBefore);
    expect(fingerprint(join(tmp, 'real-data'))).toEqual(dataBefore);
  }, 120_000);
});

describe('writeReportFiles in-process', () => {
  it('removes only the temporaries of report names whose process is gone', async () => {
    const { removeStaleTemps, writeReportFiles } = await import('../../src/cli/write-files.js');
    const dir = join(tmp, 'in-process');
    mkdirSync(dir, { recursive: true });
    const keep = [
      `.report.md.${process.pid}-0a0b0c0d.tmp`, // this very process
      `.report.md.${process.ppid}-0a0b0c0d.tmp`, // a live process (our parent)
      '.notes.txt.999999999-deadbeef.tmp', // not one of the report's names
      '.report.md.999999999-not-hex.tmp', // not our pattern
      'report.md.999999999-deadbeef.tmp', // not hidden: not ours
    ];
    const gone = ['.report.md.999999999-deadbeef.tmp', '.summary.json.999999998-00.tmp'];
    for (const f of [...keep, ...gone]) writeFileSync(join(dir, f), 'x');
    removeStaleTemps(dir, new Set(['report.md', 'summary.json']));
    expect(readdirSync(dir).sort()).toEqual([...keep].sort());

    const data = join(tmp, 'in-process-data');
    mkdirSync(data, { recursive: true });
    const written = writeReportFiles(join(dir, 'out'), data, new Map([['report.md', '# A\n'], ['summary.json', '{}\n']]), 'en');
    expect(written).toEqual([join(dir, 'out', 'report.md'), join(dir, 'out', 'summary.json')]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['report.md', 'summary.json']);
    expect(() => writeReportFiles(join(data, 'x'), data, new Map([['report.md', '']]), 'en')).toThrow(/inside the data folder/);
    expect(readdirSync(data)).toEqual([]);
  });
});
