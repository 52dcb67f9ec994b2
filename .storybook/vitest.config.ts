import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Every story is also a test: it must render (and pass its play function) in real Chromium
// with no accessibility violation.
export default defineProject({
  plugins: [storybookTest({ configDir: here('.') })],
  optimizeDeps: { include: ['idb', 'axe-core', 'd3-scale', 'lit', 'lit/decorators.js'] },
  test: {
    name: 'storybook',
    setupFiles: [here('./vitest.setup.ts')],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
