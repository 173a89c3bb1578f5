/**
 * Same data, same bytes (SPEC §5): the report of the sample unit does not change with the
 * time zone, the locale, the clock, the order in which files are created or listed, how the records are
 * split across files and ordered inside them, or from one run to the next.
 *
 * Each run's written files are compared with the reviewed golden files of test/golden/ (see
 * golden.test.ts); the terminal summary is compared between runs. The runs are in-process
 * through `main()`, the zone switched in this process (inZone) and the clock stopped with
 * vitest's fake Date; one run is a separate process under another zone and another locale
 * (LANG, LC_ALL cannot change inside a running process). The last part runs `main()`
 * in-process with the loader's directory listing reversed and its record lists permuted,
 * which no spawned run can force.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { inZone, spawnThidua, testEnv } from '../support/run-main.js';
import { copyData, DATA, GOLDEN, listFiles, readOut } from './sample-unit.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// In-process part: a switch for the mocked directory listing and the permuted loader.
const order = vi.hoisted(() => ({ readdir: 'as-is' as 'as-is' | 'reversed', records: (list: readonly unknown[]): unknown[] => [...list] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const entries = fs.readdirSync(...args) as unknown[];
    return order.readdir === 'reversed' ? [...entries].reverse() : entries;
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

vi.mock('../../src/load/load-data-folder.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/load/load-data-folder.js')>();
  return {
    ...mod,
    loadDataFolder: (dir: string) => {
      const loaded = mod.loadDataFolder(dir);
      if (!loaded.data) return loaded;
      const d = loaded.data;
      return { ...loaded, data: { ...d, members: order.records(d.members) as typeof d.members, activities: order.records(d.activities) as typeof d.activities, shifts: order.records(d.shifts) as typeof d.shifts } };
    },
  };
});

const tmp = mkdtempSync(join(tmpdir(), 'thidua-determinism-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A small seeded generator (mulberry32), so that a failing shuffle can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The sample unit rewritten: the same records, shuffled, and dealt into differently named and
 * nested files (members.yaml becomes members/**; `.yml` next to `.yaml`). Comments are lost.
 */
function resplitData(dest: string, seed: number): void {
  const records = (folder: string) => listFiles(join(DATA, folder)).flatMap((f) => (parse(readFileSync(join(DATA, folder, f), 'utf8')) ?? []) as unknown[]);
  const write = (rel: string, list: readonly unknown[]) => {
    mkdirSync(dirname(join(dest, rel)), { recursive: true });
    writeFileSync(join(dest, rel), list.length === 0 ? '' : stringify(list));
  };
  const deal = (list: readonly unknown[], names: readonly string[]) => {
    const shuffled = shuffle(list, seed);
    names.forEach((name, k) => write(name, shuffled.filter((_, i) => i % names.length === k)));
  };
  mkdirSync(dest, { recursive: true });
  for (const f of ['unit.yaml', 'rules.yaml', ...listFiles(join(DATA, 'narrative')).map((n) => `narrative/${n}`)]) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    writeFileSync(join(dest, f), readFileSync(join(DATA, f)));
  }
  deal(parse(readFileSync(join(DATA, 'members.yaml'), 'utf8')) as unknown[], ['members/z.yaml', 'members/a/b.yml', 'members/m.yaml']);
  deal(records('activities'), ['activities/2099.yaml', 'activities/a/01.yaml', 'activities/b.yml', 'activities/a/z/9.yaml', 'activities/empty-then-full.yaml']);
  deal(records('shifts'), ['shifts/x.yaml', 'shifts/2024/a.yaml', 'shifts/2023/late.yml', 'shifts/q/q/q.yaml', 'shifts/0.yaml', 'shifts/k.yaml', 'shifts/2025.yaml']);
  // Each year's ratings dealt into two files of that year (one decision, two files: still one rating a person).
  for (const f of listFiles(join(DATA, 'ratings'))) {
    const file = parse(readFileSync(join(DATA, 'ratings', f), 'utf8')) as { levels: Record<string, string> };
    const ids = shuffle(Object.keys(file.levels), seed);
    const half = (k: number) => ({ ...file, levels: Object.fromEntries(ids.filter((_, i) => i % 2 === k).map((id) => [id, file.levels[id]])) });
    for (const [k, name] of [[0, `ratings/z/${f}`], [1, `ratings/a-${f.replace(/\.yaml$/, '.yml')}`]] as const) {
      mkdirSync(dirname(join(dest, name)), { recursive: true });
      writeFileSync(join(dest, name), stringify(half(k)));
    }
  }
}

