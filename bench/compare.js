#!/usr/bin/env node
/**
 * Before/after timings of builds of thidua, interleaved so that a busy machine slows every
 * variant alike. Each variant is `label=ROOT` (a checkout with dist/ built) with an
 * optional `@off` (no cache), `@cold` (cache emptied before each run), `@warm` (cache
 * filled first) or `@incr` (cache filled first, then before each run one activities file of
 * the year gets a trailing comment never seen before, removed at the end). Prints a Markdown
 * table of the median wall and CPU seconds and peak MB. `--node PATH`: the Node that runs
 * every variant; `--json`: the report as `--format json --stdout` (what the bench times).
 *
 *   node bench/compare.js --data DIR [--runs 5] [--year 2024] [--node PATH] [--json] base=/tmp/base@off after=.@warm
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure } from './measure.js';

const args = process.argv.slice(2);
let data = 'data';
let runs = 5;
let year = '2024';
let node = 'node';
let json = false;
const variants = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--data') data = resolve(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--year') year = args[++i];
  else if (args[i] === '--node') node = args[++i];
  else if (args[i] === '--json') json = true;
  else {
    const [label, rest] = args[i].split('=');
    const [root, mode = 'off'] = rest.split('@');
    variants.push({ label, root: resolve(root), mode });
  }
}
const tmp = resolve('.bench', 'compare');
mkdirSync(tmp, { recursive: true });
const commands = {
  check: ['check', '--data', data],
  report: ['report', '--year', year, '--data', data, ...(json ? ['--format', 'json', '--stdout'] : ['--out', join(tmp, 'out'), '--format', 'md,csv,json'])],
};
const activities = join(data, 'activities', year);
const changed = join(activities, readdirSync(activities).filter((f) => f.endsWith('.yaml')).sort()[0]);
const original = readFileSync(changed, 'utf8');
let tag = 0;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = {};
for (const [name, argv] of Object.entries(commands)) {
  for (const v of variants) {
    const cache = join(tmp, `cache-${v.label}`);
    rmSync(cache, { recursive: true, force: true });
    if (v.mode === 'warm' || v.mode === 'incr') measure([node, join(v.root, 'bin', 'thidua.js'), ...argv], { cwd: v.root, env: { THIDUA_CACHE_DIR: cache }, tmpDir: tmp });
  }
  for (let r = 0; r < runs; r++) {
    for (const v of variants) {
      const cache = join(tmp, `cache-${v.label}`);
      if (v.mode === 'cold') rmSync(cache, { recursive: true, force: true });
      if (v.mode === 'incr') writeFileSync(changed, `${original}# compare ${process.pid} ${tag++}\n`);
      const env = { THIDUA_CACHE_DIR: v.mode === 'off' ? 'off' : cache, NO_COLOR: '1' };
      const m = measure([node, join(v.root, 'bin', 'thidua.js'), ...argv], { cwd: v.root, env, tmpDir: tmp });
      const key = `${name} ${v.label}`;
      (results[key] ??= []).push(m);
      if (!m.ok && !(m.code === 1 && name === 'check')) process.stderr.write(`${key}: exit ${m.code}\n${m.stderr.slice(-300)}\n`);
    }
  }
}
writeFileSync(changed, original);
const lines = ['| command | variant | wall s (median) | cpu s (median) | peak MB |', '| --- | --- | ---: | ---: | ---: |'];
for (const [key, ms] of Object.entries(results)) {
  const [name, label] = key.split(' ');
  lines.push(`| ${name} | ${label} | ${median(ms.map((m) => m.wall)).toFixed(3)} | ${median(ms.map((m) => m.cpu ?? NaN)).toFixed(3)} | ${Math.max(...ms.map((m) => m.rssMB ?? NaN)).toFixed(0)} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
