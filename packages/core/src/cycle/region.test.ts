import { describe, expect, it } from 'vitest';
import { generateCountry } from '../../bench/generate-region.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compileIndicatorSet } from '../indicator/compute/compile.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import type { GroupedRecordsInput } from '../indicator/compute/grouped.js';
import type { RecordsInput } from '../indicator/input.js';
import { computeCycle } from './compute.js';
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
    expect(typed.region).toBeNull();
    expect(typed.municipalities[0]).toEqual(computeCycle(kansk, municipalMonitoringSet));
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
