import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from './catalogue/municipal-monitoring.js';
import { countAnswered, countInvalid, isAnswered, missingPart } from './answered.js';
import { computeIndicators } from './compute/index.js';
import type { IndicatorStatus } from './compute/index.js';

describe('answered indicators', () => {
  it('counts a value and an empty population as answers, not missing or invalid input', () => {
    const statuses: IndicatorStatus[] = ['ok', 'missing', 'empty-population', 'invalid'];
    expect(statuses.filter((status) => isAnswered({ status }))).toEqual(['ok', 'empty-population']);
    const results = statuses.map((status) => ({ status }));
    expect(countAnswered(results)).toBe(2);
    expect(countInvalid(results)).toBe(1);
    expect(countAnswered([])).toBe(0);
  });
});

describe('what an indicator still lacks', () => {
  it('asks for the population of a share with a count and no population size, the answer otherwise', () => {
    const report = computeIndicators(
      municipalMonitoringSet,
      { kind: 'counts', answers: { '1.1': true, '1.5': { numerator: 7 }, '4.8': 3 } },
      { locale: 'ru' },
    );
    const part = (code: string) => {
      const result = report.results.find((candidate) => candidate.code === code);
      if (!result) throw new Error(code);
      return missingPart(result);
    };
    expect(part('1.1')).toBeUndefined();
    expect(part('4.8')).toBeUndefined();
    expect(part('1.5')).toBe('population');
    expect(part('1.2')).toBe('answer');
  });

  it('is no gap when the population is empty, nor when the input is invalid', () => {
    expect(missingPart({ status: 'empty-population', reasonCode: 'empty-population' })).toBeUndefined();
    expect(missingPart({ status: 'invalid', reasonCode: 'invalid-input' })).toBeUndefined();
    expect(missingPart({ status: 'missing', reasonCode: 'not-answered' })).toBe('answer');
  });
});
