import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the built binary; on a loaded 2-core CI machine a spawn can take
// seconds, so the timeouts are generous. Speed targets live in `npm run bench`, not here.
// The record cache of the runs under test goes to a temporary folder, not ~/.cache.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { THIDUA_CACHE_DIR: join(tmpdir(), 'thidua-test-cache') },
  },
});
