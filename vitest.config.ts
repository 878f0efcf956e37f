import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Whole-pipeline tests take seconds on a busy machine: the limits are generous, and speed is measured by
      // `npm run bench`, never by a test's clock.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // End-to-end tests read the built `dist/` (npm test builds it first) or build a site of their own, once per
      // file, and drive Debian's Chromium. One file at a time: builds and a browser share two cores, and a test
      // that waits its turn is better than one that races a build for them. Timeouts are generous, never targets.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000, pool: 'forks', poolOptions: { forks: { singleFork: true } } } },
    ],
  },
});
