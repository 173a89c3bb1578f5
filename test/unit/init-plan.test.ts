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
import { fileURLToPath } from 'node:url';
import { CHUNK_DIR, dataPackageJson, planScaffold, planSetup, planTool, SCHEMA_DIR, TEMPLATE_FILES, TOOL_FILE } from '../../src/cli/scaffold/plan.js';
import { readBuildFiles, readBuildHeader, readTemplateTree, type SelfContainedBuild } from '../../src/cli/assets.js';
import { findConflicts, ScaffoldWriteError, writeScaffold } from '../../src/cli/scaffold/write-scaffold.js';

const INIT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/init', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'thidua-init-plan-'));
const entryCode = '#!/usr/bin/env node\n// thidua 9.8.7 (source abc1234) — test\n// Do not edit.\n// files: LICENSES.txt lib/a-AAAA.mjs lib/chunk-BBBB.mjs\nawait import("./lib/a-AAAA.mjs");\n';
const build: SelfContainedBuild = {
  version: '9.8.7',
  source: 'abc1234',
  files: [
    { path: 'LICENSES.txt', content: 'MIT\n' },
    { path: 'lib/a-AAAA.mjs', content: 'import "./chunk-BBBB.mjs";\n' },
    { path: 'lib/chunk-BBBB.mjs', content: 'export {};\n' },
    { path: 'thidua.mjs', content: entryCode },
  ],
};
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

const plan = planScaffold({ build });
const byPath = new Map(plan.map((f) => [f.path, f]));

describe('the plan', () => {
  it('lists exactly the files in templates/init, and no template file starts with a dot (npm pack drops some dotfiles)', () => {
    expect(TEMPLATE_FILES.map((t) => t.from).sort()).toEqual(filesUnder(INIT_TEMPLATES_DIR));
    expect(Object.keys(readTemplateTree('init')).sort()).toEqual(filesUnder(INIT_TEMPLATES_DIR));
    for (const t of TEMPLATE_FILES) expect(t.from.split('/').some((part) => part.startsWith('.'))).toBe(false);
  });

  it('writes every file the issue asks for, sorted by path', () => {
    const paths = plan.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const p of [
      'data/unit.yaml', 'data/rules.yaml', 'data/members.yaml', 'data/activities/2025/2025-01.yaml', 'data/shifts/2025/2025-01.yaml',
      'data/narrative/2025.md', '.gitignore', '.gitattributes', 'README.md', '.github/workflows/thidua.yml', '.gitlab-ci.yml',
      '.vscode/settings.json', '.vscode/extensions.json', '.githooks/pre-commit', 'package.json',
      `${SCHEMA_DIR}/unit.schema.json`, `${SCHEMA_DIR}/rules.schema.json`, `${SCHEMA_DIR}/members.schema.json`,
      `${SCHEMA_DIR}/activities.schema.json`, `${SCHEMA_DIR}/shifts.schema.json`, `${SCHEMA_DIR}/ratings.schema.json`, TOOL_FILE, '.thidua/LICENSES.txt',
      'examples/danh-sach-thanh-vien.xlsx', 'examples/lich-truc-2025-02.xlsx',
    ]) expect(paths).toContain(p);
    // 15 templates + 2 example workbooks + package.json + 6 schema files + the program (entry and 2 chunks) and its licences.
    expect(plan).toHaveLength(28);
    expect(byPath.get(TOOL_FILE)).toEqual({ path: TOOL_FILE, content: entryCode, mode: 0o755 });
    expect(byPath.get(`${CHUNK_DIR}/a-AAAA.mjs`)).toEqual({ path: `${CHUNK_DIR}/a-AAAA.mjs`, content: 'import "./chunk-BBBB.mjs";\n', mode: 0o644 });
    expect(byPath.get(`${CHUNK_DIR}/chunk-BBBB.mjs`)!.mode).toBe(0o644);
    expect(byPath.get('.thidua/LICENSES.txt')!.content).toBe('MIT\n');
    expect(byPath.get('.githooks/pre-commit')!.mode).toBe(0o755);
    expect(byPath.get('.githooks/pre-commit')!.content.startsWith('#!/bin/sh\n')).toBe(true);
  });

  it('every data YAML file starts with a modeline pointing at the right schema file, relative to itself', () => {
    const expected: Record<string, string> = {
      'data/unit.yaml': 'unit', 'data/rules.yaml': 'rules', 'data/members.yaml': 'members',
      'data/activities/2025/2025-01.yaml': 'activities', 'data/shifts/2025/2025-01.yaml': 'shifts', 'data/ratings/2025.yaml': 'ratings',
    };
    const yamlFiles = plan.filter((f) => f.path.startsWith('data/') && f.path.endsWith('.yaml'));
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
    // … apart from the roster codes of the shift types (N, Đ), which have no default.
    const types = resolveRules(input).shifts.types;
    expect([types['day']?.code, types['night']?.code]).toEqual(['N', 'Đ']);
    const withoutCodes = Object.fromEntries(Object.entries(types).map(([id, { code: _code, ...type }]) => [id, type]));
    expect({ ...resolveRules(input), shifts: { ...resolveRules(input).shifts, types: withoutCodes } }).toEqual(resolveRules({}));
    // And it spells every top-level key out, so the clerk sees each one with its comment.
    expect(Object.keys(parsed as object)).toEqual(['population', 'criteria', 'kinds', 'phases', 'innovation', 'commendation', 'shifts', 'holidays']);
  });

  it('.gitignore keeps reports out of the repository, and the program stays in it', () => {
    const lines = byPath.get('.gitignore')!.content.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toContain('/reports/');
    expect(lines.some((l) => l.includes('.thidua'))).toBe(false);
  });
});

