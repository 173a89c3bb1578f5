#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --only NAME]`: generates seeded synthetic
 * data folders under .bench/, times `thidua check` and `thidua report --year` cold (empty
 * parse cache) and warm (unchanged data, cache filled), and the references on the same
 * records: the js-yaml floor, `ledger bal` and `hledger bal` (skipped when not installed).
 * Prints a Markdown table and the targets met or the gap; writes .bench/results.{md,json}.
 * Not part of `npm test` or CI.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCase } from './generate.js';
import { haveCommand, measure, memorySource } from './measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.bench');
const GENERATOR_VERSION = 3;
const SEED = 20240101;

const CASES = [
  { name: 'unit-year', label: '10k unit-year', spec: { records: 10_000, members: 120, years: 1 }, runs: 5, timeoutMs: 120_000 },
  { name: 'hospital', label: '200k hospital', spec: { records: 200_000, members: 2_000, years: 1 }, runs: 2, timeoutMs: 600_000 },
  // hledger needs about 8.5 GB for a million transactions (1.7 GB at 200k): not run there.
  { name: 'stress', label: '1M stress', spec: { records: 1_000_000, members: 2_000, years: 5 }, runs: 1, timeoutMs: 900_000, skip: ['hledger'] },
];

function parseArgs(argv) {
  const opts = { quick: false, runs: undefined, only: undefined, fromResults: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') opts.quick = true;
    else if (argv[i] === '--from-results') opts.fromResults = true;
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--only') opts.only = argv[++i];
    else {
      process.stderr.write(`bench: unknown option ${argv[i]}\nusage: npm run bench [-- --quick] [-- --runs N] [-- --only unit-year|hospital|stress] [-- --from-results]\n`);
      process.exit(2);
    }
  }
  return opts;
}

