/** src/load/folders.ts: `mkdir -p` that cannot hang, and "is this path inside that folder". */
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, makeDirs, realPath } from '../../src/load/folders.js';

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

describe('realPath', () => {
  it('resolves every link, also of a path not made yet (by its nearest existing folder)', () => {
    const real = realpathSync(tmp);
    mkdirSync(join(tmp, 'data/sub'), { recursive: true });
    symlinkSync(join(tmp, 'data'), join(tmp, 'data-link'));
    symlinkSync(join(tmp, 'data-link/sub'), join(tmp, 'sub-link'));
    expect(realPath(join(tmp, 'data-link'))).toBe(join(real, 'data'));
    expect(realPath(join(tmp, 'sub-link/new/deeper'))).toBe(join(real, 'data/sub/new/deeper'));
    expect(realPath(join(tmp, 'no-such/x'))).toBe(join(real, 'no-such/x'));
    expect(isInside(realPath(join(tmp, 'data')), realPath(join(tmp, 'sub-link/cache')))).toBe(true);
    // A file on the way: where a write would try to go.
    expect(realPath(join(tmp, 'file/x'))).toBe(join(real, 'file/x'));
  });
});
