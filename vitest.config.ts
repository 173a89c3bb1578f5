import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the built binary; on a loaded 2-core CI machine a spawn can take
// seconds, so the timeouts are generous. Speed targets live in `npm run bench`, not here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
