/**
 * The bench's printed results (bench/run.js): the table of every measurement and the
 * targets of issue #15, each with its measured value, the ratio to its limit and met / not
 * met (with the gap as a factor). Pure: it formats the rows that run.js measured (or read
 * back from .bench/results.json with --from-results).
 */

/** Peak RSS limit at 1M records: 1.5 GB. */
const RSS_LIMIT_MB = 1536;
/** CPU per record at 1M may be at most this many times that at 200k. */
const LINEAR_LIMIT = 1.2;
/** The sample unit's `check`, warm, in wall seconds. */
const SAMPLE_LIMIT_S = 0.3;

export const STATES = ['off', 'cold', 'warm', 'incremental'];

const ok = (m) => m !== undefined && !m.failed;
const s3 = (x) => x.toFixed(3);
/** CPU seconds, or '?' when they are unknown (no /usr/bin/time). */
const c2 = (m) => (Number.isFinite(m.cpu) ? m.cpu.toFixed(2) : '?');
/** Wall seconds with the CPU seconds (user + system) in brackets, or why there is none. */
function sc(m) {
  if (m === undefined) return '';
  if (m.skipped) return m.skipped;
  if (m.failed) return `failed (${m.failed})`;
  return Number.isFinite(m.cpu) ? `${s3(m.wall)} (${m.cpu.toFixed(2)})` : s3(m.wall);
}
const mb = (m) => (m === undefined || m.skipped || !Number.isFinite(m.rssMB) ? '–' : m.rssMB.toFixed(0));

function table(rows) {
  const lines = [
    '| case | what | no cache s (cpu) | cold s (cpu) | warm s (cpu) | incremental s (cpu) | peak MB (no cache / cold / warm / incr.) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    for (const [key, what] of [['floor', 'floor: js-yaml parse only'], ['ledger', 'ledger bal'], ['hledger', 'hledger bal']]) {
      if (r.refs?.[key] !== undefined) lines.push(`| ${r.label} | ${what} | ${sc(r.refs[key])} | | | | ${mb(r.refs[key])} |`);
    }
    for (const [cmd, runs] of Object.entries(r.thidua)) {
      const peaks = STATES.map((st) => (runs[st] === undefined ? '' : mb(runs[st]))).filter((x) => x !== '').join(' / ');
      lines.push(`| ${r.label} | thidua ${r.commands[cmd]} | ${STATES.map((st) => sc(runs[st])).join(' | ')} | ${peaks} |`);
    }
  }
  return lines.join('\n');
}

/** One line per case: were the outputs the same bytes in every cache state? */
function identity(rows) {
  return rows
    .map((r) => {
      const parts = Object.entries(r.identical).map(([cmd, v]) => `\`${r.commands[cmd]}\` ${v.same ? `same bytes in ${v.states.join(', ')} (${v.runs} runs, ${v.bytes.toLocaleString('en-US')} bytes)` : `**DIFFERS**: ${v.detail}`}`);
      return `- ${r.label}: ${parts.join('; ')}`;
    })
    .join('\n');
}

/** `x` against `limit`: met, or not met with the gap (how many times the limit). */
function verdict(x, limit, strict) {
  if (x === undefined || !Number.isFinite(x)) return 'not measured';
  const met = strict ? x < limit : x <= limit;
  return met ? 'met' : `not met (gap ${(x / limit).toFixed(2)}×)`;
}

