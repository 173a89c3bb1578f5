/**
 * The scaffold plan of `thidua init`: which files, where their schema modelines point, the
 * rules file equal to the defaults, the data package.json, and the all-or-nothing writer.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveRules } from '../../src/model/defaults.js';
import type { RulesInput } from '../../src/model/schemas.js';
import { rulesSchema } from '../../src/model/schemas.js';
import { dataPackageJson, INIT_TEMPLATES_DIR, isAcceptableSpec, planScaffold, SCHEMA_DIR, TEMPLATE_FILES } from '../../src/cli/scaffold/plan.js';
import { findConflicts, ScaffoldWriteError, writeScaffold } from '../../src/cli/scaffold/write-scaffold.js';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-init-plan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(relative(INIT_TEMPLATES_DIR, path).split('\\').join('/'));
  }
  return out.sort();
}

const plan = planScaffold({ thiduaSpec: '^0.1.0' });
const byPath = new Map(plan.map((f) => [f.path, f]));

describe('the plan', () => {
  it('lists exactly the files in templates/init, and no template file starts with a dot (npm pack drops some dotfiles)', () => {
    expect(TEMPLATE_FILES.map((t) => t.from).sort()).toEqual(filesUnder(INIT_TEMPLATES_DIR));
    for (const t of TEMPLATE_FILES) expect(t.from.split('/').some((part) => part.startsWith('.'))).toBe(false);
  });

  it('writes every file the issue asks for, sorted by path', () => {
    const paths = plan.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const p of [
      'data/unit.yaml', 'data/rules.yaml', 'data/members.yaml', 'data/activities/2025/2025-01.yaml', 'data/shifts/2025/2025-01.yaml',
      '.gitignore', '.gitattributes', 'README.md', '.github/workflows/thidua.yml', '.gitlab-ci.yml',
      '.vscode/settings.json', '.vscode/extensions.json', '.githooks/pre-commit', 'package.json',
      `${SCHEMA_DIR}/unit.schema.json`, `${SCHEMA_DIR}/rules.schema.json`, `${SCHEMA_DIR}/members.schema.json`,
      `${SCHEMA_DIR}/activities.schema.json`, `${SCHEMA_DIR}/shifts.schema.json`,
    ]) expect(paths).toContain(p);
    // 13 templates + package.json + 5 schema files.
    expect(plan).toHaveLength(19);
    expect(byPath.get('.githooks/pre-commit')!.mode).toBe(0o755);
    expect(byPath.get('.githooks/pre-commit')!.content.startsWith('#!/bin/sh\n')).toBe(true);
  });

  it('every data YAML file starts with a modeline pointing at the right schema file, relative to itself', () => {
    const expected: Record<string, string> = {
      'data/unit.yaml': 'unit', 'data/rules.yaml': 'rules', 'data/members.yaml': 'members',
      'data/activities/2025/2025-01.yaml': 'activities', 'data/shifts/2025/2025-01.yaml': 'shifts',
    };
    const yamlFiles = plan.filter((f) => f.path.startsWith('data/'));
    expect(yamlFiles.map((f) => f.path).sort()).toEqual(Object.keys(expected).sort());
    for (const file of yamlFiles) {
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(file.content);
      expect(m, file.path).not.toBeNull();
      const target = posix.normalize(posix.join(posix.dirname(file.path), m![1]!));
      expect(target).toBe(`${SCHEMA_DIR}/${expected[file.path]}.schema.json`);
      expect(byPath.has(target)).toBe(true);
    }
  });

  it('the editor settings map the same schema files onto the data globs, recommend the YAML extension and turn its telemetry off', () => {
    const settings = JSON.parse(byPath.get('.vscode/settings.json')!.content) as Record<string, unknown>;
    expect(settings['redhat.telemetry.enabled']).toBe(false);
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    for (const key of Object.keys(schemas)) expect(byPath.has(key.replace(/^\.\//, ''))).toBe(true);
    expect(schemas['./.thidua/schema/activities.schema.json']).toEqual(['data/activities/**/*.yaml']);
    expect(JSON.parse(byPath.get('.vscode/extensions.json')!.content)).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('rules.yaml writes out the defaults: resolved, it equals the rules of an empty rules.yaml', () => {
    const parsed = parse(byPath.get('data/rules.yaml')!.content) as unknown;
    const input = rulesSchema.parse(parsed) as RulesInput;
    expect(resolveRules(input)).toEqual(resolveRules({}));
    // And it spells every top-level key out, so the clerk sees each one with its comment.
    expect(Object.keys(parsed as object)).toEqual(['population', 'criteria', 'kinds', 'phases', 'innovation', 'commendation', 'shifts', 'holidays']);
  });

  it('.gitignore keeps reports and node_modules out of the repository', () => {
    const lines = byPath.get('.gitignore')!.content.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toContain('/reports/');
    expect(lines).toContain('node_modules/');
  });
});

