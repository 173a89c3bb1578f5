#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --only NAME] [-- --node PATH] [-- --from-results]`:
 * measures the targets of issue #15 and prints each with met / not met.
 *
 * Cases: seeded synthetic data folders generated under .bench/ (bench/generate.js): 10k
 * unit-year, 200k hospital, 1M stress; and the repository's sample unit (data/). On each
 * generated case it times, in one interleaved run (each round: the js-yaml floor, `ledger bal`
 * and `hledger bal` on the same records, then each thidua command with no cache, cold, warm
 * and incremental, so that a busy machine slows each alike; ratios are
 * taken within the run):
 *
 *   thidua report --year <last year> --format json --stdout   (stdout written to a file in .bench)
 *   thidua check --format json
 *
 * with no cache (`THIDUA_CACHE_DIR=off`) and in three record-cache states, each command with
 * its own cache folder:
 *   cold        the cache folder emptied before the run;
 *   warm        unchanged data, cache filled (by the cold run just before);
 *   incremental one record file changed since the last run, every other cached: a trailing
 *               comment line `# bench <n>` (a new n each run) is appended to one activities
 *               file of the last year, which changes its bytes but no value, position or figure.
 * The stdout of every run must be the same bytes as the first (with no cache), in every
 * state: if not, the bench says so and exits 1. The changed file is put back at the end and
 * the data folder checked byte-identical to before (by SHA-256 of every file).
 *
 * On the sample unit (data/) it times `thidua check` (text) with no cache, cold and warm
 * (caches in .bench/sample), and compares the outputs of `check`, `check --format json` and
 * `report --year 2024 --format json --stdout` with no cache, cold and warm.
 *
 * Node versions: thidua and the floor run under this node (`node bench/run.js`), or under
 * `--node PATH`; the header and results.json name its version. Both, on this machine
 * (Node 20 is the default; a Node 22 is installed with `npm install --prefix /tmp/n22 node@22`):
 *
 *   npm run bench -- --quick
 *   npm run bench -- --quick --node /tmp/n22/node_modules/.bin/node
 *
 * `--quick` runs the 10k case and the sample unit only (a few minutes); `--only NAME` one case
 * (unit-year, hospital, stress or sample); `--runs N` rounds per case; `--from-results` prints
 * the tables of the last run (.bench/results.json) again. Writes .bench/results.{md,json}.
 * Peak memory from `/usr/bin/time` (see measure.js). Not part of `npm test` or CI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCase } from './generate.js';
import { haveCommand, measure, memorySource } from './measure.js';
import { render, STATES } from './render.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'thidua.js');
const GENERATOR_VERSION = 3;
const SEED = 20240101;

const CASES = [
  { name: 'unit-year', label: '10k unit-year', spec: { records: 10_000, members: 120, years: 1 }, runs: 5, timeoutMs: 120_000 },
  { name: 'hospital', label: '200k hospital', spec: { records: 200_000, members: 2_000, years: 1 }, runs: 2, timeoutMs: 600_000 },
  // hledger needs about 8.5 GB for a million transactions (1.7 GB at 200k): not run there.
  { name: 'stress', label: '1M stress', spec: { records: 1_000_000, members: 2_000, years: 5 }, runs: 1, timeoutMs: 900_000, skip: ['hledger'] },
];
const SAMPLE = { name: 'sample', label: 'sample unit (data/)', runs: 5, timeoutMs: 120_000 };
const NAMES = [...CASES.map((c) => c.name), SAMPLE.name];
const USAGE = `usage: npm run bench [-- --quick] [-- --runs N] [-- --only ${NAMES.join('|')}] [-- --node PATH] [-- --from-results]`;

