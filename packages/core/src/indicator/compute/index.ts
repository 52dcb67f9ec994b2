export { computeIndicators, type ComputeOptions, type IndicatorReport } from './compute.js';
export {
  compileIndicatorSet,
  isCompiledIndicatorSet,
  type CompiledIndicatorSet,
  type CompileResult,
  type CompileOptions,
} from './compile.js';
export {
  computeIndicatorsGrouped,
  type GroupBy,
  type GroupedRecordsInput,
  type GroupedComputeOptions,
  type GroupedIndicatorReport,
  type IndicatorGroup,
} from './grouped.js';
export { computeCountsGrouped, type CountsGroup, type GroupedCountsReport } from './counts-grouped.js';
export type { RecordValidation } from './record-guards.js';
export type {
  IndicatorResult,
  PresenceResult,
  CountResult,
  ShareResult,
  SectionResult,
  IndicatorStatus,
  MissingReason,
} from './result.js';
export { indicatorName } from './messages.js';
export { markInvalidAnswers } from './mark-invalid.js';
