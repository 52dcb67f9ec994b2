import { describe, expect, it } from 'vitest';
import expected from '../test/fixtures/region/expected-identification.json';
import { proposeFromFiles } from '../test/fixtures/region/pipeline.js';
import registryUrl from '../test/fixtures/region/registry-2023.csv?url';
import resultsUrl from '../test/fixtures/region/results-2022-2023.xlsx?url';
import teachersUrl from '../test/fixtures/region/teachers-2023.csv?url';

// The bytes a page gets from <input type="file"> (File.arrayBuffer()), fetched from the fixtures.
async function file(name: string, url: string) {
  const response = await fetch(url);
  return { name, data: new Uint8Array(await response.arrayBuffer()) };
}

// Modules the page has fetched so far: the dev server serves each source file on its own.
const fetchedModules = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the region’s files in Chromium: registry CSV + results XLSX → the same proposal as in Node', () => {
  it('reads the files through the public API, loads the XLSX reader only for the workbook, and proposes what Node does', async () => {
    expect(typeof document).toBe('object'); // a real browser, not Node
    // The runner itself fetched hundreds of modules: room for the ones this test loads.
    performance.setResourceTimingBufferSize(100_000);
    const registry = await file('registry-2023.csv', registryUrl);
    const teachers = await file('teachers-2023.csv', teachersUrl);
    const results = await file('results-2022-2023.xlsx', resultsUrl);
    expect(Array.from(results.data.subarray(0, 2))).toEqual([0x50, 0x4b]); // a real ZIP workbook

    const { importRegistry } = await import('../src/index.js');
    await importRegistry(registry);
    // Reading CSV needs no workbook code: the XLSX reader is not fetched yet.
    expect(fetchedModules().filter((path) => /registry\/xlsx\.ts$/.test(path))).toEqual([]);

    const outcome = await proposeFromFiles({ registry, teachers, results });
    expect(fetchedModules().some((path) => /registry\/xlsx\.ts$/.test(path))).toBe(true);
    expect(outcome.problems).toEqual([]);
    expect(outcome.results).toBe(312);
    expect(outcome.identification).toEqual(expected);
    expect(outcome.identification.proposals.length).toBeGreaterThan(0);
  });
});
