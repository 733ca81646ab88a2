import { defineConfig } from 'vitest/config';

// Benchmarks are not vitest benches: `npm run bench` runs bench/run.ts with tinybench.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    // Browser end-to-end tests run in Chromium through `npm run e2e`, not in vitest.
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    environment: 'node',
    // A limit against hangs, not a speed test: process-spawning and property tests run long on a loaded machine.
    testTimeout: 30_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
