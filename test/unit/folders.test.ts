/** src/load/folders.ts: `mkdir -p` that cannot hang, and "is this path inside that folder". */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, makeDirs } from '../../src/load/folders.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-folders-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('makeDirs', () => {
  it('creates every missing level and names them, outermost first', () => {
    expect(makeDirs(join(tmp, 'a/b/c'))).toEqual([join(tmp, 'a'), join(tmp, 'a/b'), join(tmp, 'a/b/c')]);
    expect(statSync(join(tmp, 'a/b/c')).isDirectory()).toBe(true);
    expect(makeDirs(join(tmp, 'a/b/c'))).toEqual([]);
    expect(makeDirs(join(tmp, 'a/b/d'))).toEqual([join(tmp, 'a/b/d')]);
  });

  it('fails as mkdir -p does: EEXIST on a file, ENOTDIR below one', () => {
    writeFileSync(join(tmp, 'file'), 'x');
    expect(() => makeDirs(join(tmp, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeDirs(join(tmp, 'file/x/y'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(existsSync('/proc/self'))('returns at once below /proc, where a recursive mkdirSync may never return', () => {
    expect(() => makeDirs('/proc/thidua-no-such/cache')).toThrow();
  });
});

describe('isInside', () => {
  it('the folder itself and anything below it, by path', () => {
    expect(isInside('/a/data', '/a/data')).toBe(true);
    expect(isInside('/a/data', '/a/data/reports')).toBe(true);
    expect(isInside('/a/data/', '/a/data/x/../y')).toBe(true);
    expect(isInside('/a/data', '/a/data-2')).toBe(false);
    expect(isInside('/a/data', '/a')).toBe(false);
    expect(isInside('/a/data', '/a/..data')).toBe(false);
    // A folder whose name begins with two dots is inside, not above.
    expect(isInside('/a/data', '/a/data/..notes')).toBe(true);
    expect(isInside('/a/data', '/a/data/../x')).toBe(false);
  });
});
