import { describe, expect, it } from 'vitest';
import { shareIndicator } from '../catalogue/define.js';
import { indicatorSetSchema, type IndicatorSet } from '../schema.js';
import { registryToRecords, type Registry } from '../../registry/schema.js';
import type { School } from '../../school/schema.js';
import { computeIndicators, computeIndicatorsGrouped } from './index.js';

// «shnsu» is how a hand typing ШНСУ in Latin writes unfavourable-conditions. It is a well-formed id,
// so the set is valid; before, it was read as a school flag nobody has and the share printed 0%.
function setWith(category: string): IndicatorSet {
  return indicatorSetSchema.parse({
    id: 'typo',
    title: { ru: 'Показатели с опечаткой' },
    sections: [{ code: '1', title: { ru: 'Школы' } }],
    populations: [
      { id: 'all', entity: 'school', title: { ru: 'Все школы' }, where: { all: [] } },
      {
        id: 'target',
        entity: 'school',
        title: { ru: 'ШНРО и ШНСУ' },
        where: { category: ['low-results', category] },
      },
    ],
    indicators: [
      shareIndicator({
        code: '1.1',
        title: { ru: 'Доля ШНСУ', en: 'Share of unfavourable-conditions schools' },
        population: 'all',
        counted: { ru: 'количество ШНСУ' },
        counts: { entity: 'school', where: { category } },
      }),
      shareIndicator({
        code: '1.2',
        title: { ru: 'Доля ШНРО и ШНСУ с программой', en: 'Share with a programme' },
        population: 'target',
        counted: { ru: 'количество ШНРО и ШНСУ с программой' },
        counts: { entity: 'school', where: { flag: 'hasQualityProgramme' } },
      }),
      shareIndicator({
        code: '1.3',
        title: { ru: 'Доля ШНРО', en: 'Share of low-results schools' },
        population: 'all',
        counted: { ru: 'количество ШНРО' },
        counts: { entity: 'school', where: { category: 'low-results' } },
      }),
    ],
  });
}

const schools: School[] = [
  {
    id: 's1',
    name: 'Школа 1',
    municipalityId: 'm1',
    categories: ['low-results'],
    flags: { hasQualityProgramme: true },
  },
  { id: 's2', name: 'Школа 2', municipalityId: 'm1', categories: ['unfavourable-conditions'] },
  { id: 's3', name: 'Школа 3', municipalityId: 'm2' },
];

describe('a category nobody defined', () => {
  it('refuses the indicators that read it, naming the id in Russian, instead of counting 0 schools', () => {
    const report = computeIndicators(setWith('shnsu'), { kind: 'records', schools });
    const byCode = new Map(report.results.map((result) => [result.code, result]));
    // 1.1 counts «shnsu», 1.2's population reads it: both refused, not 0 % and not 1 of 1.
    expect(byCode.get('1.1')).toMatchObject({ status: 'invalid', numerator: null, display: null });
    expect(byCode.get('1.2')).toMatchObject({ status: 'invalid', numerator: null });
    // 1.3 reads only a built-in category: 1 of 3 → 33,3 %.
    expect(byCode.get('1.3')).toMatchObject({ status: 'ok', numerator: 1, denominator: 3, display: '33,3%' });
    const issues = report.issues.filter((issue) => issue.code === 'unknown-category');
    expect(issues.map((issue) => [issue.indicatorCode, issue.path])).toEqual([
      ['1.1', 'set.indicators[0]'],
      ['1.2', 'set.indicators[1]'],
    ]);
    expect(issues[0]!.message).toMatch(
      /^Показатель 1\.1 «Доля ШНСУ»: категория «shnsu» не задана — её нет среди встроенных \(low-results, unfavourable-conditions, risk-of-decline\)/,
    );
    expect(report.ok).toBe(false);
  });

  it('says so in English too', () => {
    const report = computeIndicators(setWith('shnsu'), { kind: 'records', schools }, { locale: 'en' });
    const issue = report.issues.find((entry) => entry.code === 'unknown-category');
    expect(issue?.message).toMatch(
      /^Indicator 1\.1 "Share of unfavourable-conditions schools": category "shnsu" is not defined/,
    );
  });

  it('refuses it in every group and the total of the grouped calculator alike', () => {
    const region = computeIndicatorsGrouped(
      setWith('shnsu'),
      { kind: 'records', schools },
      { by: 'municipality' },
    );
    for (const table of [...region.groups.map((group) => group.report), region.total]) {
      expect(table.results.map((result) => result.status)).toEqual(['invalid', 'invalid', 'ok']);
      expect(
        table.issues.some((issue) => issue.code === 'unknown-category' && issue.message.includes('«shnsu»')),
      ).toBe(true);
    }
    expect(region.groups.map((group) => group.report.results[2]!.display)).toEqual(['50%', '0%']);
    expect(region.ok).toBe(false);
  });

  it('counts a region’s own category that schools carry, even when none of them has it (a true 0)', () => {
    const own = schools.map((school) => ({ ...school, flags: { ...school.flags, 'small-school': false } }));
    const report = computeIndicators(setWith('small-school'), { kind: 'records', schools: own });
    expect(report.issues).toEqual([]);
    expect(report.results[0]).toMatchObject({ status: 'ok', numerator: 0, denominator: 3, display: '0%' });
  });

  it('knows the categories of the registry’s catalogue through registryToRecords, and not a typo', () => {
    const registry: Registry = {
      catalogue: { categories: [{ id: 'small-school', label: { ru: 'малокомплектная школа' } }] },
      municipalities: [{ id: 'm1', name: 'Район' }],
      schools: [
        { id: 's1', name: 'Школа 1', municipalityId: 'm1', categories: ['low-results'] },
        { id: 's2', name: 'Школа 2', municipalityId: 'm1' },
      ],
      teachers: [],
    };
    const records = registryToRecords(registry);
    expect(computeIndicators(setWith('small-school'), records).results[0]).toMatchObject({
      status: 'ok',
      numerator: 0,
      denominator: 2,
    });
    const typo = computeIndicators(setWith('small-schol'), records);
    expect(typo.results[0]).toMatchObject({ status: 'invalid' });
    expect(typo.issues.find((issue) => issue.code === 'unknown-category')?.message).toContain(
      '«small-schol»',
    );
  });
});
