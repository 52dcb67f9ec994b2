import { describe, expect, it } from 'vitest';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compareCycles, type IndicatorComparison } from './compare.js';
import { computeCycle } from './compute.js';
import { kanskCycle2022, kanskCycle2023 } from './example.js';
import { cellVerdict, cellVerdictLabels } from './verdict.js';

const kansk = () =>
  compareCycles(
    computeCycle(kanskCycle2022(), municipalMonitoringSet),
    computeCycle(kanskCycle2023(), municipalMonitoringSet),
  );

describe('the verdict of a scorecard cell', () => {
  it('reads seed 001’s two years: a rise, a fall, an unchanged value, a value not given', () => {
    const rows = new Map(kansk().rows.map((row) => [row.code, row]));
    const verdicts = Object.fromEntries(
      ['1.5', '4.2', '4.4', '4.8', '1.1'].map((code) => [code, cellVerdict(rows.get(code))]),
    );
    expect(verdicts).toEqual({
      // 1.5 (the share of ШНРО/ШНСУ) is not judged: seed 001 reads its schools as the
      // monitoring's participants and never says fewer is better, so its rise is «changed».
      '1.5': 'changed',
      '4.2': 'worse',
      '4.4': 'better',
      '4.8': 'no-data',
      '1.1': 'same',
    });
  });

  it('never judges a missing, added or removed indicator, and leaves an unranked move unjudged', () => {
    const compared = kansk().rows.find((row) => row.code === '4.4')!;
    for (const status of ['missing-before', 'missing-after', 'added', 'removed'] as const)
      expect(cellVerdict({ ...compared, status })).toBe('no-data');
    expect(cellVerdict(undefined)).toBe('no-data');
    const neutral: IndicatorComparison = { ...compared, assessment: 'neutral' };
    expect(cellVerdict(neutral)).toBe('changed');
  });

  it('names every verdict with a word and a sign, never by colour alone', () => {
    for (const label of Object.values(cellVerdictLabels)) {
      expect(label.ru.length).toBeGreaterThan(0);
      expect(label.en?.length).toBeGreaterThan(0);
      expect(label.sign.length).toBe(1);
    }
    expect(new Set(Object.values(cellVerdictLabels).map((label) => label.sign)).size).toBe(5);
  });
});
