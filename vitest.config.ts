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
// The record cache of the runs under test goes to a temporary folder, not ~/.cache.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { THIDUA_CACHE_DIR: join(tmpdir(), 'thidua-test-cache') },
  },
});
