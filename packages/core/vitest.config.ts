import { defineProject } from 'vitest/config';

// The core has no DOM: its tests run in plain Node.
export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
