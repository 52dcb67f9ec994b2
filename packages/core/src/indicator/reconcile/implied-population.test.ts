import { describe, expect, it } from 'vitest';
import { scaledPercentHalfUp } from '../../share/index.js';
import { explainMismatch } from './explain.js';
import { impliedPopulations } from './implied-population.js';
import { parsePrintedCount, parsePrintedPercent } from './parse-printed.js';

describe('impliedPopulations', () => {
  it('finds seed 001’s populations from a count and a printed percentage', () => {
    expect(impliedPopulations(7, 389, 1)).toEqual({ smallest: 18, largest: 18 });
    expect(impliedPopulations(169, 837, 1)).toEqual({ smallest: 202, largest: 202 });
    expect(impliedPopulations(22, 109, 1)).toEqual({ smallest: 201, largest: 202 });
    expect(impliedPopulations(7, 1000, 1)).toEqual({ smallest: 7, largest: 7 });
  });

  it('finds none for a percentage no population gives (2 → 11,2%, 7 → 38,8%)', () => {
    expect(impliedPopulations(2, 112, 1)).toBeNull();
    expect(impliedPopulations(7, 388, 1)).toBeNull();
    expect(impliedPopulations(3, 1010, 1)).toBeNull();
  });

  it('bounds a zero percentage from below only', () => {
    expect(impliedPopulations(0, 0, 1)).toEqual({ smallest: 1, largest: null });
    // 1 of more than 2000 rounds to 0,0%.
    expect(impliedPopulations(1, 0, 1)).toEqual({ smallest: 2001, largest: null });
  });

  it('agrees with half-up rounding for every small count and population', () => {
    for (let population = 1; population <= 60; population++) {
      for (let count = 0; count <= population; count++) {
        const range = impliedPopulations(count, scaledPercentHalfUp(count, population, 1), 1);
        expect(range, `${count} of ${population}`).not.toBeNull();
        expect(range!.smallest).toBeLessThanOrEqual(population);
        if (range!.largest !== null) expect(range!.largest).toBeGreaterThanOrEqual(population);
      }
    }
  });
});

describe('explainMismatch', () => {
  it('tells truncation from rounding up', () => {
    expect(explainMismatch(7, 18, { scaled: 388, decimals: 1 }, 1)).toBe('truncated');
    expect(explainMismatch(2, 18, { scaled: 112, decimals: 1 }, 1)).toBe('rounded-up');
    expect(explainMismatch(7, 18, { scaled: 39, decimals: 0 }, 1)).toBe('rounded-to-fewer-decimals');
    expect(explainMismatch(7, 18, { scaled: 401, decimals: 1 }, 1)).toBeNull();
  });
});

describe('reading printed numbers', () => {
  it('reads percentages with a comma, a point, spaces and no sign', () => {
    expect(parsePrintedPercent('38,9%')).toEqual({ scaled: 389, decimals: 1, value: 38.9 });
    expect(parsePrintedPercent('38,8 %')).toEqual({ scaled: 388, decimals: 1, value: 38.8 });
    expect(parsePrintedPercent('72,22%')).toEqual({ scaled: 7222, decimals: 2, value: 72.22 });
    expect(parsePrintedPercent('100%')).toEqual({ scaled: 100, decimals: 0, value: 100 });
    expect(parsePrintedPercent(71.5)).toEqual({ scaled: 715, decimals: 1, value: 71.5 });
    expect(parsePrintedPercent('-')).toBeNull();
    expect(parsePrintedPercent('около 40%')).toBeUndefined();
  });

  it('reads whole counts, with digit groups', () => {
    expect(parsePrintedCount('1 204')).toBe(1204);
    expect(parsePrintedCount(7)).toBe(7);
    expect(parsePrintedCount('7,5')).toBeUndefined();
    expect(parsePrintedCount('—')).toBeNull();
  });
});
