/**
 * The style of the files thidua adds to a data folder (`import`, `new month`): the editor
 * modeline (`# yaml-language-server: $schema=…`) that the folder's files of that kind carry,
 * with its path made relative to the new file; else the schema that `thidua init` puts in
 * `.thidua/schema/` beside the data folder; else none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { modelineOf } from '../../import/yaml-text.js';
import type { Located } from '../../model/types.js';

export type RecordKind = 'members' | 'activities' | 'shifts';

/** The last (by path) file holding one of `records`, absolute; undefined when there is none. */
export function latestFileOf(dataDir: string, records: readonly Located[]): string | undefined {
  const files = [...new Set(records.map((r) => r.source.file))].sort();
  const last = files[files.length - 1];
  return last === undefined ? undefined : join(dataDir, last);
}

const MODELINE = '# yaml-language-server: $schema=';

export function modelineFor(dataDir: string, kind: RecordKind, target: string, sibling: string | undefined): string | undefined {
  const posix = (p: string) => p.split(sep).join('/');
  if (sibling !== undefined) {
    const line = modelineOf(readFileSync(sibling, 'utf8'));
    if (line !== undefined) {
      const ref = line.slice(MODELINE.length);
      if (/^[a-z]+:/i.test(ref)) return line; // a URL: the same everywhere
      return MODELINE + posix(relative(dirname(target), resolve(dirname(sibling), ref)));
    }
  }
  const schema = join(dataDir, '..', '.thidua', 'schema', `${kind}.schema.json`);
  return existsSync(schema) ? MODELINE + posix(relative(dirname(target), schema)) : undefined;
}
