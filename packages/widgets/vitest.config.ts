import { defineProject } from 'vitest/config';
import { coreFromSources, realChromium } from '../../scripts/vitest-shared.mjs';

// Widget tests run in real Chromium with real IndexedDB, not in a DOM emulation.
export default defineProject({
  resolve: {
    // Test against the core's sources so a core change is seen without a rebuild.
    alias: coreFromSources(),
  },
  // Pre-bundled up front so a cold cache does not reload the page mid-run.
  optimizeDeps: { include: ['idb', 'axe-core', 'd3-scale', 'd3-array'] },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test-support/patient-waits.ts'],
    // Shared 2-core machines run under heavy load: a ceiling, not a pace (see patient-waits.ts).
    testTimeout: 30_000,
    browser: realChromium(),
  },
});
