import { describe, expect, it } from 'vitest';
import { coveringItems } from './coverage.js';
import { uncoveredDeficits } from './remarks.js';
import type { Iom } from './schema.js';
import { exampleDiagnosis, exampleIom } from './example.js';

describe('coveringItems', () => {
  it('lists the activities that name a deficit, leaving out cancelled ones', () => {
    const iom: Iom = exampleIom;
    for (const deficit of exampleDiagnosis.deficits) {
      const covering = coveringItems(iom, deficit.id);
      expect(covering.every((item) => item.status !== 'cancelled')).toBe(true);
      expect(covering.every((item) => item.deficitIds.includes(deficit.id))).toBe(true);
    }
  });

  it('agrees with uncoveredDeficits: a deficit with no covering activity is the one it flags', () => {
    const iom = exampleIom;
    const diagnosis = exampleDiagnosis;
    const flagged = uncoveredDeficits(diagnosis, iom).map((remark) => remark.deficitId);
    const empty = diagnosis.deficits.filter((deficit) => coveringItems(iom, deficit.id).length === 0);
    expect(empty.map((deficit) => deficit.id)).toEqual(flagged);
    expect(flagged.length).toBeGreaterThan(0);
  });
});
