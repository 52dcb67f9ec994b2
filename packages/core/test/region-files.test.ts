import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeFromFiles } from './fixtures/region/pipeline.js';

// The proposal from the region's files in Node, kept as expected-identification.json: the browser
// test (test-browser/) must arrive at exactly this. SHNRO_UPDATE_FIXTURES=1 rewrites the file.
const folder = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/region');
const file = (name: string) => ({ name, data: new Uint8Array(readFileSync(join(folder, name))) });
const expectedPath = join(folder, 'expected-identification.json');

describe('the region’s files in Node: registry CSV + results XLSX → proposal', () => {
  it('gives the proposal kept for the browser test, and the same from the results as CSV', async () => {
    const fromXlsx = await proposeFromFiles({
      registry: file('registry-2023.csv'),
      teachers: file('teachers-2023.csv'),
      results: file('results-2022-2023.xlsx'),
    });
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.results).toBe(312);
    const fromCsv = await proposeFromFiles({
      registry: file('registry-2023.csv'),
      teachers: file('teachers-2023.csv'),
      results: file('results-2022-2023.csv'),
    });
    expect(fromCsv.identification).toEqual(fromXlsx.identification);
    if (process.env['SHNRO_UPDATE_FIXTURES'] === '1')
      writeFileSync(expectedPath, `${JSON.stringify(fromXlsx.identification, null, 1)}\n`);
    expect(fromXlsx.identification).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(fromXlsx.identification.proposals.map((p) => p.schoolName)).toContain('МБОУ СОШ № 1 г. Канска');
  });
});
