/**
 * The record cache (src/load/cache.ts, cache-folder.ts) trusts no entry and touches nothing
 * it did not make, through main() of the built CLI on real folders and links:
 * - a planted entry under the right name, or a malformed one of any shape, gives exactly the
 *   output of a run without a cache (same stdout, stderr and exit code, never an internal
 *   error); only an entry signed with the cache folder's own key is used;
 * - setting the cache up removes only folders thidua marked as its own (CACHEDIR.TAG), never
 *   a user's folders or files in the same place;
 * - nothing is written inside the data folder, when the data folder, the cache folder or a
 *   part of the cache is a link, and no link in the cache is followed to write elsewhere.
 */
import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain, spawnThidua, STACK_TRACE, testEnv, type Ran } from '../support/run-main.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-record-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FIXTURE = join(ROOT, 'test/fixtures/units/basic');
/** The files of the fixture, with the kind that names them in the cache: every file is cached. */
const CACHED_FILES = [
  ['unit', 'unit.yaml'],
  ['rules', 'rules.yaml'],
  ['members', 'members.yaml'],
  ['activities', 'activities/2024.yaml'],
  ['shifts', 'shifts/2024.yaml'],
] as const;
const CHECK = ['check'];
const REPORT = ['report', '--year', '2024', '--stdout', '--format', 'json'];
const MARK = 'Signature: 8a477f597d28d172789f06886806bc55';
const THIDUA_MARK = `${MARK}\n# This file is a cache directory tag created by thidua (its record cache).\n# For information about cache directory tags, see https://bford.info/cachedir/\n`;

let counter = 0;
/** A new empty folder below the test's temporary folder. */
function fresh(name: string): string {
  const dir = join(tmp, `${name}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A copy of the basic unit. */
function dataCopy(): string {
  const data = fresh('data');
  cpSync(FIXTURE, data, { recursive: true });
  return data;
}

const run = (argv: readonly string[], data: string, cache: string): Promise<Ran> =>
  runMain([...argv, '--data', data], { env: testEnv({ THIDUA_CACHE_DIR: cache }), cwd: tmp });

/** Every path below `dir` with its type and content (links not followed): a folder's fingerprint. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = join(prefix, name);
    const st = lstatSync(join(dir, rel));
    if (st.isSymbolicLink()) out[rel] = `link → ${readlinkSync(join(dir, rel))}`;
    else if (st.isDirectory()) Object.assign(out, { [rel]: 'dir' }, snapshot(dir, rel));
    else out[rel] = `file ${createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex')}`;
  }
  return out;
}

/** The name of the build's cache folder (`thidua-<code id>`), learnt from a first run. */
let buildName = '';
beforeAll(async () => {
  const probe = fresh('probe');
  await run(CHECK, FIXTURE, probe);
  const names = readdirSync(probe);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^thidua-[0-9a-f]{20}$/);
  buildName = names[0]!;
});

/** The cache folder of the build under test below `root`: there, and marked as thidua's. */
function buildFolder(root: string): string {
  expect(readFileSync(join(root, buildName, 'CACHEDIR.TAG'), 'utf8')).toBe(THIDUA_MARK);
  return join(root, buildName);
}

/** The entry name of a record file: a SHA-256 of its kind, its path and its text. */
function entryKey(data: string, kind: string, file: string): string {
  return createHash('sha256').update(`${kind}\0${file}\0`).update(readFileSync(join(data, file), 'utf8')).digest('hex');
}

/** An entry signed as thidua signs one, with the key of `folder` (or the given key). */
function signed(folder: string, key: string, file: string, payload: string, secret: Buffer = readFileSync(join(folder, 'key'))): string {
  const mac = createHmac('sha256', secret).update(`thidua-records 1\0${key}\0${file}\0`).update(payload).digest('hex');
  return `thidua-records 1 ${mac}\n${payload}`;
}

const noInternalError = (r: Ran) => {
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  expect(r.code).toBeLessThan(3);
};

