/**
 * Every label the render layer or a template names by a literal key exists in both
 * catalogues, so that a misspelt key cannot reach a report as `[[key]]`. (Keys built at run
 * time, such as `forms.${form}`, are checked by the outputs' tests.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { vi } from '../../src/i18n/vi.js';
import { lookupLabel, type Labels } from '../../src/render/md-format.js';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(dir, f));
}

/** `[file, key]` for every literal key in `f.w('…')`, `f.opt('…')`, `f.msg('…')` of src/render. */
function renderKeys(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of filesUnder('src/render', '.ts')) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\b(?:f|fmt)\.(?:w|opt|msg)\('([^'$]+)'/g)) out.push([file, m[1]!]);
  }
  return out;
}

/** `[file, key]` for every `t.a.b` a template reads. */
function templateKeys(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of filesUnder('templates', '.liquid').filter((f) => !f.startsWith('templates/init'))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\bt\.([a-zA-Z0-9_.]+[a-zA-Z0-9_])/g)) out.push([file, m[1]!]);
  }
  return out;
}

describe('label keys named in render and templates', () => {
  const keys = [...renderKeys(), ...templateKeys()];

  it('are found (the scan sees the render layer and the templates)', () => {
    expect(keys.length).toBeGreaterThan(200);
    expect(new Set(keys.map(([file]) => file.split('/')[0])).size).toBe(2);
  });

  for (const [lang, labels] of [['vi', vi.labels], ['en', en.labels]] as const) {
    it(`exist in the ${lang} catalogue`, () => {
      const missing = keys.filter(([, key]) => lookupLabel(labels as unknown as Labels, key) === undefined).map(([file, key]) => `${file}: ${key}`);
      expect(missing).toEqual([]);
    });
  }
});