function parseArgs(argv) {
  const opts = { quick: false, runs: undefined, only: undefined, fromResults: false, node: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') opts.quick = true;
    else if (argv[i] === '--from-results') opts.fromResults = true;
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--only') opts.only = argv[++i];
    else if (argv[i] === '--node') opts.node = argv[++i];
    else fail(`bench: unknown option ${argv[i]}\n${USAGE}`);
  }
  if (opts.runs !== undefined && !(Number.isInteger(opts.runs) && opts.runs > 0)) fail(`bench: --runs takes a whole number above 0\n${USAGE}`);
  if (opts.only !== undefined && !NAMES.includes(opts.only)) fail(`bench: --only takes one of ${NAMES.join(', ')}\n${USAGE}`);
  if (opts.node === '') fail(`bench: --node takes the path of a node binary\n${USAGE}`);
  return opts;
}

const log = (s) => process.stderr.write(`${s}\n`);
function fail(message) {
  log(message);
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const loadNow = () => loadavg().map((x) => x.toFixed(2)).join(' ');

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

/** SHA-256 over every file of `dir` (relative path and bytes), in a fixed order. */
function hashFolder(dir) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${relative(dir, path)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * The record file the incremental runs change: an activities file of the last year (its
 * middle month). `change(tag)` appends the comment line `# bench <tag>`, replacing any such
 * line already there; `restore()` puts back the original bytes. A `# bench` line left by an
 * interrupted bench is removed first (the generator never writes one).
 */
function changingFile(data, year) {
  const folder = join(data, 'activities', year);
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  const path = join(folder, files[Math.floor((files.length - 1) / 2)]);
  const strip = (text) => text.replace(/(?:# bench [^\n]*\n)+$/, '');
  const original = strip(readFileSync(path, 'utf8'));
  if (!original.endsWith('\n')) throw new Error(`bench: ${path} does not end with a newline`);
  writeFileSync(path, original);
  return {
    path,
    change: (tag) => writeFileSync(path, `${original}# bench ${tag}\n`),
    restore: () => writeFileSync(path, original),
  };
}

/** Median wall and CPU, largest RSS of a series of runs; the failure if one failed. */
function summary(ms) {
  const bad = ms.find((m) => !m.ok);
  if (bad) return { failed: String(bad.code), rssMB: bad.rssMB, runs: ms.length };
  return { wall: median(ms.map((m) => m.wall)), cpu: median(ms.map((m) => m.cpu ?? NaN)), rssMB: Math.max(...ms.map((m) => m.rssMB ?? NaN)), runs: ms.length };
}

function show(label, m) {
  if (!m.ok) log(`  ${label}: failed (${m.code}) ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  else log(`  ${label}: ${m.wall.toFixed(3)} s wall, ${Number.isFinite(m.cpu) ? m.cpu.toFixed(2) : '?'} s cpu, ${Number.isFinite(m.rssMB) ? m.rssMB.toFixed(0) : '?'} MB`);
}

/**
 * Keeps the outputs of one thidua command honest: every run's stdout (a file) is hashed and
 * compared with the first run's (the no-cache run, when it succeeded). A differing output
 * is kept beside the reference for `cmp`, and reported at once.
 */
function outputs(outDir, cmd, failures, label) {
  let reference;
  const states = new Set();
  let runs = 0;
  const differs = [];
  return {
    file: (state) => join(outDir, `${cmd}-${state}.out`),
    record(state, m, round) {
      if (!m.ok) return;
      const file = join(outDir, `${cmd}-${state}.out`);
      const bytes = readFileSync(file);
      const hash = sha256(bytes);
      runs++;
      states.add(state);
      if (reference === undefined) {
        reference = { state, hash, bytes: bytes.length, file: join(outDir, `${cmd}-reference.out`) };
        copyFileSync(file, reference.file);
      } else if (hash !== reference.hash) {
        const run = round === undefined ? '' : ` #${round + 1}`;
        const kept = join(outDir, `${cmd}-${state}${run.replace(' #', '-')}.differs`);
        copyFileSync(file, kept);
        const detail = `${state}${run} ≠ ${reference.state}: cmp ${relative(ROOT, reference.file)} ${relative(ROOT, kept)}`;
        differs.push(detail);
        failures.push(`${label} \`${cmd}\` output differs: ${detail}`);
        log(`  !! OUTPUT DIFFERS: ${label} ${cmd} ${detail}`);
      }
    },
    result: () => (reference === undefined ? { same: false, detail: 'no successful run', states: [], runs: 0, bytes: 0 } : { same: differs.length === 0, detail: differs.join('; '), states: STATES.filter((s) => states.has(s)), runs, bytes: reference.bytes, sha256: reference.hash }),
  };
}

function benchCase(c, runs, ctx) {
  log(`\n## ${c.label}`);
  const dir = ensureCase(c);
  const data = join(dir, 'data');
  const year = String(c.spec.lastYear ?? 2024);
  const outDir = join(dir, 'out');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = changingFile(data, year);
  const before = hashFolder(data);
  const t = { cwd: ROOT, timeoutMs: c.timeoutMs, tmpDir: BENCH };
  const skip = new Set(c.skip ?? []);
  const commands = {
    report: ['report', '--year', year, '--format', 'json', '--stdout'],
    check: ['check', '--format', 'json'],
  };
  const refs = {
    floor: ['node', join(ROOT, 'bench', 'floor.js'), data],
    ...(ctx.tools.ledger && !skip.has('ledger') ? { ledger: ['ledger', '-f', join(dir, 'ledger.journal'), 'bal'] } : {}),
    ...(ctx.tools.hledger && !skip.has('hledger') ? { hledger: ['hledger', '-f', join(dir, 'ledger.journal'), 'bal'] } : {}),
  };
  const runsOf = {};
  const add = (key, m) => (runsOf[key] ??= []).push(m);
  const checks = Object.fromEntries(Object.keys(commands).map((cmd) => [cmd, outputs(outDir, cmd, ctx.failures, c.label)]));
  const cache = (cmd) => join(dir, `cache-${cmd}`);
  const thidua = (cmd, state, round) => {
    const env = { THIDUA_CACHE_DIR: state === 'off' ? 'off' : cache(cmd), NO_COLOR: '1' };
    const m = measure(['node', BIN, ...commands[cmd], '--data', data], { ...t, env, node: ctx.node.path, stdoutFile: checks[cmd].file(state) });
    show(`${cmd} ${state}${round === undefined ? '' : ` #${round + 1}`}`, m);
    add(`${cmd} ${state}`, m);
    checks[cmd].record(state, m, round);
  };

  try {
    for (let round = 0; round < runs; round++) {
      for (const [key, argv] of Object.entries(refs)) {
        const m = measure(argv, { ...t, node: ctx.node.path });
        show(`${key} #${round + 1}`, m);
        add(key, m);
      }
      for (const cmd of Object.keys(commands)) {
        file.restore();
        thidua(cmd, 'off', round);
        rmSync(cache(cmd), { recursive: true, force: true });
        thidua(cmd, 'cold', round);
        thidua(cmd, 'warm', round);
        file.change(`${ctx.nonce}-${round}-${cmd}`);
        thidua(cmd, 'incremental', round);
      }
    }
  } finally {
    file.restore();
  }
  if (hashFolder(data) !== before) {
    ctx.failures.push(`${c.label}: the data folder did not end byte-identical to before (${relative(ROOT, file.path)})`);
    log(`  !! ${c.label}: the data folder is not byte-identical to before the bench`);
  }
  const row = { case: c.name, label: c.label, records: c.spec.records, refs: {}, thidua: {}, commands: {}, identical: {} };
  for (const key of Object.keys(refs)) row.refs[key] = summary(runsOf[key]);
  for (const key of skip) row.refs[key] = { skipped: 'skipped' };
  for (const key of ['ledger', 'hledger']) if (!ctx.tools[key]) row.refs[key] = { skipped: 'not installed' };
  for (const cmd of Object.keys(commands)) {
    row.thidua[cmd] = Object.fromEntries(STATES.map((st) => [st, summary(runsOf[`${cmd} ${st}`])]));
    row.commands[cmd] = commands[cmd].join(' ');
    row.identical[cmd] = checks[cmd].result();
  }
  return row;
}

/**
 * The sample unit (the repository's data/, never changed): `check` (text, the target) with no
 * cache, cold (fills its cache), then warm `runs` times; and, once in each state, so that its
 * outputs are compared too (the 10k unit has no check problem to print), `check --format json`
 * and `report --year 2024 --format json --stdout`.
 */
function benchSample(runs, ctx) {
  log(`\n## ${SAMPLE.label}`);
  const dir = join(BENCH, SAMPLE.name);
  const outDir = join(dir, 'out');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const commands = { check: ['check'], 'check-json': ['check', '--format', 'json'], report: ['report', '--year', '2024', '--format', 'json', '--stdout'] };
  const row = { case: SAMPLE.name, label: SAMPLE.label, records: undefined, refs: {}, thidua: {}, commands: {}, identical: {} };
  for (const [cmd, argv] of Object.entries(commands)) {
    const cache = join(dir, `cache-${cmd}`);
    const check = outputs(outDir, cmd, ctx.failures, SAMPLE.label);
    const runsOf = { off: [], cold: [], warm: [] };
    const run = (state, round) => {
      const env = { THIDUA_CACHE_DIR: state === 'off' ? 'off' : cache, NO_COLOR: '1' };
      const m = measure(['node', BIN, ...argv, '--data', join(ROOT, 'data')], { cwd: ROOT, env, timeoutMs: SAMPLE.timeoutMs, tmpDir: BENCH, node: ctx.node.path, stdoutFile: check.file(state) });
      show(`${cmd} ${state}${round === undefined ? '' : ` #${round + 1}`}`, m);
      runsOf[state].push(m);
      check.record(state, m, round);
    };
    run('off');
    rmSync(cache, { recursive: true, force: true });
    run('cold');
    for (let round = 0; round < (cmd === 'check' ? runs : 1); round++) run('warm', round);
    row.thidua[cmd] = Object.fromEntries(Object.entries(runsOf).map(([st, ms]) => [st, summary(ms)]));
    row.commands[cmd] = argv.join(' ');
    row.identical[cmd] = check.result();
  }
  return row;
}

/** The node binary that runs thidua: its absolute path and version. */
function nodeOf(path) {
  const program = path === undefined ? process.execPath : resolve(path);
  const r = spawnSync(program, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) fail(`bench: cannot run ${program} --version${r.error ? ` (${r.error.message})` : ''}`);
  return { path: program, version: r.stdout.trim() };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.fromResults) {
    // Re-renders the last run's tables from .bench/results.json without running anything.
    const results = JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8'));
    if (results.node === undefined) fail('bench: .bench/results.json was written by an older bench; run the bench again');
    process.stdout.write(render(results));
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) fail('bench: dist/ is missing; run `npm run build` first');
  mkdirSync(BENCH, { recursive: true });
  const node = nodeOf(opts.node);
  const tools = { ledger: haveCommand('ledger'), hledger: haveCommand('hledger') };
  const ctx = { node, tools, failures: [], nonce: Date.now().toString(36) };
  const cases = CASES.filter((c) => (opts.only ? c.name === opts.only : !opts.quick || c.name === 'unit-year'));
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const load = { start: loadNow() };
  log(`bench: ${machine}; thidua under node ${node.version} (${node.path}); load average ${load.start}`);
  log(`memory from ${memorySource}; ledger ${tools.ledger ? 'found' : 'absent'}, hledger ${tools.hledger ? 'found' : 'absent'}`);
  const t0 = Date.now();
  const rows = cases.map((c) => benchCase(c, opts.runs ?? c.runs, ctx));
  if (!opts.only || opts.only === SAMPLE.name) rows.push(benchSample(opts.runs ?? SAMPLE.runs, ctx));
  load.end = loadNow();
  const seconds = Math.round((Date.now() - t0) / 1000);
  const results = { machine, node, load, memorySource, quick: opts.quick, rows, failures: ctx.failures, seconds };
  const md = render(results);
  writeFileSync(join(BENCH, 'results.md'), md);
  writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(md);
  if (ctx.failures.length > 0) {
    log(`\nbench: FAILED: ${ctx.failures.length} problem(s):\n${ctx.failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
}

main();
