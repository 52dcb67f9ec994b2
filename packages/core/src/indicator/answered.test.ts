import { describe, expect, it } from 'vitest';
import { countAnswered, countInvalid, isAnswered } from './answered.js';
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
