import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../../errors/index.js';
import { countsInputSchema } from '../input.js';
import { looksLikeCountsInput } from './counts-shape.js';

// Every value the hand check accepts, the schema accepts too (the reverse may not hold).
const accepted: unknown[] = [
  { kind: 'counts', answers: {} },
  { kind: 'counts', answers: { '1.1': true, '4.8': 3, '1.5': { numerator: 7 }, '1.6': null } },
  {
    kind: 'counts',
    answers: { '1.5': { numerator: 7, denominator: 18 } },
    populations: { 'target-schools': 7 },
  },
];
const refused: unknown[] = [
  null,
  { kind: 'records', answers: {} },
  { kind: 'counts', answers: { '4.8': Number.POSITIVE_INFINITY } },
  { kind: 'counts', answers: { '4.8': '3' } },
  { kind: 'counts', answers: { '1.5': { numerator: 7, extra: 1 } } },
  { kind: 'counts', answers: {}, extra: true },
  { kind: 'counts', answers: {}, populations: { 'target-schools': Number.NaN } },
];

describe('looksLikeCountsInput', () => {
  it('accepts only what countsInputSchema accepts', () => {
    for (const value of accepted) {
      expect(looksLikeCountsInput(value)).toBe(true);
      expect(parseOrExplain(countsInputSchema, value).ok).toBe(true);
    }
  });

  it('refuses what the schema refuses', () => {
    for (const value of refused) {
      expect(looksLikeCountsInput(value)).toBe(false);
      expect(parseOrExplain(countsInputSchema, value).ok).toBe(false);
    }
  });
});
