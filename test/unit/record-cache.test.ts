/**
 * The record cache only ever saves time: a warm load equals a cold one, a changed byte is
 * a miss, a corrupt entry is ignored, files with problems are never stored, and the cache
 * is never placed inside the data folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecordCache } from '../../src/load/cache.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';
import { finishLoad, loadDataFolderLazily, prepareLoad, prepareLoadLazily } from '../../src/load/load-core.js';
import { PARSERS } from '../../src/load/parse-files.js';
import { recordCacheDir } from '../../src/cli/cache-dir.js';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cache-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The entries below `root` (not the folder's mark or key). */
const entries = (root: string) => readdirSync(root).flatMap((d) => readdirSync(join(root, d)).filter((name) => name.endsWith('.entry')));

describe('record cache', () => {
  it('gives the same data set warm as cold, and as without a cache', () => {
    const root = temp();
    const plain = loadDataFolder('data');
    expect(plain.issues).toEqual([]);
    const cold = loadDataFolder('data', { cache: openRecordCache(root) });
    // One entry per file of data/: unit, rules, members, every activity and shift file, ratings, narrative.
    expect(entries(root).length).toBe(plain.files.length);
    expect(plain.files).toEqual(expect.arrayContaining(['unit.yaml', 'rules.yaml', 'ratings/2024.yaml', 'narrative/2024.md']));
    const warm = loadDataFolder('data', { cache: openRecordCache(root) });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(plain));
  }, 60_000);

  it('needs no parser when every file is cached, and gives the same data set lazily', async () => {
    const root = temp();
    const plain = loadDataFolder('data');
    expect(prepareLoad('data', { cache: openRecordCache(root) }).misses).toBe(plain.files.length);
    expect(await loadDataFolderLazily('data', { cache: openRecordCache(root) })).toEqual(plain);
    const warm = prepareLoad('data', { cache: openRecordCache(root) });
    expect(warm.misses).toBe(0);
    // Without the parsers: every value comes from the cache.
    const lazily = finishLoad(warm);
    expect(lazily).toEqual(plain);
    expect(JSON.stringify(lazily)).toBe(JSON.stringify(plain));
  }, 60_000);

  it('parses a changed plain record file with the scanner and the schemas alone, and leaves any other to the parsers', async () => {
    const root = temp();
    const data = join(temp(), 'data');
    cpSync('data', data, { recursive: true });
    loadDataFolder(data, { cache: openRecordCache(root) });
    appendFileSync(join(data, 'members.yaml'), '- id: x-y\n  name: Xuân Y\n  department: kham-benh\n');
    expect(prepareLoad(data, { cache: openRecordCache(root) }).misses).toBe(1);
    const taken = await prepareLoadLazily(data, { cache: openRecordCache(root) });
    expect(taken.misses).toBe(0);
    // Without the parsers: the changed file came from the scanner and the schemas.
    expect(finishLoad(taken)).toEqual(loadDataFolder(data));
    // Stored as any parsed file: the next run finds it cached.
    expect(prepareLoad(data, { cache: openRecordCache(root) }).misses).toBe(0);
    // A record with a problem is the parsers' (they alone word messages).
    appendFileSync(join(data, 'members.yaml'), '- id: x-z\n  name: X\n  department: kham-benh\n  nam: typo\n');
    expect((await prepareLoadLazily(data, { cache: openRecordCache(root) })).misses).toBe(1);
    // With no cache at all, every plain file is the scanner's and the others the parsers'.
    const cold = await prepareLoadLazily(data);
    expect(cold.misses).toBe(1 + ['unit.yaml', 'rules.yaml', 'ratings/2024.yaml', 'narrative/2024.md'].length);
    expect(finishLoad(cold, PARSERS)).toEqual(loadDataFolder(data));
  }, 60_000);

  it('stores the unit, and rules and ratings files that hold nothing, too', () => {
    const root = temp();
    const data = join(temp(), 'data');
    mkdirSync(join(data, 'ratings'), { recursive: true });
    writeFileSync(join(data, 'unit.yaml'), 'name: Đơn vị\ndepartments:\n  - id: a\n    name: A\n');
    writeFileSync(join(data, 'rules.yaml'), '# chưa có quy định riêng\n');
    writeFileSync(join(data, 'ratings/2025.yaml'), '');
    const plain = loadDataFolder(data);
    loadDataFolder(data, { cache: openRecordCache(root) });
    expect(prepareLoad(data, { cache: openRecordCache(root) }).misses).toBe(0);
    expect(finishLoad(prepareLoad(data, { cache: openRecordCache(root) }))).toEqual(plain);
  });

  it('misses on a changed byte and ignores a corrupt entry', () => {
    const root = temp();
    const data = join(temp(), 'data');
    cpSync('data', data, { recursive: true });
    loadDataFolder(data, { cache: openRecordCache(root) });
    const before = entries(root).length;
    appendFileSync(join(data, 'members.yaml'), '# một dòng chú thích\n');
    const changed = loadDataFolder(data, { cache: openRecordCache(root) });
    expect(entries(root).length).toBe(before + 1);
    expect(changed).toEqual(loadDataFolder(data));
    const [build] = readdirSync(root);
    for (const name of entries(root)) writeFileSync(join(root, build!, name), '{ not json');
    expect(loadDataFolder(data, { cache: openRecordCache(root) })).toEqual(loadDataFolder(data));
  }, 60_000);

  it('never stores a file with problems, so its messages stay exact', () => {
    const root = temp();
    const data = join(temp(), 'data');
    cpSync('data', data, { recursive: true });
    appendFileSync(join(data, 'members.yaml'), '- id: x-y\n  name: X\n  department: kham-benh\n  nam: typo\n');
    const first = loadDataFolder(data, { cache: openRecordCache(root) });
    const second = loadDataFolder(data, { cache: openRecordCache(root) });
    expect(first.issues.map((i) => i.message)).toContain('unknown-key');
    expect(second.issues).toEqual(first.issues);
    expect(second).toEqual(loadDataFolder(data));
  }, 60_000);

  it('costs nothing but speed when it cannot be written (a file, a folder below /proc)', () => {
    const file = join(temp(), 'a-file');
    writeFileSync(file, '');
    const plain = loadDataFolder('data');
    expect(loadDataFolder('data', { cache: openRecordCache(file) })).toEqual(plain);
    // Node's recursive mkdirSync never returns for a missing folder below /proc.
    if (process.platform === 'linux') expect(loadDataFolder('data', { cache: openRecordCache('/proc/thidua-none/x') })).toEqual(plain);
  }, 60_000);

  it('is placed from the environment, never inside the data folder', () => {
    expect(recordCacheDir({ THIDUA_CACHE_DIR: '/c' }, '/w', '/w/data')).toBe('/c');
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'off', HOME: '/h' }, '/w', '/w/data')).toBeUndefined();
    expect(recordCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }, '/w', '/w/data')).toBe('/x/thidua');
    expect(recordCacheDir({ HOME: '/h' }, '/w', '/w/data')).toBe('/h/.cache/thidua');
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'data/.cache' }, '/w', '/w/data')).toBeUndefined();
    expect(recordCacheDir({}, '/w', '/w/data')).toBeUndefined();
  });

  it('is never inside the data folder through a link, on either side', () => {
    const w = temp();
    mkdirSync(join(w, 'data/activities'), { recursive: true });
    symlinkSync(join(w, 'data'), join(w, 'data-link'));
    symlinkSync(join(w, 'data/activities'), join(w, 'cache-link'));
    // The data folder through a link, the cache in its real folder.
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'data/.cache' }, w, join(w, 'data-link'))).toBeUndefined();
    // The cache folder a link into the data folder, or not made yet below one.
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'cache-link' }, w, join(w, 'data'))).toBeUndefined();
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'data-link/new/deeper' }, w, join(w, 'data'))).toBeUndefined();
    expect(recordCacheDir({ HOME: join(w, 'data-link') }, w, join(w, 'data'))).toBeUndefined();
    expect(recordCacheDir({ THIDUA_CACHE_DIR: 'cache' }, w, join(w, 'data-link'))).toBe(join(w, 'cache'));
  });
});
