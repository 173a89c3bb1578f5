#!/usr/bin/env node
/**
 * `npm run build`: the TypeScript compile (src → dist) and the self-contained build
 * (scripts/build-bundle.mjs, which esbuild makes from src, not from dist) side by side, as
 * neither needs the other. Their output is passed through; the build fails if either does.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function run(name, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => {
      process.stderr.write(`${name}: ${err.message}\n`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const codes = await Promise.all([run('tsc', [tsc, '-p', 'tsconfig.json']), run('bundle', [join(root, 'scripts/build-bundle.mjs')])]);
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
