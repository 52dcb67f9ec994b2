import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

// Widget tests run in real Chromium with real IndexedDB, not in a DOM emulation.
export default defineProject({
  resolve: {
    // Test against the core's sources so a core change is seen without a rebuild.
    alias: [
      {
        find: /^@shnro\/core$/,
        replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      },
      {
        find: /^@shnro\/core\/examples$/,
        replacement: fileURLToPath(new URL('../core/src/examples/index.ts', import.meta.url)),
      },
    ],
  },
  // Pre-bundled up front so a cold cache does not reload the page mid-run.
  optimizeDeps: { include: ['idb', 'axe-core', 'd3-scale', 'd3-array'] },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test-support/patient-waits.ts'],
    // Shared 2-core machines run under heavy load: a ceiling, not a pace (see patient-waits.ts).
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
