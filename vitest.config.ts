import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests run the built CLI in-process through main() (test/support/run-main.ts);
// the few that spawn a process (smoke, kills, git hooks, the self-contained build) can take
// seconds each on a loaded 2-core CI machine, so the timeouts are generous. Speed targets live
// in `npm run bench`, not here.
//
// pool 'forks' (child processes), not 'threads': tests switch the process's time zone
// (process.env.TZ, see inZone in test/support/run-main.ts), which a worker thread cannot do
// for itself, and the CLI under test calls process-wide things (child processes, process.pid).
// maxWorkers: vitest's default is one worker fewer than the cores — one worker on a 2-core
// machine, every file one after the other. The in-process end-to-end tests keep their worker
// busy, so one worker per core.
// isolate false: the files of a worker share its loaded modules, so the Word renderer
// (echarts, resvg's WebAssembly, the font) is set up once per worker, not once per file —
// a third of the suite's time. The files that mock modules (vi.mock) run isolated, in
// their own project, so that no mock reaches another file.
// The record cache of the runs under test goes to a temporary folder, not ~/.cache.
const MOCKING = ['test/e2e/determinism.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { THIDUA_CACHE_DIR: join(tmpdir(), 'thidua-test-cache') },
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
    ],
  },
});