/** The report files (not the terminal output) of a golden case. */
function goldenFiles(name: string): Map<string, string> {
  return new Map(
    listFiles(join(GOLDEN, name))
      .filter((f) => !f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(GOLDEN, name, f), 'utf8')]),
  );
}

/** The text files of an out folder (the golden ones), as text. */
function asText(files: Map<string, Buffer>): Map<string, string> {
  return new Map([...files].filter(([k]) => !k.endsWith('.docx')).map(([k, v]) => [k, v.toString('utf8')]));
}

/**
 * The Word documents of an out folder, as bytes. They have no golden file (a binary file is
 * not reviewed as a diff): every run of a window must give the same bytes as every other.
 */
function docxOf(files: Map<string, Buffer>): Map<string, Buffer> {
  return new Map([...files].filter(([k]) => k.endsWith('.docx')));
}

interface Variant {
  readonly label: string;
  /** Prepares `dir/data`. */
  readonly data: (dir: string) => void;
  /** The process's zone (switched in-process with inZone; TZ of the spawned run). */
  readonly zone: string;
  /** A stopped clock (ms since the epoch), in-process through vitest's fake Date. */
  readonly clock?: number;
  /** A separate process with this locale (LANG, LC_ALL); otherwise in-process. */
  readonly spawnedLocale?: Record<string, string>;
  readonly args: readonly string[];
  readonly golden: string;
}

