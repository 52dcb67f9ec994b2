import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionFile } from '../../test/fixtures/region/files.js';
import { parseOrExplain } from '../errors/index.js';
import { computeIndicators, municipalMonitoringSet } from '../index.js';
import { importRegistry } from '../registry/import.js';
import { registryToRecords } from '../registry/schema.js';
import { importResults } from '../results/import.js';
import { applyIdentification, decideIdentification } from './decide.js';
import { compareShareToPercent, percentileCutoff } from './exact.js';
import { identifySchools } from './identify.js';
import {
  exampleIdentificationMethodology,
  identificationDecisionSchema,
  identificationMethodologySchema,
  type IdentificationMethodology,
} from './schema.js';

async function region() {
  const registry = (await importRegistry(regionFile('registry-2023.csv'))).registry;
  // Last year's ШНОР/ШНРO are left out: identification starts from the results; ШНСУ (the social
  // context) stays as the registry gives it.
  const fresh = {
    ...registry,
    schools: registry.schools.map(({ categories, ...school }) => {
      const kept = categories?.filter((category) => category !== 'low-results') ?? [];
      return kept.length > 0 ? { ...school, categories: kept } : school;
    }),
  };
  const results = (await importResults(regionFile('results-2022-2023.csv'), { registry: fresh })).results;
  return { registry: fresh, results };
}

describe('identifySchools with the example methodology on the seeds’ region', () => {
  it('proposes ШНОР for the seeds’ low-result schools with the figures behind each criterion', async () => {
    const { registry, results } = await region();
    const identification = identifySchools(registry, results, exampleIdentificationMethodology);
    expect(identification.year).toBe(2023);
    expect(identification.schoolsEvaluated).toBe(26);
    const low = identification.proposals.filter((p) =>
      p.categories.some((c) => c.category === 'low-results'),
    );
    expect(low.map((p) => p.schoolName)).toEqual([
      'МБОУ СОШ № 1 г. Канска',
      'МБОУ СОШ № 2 г. Канска',
      'МБОУ СОШ № 3 г. Канска',
      'МБОУ СОШ № 4 г. Канска',
      'МБОУ СОШ № 5 г. Канска',
      'МБОУ «Малошильнинская СОШ»',
      'МБОУ СОШ № 8 Ленинградского района',
      'МБОУ СОШ № 22 Ленинградского района',
      'МБОУ СОШ № 27 Ленинградского района',
    ]);
    const first = low[0]!.categories[0]!;
    expect(first.status).toBe('proposed');
    const vpr = first.criteria.find((c) => c.criterionId === 'vpr-share2')!;
    expect(vpr.label.ru).toBe('доля «2» по ВПР выше 25% не менее чем в 2 результатах, 2 учебных года подряд');
    expect(vpr.figures.map((f) => f.text.ru)).toContain(
      'доля «2» по ВПР, математика, 5 кл., 2022/2023 — 32% (8 из 25; порог 25%)',
    );
    expect(vpr.figures.every((f) => f.count !== undefined && f.total !== undefined)).toBe(true);
    expect(new Set(vpr.figures.map((f) => f.year))).toEqual(new Set([2022, 2023]));
  });

  it('proposes «зона риска» from two of three resource risks, naming them', async () => {
    const { registry, results } = await region();
    const identification = identifySchools(registry, results, exampleIdentificationMethodology);
    const risk = identification.proposals.filter((p) =>
      p.categories.some((c) => c.category === 'risk-of-decline'),
    );
    expect(risk.map((p) => p.schoolName)).toEqual(['МБОУ СОШ № 3 г. Канска', 'МБОУ СОШ № 12 г. Канска']);
    const notes = risk[0]!.categories.find((c) => c.category === 'risk-of-decline')!.criteria[0]!.notes;
    expect(notes[0]?.ru).toBe(
      'риски: отсутствие устойчивого доступа в интернет; отсутствие достаточного количества компьютерной техники (2 из 3; нужно не менее 2)',
    );
  });

  it('needs both years when the methodology says «два года подряд»', async () => {
    const { registry, results } = await region();
    const onlyLastYear = results.filter((r) => !(r.schoolId === registry.schools[0]!.id && r.year === 2022));
    const identification = identifySchools(registry, onlyLastYear, exampleIdentificationMethodology);
    expect(identification.proposals.some((p) => p.schoolId === registry.schools[0]!.id)).toBe(false);
    const oneYear: IdentificationMethodology = {
      ...exampleIdentificationMethodology,
      criteria: exampleIdentificationMethodology.criteria.map((c) =>
        c.kind === 'result-share' ? { ...c, years: 1 } : c,
      ),
    };
    const again = identifySchools(registry, onlyLastYear, oneYear);
    expect(again.proposals.some((p) => p.schoolId === registry.schools[0]!.id)).toBe(true);
  });

  it('ranks mean ОГЭ scores within each subject and year: the lowest decile and its cutoff', async () => {
    const { registry, results } = await region();
    const decile: IdentificationMethodology = {
      id: 'oge',
      name: { ru: 'ОГЭ' },
      criteria: [
        {
          id: 'oge',
          kind: 'result-percentile',
          assessment: 'gia-9',
          subjects: ['Математика'],
          measure: 'meanScore',
          tail: 'lowest',
          percent: 10,
        },
      ],
      rules: [{ category: 'low-results', when: { criterion: 'oge' } }],
    };
    const identification = identifySchools(registry, results, decile, { year: 2023 });
    // 26 schools: the lowest 10% end at rank ⌈2,6⌉ = 3; ties with the cutoff are in.
    const figures = identification.proposals.map((p) => p.categories[0]!.criteria[0]!.figures[0]!);
    expect(figures.every((f) => f.ranked === 26)).toBe(true);
    const sorted = results
      .filter((r) => r.assessment === 'gia-9' && r.subject === 'Математика' && r.year === 2023)
      .map((r) => r.meanScore!)
      .sort((a, b) => a - b);
    expect(figures[0]!.threshold).toBe(sorted[2]);
    expect(figures.length).toBe(sorted.filter((v) => v <= sorted[2]!).length);
    expect(figures[0]!.text.ru).toMatch(
      /^средний балл по ОГЭ, математика, 9 кл\., 2022\/2023 — 11(,\d)? \(нижние 10% школ региона: не выше 11(,\d)?; в сравнении 26 школ\)$/,
    );
  });
});