describe('a planted entry', () => {
  const data = dataCopy();
  let plain: Ran;
  beforeAll(async () => {
    plain = await run(REPORT, data, 'off');
    expect(plain.code, plain.stderr).toBe(0);
  });

  it('under the right name, with other figures, gives the report of a run without a cache', async () => {
    const root = fresh('cache');
    expect(await run(REPORT, data, root)).toEqual(plain);
    const folder = buildFolder(root);
    const key = entryKey(data, 'activities', 'activities/2024.yaml');
    const entry = join(folder, `${key}.entry`);
    // No activity at all: the innovation and community figures would change.
    const fewer = '[]';
    const plants = [
      fewer,
      `thidua-records 1 ${'0'.repeat(64)}\n${fewer}`,
      // Signed with a key of the planter's own, or bound to another name or file.
      signed(folder, key, 'activities/2024.yaml', fewer, Buffer.alloc(32, 7)),
      signed(folder, 'f'.repeat(64), 'activities/2024.yaml', fewer),
      signed(folder, key, 'activities/2025.yaml', fewer),
    ];
    for (const plant of plants) {
      writeFileSync(entry, plant);
      expect(await run(REPORT, data, root), plant.slice(0, 80)).toEqual(plain);
    }
    // The test has teeth: the same entry signed with the folder's key is used.
    writeFileSync(entry, signed(folder, key, 'activities/2024.yaml', fewer));
    const trusted = await run(REPORT, data, root);
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).not.toBe(plain.stdout);
  });

  it('written by an older thidua (a bare JSON file) is never read', async () => {
    const root = fresh('cache');
    expect(await run(CHECK, data, root)).toEqual(await run(CHECK, data, 'off'));
    const folder = buildFolder(root);
    for (const [kind, file] of CACHED_FILES) writeFileSync(join(folder, `${entryKey(data, kind, file)}.json`), '[]');
    for (const [kind, file] of CACHED_FILES) writeFileSync(join(folder, `${entryKey(data, kind, file)}.entry`), '[]');
    expect(await run(REPORT, data, root)).toEqual(plain);
  });

  it('moved from another file’s name is a miss', async () => {
    const root = fresh('cache');
    await run(CHECK, data, root);
    const folder = buildFolder(root);
    const [a, b] = [entryKey(data, 'shifts', 'shifts/2024.yaml'), entryKey(data, 'activities', 'activities/2024.yaml')];
    cpSync(join(folder, `${a}.entry`), join(folder, `${b}.entry`));
    expect(await run(REPORT, data, root)).toEqual(plain);
    rmSync(join(folder, `${b}.entry`));
    symlinkSync(join(folder, `${a}.entry`), join(folder, `${b}.entry`));
    expect(await run(REPORT, data, root)).toEqual(plain);
  });
});

/** The records with every stored position (`source`, `at`, `items`) replaced by `f`'s. */
function everyPosition(records: Records, f: (line: number, column: number) => unknown[]): Records {
  const pairs = (flat: number[]) => flat.flatMap((n, i) => (i % 2 === 0 ? f(n, flat[i + 1]!) : []));
  return records.map((r) => ({
    ...r,
    source: pairs(r['source'] as number[]),
    at: (r['at'] as (string | number)[]).flatMap((k, i, at) => (i % 3 === 0 ? [k, ...f(at[i + 1] as number, at[i + 2] as number)] : [])),
    items: Object.fromEntries(Object.entries(r['items'] as Record<string, number[]>).map(([k, p]) => [k, pairs(p)])),
  }));
}

