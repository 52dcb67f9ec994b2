import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import { computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023, tukaevCycles } from './example.js';
import { kanskSchoolRecords } from './school-records-example.js';
import { schoolScorecard, scorecardValue, territoryScorecard } from './scorecard.js';

const { records2022, records2023 } = kanskSchoolRecords();

const asOf = '2023-06-20';

describe('schoolScorecard', () => {
  const card = schoolScorecard(kanskCycle2023(), municipalMonitoringSet, {
    records: records2023,
    previous: { cycle: kanskCycle2022(), records: records2022 },
    asOf,
  });
  const row = (id: number) => card.rows.find((entry) => entry.id === `kansk-school-${id}`)!;

  it('gives one row per school of the cycle’s territory, counted from its own records', () => {
    expect(card.rows.map((entry) => [entry.level, entry.name])).toEqual([
      ['school', 'МБОУ СОШ № 1'],
      ['school', 'МБОУ СОШ № 2'],
      ['school', 'МБОУ СОШ № 4'],
      ['school', 'МБОУ СОШ № 5'],
    ]);
    // 4.5 (доля педагогов ШНРО и ШНСУ с ИОМ): 3 of the 4 teachers of № 1 in 2022–2023.
    const iom = municipalMonitoringSet.indicators.find((indicator) =>
      JSON.stringify(indicator).includes('"hasIom"'),
    )!;
    const share = row(1).report.report.results.find((result) => result.code === iom.code)!;
    expect(share).toMatchObject({ kind: 'share', numerator: 3, denominator: 4, percent: 75 });
    // Exactly what the calculator gives over that school's records alone (but for the «да»/«нет»
    // that a share over schools reads as for one school).
    const numbers = (results: readonly object[]) =>
      results.map(({ display: _, ...rest }: { display?: unknown }) => rest);
    const alone = computeIndicators(municipalMonitoringSet, {
      kind: 'records',
      schools: records2023.schools.slice(0, 1),
      teachers: records2023.teachers!.filter((teacher) => teacher.schoolId === 'kansk-school-1'),
    });
    expect(numbers(row(1).report.report.results)).toEqual(numbers(alone.results));
    expect(scorecardValue(row(1), iom.code)).toBe(75);
  });

  it('says «да» or «нет» for a share over schools taken over one school, keeping its numbers', () => {
    // 4.5 counts ШНРО и ШНСУ in municipal events: № 1 is, № 2 is not; № 4 left it unsaid.
    const events = (id: number) => row(id).report.report.results.find((result) => result.code === '4.5')!;
    expect(events(1)).toMatchObject({ display: 'да', numerator: 1, denominator: 1, percent: 100 });
    expect(events(2)).toMatchObject({ display: 'нет', numerator: 0, denominator: 1, percent: 0 });
  });

  it('judges each school against itself in the previous cycle, in п.п.', () => {
    const iomCode = card.codes.find(
      (code) => row(1).comparison?.rows.find((entry) => entry.code === code)?.change === 50,
    );
    expect(iomCode).toBeDefined();
    const compared = row(1).comparison!.rows.find((entry) => entry.code === iomCode)!;
    expect(compared).toMatchObject({
      before: { value: 25 },
      after: { value: 75 },
      unit: 'percentage-points',
      direction: 'up',
      assessment: 'better',
    });
    // +50 п.п. is past the default 20 п.п.: an outlier of that school, still to be explained.
    expect(row(1).outliers.get(iomCode!)).toMatchObject({ before: 25, after: 75, explanation: null });
    expect(row(1).previous?.cycle.territoryName).toBe('МБОУ СОШ № 1');
  });

  it('has no previous row for a school that joined, and names the school that left', () => {
    expect(row(4).previous).toBeNull();
    expect(row(4).comparison).toBeNull();
    expect(card.issues).toEqual([
      expect.objectContaining({
        code: 'school-left',
        message: expect.stringContaining('«МБОУ СОШ № 3»'),
      }),
    ]);
  });

  it('gives each school its own form’s approval state and completeness', () => {
    // The 2022–2023 example's 17 school forms are drafts still, and its deadline (10 June) has passed.
    expect(row(1).approval).toBe('draft');
    expect(row(1).completeness).toMatchObject({ expected: 1, submitted: 0, percent: 0 });
    expect(row(1).completeness.pending).toEqual([
      { unitId: 'kansk-school-1', name: 'МБОУ СОШ № 1', state: 'draft', overdue: true },
    ]);
    // The previous year's forms were approved.
    expect(row(1).previous?.cycle.units[0]?.state).toBe('approved');
    expect(row(1).cycle.units.map((unit) => unit.unitId)).toEqual(['kansk-school-1']);
  });

  it('reads per school only shares and counts: presences are the municipality’s', () => {
    const kinds = new Map(row(1).report.report.results.map((result) => [result.code, result.kind]));
    expect(card.codes.length).toBeGreaterThan(0);
    expect(card.codes.every((code) => kinds.get(code) !== 'presence')).toBe(true);
    expect([...kinds.values()].filter((kind) => kind !== 'presence')).toHaveLength(card.codes.length);
  });

  it('says which populations a school is outside of, and not for a school with no teacher recorded', () => {
    // № 5 has no category: outside 4.4 (teachers of ШНРО и ШНСУ) and 4.5 (ШНРО и ШНСУ themselves).
    expect(row(5).outside.has('4.4')).toBe(true);
    expect(row(5).outside.has('4.5')).toBe(true);
    expect(row(1).outside.size).toBe(0);
    // № 4 is a ШНРО: with its one teacher gone from the records, its 4.4 is unknown, not «не относится».
    const without = schoolScorecard(kanskCycle2023(), municipalMonitoringSet, {
      records: {
        ...records2023,
        teachers: records2023.teachers!.filter((teacher) => teacher.schoolId !== 'kansk-school-4'),
      },
      asOf,
    });
    const four = without.rows.find((entry) => entry.id === 'kansk-school-4')!;
    expect(four.report.report.results.find((result) => result.code === '4.4')?.status).toBe(
      'empty-population',
    );
    expect(four.outside.has('4.4')).toBe(false);
    expect(four.outside.has('4.5')).toBe(false);
  });

  it('checks a school’s own target before the general one', () => {
    const code = card.codes.find(
      (entry) => row(1).comparison?.rows.find((compared) => compared.code === entry)?.change === 50,
    )!;
    const targeted = schoolScorecard(kanskCycle2023(), municipalMonitoringSet, {
      records: records2023,
      targets: [
        { code, value: 50 },
        { code, territoryId: 'kansk-school-2', value: 100.1 },
      ],
      asOf,
    });
    const verdicts = targeted.rows.map((entry) => entry.targets.get(code)?.verdict);
    // № 1: 75 % ≥ 50 %; № 2: 100 % < its own 100,1 %; № 4: 0 % < 50 %; № 5 (no category) is
    // outside the population: no value, never a zero.
    expect(verdicts).toEqual(['met', 'not-met', 'not-met', 'no-data']);
    expect(targeted.rows[3]!.report.report.results.find((result) => result.code === code)?.status).toBe(
      'empty-population',
    );
  });

  it('says in English too', () => {
    const english = schoolScorecard(kanskCycle2023(), municipalMonitoringSet, {
      records: records2023,
      previous: { cycle: kanskCycle2022(), records: records2022 },
      asOf,
      locale: 'en',
    });
    expect(english.issues[0]?.message).toContain('left');
  });
});

describe('territoryScorecard', () => {
  it('gives what computeCycle and the previous cycle of the same territory give', () => {
    const tukaev = tukaevCycles();
    const rows = territoryScorecard([kanskCycle2023(), tukaev.final], municipalMonitoringSet, {
      previousCycles: [kanskCycle2022(), tukaev.initial],
      asOf,
    });
    expect(rows.map((entry) => [entry.level, entry.id])).toEqual([
      ['territory', 'kansk'],
      ['territory', tukaev.final.territoryId],
    ]);
    expect(rows[0]!.report.report.results).toEqual(
      computeCycle(kanskCycle2023(), municipalMonitoringSet).report.results,
    );
    expect(rows[0]!.previous?.cycle.schoolYear).toBe('2021-2022');
    expect(rows[1]!.previous?.cycle.stage).toBe(tukaev.initial.stage);
    expect(rows[0]!.approval).toBe('submitted');
  });
});