function targets(rows, quick) {
  const by = Object.fromEntries(rows.map((r) => [r.case, r]));
  const lines = ['| target (issue #15) | measured | ratio | met? |', '| --- | --- | --- | --- |'];
  const absent = quick ? 'not measured (--quick)' : 'not measured';
  const add = (target, measured, ratio, met) => lines.push(`| ${target} | ${measured} | ${ratio} | ${met} |`);
  // Ratios of wall times taken within one interleaved run of the case.
  const versus = (target, a, b, name, limit, strict) => {
    if (!ok(a) || !ok(b)) return add(target, a === undefined || b === undefined ? 'not measured' : `${sc(a)} vs ${name} ${sc(b)}`, '–', a?.failed ? 'not met (thidua failed)' : 'not measured');
    const x = a.wall / b.wall;
    add(target, `${s3(a.wall)} s vs ${s3(b.wall)} s (cpu ${c2(a)} vs ${c2(b)})`, `${x.toFixed(2)}× ${name}`, verdict(x, limit, strict));
  };

  const small = by['unit-year'];
  versus('10k report, incremental ≤ 1.0 × `ledger bal`', small?.thidua.report.incremental, small?.refs.ledger, 'ledger', 1, false);
  // The issue's cold is "every file changed, or no cache": both are held to it.
  versus('10k report, cold (cache emptied) < 1.0 × `hledger bal`', small?.thidua.report.cold, small?.refs.hledger, 'hledger', 1, true);
  versus('10k report, cold (no cache) < 1.0 × `hledger bal`', small?.thidua.report.off, small?.refs.hledger, 'hledger', 1, true);

  const big = by['stress'];
  const mid = by['hospital'];
  for (const cmd of ['check', 'report']) {
    for (const st of ['cold', 'warm']) {
      const m = big?.thidua[cmd][st];
      const target = `1M records, \`${cmd}\` ${st}: peak RSS < 1.5 GB (${RSS_LIMIT_MB} MB)`;
      if (!ok(m) || !Number.isFinite(m.rssMB)) add(target, m === undefined ? absent : sc(m), '–', m?.failed ? `not met (${m.failed})` : 'not measured');
      else add(target, `${m.rssMB.toFixed(0)} MB`, `${(m.rssMB / RSS_LIMIT_MB).toFixed(2)}× limit`, verdict(m.rssMB, RSS_LIMIT_MB, true));
    }
  }
  for (const cmd of ['check', 'report']) {
    for (const st of ['cold', 'warm']) {
      const a = big?.thidua[cmd][st];
      const b = mid?.thidua[cmd][st];
      const target = `CPU per record, \`${cmd}\` ${st}: 1M within ${LINEAR_LIMIT}× of 200k`;
      if (!ok(a) || !ok(b) || !Number.isFinite(a.cpu) || !Number.isFinite(b.cpu)) {
        add(target, a === undefined || b === undefined ? absent : `${sc(a)} vs ${sc(b)}`, '–', 'not measured');
        continue;
      }
      const per = (m, r) => (m.cpu / r.records) * 1e6;
      const x = per(a, big) / per(b, mid);
      add(target, `${per(a, big).toFixed(1)} µs vs ${per(b, mid).toFixed(1)} µs cpu per record (${c2(a)} s vs ${c2(b)} s)`, `${x.toFixed(2)}×`, verdict(x, LINEAR_LIMIT, false));
    }
  }

  const sample = by['sample'];
  const sw = sample?.thidua.check.warm;
  if (!ok(sw)) add(`sample unit \`check\` warm < ${SAMPLE_LIMIT_S} s wall`, sw === undefined ? 'not measured' : sc(sw), '–', 'not measured');
  else add(`sample unit \`check\` warm < ${SAMPLE_LIMIT_S} s wall`, `${s3(sw.wall)} s (cpu ${c2(sw)})`, `${(sw.wall / SAMPLE_LIMIT_S).toFixed(2)}× limit`, verdict(sw.wall, SAMPLE_LIMIT_S, true));

  // Informational rows: not targets of the issue, but where the time goes.
  const info = (what, a, b, name) => {
    if (ok(a) && ok(b)) add(`(info) ${what}`, `${s3(a.wall)} s vs ${s3(b.wall)} s (cpu ${c2(a)} vs ${c2(b)})`, `${(a.wall / b.wall).toFixed(2)}× ${name}`, '');
  };
  info('10k report, warm vs `ledger bal`', small?.thidua.report.warm, small?.refs.ledger, 'ledger');
  info('10k check, cold vs the js-yaml floor', small?.thidua.check.cold, small?.refs.floor, 'floor');
  info('10k check, incremental vs `ledger bal`', small?.thidua.check.incremental, small?.refs.ledger, 'ledger');
  return lines.join('\n');
}

export function render(results) {
  const { machine, node, load, rows, seconds, quick, failures = [] } = results;
  return [
    '# thidua bench',
    '',
    `Machine: ${machine}. thidua (and the floor) run under **node ${node.version}** (${node.path}). Load average at start ${load.start}${load.end ? `, at end ${load.end}` : ''}. Memory: ${results.memorySource}.`,
    '',
    'Times: wall seconds (CPU seconds, user + system, in brackets); on the generated cases, the median of the interleaved rounds (each round: floor, ledger, hledger, then each thidua command with no cache, cold, warm, incremental); no cache = `THIDUA_CACHE_DIR=off`. Cold = cache emptied; warm = unchanged data, cache filled; incremental = one activities file changed (a trailing `# bench` comment) since the last run. The stress report covers its last year (2024, a fifth of the records). Sample unit: `check` warm is the median of the warm runs, every other figure one run.',
    '',
    table(rows),
    '',
    '**Outputs** (stdout of each thidua command, compared byte for byte across cache states):',
    '',
    identity(rows),
    '',
    '## Targets',
    '',
    targets(rows, quick),
    '',
    'Ratios against ledger and hledger are of wall times within one interleaved run. Peak RSS is the maximum resident set of the process (no heap flag). CPU per record = CPU seconds / records of the data folder (the stress report reads and checks all five years, and computes its last).',
    '',
    ...(failures.length > 0 ? ['**FAILED**:', '', ...failures.map((f) => `- ${f}`), ''] : []),
    seconds === undefined ? '' : `Total bench time ${seconds} s.`,
    '',
  ].join('\n');
}
