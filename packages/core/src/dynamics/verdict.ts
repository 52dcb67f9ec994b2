import type { DynamicsPolicy, DynamicsPolicyInput } from './policy.js';
import type { ChangeUnit } from './units.js';

// The verdict under the dynamics policy, apart from the policy's schemas (policy.ts): the chart
// takes verdicts without loading zod.

/**
 * The SDK's policy when nobody sets one. Any change counts (tolerance 0: the seeds call 13,6 → 13,2
 * «снижение»); fewer than 5 participants is a small sample; low means below the municipal average;
 * «стабильно низкие» means low in every compared year.
 */
export const defaultDynamicsPolicy: DynamicsPolicy = Object.freeze({
  tolerance: Object.freeze({ points: 0, percentagePoints: 0 }),
  minSample: 5,
  lowThreshold: 'municipal-average',
  stableLowYears: 'all',
}) as DynamicsPolicy;

/** The full policy from a partial one: what is not given comes from `base` (default: `defaultDynamicsPolicy`). */
export function resolveDynamicsPolicy(
  input: DynamicsPolicyInput = {},
  base: DynamicsPolicy = defaultDynamicsPolicy,
): DynamicsPolicy {
  return {
    tolerance: {
      points: input.tolerance?.points ?? base.tolerance.points,
      percentagePoints: input.tolerance?.percentagePoints ?? base.tolerance.percentagePoints,
    },
    minSample: input.minSample ?? base.minSample,
    lowThreshold: input.lowThreshold ?? base.lowThreshold,
    stableLowYears: input.stableLowYears ?? base.stableLowYears,
  };
}

/** The tolerance of the policy for a change measured in `unit`. */
export function toleranceFor(policy: DynamicsPolicy, unit: ChangeUnit): number {
  return unit === 'percentage-points' ? policy.tolerance.percentagePoints : policy.tolerance.points;
}

/** What a verdict is taken from: the change of the last compared year, the low flags per year, the sample. */
export interface VerdictInput {
  /** The last compared year minus the year before it; `null` when either value is missing. */
  change: number | null;
  unit: ChangeUnit;
  /** Per compared year, oldest first: below the low threshold (`true`), not (`false`), unknown (`null`). */
  lowByYear: readonly (boolean | null)[];
  /** Some compared year had fewer participants than the policy's minimum. */
  smallSample: boolean;
}

/** The verdict (вывод о динамике) and, when not judged, why. */
export interface Verdict {
  classification: 'improving' | 'stable' | 'declining' | 'stable-low' | 'insufficient-data';
  reason?: 'missing-year' | 'small-sample';
  /** Low in the years the policy looks at; `null` when some value or threshold is missing. */
  lowInAllYears: boolean | null;
}

/** Whether a school is low in the years the policy's `stableLowYears` looks at; `null` when unknown. */
export function lowOverPolicyYears(
  lowByYear: readonly (boolean | null)[],
  policy: DynamicsPolicy,
): boolean | null {
  const window = policy.stableLowYears === 'all' ? lowByYear : lowByYear.slice(-policy.stableLowYears);
  if (window.length < 2 && policy.stableLowYears !== 'all') return null;
  if (window.some((flag) => flag === false)) return false;
  if (window.some((flag) => flag === null)) return null;
  return window.length > 0;
}

/**
 * The verdict on a school's dynamics under the policy: a missing value → not judged
 * (`missing-year`); a small sample → not judged (`small-sample`); a rise beyond the tolerance →
 * `improving`; a fall beyond it → `declining`; otherwise `stable-low` when low over the policy's
 * years, else `stable`.
 */
export function dynamicsVerdict(input: VerdictInput, policy: DynamicsPolicy): Verdict {
  const lowInAllYears = lowOverPolicyYears(input.lowByYear, policy);
  if (input.change === null)
    return { classification: 'insufficient-data', reason: 'missing-year', lowInAllYears };
  if (input.smallSample)
    return { classification: 'insufficient-data', reason: 'small-sample', lowInAllYears };
  const tolerance = toleranceFor(policy, input.unit);
  if (input.change > tolerance) return { classification: 'improving', lowInAllYears };
  if (input.change < -tolerance) return { classification: 'declining', lowInAllYears };
  return { classification: lowInAllYears === true ? 'stable-low' : 'stable', lowInAllYears };
}
