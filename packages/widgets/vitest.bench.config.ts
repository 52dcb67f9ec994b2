import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { realChromium } from '../../scripts/vitest-shared.mjs';

// Benchmarks run like the widget tests, in real Chromium with real IndexedDB, but apart from
// them: they print figures and assert nothing about time.
export default defineConfig({
  // Same results whether it is started from the repository root or from this package.
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: { '@shnro/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
    // Lit's production build, as a portal serves it: without this the `development` condition
    // picks Lit's dev build («Lit is in dev mode») and every render figure is inflated.
    conditions: ['module', 'browser', 'production'],
  },
  optimizeDeps: { include: ['idb', 'd3-scale', 'd3-array', 'lit', 'lit/decorators.js', 'uplot'] },
  test: {
    name: 'widgets-bench',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 120_000,
    browser: realChromium(),
  },
});
