import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Exports are checked in Node: the DOCX is read back with an independent reader (mammoth).
export default defineProject({
  resolve: {
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
  test: {
    name: 'report-export',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
