import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import type { IndicatorResult } from '../indicator/compute/result.js';
import { parseOrExplain } from '../errors/index.js';
import { computeCycle } from './compute.js';
import { kanskCycle2023 } from './example.js';
import {
  checkTarget,
  indicatorTargetsSchema,
  targetFor,
  targetVerdictLabels,
  type IndicatorTarget,
} from './target.js';

const results = new Map(
  computeCycle(kanskCycle2023(), municipalMonitoringSet).report.results.map((result) => [
    result.code,
    result,
  ]),
);
const result = (code: string): IndicatorResult => results.get(code)!;

describe('an indicator against its target (целевое значение)', () => {
  it('judges by the better direction, with the gap in п.п. for shares and units for counts', () => {
    // 4.4 is 57,6 % in seed 001's 2023 cycle (higher is better); 1.6, the share at risk, 11,8 % (lower is better).
    expect(checkTarget(result('4.4'), { code: '4.4', value: 55 })).toMatchObject({
      verdict: 'met',
      value: 57.6,
      gap: 2.6,
      unit: 'percentage-points',
    });
    expect(checkTarget(result('4.4'), { code: '4.4', value: 60 })).toMatchObject({
      verdict: 'not-met',
      gap: -2.4,
    });
    expect(checkTarget(result('4.4'), { code: '4.4', value: 57.6 })).toMatchObject({
      verdict: 'met',
      gap: 0,
    });
    expect(checkTarget(result('1.6'), { code: '1.6', value: 10 })).toMatchObject({
      verdict: 'not-met',
      gap: 1.8,
    });
    expect(checkTarget(result('1.6'), { code: '1.6', value: 15 })).toMatchObject({
      verdict: 'met',
      gap: -3.2,
    });
    expect(checkTarget(result('1.1'), { code: '1.1', value: 1 })).toMatchObject({
      verdict: 'met',
      value: 1,
      unit: 'presence',
    });
  });

  it('never compares a missing value as a zero, and leaves an indicator with no better direction unjudged', () => {
    // 4.8 was not given in 2023.
    expect(checkTarget(result('4.8'), { code: '4.8', value: 3 })).toEqual({
      verdict: 'no-data',
      target: { code: '4.8', value: 3 },
      value: null,
      gap: null,
      unit: 'units',
    });
    const neutral: IndicatorResult = { ...result('4.4'), betterDirection: 'none' };
    expect(checkTarget(neutral, { code: '4.4', value: 50 })).toMatchObject({
      verdict: 'not-judged',
      gap: 7.6,
    });
    expect(checkTarget(result('4.4'), undefined)).toMatchObject({
      verdict: 'no-target',
      target: null,
      value: 57.6,
    });
  });

  it('takes a territory’s own target before the general one', () => {
    const targets: IndicatorTarget[] = [
      { code: '4.4', value: 50 },
      { code: '4.4', value: 70, territoryId: 'kansk' },
      { code: '1.6', value: 10, territoryId: 'other' },
    ];
    expect(targetFor(targets, '4.4', 'kansk')?.value).toBe(70);
    expect(targetFor(targets, '4.4', 'tukaev')?.value).toBe(50);
    expect(targetFor(targets, '4.4')?.value).toBe(50);
    expect(targetFor(targets, '1.6', 'kansk')).toBeUndefined();
  });

  it('refuses a target without a code or value, naming the field', () => {
    const parsed = parseOrExplain(indicatorTargetsSchema, [{ code: ' ', value: 'сорок' }]);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
    expect(paths).toEqual(['[0].code', '[0].value']);
    expect(parsed.ok ? '' : parsed.issues[0]!.message).toBe('Поле «Код показателя» не может быть пустым.');
  });

  it('names every verdict with a word, never by colour alone', () => {
    for (const label of Object.values(targetVerdictLabels)) {
      expect(label.ru.length).toBeGreaterThan(0);
      expect(label.en).toBeTruthy();
    }
  });
});
