import { defineProject } from 'vitest/config';

// The server's tests run in Node against an in-memory PGlite (one per test file: its cold start
// is seconds) or a server on loopback.
export default defineProject({
  test: {
    name: 'portal-server',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // PGlite's cold start: seconds alone, over a minute on a machine busy with other suites.
    hookTimeout: 300_000,
  },
});
