import type { AssessmentResult } from './schema.js';

/** What a share-type measure of a result is: marks «2», marks «5», below the minimum. */
export type ResultShareMeasure = 'share2' | 'share5' | 'shareBelowMinimum';

/** What a mean-type measure is: mean score or mean mark. */
export type ResultMeanMeasure = 'meanScore' | 'meanMark';

const countOf: Record<ResultShareMeasure, 'count2' | 'count5' | 'countBelowMinimum'> = {
  share2: 'count2',
  share5: 'count5',
  shareBelowMinimum: 'countBelowMinimum',
};

/**
 * The count behind a share: the exported count, or, when only a percentage was exported, the
 * number of students it stands for (rounded, and marked as derived).
 */
export function shareCount(
  result: AssessmentResult,
  measure: ResultShareMeasure,
): { count: number; total: number; derived: boolean } | undefined {
  const count = result[countOf[measure]];
  if (count !== undefined) return { count, total: result.participants, derived: false };
  const share = result[measure];
  if (share === undefined) return undefined;
  return {
    count: Math.round((share * result.participants) / 100),
    total: result.participants,
    derived: true,
  };
}
