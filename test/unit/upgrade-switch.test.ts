/**
 * `upgrade` switches its files in together: every new text is written beside its target,
 * then all are renamed in; when a rename fails half-way, the files already switched in get
 * their old text back, added files are removed, and no temporary is left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { switchIn, type Change } from '../../src/cli/commands/upgrade.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-upgrade-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const change = (path: string, content: string, kind: Change['kind'] = 'replaced'): Change => ({ file: { path, content, mode: 0o644 }, kind });

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), 'utf8');
    }
  };
  walk(root, '');
  return out;
}

describe('switchIn', () => {
  it('replaces, adds and removes', () => {
    const root = join(tmp, 'ok');
    mkdirSync(join(root, 's'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'old a\n');
    writeFileSync(join(root, 's/old.json'), '{}\n');
    switchIn(root, [change('a.txt', 'new a\n'), change('s/b.json', 'b\n', 'added')], ['s/old.json']);
    expect(tree(root)).toEqual({ 'a.txt': 'new a\n', 's/b.json': 'b\n' });
  });

  it('a rename failing half-way puts back every file already switched in', () => {
    const root = join(tmp, 'half');
    mkdirSync(root);
    writeFileSync(join(root, 'a.txt'), 'old a\n');
    writeFileSync(join(root, 'c.txt'), 'old c\n');
    // The second target's backup name is taken by a folder that is not empty: its rename fails.
    mkdirSync(join(root, `c.txt.old-${process.pid}`));
    writeFileSync(join(root, `c.txt.old-${process.pid}`, 'x'), 'x\n');
    expect(() => switchIn(root, [change('a.txt', 'new a\n'), change('b.txt', 'b\n', 'added'), change('c.txt', 'new c\n')], [])).toThrow();
    expect(tree(root)).toEqual({ 'a.txt': 'old a\n', 'c.txt': 'old c\n', [`c.txt.old-${process.pid}/x`]: 'x\n' });
  });
});
