/**
 * The entry point of the self-contained build (scripts/build-bundle.mjs →
 * `.thidua/thidua.mjs` in a data repository): what bin/thidua.js does for the ordinary build.
 */
import { runProcess } from './run-process.js';

runProcess();
