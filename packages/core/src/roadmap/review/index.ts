export {
  reviewRoadmap,
  createReviewContext,
  createRoadmapReviewer,
  type RoadmapReviewer,
  type RoadmapReviewStats,
} from './review.js';
export { toRoadmapRemarks } from './remarks.js';
export {
  defaultReviewRules,
  vagueResultRule,
  unmeasurableResultRule,
  passiveFormatRule,
  genericSectionTitleRule,
  missingResultRule,
  missingDeadlineRule,
  unparsedDeadlineRule,
  deadlineOutsidePeriodRule,
  missingResponsibleRule,
  duplicateActivityRule,
} from './rules/index.js';
export {
  defaultReviewVocabulary,
  compileReviewVocabulary,
  extendReviewVocabulary,
  findPhrase,
  matchWholePhrase,
  hasMeasuringNumber,
  namesProductOrApplication,
  isCheckableResult,
  type ReviewVocabularyLists,
  type CompiledReviewVocabulary,
  type VocabularyEntry,
} from './vocabulary.js';
export type {
  ReviewSeverity,
  ReviewPlace,
  RuleFinding,
  ReviewRemark,
  ActivityEntry,
  ReviewContext,
  ReviewRule,
  ReviewOptions,
} from './types.js';
export { nominalisedImprovement, isAbstractNoun, type ImprovementPhrase } from './phrase.js';
