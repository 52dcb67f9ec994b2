export {
  schoolYearSchema,
  cycleStatusSchema,
  approvalStateSchema,
  answerChangeSchema,
  cycleAnswerSchema,
  approvalStepSchema,
  cycleUnitSchema,
  cycleExceptionSchema,
  monitoringCycleSchema,
  type SchoolYear,
  type CycleStatus,
  type ApprovalState,
  type AnswerChange,
  type CycleAnswer,
  type ApprovalStep,
  type CycleUnit,
  type CycleException,
  type MonitoringCycle,
  type MonitoringCycleInput,
} from './schema.js';
export {
  computeCycle,
  cycleCounts,
  aggregateRegion,
  type CycleReport,
  type ComputeCycleOptions,
  type RegionalValue,
} from './compute.js';
export {
  compareCycles,
  type ComparisonStatus,
  type ChangeDirection,
  type ChangeAssessment,
  type CycleValue,
  type IndicatorComparison,
  type CycleComparison,
} from './compare.js';
export {
  setAnswer,
  explainAnswer,
  approve,
  completeness,
  closeCycle,
  findOutliers,
  type CycleChange,
  type Actor,
  type Completeness,
  type OutlierRules,
  type Outlier,
} from './quality.js';
export {
  linkedMeasureSchema,
  indicatorLinkSchema,
  linkProgress,
  roadmapProgress,
  checkLinks,
  type LinkedMeasure,
  type IndicatorLink,
  type IndicatorLinkInput,
  type LinkStatus,
  type LinkProgress,
  type ProgressSources,
  type RoadmapProgress,
} from './progress.js';
export {
  reviewAcrossSchools,
  defectSentence,
  type DefectRow,
  type SectionSuggestion,
  type CrossReview,
  type CrossReviewOptions,
} from './review.js';
export { computeRegionCycles, type ComputeRegionOptions, type RegionCycles } from './region.js';
export { cellVerdict, cellVerdictLabels, approvalStateLabels, type CellVerdict } from './verdict.js';
export {
  indicatorTargetSchema,
  indicatorTargetsSchema,
  targetFor,
  checkTarget,
  targetVerdictLabels,
  type IndicatorTarget,
  type TargetVerdict,
  type TargetCheck,
} from './target.js';
export { cycleKey, orderCycles, previousCycle, type CycleKeyParts } from './key.js';
export {
  territoryScorecard,
  schoolScorecard,
  scorecardValue,
  type ScorecardRow,
  type ScorecardOptions,
  type SchoolScorecardOptions,
  type SchoolScorecard,
} from './scorecard.js';
