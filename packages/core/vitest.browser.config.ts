import { defineProject } from 'vitest/config';
import { realChromium } from '../../scripts/vitest-shared.mjs';

// The core has no DOM, but it promises to run in browsers: these few tests import a region's files
// in real Chromium through the public API (the lazy XLSX reader included). The Node tests stay in
// vitest.config.ts.
export default defineProject({
  // SheetJS pre-bundled up front, so its first lazy import does not reload the page mid-run.
  optimizeDeps: { include: ['@e965/xlsx'] },
  test: {
    name: 'core-browser',
    include: ['test-browser/**/*.test.ts'],
    // Shared 2-core machines run under heavy load: a ceiling, not a pace.
    testTimeout: 60_000,
    browser: realChromium(),
  },
});
