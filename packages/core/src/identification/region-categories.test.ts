import { describe, expect, it } from 'vitest';
import { regionFile } from '../../test/fixtures/region/files.js';
import { computeIndicators, indicatorSetSchema, type IndicatorSet } from '../index.js';
import { shareIndicator } from '../indicator/catalogue/define.js';
import { schoolPredicateSchema } from '../predicate/schema.js';
import { importRegistry } from '../registry/import.js';
import { registrySchema, registryToRecords } from '../registry/schema.js';
import { importResults } from '../results/import.js';
import { checkMethodologyCatalogue, methodologyCatalogue } from './catalogue.js';
import { applyIdentification, decideIdentification } from './decide.js';
import { identifySchools } from './identify.js';
import { identificationMethodologySchema, type IdentificationMethodology } from './schema.js';

// A region that defines its own categories: «малокомплектная школа» in its registry's catalogue,
// and «нуждается в адресной поддержке», which its methodology introduces and proposes.
const methodology: IdentificationMethodology = identificationMethodologySchema.parse({
  id: 'region-own',
  name: { ru: 'Методика региона с собственными категориями' },
  categories: [
    {
      id: 'needs-support',
      label: { ru: 'школа, нуждающаяся в адресной поддержке', en: 'school needing targeted support' },
      aliases: ['адресная поддержка'],
    },
  ],
  criteria: [
    {
      id: 'vpr-share2',
      kind: 'result-share',
      assessment: 'vpr',
      measure: 'share2',
      threshold: 25,
      minParticipants: 5,
    },
    { id: 'small', kind: 'category', category: 'small-school' },
  ],
  rules: [
    { category: 'needs-support', when: { all: [{ criterion: 'vpr-share2' }, { criterion: 'small' }] } },
  ],
});

async function region() {
  const imported = (await importRegistry(regionFile('registry-2023.csv'))).registry;
  // The region's catalogue defines «малокомплектная школа»; two Kansk schools have it.
  const registry = {
    ...imported,
    catalogue: { categories: [{ id: 'small-school', label: { ru: 'малокомплектная школа' } }] },
    schools: imported.schools.map((school, index) =>
      index < 2 ? { ...school, categories: [...(school.categories ?? []), 'small-school'] } : school,
    ),
  };
  const { results } = await importResults(regionFile('results-2022-2023.csv'), { registry });
  return { registry, results };
}

describe('categories a region defines, in the methodology and on to the calculator', () => {
  it('accepts the region’s own and the methodology’s own categories, and names an undefined one with where it is', async () => {
    const { registry } = await region();
    expect(checkMethodologyCatalogue(methodology, registry.catalogue)).toEqual([]);
    // Without the registry's catalogue «small-school» is nobody's category.
    const problems = checkMethodologyCatalogue(methodology);
    expect(problems).toMatchObject([
      { path: ['criteria', 1, 'category'], code: 'unknown-category', id: 'small-school' },
    ]);
    expect(problems[0]!.message.ru).toMatch(/^критерий «small»: категория «small-school» не задана/);
    const typo = checkMethodologyCatalogue(
      {
        ...methodology,
        rules: [...methodology.rules, { category: 'low-result', when: { criterion: 'vpr-share2' } }],
      },
      registry.catalogue,
    );
    expect(typo.map((p) => [p.path.join('.'), p.message.ru.split(':')[0]])).toEqual([
      ['rules.1.category', 'правило 2'],
    ]);
  });

  it('proposes the methodology’s category with its label, and a confirmation brings it into the registry and the calculator', async () => {
    const { registry, results } = await region();
    const identification = identifySchools(registry, results, methodology);
    const proposed = identification.proposals.filter((p) =>
      p.categories.some((c) => c.category === 'needs-support'),
    );
    expect(proposed.length).toBeGreaterThan(0);
    const first = proposed[0]!;
    expect(first.categories[0]!.label.ru).toBe('школа, нуждающаяся в адресной поддержке');
    expect(first.categories[0]!.criteria.map((c) => c.criterionId)).toEqual(['vpr-share2', 'small']);
    expect(first.categories[0]!.criteria[1]!.notes[0]!.ru).toBe('в реестре: малокомплектная школа');

    const { identification: decided } = decideIdentification(identification, [
      { schoolId: first.schoolId, category: 'needs-support', decision: 'confirm' },
    ]);
    const updated = applyIdentification(registry, decided, methodology);
    expect(registrySchema.safeParse(updated).success).toBe(true);
    expect(updated.schools.find((s) => s.id === first.schoolId)?.categories).toContain('needs-support');
    expect(updated.catalogue?.categories?.map((entry) => entry.id)).toEqual([
      'small-school',
      'needs-support',
    ]);

    // An indicator selects the region's category by its id, as it does the built-in ones.
    expect(schoolPredicateSchema.safeParse({ category: ['low-results', 'needs-support'] }).success).toBe(
      true,
    );
    expect(schoolPredicateSchema.safeParse({ category: 'Needs support' }).success).toBe(false);
    const set: IndicatorSet = indicatorSetSchema.parse({
      id: 'region-own',
      title: { ru: 'Показатели региона' },
      sections: [{ code: '1', title: { ru: 'Школы' } }],
      populations: [{ id: 'all', entity: 'school', title: { ru: 'Все школы' }, where: { all: [] } }],
      indicators: [
        shareIndicator({
          code: '1.1',
          title: {
            ru: 'Доля школ, нуждающихся в адресной поддержке',
            en: 'Share of schools needing support',
          },
          population: 'all',
          counted: { ru: 'количество школ, нуждающихся в адресной поддержке' },
          counts: { entity: 'school', where: { category: 'needs-support' } },
        }),
      ],
    });
    const municipalityId = updated.schools.find((s) => s.id === first.schoolId)!.municipalityId!;
    const records = registryToRecords(updated, { municipalityId });
    const report = computeIndicators(set, records);
    expect(report.issues).toEqual([]);
    expect(report.results[0]).toMatchObject({ numerator: 1, denominator: records.schools.length });
    // Before the confirmation the registry does not know the category at all: the indicator is
    // refused with the id named, not counted as 0 schools (a typo would look the same).
    const before = computeIndicators(set, registryToRecords(registry, { municipalityId }));
    expect(before.results[0]).toMatchObject({ status: 'invalid', numerator: null });
    expect(before.issues.find((issue) => issue.code === 'unknown-category')?.message).toContain(
      '«needs-support»',
    );
    // With the methodology's categories in the registry's catalogue, no school has it yet: a true 0.
    const known = { ...registry, catalogue: methodologyCatalogue(methodology, registry.catalogue) };
    const none = computeIndicators(set, registryToRecords(known, { municipalityId }));
    expect(none.issues).toEqual([]);
    expect(none.results[0]).toMatchObject({ status: 'ok', numerator: 0 });
  });
});
