import { describe, expect, it } from 'vitest';
import { countRu, pluralRu } from './plural.js';

const school = ['школа', 'школы', 'школ'] as const;

describe('pluralRu', () => {
  it('agrees «школа» with the number as Russian does', () => {
    const counts = [0, 1, 2, 4, 5, 11, 12, 14, 15, 21, 22, 25, 101, 111, 112, 122];
    expect(counts.map((count) => countRu(count, school))).toEqual([
      '0 школ',
      '1 школа',
      '2 школы',
      '4 школы',
      '5 школ',
      '11 школ',
      '12 школ',
      '14 школ',
      '15 школ',
      '21 школа',
      '22 школы',
      '25 школ',
      '101 школа',
      '111 школ',
      '112 школ',
      '122 школы',
    ]);
  });

  it('takes the «few» form for a fraction: 0,7 балла, 1,5 балла', () => {
    expect(pluralRu(0.7, ['балл', 'балла', 'баллов'])).toBe('балла');
    expect(pluralRu(1.5, ['балл', 'балла', 'баллов'])).toBe('балла');
    expect(pluralRu(-3, ['балл', 'балла', 'баллов'])).toBe('балла');
  });
});