/** Ways to spoil a stored list of records (the payload of an entry), each a new payload. */
type Records = Record<string, unknown>[];
const SPOILERS: Record<string, (records: Records) => unknown> = {
  'not a list': () => ({ records: [] }),
  'null': () => null,
  'a null record': (r) => [null, ...r],
  'a list as a record': (r) => [[], ...r],
  'source missing': ([first, ...rest]) => [{ ...first, source: undefined }, ...rest],
  'at missing': ([first, ...rest]) => [{ ...first, at: undefined }, ...rest],
  'items missing': ([first, ...rest]) => [{ ...first, items: undefined }, ...rest],
  'source a string': ([first, ...rest]) => [{ ...first, source: '3,3' }, ...rest],
  'source one number': ([first, ...rest]) => [{ ...first, source: [3] }, ...rest],
  'a position an object': ([first, ...rest]) => [{ ...first, at: { id: { line: 1, column: 1 } } }, ...rest],
  'at a list of pairs': ([first, ...rest]) => [{ ...first, at: [[1, 1]] }, ...rest],
  'at a number for a key': ([first, ...rest]) => [{ ...first, at: [1, 1, 1] }, ...rest],
  'at of a length not a multiple of three': ([first, ...rest]) => [{ ...first, at: ['id', 1] }, ...rest],
  'items of odd length': ([first, ...rest]) => [{ ...first, items: { x: [1, 2, 3] } }, ...rest],
  'items a string': ([first, ...rest]) => [{ ...first, items: { x: 'a' } }, ...rest],
  'a negative position': (r) => everyPosition(r, (l, c) => [-l, c]),
  'position zero': (r) => everyPosition(r, () => [0, 0]),
  'a fractional position': (r) => everyPosition(r, (l, c) => [l + 0.5, c]),
  'a huge position': (r) => everyPosition(r, (l, c) => [1e308, c]),
  'a position past 2^53': (r) => everyPosition(r, (l, c) => [2 ** 53 + l, c]),
  'a position a string': (r) => everyPosition(r, (l, c) => [`${l}`, c]),
  'a position null': (r) => everyPosition(r, (l) => [l, null]),
};
/** Spoilt payloads written as text (JSON cannot say them through JSON.stringify). */
const RAW_SPOILERS: Record<string, (payload: string) => string> = {
  'truncated at a third': (p) => p.slice(0, Math.floor(p.length / 3)),
  'truncated one byte short': (p) => p.slice(0, -1),
  'empty': () => '',
  'a __proto__ record key': (p) => p.replaceAll('{"source"', '{"__proto__":{"polluted":1},"source"'),
  'a __proto__ position key': (p) => p.replaceAll('"at":[', '"at":["__proto__",1,1,'),
  'a __proto__ items key': (p) => p.replaceAll('"items":{', '"items":{"__proto__":[1,1],'),
  'invalid UTF-8': (p) => `${p.slice(0, 10)}\udc80${p.slice(10)}`,
};
/** Spoilt figures a signature must catch (a signed one is trusted as the cache's own). */
const FIGURE_SPOILERS: Record<string, (records: Records) => unknown> = {
  'a type flipped': (r) => r.map((x) => ({ ...x, id: 5, name: ['x'] })),
  'a record dropped': (r) => r.slice(1),
  'a huge number': (r) => r.map((x) => ({ ...x, hours: 1e308 })),
  'keys deleted': (r) => r.map((x) => ({ source: x['source'], at: x['at'], items: x['items'] })),
};