function ensureCase(c) {
  const dir = join(BENCH, c.name);
  const stamp = JSON.stringify({ GENERATOR_VERSION, SEED, spec: c.spec });
  const stampFile = join(dir, 'stamp.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  const t0 = Date.now();
  const plan = generateCase(dir, c.spec, SEED);
  writeFileSync(stampFile, stamp);
  log(`  generated ${c.name}: ${plan.members} members, ${plan.activities} activities, ${plan.shifts} shifts in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return dir;
}

const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs `argv` `runs` times; returns the median wall/cpu and the largest RSS, or the failure. */
function timed(label, argv, { cwd, env, runs, before, timeoutMs = 300_000 }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    if (before) before();
    const r = measure(argv, { cwd, env, tmpDir: BENCH, timeoutMs });
    if (!r.ok && !(r.code === 1 && argv.includes('check'))) {
      log(`  ${label}: failed (${r.code}) ${r.stderr.split('\n').slice(-3).join(' | ')}`);
      return { failed: String(r.code), rssMB: r.rssMB };
    }
    results.push(r);
  }
  const out = { wall: median(results.map((r) => r.wall)), cpu: median(results.map((r) => r.cpu ?? NaN)), rssMB: Math.max(...results.map((r) => r.rssMB ?? NaN)) };
  log(`  ${label}: ${out.wall.toFixed(3)} s wall, ${Number.isFinite(out.cpu) ? out.cpu.toFixed(2) : '?'} s cpu, ${Number.isFinite(out.rssMB) ? out.rssMB.toFixed(0) : '?'} MB`);
  return out;
}

function benchCase(c, runs, tools) {
  log(`\n## ${c.label}`);
  const dir = ensureCase(c);
  const data = join(dir, 'data');
  const cacheDir = join(dir, 'cache');
  const env = { THIDUA_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  const clear = () => rmSync(cacheDir, { recursive: true, force: true });
  const bin = join(ROOT, 'bin', 'thidua.js');
  const year = String(c.spec.lastYear ?? 2024);
  const out = join(dir, 'out');
  const row = { case: c.name, label: c.label, records: c.spec.records };
  const t = { cwd: ROOT, timeoutMs: c.timeoutMs };
  const skip = new Set(c.skip ?? []);
  row.floor = timed('floor (js-yaml)', ['node', join(ROOT, 'bench', 'floor.js'), data], { ...t, runs });
  if (tools.ledger && !skip.has('ledger')) row.ledger = timed('ledger bal', ['ledger', '-f', join(dir, 'ledger.journal'), 'bal'], { ...t, runs });
  if (tools.hledger && !skip.has('hledger')) row.hledger = timed('hledger bal', ['hledger', '-f', join(dir, 'ledger.journal'), 'bal'], { ...t, runs });
  const check = ['node', bin, 'check', '--data', data];
  const report = ['node', bin, 'report', '--year', year, '--data', data, '--out', out, '--format', 'md,csv,json'];
  row.checkCold = timed('check cold', check, { ...t, env, runs: 1, before: clear });
  row.checkWarm = timed('check warm', check, { ...t, env, runs });
  row.reportCold = timed('report cold', report, { ...t, env, runs: 1, before: clear });
  row.reportWarm = timed('report warm', report, { ...t, env, runs });
  return row;
}

const s = (m) => (m === undefined ? 'skipped' : m.failed ? `failed (${m.failed})` : m.wall.toFixed(3));
/** Wall seconds with the CPU seconds (user + system) in brackets. */
const sc = (m) => (m === undefined || m.failed || !Number.isFinite(m.cpu) ? s(m) : `${m.wall.toFixed(3)} (${m.cpu.toFixed(2)})`);
const rate = (m, n) => (m === undefined || m.failed ? '–' : Math.round(n / m.wall).toLocaleString('en-US'));
const mb = (m) => (m === undefined || !Number.isFinite(m.rssMB) ? '–' : m.rssMB.toFixed(0));

function table(rows) {
  const lines = ['| case | what | cold s (cpu) | warm s (cpu) | records/s (warm) | peak MB (cold / warm) |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows) {
    const n = r.records;
    lines.push(`| ${r.label} | floor: js-yaml parse only | ${sc(r.floor)} | | ${rate(r.floor, n)} | ${mb(r.floor)} |`);
    lines.push(`| ${r.label} | ledger bal | ${sc(r.ledger)} | | ${rate(r.ledger, n)} | ${mb(r.ledger)} |`);
    lines.push(`| ${r.label} | hledger bal | ${sc(r.hledger)} | | ${rate(r.hledger, n)} | ${mb(r.hledger)} |`);
    lines.push(`| ${r.label} | thidua check | ${sc(r.checkCold)} | ${sc(r.checkWarm)} | ${rate(r.checkWarm, n)} | ${mb(r.checkCold)} / ${mb(r.checkWarm)} |`);
    lines.push(`| ${r.label} | thidua report --year | ${sc(r.reportCold)} | ${sc(r.reportWarm)} | ${rate(r.reportWarm, n)} | ${mb(r.reportCold)} / ${mb(r.reportWarm)} |`);
  }
  return lines.join('\n');
}

function ratio(a, b) {
  return a && b && !a.failed && !b.failed ? a.wall / b.wall : undefined;
}

function targets(rows) {
  const by = Object.fromEntries(rows.map((r) => [r.case, r]));
  const lines = ['| target | measured | met? |', '| --- | --- | --- |'];
  const verdict = (x, limit, strict = false) => (x === undefined ? 'not measured' : (strict ? x < limit : x <= limit) ? 'met' : `gap: ${(x / limit).toFixed(2)}× the limit`);
  const small = by['unit-year'];
  if (small) {
    const w = ratio(small.reportWarm, small.ledger);
    lines.push(`| 10k report warm ≤ ledger bal | ${w === undefined ? (small.ledger ? '–' : 'ledger not installed') : `${w.toFixed(2)}× ledger (${s(small.reportWarm)} s vs ${s(small.ledger)} s)`} | ${small.ledger ? verdict(w, 1) : 'skipped'} |`);
    const c = ratio(small.reportCold, small.hledger);
    lines.push(`| 10k report cold < hledger bal | ${c === undefined ? (small.hledger ? '–' : 'hledger not installed') : `${c.toFixed(2)}× hledger (${s(small.reportCold)} s vs ${s(small.hledger)} s)`} | ${small.hledger ? verdict(c, 1, true) : 'skipped'} |`);
    const f = ratio(small.checkCold, small.floor);
    lines.push(`| (info) 10k check cold vs js-yaml floor | ${f === undefined ? '–' : `${f.toFixed(2)}× floor`} | |`);
  }
  const big = by['stress'];
  const mid = by['hospital'];
  if (big) {
    const peak = Math.max(...['checkCold', 'checkWarm', 'reportCold', 'reportWarm'].map((k) => big[k]?.rssMB ?? NaN));
    lines.push(`| 1M records < 2 GB memory | ${Number.isFinite(peak) ? `${peak.toFixed(0)} MB peak` : '–'} | ${Number.isFinite(peak) ? verdict(peak, 2048, true) : 'not measured'} |`);
  }
  if (big && mid) {
    for (const k of ['checkCold', 'reportCold', 'checkWarm']) {
      const r = ratio(big[k], mid[k]);
      const perRecord = r === undefined ? undefined : r / (big.records / mid.records);
      lines.push(`| time linear (${k}: 1M vs 200k per record ≤ 1.3) | ${perRecord === undefined ? '–' : `${perRecord.toFixed(2)}× per record (${s(big[k])} s vs ${s(mid[k])} s)`} | ${verdict(perRecord, 1.3)} |`);
    }
  }
  return lines.join('\n');
}

function render(machine, rows, seconds) {
  return [`# thidua bench`, '', `Machine: ${machine}. Memory: ${memorySource}. Times: wall clock seconds (CPU seconds, user + system, in brackets); warm = median of the warm runs. The stress report covers its last year (2024, a fifth of the records).`, '', table(rows), '', '## Targets', '', targets(rows), '', seconds === undefined ? '' : `Total bench time ${seconds} s.`, ''].join('\n');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.fromResults) {
    // Re-renders the last run's tables from .bench/results.json without running anything.
    const { machine, rows, seconds } = JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8'));
    process.stdout.write(render(machine, rows, seconds));
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    log('bench: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  mkdirSync(BENCH, { recursive: true });
  const tools = { ledger: haveCommand('ledger'), hledger: haveCommand('hledger') };
  const cases = CASES.filter((c) => (opts.only ? c.name === opts.only : !opts.quick || c.name === 'unit-year'));
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
  log(`bench: ${machine}\nmemory from ${memorySource}; ledger ${tools.ledger ? 'found' : 'absent'}, hledger ${tools.hledger ? 'found' : 'absent'}`);
  const t0 = Date.now();
  const rows = cases.map((c) => benchCase(c, opts.runs ?? c.runs, tools));
  const seconds = Math.round((Date.now() - t0) / 1000);
  const md = render(machine, rows, seconds);
  writeFileSync(join(BENCH, 'results.md'), md);
  writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify({ machine, rows, seconds }, null, 2)}\n`);
  process.stdout.write(md);
}

main();
