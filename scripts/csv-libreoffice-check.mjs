#!/usr/bin/env node
// Opens thidua's CSV files in LibreOffice (headless), converts them to a spreadsheet and
// back to CSV, and checks that every cell — Vietnamese text included — came back intact.
// Usage: node scripts/csv-libreoffice-check.mjs FILE.csv [...]   (needs `soffice` on PATH)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

export function hasLibreOffice() {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

function soffice(args, cwd) {
  const profile = join(cwd, 'profile');
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

/** Round-trips one CSV through LibreOffice Calc; returns the differing cells (empty = intact). */
export function roundTrip(file, delimiter = ',') {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
  try {
    const name = basename(file, '.csv');
    copyFileSync(file, join(dir, `${name}.csv`));
    const sep = delimiter.charCodeAt(0);
    // Import filter options: separator, text delimiter ", charset 76 = UTF-8, first line 1.
    soffice(['--infilter=CSV:' + `${sep},34,76,1`, '--convert-to', 'ods', `${name}.csv`], dir);
    rmSync(join(dir, `${name}.csv`));
    soffice(['--convert-to', `csv:Text - txt - csv (StarCalc):${sep},34,76,1,,0,false,true,false,false`, `${name}.ods`], dir);
    const original = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true });
    const back = parse(readFileSync(join(dir, `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true });
    const diffs = [];
    const rows = Math.max(original.length, back.length);
    for (let r = 0; r < rows; r++) {
      const a = original[r] ?? [];
      const b = back[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const x = a[c] ?? '';
        const y = b[c] ?? '';
        if (x !== y && !(Number(x) === Number(y) && x.trim() !== '' && !Number.isNaN(Number(x)))) diffs.push({ row: r + 1, column: c + 1, written: x, read: y });
      }
    }
    return { rows: original.length, diffs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  if (!hasLibreOffice()) {
    console.error('soffice not found: apt-get install libreoffice-calc-nogui');
    process.exit(2);
  }
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const { rows, diffs } = roundTrip(file);
    console.log(`${file}: ${rows} rows, ${diffs.length} differing cells`);
    for (const d of diffs.slice(0, 10)) console.log(`  row ${d.row} col ${d.column}: wrote ${JSON.stringify(d.written)} read ${JSON.stringify(d.read)}`);
    if (diffs.length) bad++;
  }
  process.exit(bad ? 1 : 0);
}
