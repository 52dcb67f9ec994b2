// Pieces every package's Vitest config shares, so each config says only what is its own.
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './chromium.mjs';

/**
 * Vitest's `test.browser` for tests in real Chromium (this machine's, found by `findChromium`,
 * never a downloaded one), headless, with the flags this closed network needs.
 */
export function realChromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
    instances: [{ browser: 'chromium' }],
  };
}

/**
 * `resolve.alias` entries that point `@shnro/core` and `@shnro/core/examples` at the core's
 * sources, so tests see a core change without a rebuild of its `dist`.
 */
export function coreFromSources() {
  const core = (path) => fileURLToPath(new URL(`../packages/core/src/${path}`, import.meta.url));
  return [
    { find: /^@shnro\/core$/, replacement: core('index.ts') },
    { find: /^@shnro\/core\/examples$/, replacement: core('examples/index.ts') },
  ];
}
