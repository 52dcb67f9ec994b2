import { defineConfig } from 'vitest/config';

// Each package owns its Vitest project (and the plugins only it depends on).
export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/core/vitest.browser.config.ts',
      'packages/report-export',
      'packages/widgets',
      'apps/portal',
      'apps/portal-server',
      'apps/plain-html',
      'apps/react-example',
      'apps/vue-example',
      '.storybook',
    ],
  },
});
