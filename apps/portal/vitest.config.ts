import { defineProject } from 'vitest/config';

// The portal is checked as a person sees it: its built output served by `vite preview`
// and opened in real Chromium.
export default defineProject({
  test: {
    name: 'portal',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The walk-throughs start a server with PGlite and Chromium: over a minute on a busy machine.
    hookTimeout: 300_000,
  },
});
