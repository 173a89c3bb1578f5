/**
 * Reports are replaced as a whole set (src/cli/write-files.ts): the set is written into a new
 * hidden folder beside --out, under a lock, and switched in by renaming folders. A run killed
 * while writing leaves the old set or the new one, never a mix and never a partial file; two
 * runs into the same --out at once leave exactly one run's set; a rename that fails puts the
 * old set back; an --out holding files thidua did not write is refused, never emptied.
 * Nothing is ever written inside the data folder.
 *
 * The kills are real: the built binary is started and SIGKILLed, at the moment its new folder
 * appears beside the out folder (plus a random delay of a few milliseconds) or at a random time
 * of the whole run. The concurrent runs are real processes too. Every other run is in-process,
 * through main() of the built CLI (test/support/run-main.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain, spawnThidua, STACK_TRACE } from '../support/run-main.js';
import { BIN, cleanEnv, copyData, fingerprint, inBatches, readOut } from './sample-unit.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The text formats only: the Word documents go through the same writer as one more file of the
// set (test/e2e/report-docx.test.ts writes them), and without their rendering each killed run
// takes a second instead of four.
const NAMES = ['allowance.csv', 'annex.md', 'initiatives.csv', 'members.csv', 'proposals.csv', 'report.md', 'shifts.csv', 'summary.json'];
const OLD = ['report', '--data', 'data', '--year', '2024', '--as-of', '2024-11-30', '--format', 'md,csv,json'];
const NEW = ['report', '--data', 'data', '--year', '2024', '--format', 'md,csv,json'];
/** Another set again: another window, Markdown only (two files), so that a leftover of a bigger set would show. */
const SMALL = ['report', '--data', 'data', '--month', '2024-03', '--format', 'md'];

/** What a run into `out` may leave beside it, by the name's shape: its lock, its new and old folders. */
const besideOut = (out: string) => readdirSync(tmp).filter((e) => e.startsWith(`.${out}.`)).sort();

let oldSet: Map<string, Buffer>;
let newSet: Map<string, Buffer>;
let smallSet: Map<string, Buffer>;
let dataBefore: Record<string, string>;

beforeAll(async () => {
  copyData(join(tmp, 'data'));
  dataBefore = fingerprint(join(tmp, 'data'));
  const a = await runMain([...OLD, '--out', 'old'], { cwd: tmp });
  const b = await runMain([...NEW, '--out', 'new'], { cwd: tmp });
  const c = await runMain([...SMALL, '--out', 'small'], { cwd: tmp });
  for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(0);
  oldSet = readOut(join(tmp, 'old'));
  newSet = readOut(join(tmp, 'new'));
  smallSet = readOut(join(tmp, 'small'));
}, 120_000);

/** Are two sets the same files with the same bytes? */
function sameSet(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([name, bytes]) => b.get(name)?.equals(bytes) === true);
}

