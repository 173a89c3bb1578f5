// The end-to-end tests spawn the built binary, often several at once: on a busy machine one
// run of the sample unit can take seconds, so the default 5 s per test is too tight.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
