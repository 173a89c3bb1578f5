#!/usr/bin/env node
import module from 'node:module';
// Node >= 22.1 can keep the compiled code of modules between runs (keyed by their source;
// it changes no output). Older Node has no such function: nothing happens.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');

const today = undefined;
main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, today }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`thidua: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
