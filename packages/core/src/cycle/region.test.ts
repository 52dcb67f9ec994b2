import { describe, expect, it } from 'vitest';
import { generateCountry } from '../../bench/generate-region.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compileIndicatorSet } from '../indicator/compute/compile.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import type { GroupedRecordsInput } from '../indicator/compute/grouped.js';
import type { CountsInput, IndicatorAnswer, RecordsInput } from '../indicator/input.js';
import { computeCountsGrouped } from '../indicator/compute/counts-grouped.js';
import { computeCycle, cycleCounts } from './compute.js';
import { kanskCycle2022 } from './example.js';
import { computeRegionCycles } from './region.js';
import { monitoringCycleSchema, type MonitoringCycle } from './schema.js';

// A small region: 6 municipalities of 20 schools, 1 500 teachers, from the bench's generator (a
// fixed seed), and a seventh municipality with a cycle but no school in the registry.
const country = generateCountry({ municipalities: 6, schools: 120, teachers: 1_500, seed: 17 });

function cycleOf(id: string, name: string, schoolYear = '2022-2023'): MonitoringCycle {
  return monitoringCycleSchema.parse({
    id: `${id}-${schoolYear}`,
    level: 'municipality',
    territoryId: id,
    territoryName: name,
    schoolYear,
    indicatorSetId: municipalMonitoringSet.id,
    status: 'closed',
    closedAt: '2023-06-30',
    units: country.schools
      .filter((school) => school.municipalityId === id)
      .map((school) => ({ level: 'school', unitId: school.id, name: school.name, state: 'accepted' })),
  });
}

const cycles = [
  ...(country.municipalities ?? []).map((municipality) => cycleOf(municipality.id, municipality.name)),
  cycleOf('m6', 'Муниципалитет 7'),
];

/** What one municipality's own records are: its record, its schools, their teachers. */
function recordsOf(records: GroupedRecordsInput, id: string): RecordsInput {
  const schools = records.schools.filter((school) => school.municipalityId === id);
  const ids = new Set(schools.map((school) => school.id));
  const municipality = records.municipalities?.find((entry) => entry.id === id);
  return {
    kind: 'records',
    ...(municipality === undefined ? {} : { municipality }),
    schools,
    teachers: (records.teachers ?? []).filter((teacher) => ids.has(teacher.schoolId)),
  };
}

