export {
  assessmentSchema,
  resultMetricSchema,
  percentMetrics,
  resultPointSchema,
  resultSeriesSchema,
  resultSeriesListSchema,
  dynamicsClassSchema,
  municipalAverageSchema,
  dynamicsOptionsSchema,
  type Assessment,
  type ResultMetric,
  type ResultPoint,
  type ResultSeries,
  type DynamicsClass,
  type MunicipalAverage,
  type DynamicsOptionsInput,
} from './schema.js';
export {
  dynamicsPolicySchema,
  dynamicsPolicyInputSchema,
  defaultDynamicsPolicy,
  resolveDynamicsPolicy,
  toleranceFor,
  lowOverPolicyYears,
  dynamicsVerdict,
  type DynamicsPolicy,
  type DynamicsPolicyInput,
  type VerdictInput,
  type Verdict,
} from './policy.js';
export { assessmentLabels, resultMetricLabels, dynamicsClassLabels } from './labels.js';
export { pluralRu, countRu, type RussianPluralForms } from './plural.js';
export {
  compareSeries,
  compareSeriesUnchecked,
  explainComparisonArguments,
  policyOfOptions,
  changeUnitOf,
  type DynamicsOptions,
  type ChangeUnit,
  type YearChange,
  type YearValue,
  type InsufficientReason,
  type SchoolDynamics,
  type DynamicsResult,
} from './compare.js';
export { DynamicsRowCache } from './row-cache.js';
export { comparisonShapeProblem, type ShapeProblem } from './shape.js';
export { assessments, resultMetrics } from './units.js';
export { formatAmount, formatChange, formatResultValue } from './format.js';
export { summarizeDynamics, schoolNumber, metricPhrase, type SummaryOptions } from './summary.js';
