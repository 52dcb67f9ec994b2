import { describe, expect, it } from 'vitest';
import { computeTrustedIndicators } from '../../calculator/index.js';
import { wordReport } from '../../calculator/wording.js';
import { kanskMonitoring2022Counts } from '../../examples/index.js';
import { computeIndicators } from '../compute/compute.js';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import type { IndicatorSet } from '../schema.js';
import { computeTypedCounts } from './typed-counts.js';

const answers = kanskMonitoring2022Counts.answers;
// Valid, rule-breaking, shape-breaking and unreadable counts: every branch of the light steps.
const inputs: unknown[] = [
  kanskMonitoring2022Counts,
  { kind: 'counts', answers: {} },
  { kind: 'counts', answers: { ...answers, '4.4': { numerator: 6.5 }, '4.8': -1, 'x.9': 3 } },
  { kind: 'counts', answers: { '1.5': { numerator: 20, denominator: 18 } }, populations: { nowhere: 3 } },
  { kind: 'counts', answers: { '4.8': Number.POSITIVE_INFINITY } },
  { kind: 'counts', answers: { '4.8': 1e300 } },
  { kind: 'counts', answers: { '4.8': 'три' } },
  { kind: 'counts', answers: {}, extra: 1 },
  {
    kind: 'counts',
    get answers(): never {
      throw new Error('unreadable');
    },
  },
];

describe('computeTypedCounts', () => {
  it('gives exactly the light calculator’s report, in both languages', () => {
    for (const locale of ['ru', 'en'] as const)
      for (const input of inputs)
        expect(computeTypedCounts(municipalMonitoringSet, input, { locale })).toEqual(
          wordReport(computeTrustedIndicators(municipalMonitoringSet, input as never, { locale })),
        );
  });

  it('gives the validating calculator’s report whenever its own checks pass', () => {
    for (const input of inputs) {
      const light = computeTypedCounts(municipalMonitoringSet, input);
      if (light.issues.some((issue) => issue.code === 'not-checked')) continue;
      expect(light).toEqual(computeIndicators(municipalMonitoringSet, input as never));
    }
  });

  it('refuses a set it cannot vouch for, as the light calculator does', () => {
    const broken = { ...municipalMonitoringSet, populations: [] } as IndicatorSet;
    expect(computeTypedCounts(broken, kanskMonitoring2022Counts)).toEqual(
      wordReport(computeTrustedIndicators(broken, kanskMonitoring2022Counts)),
    );
    expect(computeTypedCounts(broken, kanskMonitoring2022Counts).ok).toBe(false);
  });
});
