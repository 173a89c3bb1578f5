#!/usr/bin/env node
/**
 * Before/after timings of builds of thidua, interleaved so that a busy machine slows every
 * variant alike. Each variant is `label=ROOT` (a checkout with dist/ built) with an
 * optional `@off` (no cache), `@cold` (cache emptied before each run) or `@warm` (cache
 * filled first). Prints a Markdown table of the median wall and CPU seconds and peak MB.
 *
 *   node bench/compare.js --data DIR [--runs 5] [--year 2024] base=/tmp/base@off after=.@warm
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure.js';

const args = process.argv.slice(2);
let data = 'data';
let runs = 5;
let year = '2024';
const variants = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--data') data = resolve(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--year') year = args[++i];
  else {
    const [label, rest] = args[i].split('=');
    const [root, mode = 'off'] = rest.split('@');
    variants.push({ label, root: resolve(root), mode });
  }
}
const tmp = resolve('.bench', 'compare');
mkdirSync(tmp, { recursive: true });
const commands = { check: ['check', '--data', data], report: ['report', '--year', year, '--data', data, '--out', join(tmp, 'out'), '--format', 'md,csv,json'] };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = {};
for (const [name, argv] of Object.entries(commands)) {
  for (const v of variants) {
    const cache = join(tmp, `cache-${v.label}`);
    rmSync(cache, { recursive: true, force: true });
    if (v.mode === 'warm') measure(['node', join(v.root, 'bin', 'thidua.js'), ...argv], { cwd: v.root, env: { THIDUA_CACHE_DIR: cache }, tmpDir: tmp });
  }
  for (let r = 0; r < runs; r++) {
    for (const v of variants) {
      const cache = join(tmp, `cache-${v.label}`);
      if (v.mode === 'cold') rmSync(cache, { recursive: true, force: true });
      const env = { THIDUA_CACHE_DIR: v.mode === 'off' ? 'off' : cache, NO_COLOR: '1' };
      const m = measure(['node', join(v.root, 'bin', 'thidua.js'), ...argv], { cwd: v.root, env, tmpDir: tmp });
      const key = `${name} ${v.label}`;
      (results[key] ??= []).push(m);
      if (!m.ok && !(m.code === 1 && name === 'check')) process.stderr.write(`${key}: exit ${m.code}\n${m.stderr.slice(-300)}\n`);
    }
  }
}
const lines = ['| command | variant | wall s (median) | cpu s (median) | peak MB |', '| --- | --- | ---: | ---: | ---: |'];
for (const [key, ms] of Object.entries(results)) {
  const [name, label] = key.split(' ');
  lines.push(`| ${name} | ${label} | ${median(ms.map((m) => m.wall)).toFixed(3)} | ${median(ms.map((m) => m.cpu ?? NaN)).toFixed(3)} | ${Math.max(...ms.map((m) => m.rssMB ?? NaN)).toFixed(0)} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