describe('the data package.json', () => {
  it('depends on nothing and runs the committed program, so that npm install is never needed', () => {
    const pkg = JSON.parse(dataPackageJson()) as { private: boolean; dependencies?: unknown; devDependencies?: unknown; scripts: Record<string, string> };
    expect(pkg.private).toBe(true);
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.scripts).toEqual({
      check: 'node .thidua/thidua.mjs check',
      report: 'node .thidua/thidua.mjs report',
      member: 'node .thidua/thidua.mjs member',
      thidua: 'node .thidua/thidua.mjs',
      hooks: 'git config core.hooksPath .githooks',
    });
  });
});

describe('what upgrade replaces, and what it only compares', () => {
  it('the tool files are the build (chunks and licences), the schema files, and the build\'s entry last', () => {
    expect(planTool(build).map((f) => f.path)).toEqual([
      '.thidua/LICENSES.txt', '.thidua/lib/a-AAAA.mjs', '.thidua/lib/chunk-BBBB.mjs',
      '.thidua/schema/unit.schema.json', '.thidua/schema/rules.schema.json', '.thidua/schema/members.schema.json',
      '.thidua/schema/activities.schema.json', '.thidua/schema/shifts.schema.json', '.thidua/schema/ratings.schema.json', TOOL_FILE,
    ]);
  });

  it('the set-up files are the templates other than the data and the README, and package.json', () => {
    expect(planSetup().map((f) => f.path).sort()).toEqual([
      '.gitattributes', '.githooks/pre-commit', '.github/workflows/thidua.yml', '.gitignore', '.gitlab-ci.yml',
      '.vscode/extensions.json', '.vscode/settings.json', 'package.json',
    ]);
  });

  it('a build names its version and source on its second line, and lists its other files in its header', () => {
    expect(readBuildHeader(entryCode)).toEqual({ version: '9.8.7', source: 'abc1234' });
    expect(readBuildHeader('console.log(1)\n')).toBeUndefined();
    expect(readBuildFiles(entryCode)).toEqual(['LICENSES.txt', 'lib/a-AAAA.mjs', 'lib/chunk-BBBB.mjs']);
    // A checkout that turned the line ends into CRLF still names the same files.
    expect(readBuildFiles(entryCode.replace(/\n/g, '\r\n'))).toEqual(['LICENSES.txt', 'lib/a-AAAA.mjs', 'lib/chunk-BBBB.mjs']);
    // A single-file build (before the split) has no list: its one other file is its licences.
    expect(readBuildFiles('#!/usr/bin/env node\n// thidua 0.1.0 (source abc) — the whole program in one file\n// Do not edit.\nimport x from "y";\n')).toEqual(['LICENSES.txt']);
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
