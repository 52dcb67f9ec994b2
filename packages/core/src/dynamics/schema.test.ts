import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseOrExplain } from '../errors/index.js';
import { sumOfAverages } from './example.js';
import { dynamicsOptionsSchema, resultSeriesSchema } from './schema.js';

describe('resultSeriesSchema', () => {
  it('accepts seed 004’s series', () => {
    for (const series of sumOfAverages) expect(parseOrExplain(resultSeriesSchema, series).ok).toBe(true);
  });

  it('refuses a year given twice and a quality rate above 100%, in Russian', () => {
    const parsed = parseOrExplain(resultSeriesSchema, {
      schoolId: 'school-8',
      assessment: 'gia-9',
      subjects: ['математика'],
      metric: 'quality-percent',
      points: [
        { year: 2022, value: 48.5 },
        { year: 2022, value: 104 },
      ],
    });
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['points[1].year', 'duplicate-year'],
      ['points[1].value', 'percent-above-100'],
    ]);
    expect(issues[0]?.message).toContain('результат за 2022 год уже указан выше');
    expect(issues[1]?.message).toContain('значение 104 больше 100%');
  });

  it('lists the assessments when one is unknown', () => {
    const parsed = parseOrExplain(resultSeriesSchema, { ...sumOfAverages[0], assessment: 'oge' });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.issues[0]?.message).toContain('gia-9');
  });
});

describe('dynamicsOptionsSchema', () => {
  it('accepts options stored as JSON and refuses a negative tolerance', () => {
    const options = {
      assessment: 'gia-9',
      metric: 'sum-of-average-scores',
      tolerance: 0.5,
      lowThreshold: 'municipal-average',
    };
    expect(parseOrExplain(dynamicsOptionsSchema, options).ok).toBe(true);
    const negative = parseOrExplain(dynamicsOptionsSchema, { ...options, tolerance: -1 });
    expect(negative.ok ? [] : negative.issues.map((issue) => issue.path)).toEqual(['tolerance']);
  });

  it('converts to JSON Schema', () => {
    expect((z.toJSONSchema(resultSeriesSchema, { io: 'input' }) as { title?: string }).title).toBe(
      'ResultSeries',
    );
    expect((z.toJSONSchema(dynamicsOptionsSchema, { io: 'input' }) as { title?: string }).title).toBe(
      'DynamicsOptions',
    );
  });
});
