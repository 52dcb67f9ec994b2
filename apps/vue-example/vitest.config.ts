import { defineProject } from 'vitest/config';

// The example is checked as a person sees it: its built output served by `vite preview` and
// opened in real Chromium.
export default defineProject({
  test: {
    name: 'vue-example',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