describe('decisions: confirm or reject with a reason; confirmed categories reach the calculator', () => {
  it('confirms, rejects with a reason, refuses a rejection without one, and updates the registry', async () => {
    const { registry, results } = await region();
    const identification = identifySchools(registry, results, exampleIdentificationMethodology);
    const kansk = identification.proposals.filter((p) => p.municipalityId === 'г-канск');
    const decisions = [
      ...kansk
        .filter(
          (p) =>
            p.schoolName !== 'МБОУ СОШ № 5 г. Канска' &&
            p.categories.some((c) => c.category === 'low-results'),
        )
        .map((p) => ({
          schoolId: p.schoolId,
          category: 'low-results',
          decision: 'confirm' as const,
          by: 'Федорук М. Г.',
        })),
      {
        schoolId: kansk[4]!.schoolId,
        category: 'low-results',
        decision: 'reject' as const,
        reason: 'результаты 2023 года признаны необъективными, перепроверка',
      },
      { schoolId: kansk[0]!.schoolId, category: 'risk-of-decline', decision: 'confirm' as const },
      { schoolId: kansk[1]!.schoolId, category: 'low-results', decision: 'reject' as const },
    ];
    const decided = decideIdentification(identification, decisions);
    expect(decided.problems.map((p) => [p.index, p.code])).toEqual([
      [decisions.length - 2, 'no-such-proposal'],
      [decisions.length - 1, 'reason-required'],
    ]);
    const statuses = decided.identification.proposals
      .filter((p) => p.municipalityId === 'г-канск')
      .map((p) => p.categories.map((c) => c.status).join(','));
    expect(statuses).toEqual([
      'confirmed',
      'confirmed',
      'confirmed,proposed',
      'confirmed',
      'rejected',
      'proposed',
    ]);
    expect(identification.proposals[0]!.categories[0]!.status).toBe('proposed');

    const updated = applyIdentification(registry, decided.identification, exampleIdentificationMethodology);
    const report = computeIndicators(
      municipalMonitoringSet,
      registryToRecords(updated, { municipalityId: 'г-канск' }),
    );
    // 4 ШНОР confirmed (school 5 rejected) and the 2 ШНСУ: 1.5 counts ШНРО and ШНСУ; 1.6 the schools
    // with two of three risks, which the calculator's own rule finds whether or not confirmed.
    expect(report.results.find((r) => r.code === '1.5')).toMatchObject({ numerator: 6, denominator: 18 });
    expect(report.results.find((r) => r.code === '1.6')).toMatchObject({ numerator: 2, denominator: 18 });
  });

  it('validates decisions and methodologies as JSON, in Russian', () => {
    const decision = parseOrExplain(identificationDecisionSchema, {
      schoolId: 's',
      category: 'low-results',
      decision: 'reject',
    });
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.issues[0]).toMatchObject({ path: 'reason', code: 'reason-required' });
    const methodology = parseOrExplain(identificationMethodologySchema, {
      ...exampleIdentificationMethodology,
      rules: [{ category: 'low-results', when: { criterion: 'no-such' } }],
    });
    expect(methodology.ok).toBe(false);
    if (!methodology.ok)
      expect(methodology.issues[0]).toMatchObject({
        path: 'rules[0].when.criterion',
        code: 'unknown-criterion',
      });
    expect(parseOrExplain(identificationMethodologySchema, exampleIdentificationMethodology).ok).toBe(true);
  });
});

describe('exact arithmetic', () => {
  it('compares shares with percent thresholds without rounding errors', () => {
    expect(compareShareToPercent(10, 40, 25)).toBe(0); // exactly 25 % is not above 25 %
    expect(compareShareToPercent(1, 3, 33.33)).toBe(1);
    expect(compareShareToPercent(1, 3, 33.34)).toBe(-1);
    expect(compareShareToPercent(7, 10, 70)).toBe(0); // 7/10·100 is 70.00000000000001 in floats
    expect(compareShareToPercent(29, 100, 29)).toBe(0); // 0.29·100 is 28.999999999999996
  });

  it('uses the nearest rank: ⌈p·n/100⌉, a value some school has', () => {
    expect(percentileCutoff([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 'lowest')).toEqual({ cutoff: 1, rank: 1 });
    expect(percentileCutoff([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 'lowest')).toEqual({
      cutoff: 2,
      rank: 2,
    });
    expect(percentileCutoff([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 'highest')).toEqual({
      cutoff: 10,
      rank: 2,
    });
    expect(percentileCutoff([5], 10, 'lowest')).toEqual({ cutoff: 5, rank: 1 });
    expect(percentileCutoff([], 10, 'lowest')).toBeUndefined();
  });

  it('holds for any list (fast-check, seed 20261207): at least p% are in, and the cutoff is a value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 99 }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const { cutoff, rank } = percentileCutoff(sorted, p, 'lowest')!;
          expect(sorted).toContain(cutoff);
          const inside = sorted.filter((v) => v <= cutoff).length;
          expect(inside * 100).toBeGreaterThanOrEqual(p * sorted.length);
          expect(sorted.filter((v) => v < cutoff).length).toBeLessThan(rank);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