/** Starts a run into `out` and SIGKILLs it per `when`; resolves with how it ended. */
function runAndKill(out: string, when: { afterNewFolder: number } | { afterStart: number }): Promise<{ killed: boolean; code: number | null; stderr: string }> {
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
    // The new set's folder appears beside the out folder: `.<out>.<pid>-<hex>.new`.
    const watcher = watch(tmp, (_event, name) => {
      if (!('afterNewFolder' in when) || fired || !name || !String(name).startsWith(`.${out}.`) || !String(name).endsWith('.new')) return;
      if (when.afterNewFolder === 0) kill();
      else setTimeout(kill, when.afterNewFolder);
    });
    if ('afterStart' in when) setTimeout(kill, when.afterStart);
    child.on('exit', (code, signal) => {
      watcher.close();
      done({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

function restore(out: string, set: ReadonlyMap<string, Buffer> = oldSet): void {
  rmSync(join(tmp, out), { recursive: true, force: true });
  mkdirSync(join(tmp, out), { recursive: true });
  for (const [name, bytes] of set) writeFileSync(join(tmp, out, name), bytes);
}

describe('a run killed while writing', () => {
  it('the old and the new report differ in every file, so a mix would show', () => {
    expect([...oldSet.keys()]).toEqual(NAMES);
    expect([...newSet.keys()]).toEqual(NAMES);
    for (const name of NAMES) expect(oldSet.get(name)!.equals(newSet.get(name)!), name).toBe(false);
  });

  it('leaves the old set or the new one whole, never a mix; the next run replaces it and tidies what the killed run left', async () => {
    // Delays after the new folder appears (0 = at once), then kills at random times.
    const plans: ({ afterNewFolder: number } | { afterStart: number })[] = [
      { afterNewFolder: 0 }, { afterNewFolder: 0 }, { afterNewFolder: 1 }, { afterNewFolder: 2 }, { afterNewFolder: 5 },
      { afterStart: 100 + Math.floor(Math.random() * 1000) }, { afterStart: 100 + Math.floor(Math.random() * 2000) },
    ];
    const tally = { old: 0, new: 0, between: 0, leftBeside: 0 };
    const runs = await inBatches(
      plans.map((plan, i) => async () => {
        const out = `out-${i}`;
        restore(out);
        return { plan, out, ...(await runAndKill(out, plan)) };
      }),
    );
    for (const { plan, out, killed, code, stderr } of runs) {
      const what = JSON.stringify(plan);
      if (!killed) expect(code, `a run that was not killed succeeds (${what}): ${stderr}`).toBe(0);
      const beside = besideOut(out);
      tally.leftBeside += beside.length;
      if (existsSync(join(tmp, out))) {
        // Only the set's files: no temporary, no hidden file inside.
        const got = readOut(join(tmp, out));
        const isOld = sameSet(got, oldSet);
        const isNew = sameSet(got, newSet);
        expect(isOld || isNew, `the folder is neither the old set nor the new one (${what}): ${[...got.keys()].join(' ')}`).toBe(true);
        if (!killed) expect(isNew, 'a run that finished wrote the new set').toBe(true);
        tally[isNew ? 'new' : 'old']++;
      } else {
        // Killed between its two renames (microseconds apart): the old set waits beside.
        const old = beside.filter((e) => e.endsWith('.old'));
        expect(old, what).toHaveLength(1);
        expect(sameSet(readOut(join(tmp, old[0]!)), oldSet), what).toBe(true);
        tally.between++;
      }
      for (const e of beside) expect(e, what).toMatch(new RegExp(`^\\.${out}\\.(lock|\\d+-[0-9a-f]+\\.(new|old))$`));
      // The next run takes over the dead run's lock, replaces the set whole and leaves nothing beside.
      const next = await runMain([...NEW, '--out', out], { cwd: tmp });
      expect(next.code, next.stderr).toBe(0);
      expect(sameSet(readOut(join(tmp, out)), newSet), what).toBe(true);
      expect(besideOut(out), what).toEqual([]);
    }
    // For the record.
    console.info(`atomic-write kills: ${JSON.stringify(tally)}`);
  }, 300_000);

  it('the next run puts back an old set a run killed between its renames left beside, then replaces it', async () => {
    const out = 'out-between';
    restore(out);
    // What a run killed between its two renames leaves: no out folder, the old set beside, its lock.
    renameSync(join(tmp, out), join(tmp, `.${out}.999999999-0123abcd.old`));
    mkdirSync(join(tmp, `.${out}.999999999-0123abcd.new`));
    writeFileSync(join(tmp, `.${out}.999999999-0123abcd.new`, 'report.md'), 'partial');
    writeFileSync(join(tmp, `.${out}.lock`), '999999999\n');
    const r = await runMain([...SMALL, '--out', out], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    expect(sameSet(readOut(join(tmp, out)), smallSet)).toBe(true);
    expect(besideOut(out)).toEqual([]);
  }, 60_000);
});

describe('two runs into the same --out at once (real processes)', () => {
  it('leave exactly one run\'s whole set, byte-identical to a solo run of its options', async () => {
    // Each round: a big set (md, csv, json) and a small one (md of another window) race; the
    // folder exists before (the old set) or not.
    const tally = { new: 0, small: 0 };
    for (const [i, existing] of [true, false, true].entries()) {
      const out = `race-${i}`;
      rmSync(join(tmp, out), { recursive: true, force: true });
      if (existing) restore(out);
      const runs = await Promise.all([
        spawnThidua([...NEW, '--out', out], { cwd: tmp, env: cleanEnv() }),
        spawnThidua([...SMALL, '--out', out], { cwd: tmp, env: cleanEnv() }),
      ]);
      // The later one waited for the lock: both succeed, one after the other.
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toMatch(STACK_TRACE);
      }
      const got = readOut(join(tmp, out));
      const isNew = sameSet(got, newSet);
      const isSmall = sameSet(got, smallSet);
      expect(isNew || isSmall, `round ${i}: ${[...got.keys()].join(' ')}`).toBe(true);
      expect(besideOut(out)).toEqual([]);
      tally[isNew ? 'new' : 'small']++;
    }
    console.info(`atomic-write races won: ${JSON.stringify(tally)}`);
  }, 180_000);

  it('a run waits for a live lock and goes on when it is released; refuses after a while, in one line (exit 1)', async () => {
    restore('locked-briefly');
    restore('locked-long');
    // Our own parent process is alive: its pid in a lock file is a live run's lock.
    writeFileSync(join(tmp, '.locked-briefly.lock'), `${process.ppid}\n`);
    writeFileSync(join(tmp, '.locked-long.lock'), `${process.ppid}\n`);
    const brief = spawnThidua([...SMALL, '--out', 'locked-briefly'], { cwd: tmp, env: cleanEnv() });
    const long = spawnThidua([...SMALL, '--out', 'locked-long', '--lang', 'en'], { cwd: tmp, env: cleanEnv() });
    // Released after the run has (most likely) reached its write and is waiting: well within its 10 s.
    setTimeout(() => rmSync(join(tmp, '.locked-briefly.lock')), 6000);
    const [b, l] = await Promise.all([brief, long]);
    expect(b.code, b.stderr).toBe(0);
    expect(sameSet(readOut(join(tmp, 'locked-briefly')), smallSet)).toBe(true);
    expect(l.code).toBe(1);
    expect(l.stderr).toMatch(new RegExp(`^thidua: another thidua run \\(pid ${process.ppid}\\) is writing into locked-long; wait for it to finish, then run again\n$`, 'm'));
    expect(l.stderr).not.toMatch(STACK_TRACE);
    expect(sameSet(readOut(join(tmp, 'locked-long')), oldSet)).toBe(true);
    // The live run's lock is not touched.
    expect(besideOut('locked-long')).toEqual(['.locked-long.lock']);
  }, 60_000);
});

describe('an --out that cannot be replaced whole', () => {
  it('holding files thidua did not write: refused, each named, nothing changed (exit 1)', async () => {
    const out = 'out-foreign';
    restore(out);
    writeFileSync(join(tmp, out, 'notes.txt'), 'the clerk’s own file');
    mkdirSync(join(tmp, out, 'signed'));
    // A report file's name, but a folder: not one thidua wrote either.
    rmSync(join(tmp, out, 'report.md'));
    mkdirSync(join(tmp, out, 'report.md'));
    writeFileSync(join(tmp, out, 'report.md', 'keep.txt'), 'x');
    const before = fingerprint(join(tmp, out));
    const r = await runMain([...NEW, '--out', out], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      [
        'out-foreign/notes.txt: error: mục này không do thidua ghi [out-foreign-file]',
        'out-foreign/report.md: error: mục này không do thidua ghi [out-foreign-file]',
        'out-foreign/signed: error: mục này không do thidua ghi [out-foreign-file]',
        'Không ghi báo cáo nào: out-foreign có 3 mục không do thidua ghi (liệt kê ở trên), mà mỗi lần chạy thidua thay cả thư mục báo cáo. Hãy chuyển các mục đó đi, hoặc chọn --out khác.',
      ].join('\n'),
    );
    expect(fingerprint(join(tmp, out))).toEqual(before);
    expect(besideOut(out)).toEqual([]);
  }, 60_000);

  it('names ten entries, then "… and N more" (English)', async () => {
    const out = 'out-crowded';
    restore(out);
    for (let i = 0; i < 12; i++) writeFileSync(join(tmp, out, `scan-${String(i).padStart(2, '0')}.pdf`), 'x');
    const r = await runMain([...SMALL, '--out', out, '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.endsWith('[out-foreign-file]'))).toHaveLength(10);
    expect(r.stderr).toContain('out-crowded/scan-09.pdf: error: not written by thidua [out-foreign-file]\n… and 2 more entries\nNo report written: out-crowded holds 12 entries');
  }, 60_000);

  it('the working folder, or a file: usage errors (exit 2), nothing written', async () => {
    restore('here');
    writeFileSync(join(tmp, 'a-file'), 'x');
    const cases = [
      { argv: [...SMALL.map((a) => (a === 'data' ? '../data' : a)), '--out', '.'], cwd: join(tmp, 'here'), message: '--out không được là thư mục hiện tại hay thư mục chứa nó' },
      { argv: [...SMALL, '--out', tmp], cwd: join(tmp, 'here'), message: '--out không được là thư mục hiện tại hay thư mục chứa nó' },
      { argv: [...SMALL, '--out', 'a-file'], cwd: tmp, message: 'thidua: --out a-file đã có và không phải là thư mục\n' },
    ];
    for (const c of cases) {
      const r = await runMain(c.argv, { cwd: c.cwd });
      expect(r.code, c.argv.join(' ')).toBe(2);
      expect(r.stderr, c.argv.join(' ')).toContain(c.message);
    }
    expect(sameSet(readOut(join(tmp, 'here')), oldSet)).toBe(true);
  }, 60_000);

  it('a link to a folder stays a link: the set is switched in where it points', async () => {
    restore('link-target');
    symlinkSync(join(tmp, 'link-target'), join(tmp, 'out-link'));
    const r = await runMain([...SMALL, '--out', 'out-link'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    const { lstatSync } = await import('node:fs');
    expect(lstatSync(join(tmp, 'out-link')).isSymbolicLink()).toBe(true);
    expect(sameSet(readOut(join(tmp, 'link-target')), smallSet)).toBe(true);
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

describe('writeReportFiles in-process: a rename that fails half-way, the lock', () => {
  const set = new Map([['report.md', '# New\n'], ['summary.json', '{}\n']] as const);
  const oldFiles = { 'report.md': '# Old\n', 'annex.md': '# Old annex\n' };
  const dir = join(tmp, 'in-process');
  const data = join(tmp, 'in-process-data');

  function oldSetAt(out: string): void {
    rmSync(join(dir, out), { recursive: true, force: true });
    mkdirSync(join(dir, out), { recursive: true });
    for (const [name, text] of Object.entries(oldFiles)) writeFileSync(join(dir, out, name), text);
  }
  const textsOf = (out: string) => Object.fromEntries([...readOut(join(dir, out))].map(([n, b]) => [n, b.toString('utf8')]));
  const leftBeside = (out: string) => readdirSync(dir).filter((e) => e.startsWith(`.${out}.`));

  /** Real renames, but the calls numbered in `failing` (1 = the first) fail with EIO. */
  const failingRenames = (failing: readonly number[]) => {
    let calls = 0;
    return {
      lockWaitMs: 200,
      rename: (from: string, to: string) => {
        calls++;
        if (failing.includes(calls)) throw Object.assign(new Error(`EIO: rename ${from}`), { code: 'EIO' });
        renameSync(from, to);
      },
    };
  };

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    mkdirSync(data, { recursive: true });
  });

  it('writes the set, replacing the old one whole (a file of the old set not in the new one goes too)', async () => {
    const { writeReportFiles } = await import('../../src/cli/write-files.js');
    oldSetAt('whole');
    writeFileSync(join(dir, 'whole', '.report.md.999999999-deadbeef.tmp'), 'an older writer’s temporary');
    const written = writeReportFiles(join(dir, 'whole'), data, set, 'en');
    expect(written).toEqual([join(dir, 'whole', 'report.md'), join(dir, 'whole', 'summary.json')]);
    expect(textsOf('whole')).toEqual({ 'report.md': '# New\n', 'summary.json': '{}\n' });
    expect(readdirSync(join(dir, 'whole'))).toHaveLength(2);
    expect(leftBeside('whole')).toEqual([]);
    expect(() => writeReportFiles(join(data, 'x'), data, set, 'en')).toThrow(/inside the data folder/);
    expect(readdirSync(data)).toEqual([]);
  });

  it('the rename of the new set fails: the old set is put back, nothing left beside, the error thrown', async () => {
    const { writeReportFiles } = await import('../../src/cli/write-files.js');
    oldSetAt('second-fails');
    expect(() => writeReportFiles(join(dir, 'second-fails'), data, set, 'en', failingRenames([2]))).toThrow(/EIO/);
    expect(textsOf('second-fails')).toEqual(oldFiles);
    expect(leftBeside('second-fails')).toEqual([]);
  });

  it('the rename of the old set fails: nothing replaced, nothing left beside', async () => {
    const { writeReportFiles } = await import('../../src/cli/write-files.js');
    oldSetAt('first-fails');
    expect(() => writeReportFiles(join(dir, 'first-fails'), data, set, 'en', failingRenames([1]))).toThrow(/EIO/);
    expect(textsOf('first-fails')).toEqual(oldFiles);
    expect(leftBeside('first-fails')).toEqual([]);
  });

  it('the putting back fails too: the first error is thrown, and the next write puts the old set back before replacing it', async () => {
    const { writeReportFiles } = await import('../../src/cli/write-files.js');
    oldSetAt('both-fail');
    expect(() => writeReportFiles(join(dir, 'both-fail'), data, set, 'en', failingRenames([2, 3]))).toThrow(/EIO: rename .*\.new/);
    expect(existsSync(join(dir, 'both-fail'))).toBe(false);
    const old = leftBeside('both-fail');
    expect(old).toEqual([expect.stringMatching(/^\.both-fail\.\d+-[0-9a-f]+\.old$/)]);
    // The next write (its rename of the new set failing) leaves the old set in place, not lost.
    expect(() => writeReportFiles(join(dir, 'both-fail'), data, set, 'en', failingRenames([3]))).toThrow(/EIO/);
    expect(textsOf('both-fail')).toEqual(oldFiles);
    expect(leftBeside('both-fail')).toEqual([]);
  });

  it('a lock of a process that is gone, or empty and old, is taken over; a live or fresh one is waited for, then refused', async () => {
    const { OutLockedError, writeReportFiles } = await import('../../src/cli/write-files.js');
    const { utimesSync } = await import('node:fs');
    const ops = { rename: renameSync, lockWaitMs: 200 };
    const lock = join(dir, '.locked.lock');
    const attempt = () => writeReportFiles(join(dir, 'locked'), data, set, 'en', ops);
    for (const stale of ['999999999\n', '']) {
      oldSetAt('locked');
      writeFileSync(lock, stale);
      const past = new Date(Date.now() - 60_000);
      utimesSync(lock, past, past);
      attempt();
      expect(textsOf('locked')).toEqual({ 'report.md': '# New\n', 'summary.json': '{}\n' });
      expect(leftBeside('locked')).toEqual([]);
    }
    // A stale guard of a take-over (a run killed while taking over) does not block for ever.
    oldSetAt('locked');
    writeFileSync(lock, '999999999\n');
    writeFileSync(`${lock}.takeover`, '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${lock}.takeover`, past, past);
    attempt();
    expect(leftBeside('locked')).toEqual([]);
    for (const live of [`${process.ppid}\n`, '']) {
      oldSetAt('locked');
      writeFileSync(lock, live);
      expect(attempt).toThrow(OutLockedError);
      expect(textsOf('locked')).toEqual(oldFiles);
      expect(leftBeside('locked')).toEqual(['.locked.lock']);
    }
    rmSync(lock);
  });
});
