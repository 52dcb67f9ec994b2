/**
 * @shnro/core/calculator: the indicator calculator without validation (калькулятор без
 * проверки схем). It computes the same tables as `computeIndicators` and
 * `computeIndicatorsGrouped` of `@shnro/core` for a set that was compiled by
 * `compileIndicatorSet` (e.g. on a server) or that the caller vouches for (`municipalMonitoringSet`
 * of `@shnro/core/catalogue`, a set stored after validation): the set and the input get cheap
 * shape checks by hand instead of the zod schemas, so a page that computes downloads no schema
 * and none of the core's error wording.
 *
 * Valid input gives exactly the validating API's results. Problems come coded (`CodedIssue`:
 * place, code and values, no sentence); `wordReport` of `@shnro/core/calculator/wording` words
 * them, and the worded report equals the validating API's. Input that fails a shape check gives
 * `ok: false` and one issue per place (code `not-checked`); load the full validation then, on
 * demand, for the validating API's report with every wrong field named. (No dynamic import here:
 * esbuild would wrap every module it reaches in lazy initialisers and keep them whole, in bundles
 * that never call it.)
 *
 * @example
 * import { computeTrustedIndicators } from '@shnro/core/calculator';
 * import { municipalMonitoringSet } from '@shnro/core/catalogue';
 * const report = computeTrustedIndicators(municipalMonitoringSet, input);
 * if (report.issues.some((issue) => issue.code === 'not-checked'))
 *   show((await import('@shnro/core')).computeIndicators(municipalMonitoringSet, input));
 * else if (!report.ok) show((await import('@shnro/core/calculator/wording')).wordReport(report));
 * else show(report);
 */
import type { CodedIssue } from '../indicator/compute/coded-issue.js';
import type { CompiledIndicatorSet } from '../indicator/compute/compile.js';
import {
  computeIndicatorsWith,
  type ComputeOptions,
  type IndicatorReport,
} from '../indicator/compute/compute.js';
import { lightExplainer } from '../indicator/compute/explain.js';
import {
  computeGroupedWith,
  type GroupedComputeOptions,
  type GroupedIndicatorReport,
  type GroupedRecordsInput,
} from '../indicator/compute/grouped.js';
import type { IndicatorInput } from '../indicator/input.js';
import type { IndicatorSet } from '../indicator/schema.js';

export type {
  CodedIssue,
  CompiledIndicatorSet,
  ComputeOptions,
  IndicatorReport,
  GroupedComputeOptions,
  GroupedIndicatorReport,
  GroupedRecordsInput,
  IndicatorInput,
  IndicatorSet,
};
export type { IndicatorGroup, GroupBy } from '../indicator/compute/grouped.js';
export type { CountField } from '../indicator/compute/coded-issue.js';
export type {
  IndicatorResult,
  PresenceResult,
  CountResult,
  ShareResult,
  SectionResult,
  IndicatorStatus,
  MissingReason,
} from '../indicator/compute/result.js';
export { isCompiledIndicatorSet } from '../indicator/compute/compile.js';

/** Options of the light calculator: records are checked while counted (`validation: 'fast'`). */
export type TrustedComputeOptions = Omit<ComputeOptions, 'validation'>;

/** Options of `computeTrustedIndicatorsGrouped`. */
export type TrustedGroupedOptions = Omit<GroupedComputeOptions, 'validation'>;

/**
 * `computeIndicators` for a compiled set or one the caller vouches for, without loading the
 * schemas nor the sentences of problems: the same results for valid input, problems coded
 * (`wordReport` words them); `ok: false` with `not-checked` issues for what fails a shape check.
 */
export function computeTrustedIndicators(
  set: IndicatorSet | CompiledIndicatorSet,
  input: IndicatorInput,
  options: TrustedComputeOptions = {},
): IndicatorReport<CodedIssue> {
  return computeIndicatorsWith(set, input, { ...options, validation: 'fast' }, lightExplainer);
}

/**
 * `computeIndicatorsGrouped` for a compiled set or one the caller vouches for, without loading
 * the schemas: many municipalities (or schools) and their total in one pass, problems coded
 * (`wordGroupedReport` words them).
 */
export function computeTrustedIndicatorsGrouped(
  set: IndicatorSet | CompiledIndicatorSet,
  input: GroupedRecordsInput,
  options: TrustedGroupedOptions,
): GroupedIndicatorReport<CodedIssue> {
  return computeGroupedWith(set, input, { ...options, validation: 'fast' }, lightExplainer);
}
