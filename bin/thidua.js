#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

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