describe('a malformed entry', () => {
  const data = dataCopy();
  const root = fresh('cache');
  let plain: Ran;
  let folder: string;
  let entry: string;
  let key: string;
  let payload: string;
  let header: string;
  beforeAll(async () => {
    plain = await run(CHECK, data, 'off');
    expect(plain.stderr).toContain('shifts/2024.yaml:2:59');
    expect(await run(CHECK, data, root)).toEqual(plain);
    folder = buildFolder(root);
    // The shifts file: the fixture's one rest warning is placed by its records' positions.
    key = entryKey(data, 'shifts', 'shifts/2024.yaml');
    entry = join(folder, `${key}.entry`);
    const text = readFileSync(entry, 'utf8');
    header = text.slice(0, text.indexOf('\n'));
    payload = text.slice(text.indexOf('\n') + 1);
  });

  const spoilt = (): [string, string][] => {
    const records = JSON.parse(payload) as Records;
    return [
      ...Object.entries(SPOILERS).map(([name, spoil]): [string, string] => [name, JSON.stringify(spoil(records))]),
      ...Object.entries(RAW_SPOILERS).map(([name, spoil]): [string, string] => [name, spoil(payload)]),
    ];
  };

  it('of any shape, signed or not, gives the output of a run without a cache', async () => {
    const cases = spoilt();
    expect(cases.length).toBeGreaterThan(20);
    for (const [name, bad] of cases) {
      for (const content of [`${header}\n${bad}`, signed(folder, key, 'shifts/2024.yaml', bad), bad]) {
        writeFileSync(entry, content);
        const r = await run(CHECK, data, root);
        expect(r, name).toEqual(plain);
        noInternalError(r);
      }
    }
  });

  it('with other figures under the old signature gives the output of a run without a cache', async () => {
    const records = JSON.parse(payload) as Records;
    for (const [name, spoil] of Object.entries(FIGURE_SPOILERS)) {
      writeFileSync(entry, `${header}\n${JSON.stringify(spoil(records))}`);
      expect(await run(CHECK, data, root), name).toEqual(plain);
    }
  });

  it('with a bad first line, or not a file at all, is a miss', async () => {
    const heads = [
      header.replace('thidua-records 1', 'thidua-records 2'),
      header.slice(0, -1),
      header.toUpperCase(),
      `${header} `,
      '',
    ];
    for (const head of heads) {
      writeFileSync(entry, `${head}\n${payload}`);
      expect(await run(CHECK, data, root), head).toEqual(plain);
    }
    writeFileSync(entry, `${header}${payload}`);
    expect(await run(CHECK, data, root)).toEqual(plain);
    writeFileSync(entry, Buffer.from([0xff, 0xfe, 0, 1, 2, 0x0a, 0xc3]));
    expect(await run(CHECK, data, root)).toEqual(plain);
    // A folder where the entry should be: the run neither reads nor replaces it.
    rmSync(entry);
    mkdirSync(entry);
    expect(await run(CHECK, data, root)).toEqual(plain);
    rmSync(entry, { recursive: true });
    // A named pipe would block a plain read for ever.
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [entry]);
      expect(await run(CHECK, data, root)).toEqual(plain);
      expect(lstatSync(entry).isFile()).toBe(true);
    }
  });
});

describe('the key that signs the entries', () => {
  const data = dataCopy();
  const key = entryKey(data, 'activities', 'activities/2024.yaml');
  let plain: Ran;
  beforeAll(async () => {
    plain = await run(REPORT, data, 'off');
  });

  /** A cache whose key is replaced by `spoil`, holding a planted entry signed with the new key. */
  async function plantWithKey(spoil: (keyFile: string, mine: Buffer) => void): Promise<string> {
    const root = fresh('cache');
    await run(CHECK, data, root);
    const folder = buildFolder(root);
    const mine = Buffer.alloc(32, 9);
    spoil(join(folder, 'key'), mine);
    writeFileSync(join(folder, `${key}.entry`), signed(folder, key, 'activities/2024.yaml', '[]', mine));
    return root;
  }

  it.skipIf(process.platform === 'win32')('is not used when others may read it, when it is a link, or of the wrong size', async () => {
    const spoilers: ((keyFile: string, mine: Buffer) => void)[] = [
      (k, mine) => {
        writeFileSync(k, mine);
        chmodSync(k, 0o644);
      },
      (k, mine) => {
        const elsewhere = join(fresh('planter'), 'key');
        writeFileSync(elsewhere, mine, { mode: 0o600 });
        rmSync(k);
        symlinkSync(elsewhere, k);
      },
      (k, mine) => writeFileSync(k, Buffer.concat([mine, mine])),
    ];
    for (const spoil of spoilers) {
      const root = await plantWithKey(spoil);
      const r = await run(REPORT, data, root);
      expect(r).toEqual(plain);
    }
  });

  it('belongs to the cache folder: a new key file (mode 0600) of the user’s own is trusted', async () => {
    const root = await plantWithKey((k, mine) => writeFileSync(k, mine, { mode: 0o600 }));
    expect((await run(REPORT, data, root)).stdout).not.toBe(plain.stdout);
  });
});