describe('a region’s cycles in one grouped call', () => {
  const year = computeRegionCycles(cycles, municipalMonitoringSet, { records: country });

  it('gives each municipality exactly what computeCycle gives over its own records', () => {
    expect(year.source).toBe('records');
    expect(year.municipalities).toHaveLength(cycles.length);
    cycles.forEach((cycle, index) => {
      const alone = computeCycle(cycle, municipalMonitoringSet, {
        records: recordsOf(country, cycle.territoryId),
      });
      const together = year.municipalities[index]!;
      expect(together.cycle.id).toBe(cycle.id);
      expect(together.status).toBe(alone.status);
      expect(together.issues).toEqual(alone.issues);
      expect(together.report.results).toEqual(alone.report.results);
    });
    // Real numbers, not all missing: the first municipality's 1.5 is counted from its 20 schools.
    const share = year.municipalities[0]!.report.results.find((result) => result.code === '1.5');
    expect(share).toMatchObject({ status: 'ok', denominator: 20 });
  });

  it('gives the region the table of all its records counted together', () => {
    const whole = computeIndicators(municipalMonitoringSet, {
      kind: 'records',
      ...(country.municipality === undefined ? {} : { municipality: country.municipality }),
      schools: country.schools,
      teachers: country.teachers ?? [],
    });
    expect(year.region?.results).toEqual(whole.results);
    // The sums of the municipalities' shares are the region's own counts.
    const row = year.regional.find((entry) => entry.code === '1.5');
    const regional = whole.results.find((result) => result.code === '1.5');
    expect(regional?.kind === 'share' && [regional.numerator, regional.denominator]).toEqual([
      row?.numerator,
      row?.denominator,
    ]);
    expect(row?.missingIn).toEqual(['m6']);
  });

  it('calls a municipality with no school in the registry no-data, naming it, with no zero', () => {
    const empty = year.municipalities.at(-1)!;
    expect(empty.status).toBe('no-data');
    expect(empty.issues.map((issue) => issue.message)).toEqual([
      'В реестре нет ни одной школы территории «Муниципалитет 7» за 2022-2023 учебный год: показатели цикла не рассчитаны (нулями не заполняются).',
    ]);
    expect(empty.report.results.every((result) => result.status === 'missing')).toBe(true);
    // Counting its empty list would have given «0» for the count 3.6; the cycle gives no value.
    const counted = computeIndicators(municipalMonitoringSet, { kind: 'records', schools: [] });
    expect(counted.results.some((result) => result.kind === 'count' && result.count === 0)).toBe(true);
    expect(empty.report.results.some((result) => result.kind === 'count' && result.count !== null)).toBe(
      false,
    );
  });

  it('reads typed answers with the set compiled once, as computeCycle does one by one', () => {
    const compiled = compileIndicatorSet(municipalMonitoringSet);
    if (!compiled.ok) throw new Error('the seed-001 set does not compile');
    const kansk = kanskCycle2022();
    const typed = computeRegionCycles([kansk], compiled.value);
    expect(typed.source).toBe('counts');
    expect(typed.municipalities[0]).toEqual(computeCycle(kansk, municipalMonitoringSet));
    // One municipality: the region's table is its own counts.
    expect(typed.region?.results.find((result) => result.code === '1.5')).toMatchObject({
      numerator: 7,
      denominator: 18,
      display: '38,9%',
    });
  });

  it('names a cycle of another year, a territory listed twice, and schools of a territory with no cycle', () => {
    const mixed = computeRegionCycles(
      [cycles[0]!, cycleOf('m1', 'Муниципалитет 2', '2021-2022'), cycles[0]!],
      municipalMonitoringSet,
      { records: country },
    );
    const messages = mixed.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toContain(
      'cycles[1].schoolYear: Цикл «Муниципалитет 2» относится к 2021-2022 учебному году, а не к 2022-2023: регион сводится за один год.',
    );
    expect(messages).toContain(
      'cycles[2].territoryId: Территория «Муниципалитет 1» указана дважды: у неё один цикл за учебный год.',
    );
    expect(messages).toContain(
      'records.schools: В реестре есть школы муниципалитета «m2», для которого нет цикла 2022-2023: в своды муниципалитетов они не вошли, в итог по региону вошли.',
    );
  });
});

/** A municipality's typed-in cycle (the municipal count form), with its population sizes. */
function typedCycle(
  id: string,
  name: string,
  populations: Record<string, number>,
  answers: Record<string, IndicatorAnswer>,
): MonitoringCycle {
  return monitoringCycleSchema.parse({
    id: `${id}-2022-2023`,
    level: 'municipality',
    territoryId: id,
    territoryName: name,
    schoolYear: '2022-2023',
    indicatorSetId: municipalMonitoringSet.id,
    status: 'closed',
    closedAt: '2023-06-30',
    populations,
    units: [
      {
        level: 'municipality',
        unitId: id,
        name,
        state: 'accepted',
        answers: Object.fromEntries(
          Object.entries(answers).map(([code, value]) => [code, { value, history: [] }]),
        ),
      },
    ],
  });
}

