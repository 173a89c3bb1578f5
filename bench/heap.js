#!/usr/bin/env node
/**
 * What a loaded data set weighs: the heap the records of `DIR` hold after loading (a full
 * garbage collection before and after), with no cache and with the cache warm, for the
 * build at ROOT (default: this checkout; dist/ must be built). Needs `--expose-gc`:
 *
 *   node --expose-gc bench/heap.js DIR [ROOT]
 *
 * Prints one line per state, e.g. `no cache: 8.1 MB (812 bytes per record)`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dirArg, rootArg = '.'] = process.argv.slice(2);
if (!dirArg || typeof globalThis.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc bench/heap.js DIR [ROOT]\n');
  process.exit(2);
}
const dir = resolve(dirArg);
const dist = pathToFileURL(join(resolve(rootArg), 'dist/')).href;
const { loadDataFolder } = await import(`${dist}load/load-data-folder.js`);
const { openRecordCache } = await import(`${dist}load/cache.js`);

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

/** Heap held by one loaded data set (the loader's modules are loaded before the first measure). */
function weigh(options) {
  const before = heap();
  const loaded = loadDataFolder(dir, options);
  const after = heap();
  const d = loaded.data;
  const records = d ? d.members.length + d.activities.length + d.shifts.length : 0;
  return { bytes: after - before, records, keep: loaded };
}

const cacheRoot = mkdtempSync(join(tmpdir(), 'thidua-heap-'));
try {
  const cache = () => ({ cache: openRecordCache(cacheRoot, { dataDir: dir }) });
  loadDataFolder(dir, cache()); // loads every module and fills the cache
  for (const [label, options] of [['no cache', {}], ['cache warm', cache()]]) {
    const { bytes, records } = weigh(options);
    process.stdout.write(`${label}: ${(bytes / 1048576).toFixed(1)} MB (${records > 0 ? Math.round(bytes / records) : 0} bytes per record, ${records} records)\n`);
  }
} finally {
  rmSync(cacheRoot, { recursive: true, force: true });
}
