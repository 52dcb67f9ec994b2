import { defineProject } from 'vitest/config';

// A page with no build step, served with a strict CSP, opened in real Chromium.
export default defineProject({
  test: {
    name: 'plain-html',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