const YEAR = ['--year', '2024'];
const asIs = (dir: string) => copyData(join(dir, 'data'));
const variants: Variant[] = [
  { label: 'TZ=UTC', data: asIs, zone: 'UTC', args: YEAR, golden: 'year-2024' },
  { label: 'TZ=Asia/Ho_Chi_Minh', data: asIs, zone: 'Asia/Ho_Chi_Minh', args: YEAR, golden: 'year-2024' },
  { label: 'TZ=America/Los_Angeles', data: asIs, zone: 'America/Los_Angeles', args: YEAR, golden: 'year-2024' },
  { label: 'a separate process: TZ=Pacific/Kiritimati (UTC+14), LANG=LC_ALL=vi_VN.UTF-8', data: asIs, zone: 'Pacific/Kiritimati', spawnedLocale: { LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' }, args: YEAR, golden: 'year-2024' },
  { label: 'a repeated run', data: asIs, zone: 'UTC', args: YEAR, golden: 'year-2024' },
  { label: 'the clock stopped at 2031-07-15 23:59:59 UTC', data: asIs, zone: 'UTC', clock: Date.UTC(2031, 6, 15, 23, 59, 59), args: YEAR, golden: 'year-2024' },
  { label: 'files created in reverse order', data: (dir) => copyData(join(dir, 'data'), (f) => [...f].reverse()), zone: 'UTC', args: YEAR, golden: 'year-2024' },
  { label: 'files created in a shuffled order', data: (dir) => copyData(join(dir, 'data'), (f) => shuffle(f, 20240)), zone: 'Pacific/Kiritimati', args: YEAR, golden: 'year-2024' },
  { label: 'records shuffled and split across other files', data: (dir) => resplitData(join(dir, 'data'), 7), zone: 'UTC', args: YEAR, golden: 'year-2024' },
  { label: 'records split otherwise, the month 2024-03 (night roster grid)', data: (dir) => resplitData(join(dir, 'data'), 99), zone: 'America/Los_Angeles', args: ['--month', '2024-03'], golden: 'month-2024-03' },
];

const results = new Map<string, { files: Map<string, string>; docx: Map<string, Buffer>; run: Run }>();

/** One variant's run: in-process (zone switched, clock stopped if asked) or, for a locale, spawned. */
async function runVariant(v: Variant, dir: string): Promise<Run> {
  const argv = ['report', '--data', 'data', ...v.args, '--out', 'out'];
  if (v.spawnedLocale) return spawnThidua(argv, { cwd: dir, env: testEnv({ TZ: v.zone, ...v.spawnedLocale }) });
  return inZone(v.zone, async () => {
    if (v.clock !== undefined) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(v.clock);
    }
    try {
      if (v.clock !== undefined) expect(new Date().toISOString()).toBe(new Date(v.clock).toISOString());
      const sink = { text: '', write(s: string) { this.text += s; return true; } };
      const err = { text: '', write(s: string) { this.text += s; return true; } };
      const code = await main({ argv, cwd: dir, env: testEnv(), stdout: sink, stderr: err });
      return { code, stdout: sink.text, stderr: err.text };
    } finally {
      if (v.clock !== undefined) vi.useRealTimers();
    }
  });
}

beforeAll(async () => {
  const prepared = variants.map((v, i) => {
    const dir = join(tmp, `v${i}`);
    mkdirSync(dir, { recursive: true });
    v.data(dir);
    return { v, dir };
  });
  // The spawned run goes beside the in-process ones, which run one after the other (one zone at a time).
  const spawned = prepared.filter((p) => p.v.spawnedLocale).map(async (p) => ({ ...p, run: await runVariant(p.v, p.dir) }));
  const runs: { v: Variant; dir: string; run: Run }[] = [];
  for (const p of prepared.filter((q) => !q.v.spawnedLocale)) runs.push({ ...p, run: await runVariant(p.v, p.dir) });
  runs.push(...(await Promise.all(spawned)));
  for (const { v, dir, run } of runs) {
    const out = run.code === 0 ? readOut(join(dir, 'out')) : new Map<string, Buffer>();
    results.set(v.label, { run, files: asText(out), docx: docxOf(out) });
  }
}, 600_000);

describe('thidua writes the golden bytes whatever the environment and file layout', () => {
  it.each(variants.map((v) => [v.label, v] as const))('%s', (_label, v) => {
    const { run, files } = results.get(v.label)!;
    expect(run.code, run.stderr).toBe(0);
    const golden = goldenFiles(v.golden);
    expect([...files.keys()].sort()).toEqual([...golden.keys()].sort());
    for (const [name, text] of golden) expect(files.get(name), `${v.label}: ${name}`).toBe(text);
  });

  it('the Word documents are the same bytes in every run of a window: any zone, locale, clock or file layout', () => {
    for (const window of ['year-2024', 'month-2024-03']) {
      const runs = variants.filter((v) => v.golden === window).map((v) => [v.label, results.get(v.label)!.docx] as const);
      const [, first] = runs[0]!;
      expect([...first.keys()].sort()).toEqual(window === 'year-2024' ? ['proposals.docx', 'report.docx'] : ['report.docx']);
      for (const [label, docx] of runs) {
        expect([...docx.keys()].sort(), label).toEqual([...first.keys()].sort());
        for (const [name, bytes] of first) expect(docx.get(name)!.equals(bytes), `${label}: ${name}`).toBe(true);
      }
    }
    // The runs really differ in zone, clock and process: at least UTC, UTC+14, a clock in 2031 and a separate process.
    const year = variants.filter((v) => v.golden === 'year-2024');
    expect(year.map((v) => v.zone)).toEqual(expect.arrayContaining(['UTC', 'Pacific/Kiritimati']));
    expect(year.some((v) => v.clock !== undefined && new Date(v.clock).getUTCFullYear() === 2031)).toBe(true);
    expect(year.some((v) => v.spawnedLocale !== undefined)).toBe(true);
  });

  it('the terminal summary is the same in every run of a window', () => {
    const year = variants.filter((v) => v.golden === 'year-2024').map((v) => results.get(v.label)!.run.stdout);
    for (const out of year) expect(out).toBe(year[0]);
    expect(year[0]).toContain('Số người được đánh giá: 32; đạt cả các tiêu chí: 29');
  });

  it('the re-split data really is laid out differently', () => {
    const dir = join(tmp, 'layout');
    resplitData(dir, 7);
    const files = listFiles(dir);
    expect(files).toContain('members/a/b.yml');
    expect(files).not.toContain('members.yaml');
    expect(files.filter((f) => f.startsWith('shifts/')).length).toBe(7);
    expect(files.filter((f) => f.startsWith('ratings/'))).toEqual(['ratings/a-2024.yml', 'ratings/z/2024.yaml']);
    // The first shift record of the original data is no longer first anywhere.
    const firstOriginal = (parse(readFileSync(join(DATA, 'shifts/2024/2024-01.yaml'), 'utf8')) as unknown[])[0];
    const firsts = files.filter((f) => f.startsWith('shifts/')).map((f) => (parse(readFileSync(join(dir, f), 'utf8')) as unknown[])[0]);
    expect(firsts).not.toContainEqual(firstOriginal);
  });
});

describe('in-process: the listing reversed and the record lists permuted', () => {
  const dataDir = join(tmp, 'in-process');
  beforeAll(() => copyData(join(dataDir, 'data')));

  async function runMain(out: string): Promise<Map<string, Buffer>> {
    const sink = { text: '', write(s: string) { this.text += s; return true; } };
    const err = { text: '', write(s: string) { this.text += s; return true; } };
    const code = await main({ argv: ['report', '--data', 'data', '--year', '2024', '--out', out], cwd: dataDir, env: { NO_COLOR: '1' }, stdout: sink, stderr: err });
    expect(code, err.text).toBe(0);
    return readOut(join(dataDir, out));
  }

  const cases: [string, () => void][] = [
    ['as loaded', () => { order.readdir = 'as-is'; order.records = (l) => [...l]; }],
    ['directory listing reversed', () => { order.readdir = 'reversed'; order.records = (l) => [...l]; }],
    ['records reversed', () => { order.readdir = 'as-is'; order.records = (l) => [...l].reverse(); }],
    ['records shuffled (seed 1)', () => { order.readdir = 'reversed'; order.records = (l) => shuffle(l, 1); }],
    ['records shuffled (seed 2024)', () => { order.readdir = 'as-is'; order.records = (l) => shuffle(l, 2024); }],
  ];

  it.each(cases)('%s', async (label, set) => {
    set();
    try {
      const out = await runMain(`out-${label.replace(/\W+/g, '-')}`);
      const files = asText(out);
      const golden = goldenFiles('year-2024');
      // Whatever the order records come in, the Word documents of the runs above (the first variant's).
      const first = results.get(variants[0]!.label)!.docx;
      for (const [name, bytes] of first) expect(docxOf(out).get(name)?.equals(bytes), `${label}: ${name}`).toBe(true);
      expect([...files.keys()].sort()).toEqual([...golden.keys()].sort());
      for (const [name, text] of golden) expect(files.get(name), `${label}: ${name}`).toBe(text);
    } finally {
      order.readdir = 'as-is';
      order.records = (l) => [...l];
    }
  }, 120_000);

  it('the mocked listing is really used: reversed readdir, same canonical file order', async () => {
    const { listDataFiles } = await import('../../src/load/data-files.js');
    const { readdirSync } = await import('node:fs');
    order.readdir = 'reversed';
    try {
      const listed = readdirSync(join(dataDir, 'data', 'activities/2024')) as string[];
      expect(listed[0]).toBe('2024-12.yaml');
      expect(listDataFiles(join(dataDir, 'data')).activities.slice(0, 2)).toEqual(['activities/2023/2023-11.yaml', 'activities/2024/2024-01.yaml']);
    } finally {
      order.readdir = 'as-is';
    }
  });
});
