#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by package/file and the
 * hottest functions. Usage: node bench/profile-summary.js FILE.cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.js FILE.cpuprofile [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url) => {
  if (!url) return '(native/vm)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13).split('/').slice(0, url.slice(nm + 13).startsWith('@') ? 2 : 1).join('/');
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 1);
  return url.replace(/^file:\/\//, '');
};
const byWhere = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const w = where(n.callFrame.url);
  byWhere.set(w, (byWhere.get(w) ?? 0) + t);
  const fn = `${n.callFrame.functionName || '(anonymous)'} ${w}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const ms = (us) => (us / 1000).toFixed(1).padStart(8);
process.stdout.write(`total sampled: ${ms(total)} ms\n\n-- self time by module --\n`);
for (const [w, t] of [...byWhere].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(t)} ms  ${w}\n`);
process.stdout.write('\n-- hottest functions (self) --\n');
for (const [f, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(t)} ms  ${f}\n`);
