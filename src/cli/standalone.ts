/**
 * The entry point of the self-contained build (scripts/build-bundle.mjs →
 * `.thidua/thidua.mjs` in a data repository): what bin/thidua.js does for the ordinary build.
 */
import { main } from './main.js';

main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`thidua: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
