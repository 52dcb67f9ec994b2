export {
  bilingualTextSchema,
  roadmapSchoolSchema,
  orderReferenceSchema,
  measurableTargetSchema,
  activityStatusSchema,
  evidenceSchema,
  roadmapActivitySchema,
  roadmapSectionSchema,
  remarkTargetSchema,
  roadmapRemarkSchema,
  roadmapStatusSchema,
  roadmapActionSchema,
  roadmapHistoryEntrySchema,
  roadmapSchema,
  type BilingualText,
  type RoadmapSchool,
  type OrderReference,
  type MeasurableTarget,
  type ActivityStatus,
  type Evidence,
  type RoadmapActivity,
  type RoadmapSection,
  type RemarkTarget,
  type RoadmapRemark,
  type RoadmapStatus,
  type RoadmapAction,
  type RoadmapHistoryEntry,
  type Roadmap,
} from './schema.js';
export {
  targetGroupSchema,
  targetGroups,
  targetGroupLabels,
  targetGroupWorkLabels,
  type TargetGroup,
} from './target-group.js';
export { activityFormSchema, type ActivityForm } from './activity-form.js';
export { activityForms, activityFormLabels, passiveActivityForms } from './activity-form-values.js';
export { inferActivityForm } from './infer-form.js';
export {
  workDirectionSchema,
  directionCatalogueSchema,
  defaultDirectionCatalogue,
  extendDirectionCatalogue,
  directionsFor,
  findDirection,
  type WorkDirection,
  type DirectionCatalogue,
} from './catalogue.js';
export {
  riskFactorSchema,
  riskFactorListSchema,
  riskFactors500Plus2020,
  riskFactors500Plus2021,
  riskFactorLists500Plus,
  riskFactorListFor,
  findRiskFactor,
  type RiskFactor,
  type RiskFactorList,
} from './risk-factors.js';
export { parseOrderReference, formatOrderReference } from './order.js';
export { transitionRoadmap, resolveRemarkChecked, recheckRemark, blockingRemarks } from './transition.js';
export {
  availableActions,
  openRemarks,
  resolveRemark,
  roadmapStatusLabels,
  roadmapActionLabels,
  type RoadmapTransitionPayloads,
  type RoadmapTransitionError,
  type RoadmapTransitionResult,
  type ResolveRemarkResult,
} from './lifecycle.js';
export { deadlineContextOf, refreshDeadlines } from './deadlines.js';
export {
  checkRoadmapForSubmit,
  submitTextLimits,
  type SubmitProblem,
  type SubmitProblemTarget,
} from './submit-check.js';
export { createRoadmap, createActivity, type ActivityInput } from './create.js';
export {
  diffRoadmaps,
  type DiffLabel,
  type RoadmapActivityDiff,
  type RoadmapChangeKind,
  type RoadmapDiff,
  type RoadmapFieldChange,
  type RoadmapSectionDiff,
} from './diff.js';
export {
  clusterRoadmaps,
  type ClusterRow,
  type DirectionCluster,
  type RoadmapClusters,
  type ClusterOptions,
} from './cluster.js';
export {
  compileDirectionIndex,
  suggestDirection,
  type DirectionIndex,
  type DirectionSuggestion,
} from './suggest.js';
export * from './review/index.js';
export {
  roadmapRoleSchema,
  roadmapActionActors,
  roadmapPermissions,
  canEditRoadmap,
  tracksProgress,
  sameRoadmapStage,
  type RoadmapRole,
  type RoadmapActor,
  type RoadmapPermissions,
} from './policy.js';
export {
  remarkDismissalSchema,
  remarkDismissalListSchema,
  textAtPlace,
  remarkText,
  dismissalOf,
  applyDismissals,
  sameDismissal,
  withDismissal,
  withoutDismissal,
  type RemarkDismissal,
  type DismissedRemark,
} from './dismissal.js';
export {
  isOpenRemark,
  usedIds,
  freshId,
  isReviewRemarkAccepted,
  unacceptedReviewRemarks,
  createRemark,
  acceptReviewRemarks,
  type RemarkStamp,
} from './remarks.js';