describe('a region’s typed-in cycles in one grouped call', () => {
  // Two municipalities' typed counts: 10 and 6 schools, so the region's shares are over 16 and
  // land on half-way values (6,25 % → 6,3 %; 31,25 % → 31,3 %), where rounding is seen.
  const north = typedCycle(
    'north',
    'Северный район',
    { 'municipality-schools': 10, 'target-schools': 4, 'target-teachers': 40 },
    {
      '1.1': true,
      '1.5': { numerator: 1 },
      '1.6': { numerator: 3 },
      '4.2': { numerator: 13 },
      '4.8': 2,
      '5.3': { numerator: 0 },
    },
  );
  const south = typedCycle(
    'south',
    'Южный район',
    { 'municipality-schools': 6, 'target-schools': 2, 'target-teachers': 24 },
    {
      '1.1': false,
      '1.5': { numerator: 0 },
      '1.6': { numerator: 2 },
      '4.2': null,
      '4.8': 1,
      '5.3': { numerator: 1 },
    },
  );
  const year = computeRegionCycles([north, south], municipalMonitoringSet);
  const region = (code: string) => year.region?.results.find((result) => result.code === code);

  it('gives each municipality exactly what computeCycle gives from its own counts', () => {
    expect(year.source).toBe('counts');
    expect(year.municipalities).toEqual([
      computeCycle(north, municipalMonitoringSet),
      computeCycle(south, municipalMonitoringSet),
    ]);
  });

  it('sums numerators and denominators and rounds the region’s share half-up, not the mean of percentages', () => {
    // 1 of 10 and 0 of 6 → 1 of 16 = 6,25 % → 6,3 % (half-up; half-to-even would print 6,2 %).
    expect(region('1.5')).toMatchObject({
      status: 'ok',
      numerator: 1,
      denominator: 16,
      percent: 6.3,
      display: '6,3%',
    });
    // 3 of 10 (30 %) and 2 of 6 (33,3 %) → 5 of 16 = 31,25 % → 31,3 %; the mean of the two would be 31,7 %.
    expect(region('1.6')).toMatchObject({ numerator: 5, denominator: 16, percent: 31.3, display: '31,3%' });
    expect(region('5.3')).toMatchObject({ numerator: 1, denominator: 16, display: '6,3%' });
    // A count is summed: 2 + 1 stажировочные площадки.
    expect(region('4.8')).toMatchObject({ kind: 'count', count: 3, display: '3' });
    // The same sums as `regional`, which lists who is missing.
    expect(year.regional.find((row) => row.code === '1.6')).toMatchObject({ numerator: 5, denominator: 16 });
  });

  it('leaves an indicator one municipality did not answer without a regional value, naming it', () => {
    expect(region('4.2')).toMatchObject({ status: 'missing', numerator: null, percent: null });
    expect(year.region?.issues.find((issue) => issue.indicatorCode === '4.2')?.message).toMatch(
      /^Показатель 4\.2 «.+»: нет значения у 1 из 2 \(south\) — итог не рассчитан, нулём не заполняется\.$/,
    );
    expect(year.regional.find((row) => row.code === '4.2')).toMatchObject({
      numerator: 13,
      missingIn: ['south'],
    });
    // A presence is the region's own answer, not a sum of its municipalities'.
    expect(region('1.1')).toMatchObject({ status: 'missing', present: null });
  });

  it('is one call with the set compiled once, the same as with the set as written', () => {
    const compiled = compileIndicatorSet(municipalMonitoringSet);
    if (!compiled.ok) throw new Error('the seed-001 set does not compile');
    const direct = computeCountsGrouped(compiled.value, [
      { key: 'north', input: cycleCounts(north) },
      { key: 'south', input: cycleCounts(south) },
    ]);
    expect(direct.total).toEqual(year.region);
    expect(direct.groups.map((group) => group.report)).toEqual(
      year.municipalities.map((municipality) => municipality.report),
    );
    // A group whose input is not counts at all is refused alone, and the totals say it is missing.
    const broken = computeCountsGrouped(compiled.value, [
      { key: 'north', input: cycleCounts(north) },
      { key: 'bad', input: { kind: 'counts', answers: 'none' } as unknown as CountsInput },
    ]);
    expect(broken.groups[1]!.report.results).toEqual([]);
    expect(broken.total.results.find((result) => result.code === '1.5')).toMatchObject({ status: 'missing' });
    expect(broken.issues[0]!.path).toMatch(/^groups\[1\]\.input/);
  });
});
