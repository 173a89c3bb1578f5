#!/usr/bin/env node
import module from 'node:module';
// Node >= 22.1 can keep the compiled code of modules between runs (keyed by their source;
// it changes no output). Older Node has no such function: nothing happens.
module.enableCompileCache?.();
// main() on this process; broken pipes and full disks on stdout/stderr are handled there.
const { runProcess } = await import('../dist/cli/run-process.js');
runProcess();