describe('setting the cache up', () => {
  it('removes only thidua’s marked folders of other builds, never a user’s folders or files', async () => {
    const data = dataCopy();
    const root = fresh('home');
    const outside = fresh('elsewhere');
    // What a user keeps in the folder THIDUA_CACHE_DIR names (say $HOME).
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'todo.txt'), 'việc cần làm\n');
    writeFileSync(join(root, 'photo.jpg'), 'not really a photo');
    mkdirSync(join(root, '0123456789abcdef0123'));
    writeFileSync(join(root, '0123456789abcdef0123', 'a.json'), '[]');
    mkdirSync(join(root, 'thidua-0123456789abcdef0123'));
    writeFileSync(join(root, 'thidua-0123456789abcdef0123', 'mine.txt'), 'no mark here\n');
    mkdirSync(join(root, 'thidua-aaaaaaaaaaaaaaaaaaaa'));
    writeFileSync(join(root, 'thidua-aaaaaaaaaaaaaaaaaaaa', 'CACHEDIR.TAG'), `${MARK}\n# another tool's cache\n`);
    writeFileSync(join(root, 'thidua-aaaaaaaaaaaaaaaaaaaa', 'data.bin'), 'x');
    // A link named like a build folder, to a folder marked as thidua's elsewhere.
    writeFileSync(join(outside, 'CACHEDIR.TAG'), THIDUA_MARK);
    writeFileSync(join(outside, 'keep.txt'), 'keep\n');
    symlinkSync(outside, join(root, 'thidua-bbbbbbbbbbbbbbbbbbbb'));
    writeFileSync(join(root, 'thidua-cccccccccccccccccccc'), 'a file, not a folder');
    const users = snapshot(root);
    const outsideBefore = snapshot(outside);

    const plain = await run(CHECK, data, 'off');
    expect(await run(CHECK, data, root)).toEqual(plain);
    const ours = buildFolder(root);
    // "Another build": the same folder under another code id, then a run of this build.
    const older = join(root, 'thidua-eeeeeeeeeeeeeeeeeeee');
    renameSync(ours, older);
    expect(await run(CHECK, data, root)).toEqual(plain);

    const after = snapshot(root);
    const name = buildName;
    // Everything of the user's is still there, unchanged; the older build's folder is gone.
    for (const [path, what] of Object.entries(users)) expect(after[path], path).toBe(what);
    expect(Object.keys(after).filter((p) => p.startsWith('thidua-eeeeeeeeeeeeeeeeeeee'))).toEqual([]);
    expect(Object.keys(after).filter((p) => !(p in users) && !p.startsWith(name))).toEqual([]);
    expect(snapshot(outside)).toEqual(outsideBefore);
  });

  it('keeps a marked folder of another build that holds the data folder in use', async () => {
    const root = fresh('cache');
    const holder = join(root, 'thidua-dddddddddddddddddddd');
    mkdirSync(holder);
    writeFileSync(join(holder, 'CACHEDIR.TAG'), THIDUA_MARK);
    cpSync(FIXTURE, join(holder, 'data'), { recursive: true });
    const before = snapshot(holder);
    const plain = await run(CHECK, join(holder, 'data'), 'off');
    expect(await run(CHECK, join(holder, 'data'), root)).toEqual(plain);
    buildFolder(root);
    expect(snapshot(holder)).toEqual(before);
  });

  it('by several processes at once gives each the output of a run without a cache, and one key', async () => {
    const data = dataCopy();
    const root = fresh('cache');
    const env = testEnv({ THIDUA_CACHE_DIR: root });
    const plain = await spawnThidua(['check', '--data', data], { env: testEnv({ THIDUA_CACHE_DIR: 'off' }) });
    expect(plain.code, plain.stderr).toBe(0);
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all([0, 1, 2, 3].map(() => spawnThidua(['check', '--data', data], { env })));
      for (const r of runs) expect(r).toEqual(plain);
    }
    const folder = buildFolder(root);
    expect(readdirSync(root)).toEqual([buildName]);
    expect(readdirSync(folder).sort()).toEqual(
      ['CACHEDIR.TAG', 'key', ...CACHED_FILES.map(([kind, file]) => `${entryKey(data, kind, file)}.entry`)].sort(),
    );
  });

  it('marks its folder as a cache (CACHEDIR.TAG) and keeps it and its key private', async () => {
    const data = dataCopy();
    const root = fresh('cache');
    await run(CHECK, data, root);
    const folder = buildFolder(root);
    expect(readFileSync(join(folder, 'CACHEDIR.TAG'), 'utf8').startsWith(`${MARK}\n`)).toBe(true);
    if (process.platform !== 'win32') {
      expect(lstatSync(folder).mode & 0o777).toBe(0o700);
      expect(lstatSync(join(folder, 'key')).mode & 0o777).toBe(0o600);
      expect(lstatSync(join(folder, 'key')).size).toBe(32);
    }
    expect(readdirSync(folder).filter((n) => n.endsWith('.entry'))).toHaveLength(CACHED_FILES.length);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('never inside the data folder', () => {
  /** Runs check and report with `cache` and expects the data folder (real path `real`) untouched and the no-cache output. */
  async function untouched(dataArg: string, real: string, cache: string): Promise<void> {
    const before = snapshot(real);
    for (const argv of [CHECK, REPORT]) {
      const r = await run(argv, dataArg, cache);
      expect(r).toEqual(await run(argv, dataArg, 'off'));
    }
    expect(snapshot(real)).toEqual(before);
  }

  it('when the data folder is reached through a link and the cache is inside its real folder', async () => {
    const data = dataCopy();
    const link = join(fresh('links'), 'data-link');
    symlinkSync(data, link);
    await untouched(link, data, join(data, 'cache'));
    await untouched(link, data, join(data, 'activities', 'new', 'cache'));
  });

  it('when the cache folder is a link into the data folder, or below one and not made yet', async () => {
    const data = dataCopy();
    const links = fresh('links');
    symlinkSync(join(data, 'activities'), join(links, 'cache-link'));
    symlinkSync(data, join(links, 'into-data'));
    await untouched(data, data, join(links, 'cache-link'));
    await untouched(data, data, join(links, 'into-data', 'new', 'deeper'));
    expect(readdirSync(links).sort()).toEqual(['cache-link', 'into-data']);
  });

  it('when the build’s folder in the cache is a link into the data folder, or to a folder elsewhere', async () => {
    const data = dataCopy();
    const probe = fresh('cache');
    await run(CHECK, data, probe);
    const name = buildName;
    const root = fresh('cache');
    symlinkSync(data, join(root, name));
    await untouched(data, data, root);
    expect(lstatSync(join(root, name)).isSymbolicLink()).toBe(true);
    // A link to another marked folder of the user's own, with a key: not used either.
    const other = fresh('other');
    for (const name of ['CACHEDIR.TAG', 'key']) cpSync(join(buildFolder(probe), name), join(other, name));
    const root2 = fresh('cache');
    symlinkSync(other, join(root2, name));
    const before = snapshot(other);
    await untouched(data, data, root2);
    expect(snapshot(other)).toEqual(before);
  });

  it('never writes through a link planted as an entry', async () => {
    const data = dataCopy();
    const root = fresh('cache');
    await run(CHECK, data, root);
    const folder = buildFolder(root);
    const victim = join(fresh('victim'), 'precious.txt');
    writeFileSync(victim, 'do not overwrite\n');
    const entry = join(folder, `${entryKey(data, 'members', 'members.yaml')}.entry`);
    rmSync(entry);
    symlinkSync(victim, entry);
    await untouched(data, data, root);
    expect(readFileSync(victim, 'utf8')).toBe('do not overwrite\n');
    // The link was replaced by an entry of the cache's own.
    expect(lstatSync(entry).isFile()).toBe(true);
  });
});
