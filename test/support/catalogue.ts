/**
 * The catalogues of errors (`test/fixtures/errors/`, `test/fixtures/import-errors/`): one folder
 * per code and cause, whose `expected.txt` is a list of blocks — `$ thidua ARGS`, the exact
 * stderr lines, `[exit N]`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Block {
  readonly args: string[];
  readonly stderr: string[];
  readonly exit: number;
}

/** The blocks of an `expected.txt`; text outside a block is an error of the fixture. */
export function readBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  let current: { args: string[]; stderr: string[] } | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('$ thidua ')) current = { args: line.slice('$ thidua '.length).split(' '), stderr: [] };
    else if (/^\[exit \d+\]$/.test(line)) {
      if (!current) throw new Error(`${file}: [exit] before a command`);
      blocks.push({ ...current, exit: Number(/\d+/.exec(line)![0]) });
      current = undefined;
    } else if (current) current.stderr.push(line);
    else if (line !== '') throw new Error(`${file}: text outside a block: ${line}`);
  }
  return blocks;
}

/** The sub-folders of a folder, sorted. */
export const dirsIn = (dir: string): string[] => readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
