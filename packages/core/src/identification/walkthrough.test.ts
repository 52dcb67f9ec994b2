import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyIdentification,
  computeIndicators,
  decideIdentification,
  exampleIdentificationMethodology,
  identifySchools,
  importRegistry,
  importResults,
  municipalMonitoringSet,
  registryToRecords,
} from '../index.js';

// The README's «A region from its own files», step by step, on the files it names.
const folder = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/region');
const file = async (name: string) => ({ name, data: new Uint8Array(await readFile(join(folder, name))) });

describe('README walkthrough: from a region’s own files to confirmed categories', () => {
  it('runs as written and gives what its comments say', async () => {
    const schools = await importRegistry(await file('registry-2023.csv'));
    const region = await importRegistry(await file('teachers-2023.csv'), { base: schools.registry });
    expect([...schools.problems, ...region.problems]).toEqual([]);
    const { results } = await importResults(await file('results-2022-2023.csv'), {
      registry: region.registry,
    });
    const identification = identifySchools(region.registry, results, exampleIdentificationMethodology);
    const lines = identification.proposals.flatMap((proposal) =>
      proposal.categories.flatMap((category) =>
        category.criteria.flatMap((criterion) =>
          criterion.figures.map((figure) => `${proposal.schoolName} ${figure.text.ru}`),
        ),
      ),
    );
    expect(lines).toContain(
      'МБОУ СОШ № 1 г. Канска доля «2» по ВПР, математика, 5 кл., 2022/2023 — 32% (8 из 25; порог 25%)',
    );
    const { identification: decided, problems } = decideIdentification(identification, [
      { schoolId: '2400045017', category: 'low-results', decision: 'confirm', by: 'Федорук М. Г.' },
      {
        schoolId: '2400045056',
        category: 'low-results',
        decision: 'reject',
        reason: 'результаты перепроверяются',
      },
    ]);
    expect(problems).toEqual([]);
    const registry = applyIdentification(region.registry, decided, exampleIdentificationMethodology);
    const report = computeIndicators(
      municipalMonitoringSet,
      registryToRecords(registry, { municipalityId: 'г-канск' }),
    );
    expect(report.issues).toEqual([]);
    expect(report.results.find((result) => result.code === '1.5')).toMatchObject({
      numerator: 7,
      denominator: 18,
    });
  });
});
