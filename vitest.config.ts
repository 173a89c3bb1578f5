import { defineConfig } from 'vitest/config';

// The end-to-end tests spawn the built binary several times per test; on a busy machine one
// spawn can take seconds, so the 5 s default is too tight.
export default defineConfig({ test: { testTimeout: 60_000 } });
