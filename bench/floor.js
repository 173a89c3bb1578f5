#!/usr/bin/env node
/**
 * The floor: read and parse every YAML file of a data folder with js-yaml (the fastest
 * YAML parser on npm) and nothing else. Prints the number of records parsed.
 * Usage: node bench/floor.js DATA_DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

let records = 0;
for (const file of walk(process.argv[2] ?? 'data', [])) {
  const value = load(readFileSync(file, 'utf8'));
  if (Array.isArray(value)) records += value.length;
}
process.stdout.write(`${records}\n`);