describe('the data package.json', () => {
  it('depends on thidua by the given spec and turns the hook on at npm install', () => {
    const pkg = JSON.parse(dataPackageJson('file:vendor/thidua-0.1.0.tgz')) as { private: boolean; dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.private).toBe(true);
    expect(pkg.dependencies).toEqual({ thidua: 'file:vendor/thidua-0.1.0.tgz' });
    expect(pkg.scripts['prepare']).toBe('git config core.hooksPath .githooks || exit 0');
    expect(pkg.scripts['check']).toBe('thidua check');
    // After upgrading thidua, `npm run schema` refreshes the files the modelines point at.
    expect(pkg.scripts['schema']).toBe('thidua schema --out .thidua/schema');
  });

  it('accepts one-token specs only', () => {
    expect(isAcceptableSpec('^0.1.0')).toBe(true);
    expect(isAcceptableSpec('github:someone/thidua#v0.1.0')).toBe(true);
    expect(isAcceptableSpec('')).toBe(false);
    expect(isAcceptableSpec('0.1.0 && rm -rf x')).toBe(false);
    expect(isAcceptableSpec('"x"')).toBe(false);
  });
});

describe('conflicts and the all-or-nothing writer', () => {
  const files = [
    { path: 'a/b.txt', content: 'b\n', mode: 0o644 },
    { path: 'a/c/d.txt', content: 'd\n', mode: 0o644 },
    { path: 'e.txt', content: 'e\n', mode: 0o644 },
  ];

  it('an empty or missing folder has no conflicts', () => {
    expect(findConflicts(join(tmp, 'missing'), files)).toEqual([]);
    mkdirSync(join(tmp, 'empty'));
    expect(findConflicts(join(tmp, 'empty'), files)).toEqual([]);
  });

  it('names existing targets and parents that are files, sorted', () => {
    const root = join(tmp, 'busy');
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'e.txt'), 'mine\n');
    writeFileSync(join(root, 'a/c'), 'a file where a folder should be\n');
    expect(findConflicts(root, files)).toEqual([
      { path: 'a/c', reason: 'not-dir' },
      { path: 'e.txt', reason: 'exists' },
    ]);
  });

  it('writes every file', () => {
    const root = join(tmp, 'fresh');
    writeScaffold(root, files);
    expect(filesIn(root)).toEqual(['a/b.txt', 'a/c/d.txt', 'e.txt']);
  });

  it('a failure half-way removes what it wrote and the folders it made', () => {
    const root = join(tmp, 'half');
    mkdirSync(root);
    writeFileSync(join(root, 'keep.txt'), 'mine\n');
    // The third file collides with the folder the first one created: EEXIST on the exclusive write.
    const clash = [{ path: 'x/y/z.txt', content: 'z\n', mode: 0o644 }, { path: 'w.txt', content: 'w\n', mode: 0o644 }, { path: 'x/y', content: '!\n', mode: 0o644 }];
    expect(() => writeScaffold(root, clash)).toThrow(ScaffoldWriteError);
    expect(filesIn(root)).toEqual(['keep.txt']);
    expect(readdirSync(root)).toEqual(['keep.txt']);
  });
});

function filesIn(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}
