import { defineConfig } from 'vitest/config';

// Each package owns its Vitest project (and the plugins only it depends on).
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/widgets', 'apps/portal', 'apps/plain-html'],
  },
});
