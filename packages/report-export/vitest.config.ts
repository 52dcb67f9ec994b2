import { coreFromSources } from '../../scripts/vitest-shared.mjs';
import { defineProject } from 'vitest/config';

// Exports are checked in Node: the DOCX is read back with an independent reader (mammoth).
export default defineProject({
  resolve: {
    alias: coreFromSources(),
  },
  test: {
    name: 'report-export',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Reading a DOCX back takes seconds on a loaded 2-core machine: a ceiling, not a pace.
    testTimeout: 30_000,
  },
});
