import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import type { CountsInput, IndicatorAnswer } from '../input.js';
import { compileIndicatorSet, computeCountsGrouped, computeIndicators } from './index.js';

// The counts' group-by against the plain calculator on random municipalities: each group's table
// is `computeIndicators` over its counts, and the total is `computeIndicators` over the summed
// counts (every share rounded half-up from the sums). Pinned seed, short run.
const seed = 17_2026;
const compiled = compileIndicatorSet(municipalMonitoringSet);
if (!compiled.ok) throw new Error('the seed-001 set does not compile');
const set = compiled.value;
type PopulationId = 'municipality-schools' | 'target-schools' | 'target-teachers';

/** A municipality's counts: population sizes, and per indicator an answer within them (or none). */
const municipality = fc
  .record({
    'municipality-schools': fc.integer({ min: 0, max: 40 }),
    'target-schools': fc.integer({ min: 0, max: 12 }),
    'target-teachers': fc.integer({ min: 0, max: 300 }),
  })
  .chain((populations) => {
    const answers: Record<string, fc.Arbitrary<IndicatorAnswer | undefined>> = {};
    for (const indicator of set.set.indicators) {
      if (indicator.kind === 'presence')
        answers[indicator.code] = fc.option(fc.boolean(), { nil: undefined });
      else if (indicator.kind === 'count')
        answers[indicator.code] = fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined });
      else {
        const size = populations[indicator.population as PopulationId] ?? 0;
        answers[indicator.code] = fc.option(
          fc.integer({ min: 0, max: size }).map((numerator) => ({ numerator })),
          { nil: undefined, freq: 8 },
        );
      }
    }
    return fc.record(answers).map((given): CountsInput => ({
      kind: 'counts',
      populations,
      answers: Object.fromEntries(
        Object.entries(given).filter(([, answer]) => answer !== undefined),
      ) as Record<string, IndicatorAnswer>,
    }));
  });

describe('computeCountsGrouped equals computeIndicators', () => {
  it('per municipality, and for the total over the summed counts', () => {
    fc.assert(
      fc.property(fc.array(municipality, { minLength: 1, maxLength: 6 }), (inputs) => {
        const groups = inputs.map((input, index) => ({ key: `m${index}`, input }));
        const region = computeCountsGrouped(set, groups);
        groups.forEach((group, index) =>
          expect(region.groups[index]!.report).toEqual(computeIndicators(set, group.input)),
        );
        // The total as the plain calculator gives it for counts summed by hand, where all answered.
        const summed: Record<string, IndicatorAnswer> = {};
        for (const indicator of set.set.indicators) {
          if (indicator.kind === 'presence') continue;
          const answers = inputs.map((input) => input.answers[indicator.code]);
          if (answers.some((answer) => answer === undefined)) continue;
          if (indicator.kind === 'count')
            summed[indicator.code] = answers.reduce<number>((sum, answer) => sum + (answer as number), 0);
          else
            summed[indicator.code] = {
              numerator: answers.reduce<number>(
                (sum, answer) => sum + (answer as { numerator: number }).numerator,
                0,
              ),
              denominator: inputs.reduce(
                (sum, input) => sum + (input.populations?.[indicator.population] ?? 0),
                0,
              ),
            };
        }
        const plain = computeIndicators(set, { kind: 'counts', answers: summed });
        region.total.results.forEach((result, index) => {
          const expected = plain.results[index]!;
          expect(result.code).toBe(expected.code);
          if (result.kind === 'share' && expected.kind === 'share')
            expect([result.numerator, result.denominator, result.percent, result.display]).toEqual([
              expected.numerator,
              expected.denominator,
              expected.percent,
              expected.display,
            ]);
          else if (result.kind === 'count' && expected.kind === 'count')
            expect(result.count).toBe(expected.count);
          else expect(result.status).toBe('missing');
        });
      }),
      { seed, numRuns: 30 },
    );
  });
});
