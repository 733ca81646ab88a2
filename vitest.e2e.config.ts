import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium (`npm run e2e`): the global setup builds dist/ when it is older than
// the sources and serves it on a free localhost port; each test file drives one browser. One file at a time:
// a browser per core is all the machines here have.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
