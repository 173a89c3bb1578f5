/**
 * The entry point of the self-contained build (scripts/build-bundle.mjs →
 * `.thidua/thidua.mjs` in a data repository): what bin/thidua.js does for the ordinary build.
 * The build is split into chunks (`.thidua/lib/`): this entry is small, turns on Node's
 * compile cache (Node >= 22.1; older Node has no such function and nothing happens), then
 * loads the rest — so the cache covers every chunk, and a run parses only the chunks it uses.
 */
import module from 'node:module';

// Not in the typings of Node 20, which has no such function.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
let runProcess: (() => void) | undefined;
try {
  ({ runProcess } = await import('./run-process.js'));
} catch (err) {
  // A chunk of the build is missing or damaged (a partial copy of `.thidua/`): one line, no trace.
  process.stderr.write(`thidua: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 3;
}
runProcess?.();
