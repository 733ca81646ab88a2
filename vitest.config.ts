import { defineConfig } from 'vitest/config';

// Benchmarks are not vitest benches: `npm run bench` runs bench/run.ts with tinybench.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
