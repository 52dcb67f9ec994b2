export { indicatorSection, type IndicatorSectionOptions } from './indicator.js';
export {
  clusterSection,
  clusterDirectionsSection,
  type ClusterSectionOptions,
  type ClusterDirectionsOptions,
} from './cluster.js';
export {
  mentorshipSection,
  instrumentsInUse,
  type MentorshipSectionOptions,
  type CoverageInstrument,
} from './mentorship.js';
export { iomSection, type IomSectionOptions } from './iom.js';
export { dynamicsSection, type DynamicsSectionOptions } from './dynamics.js';
export { dynamicsFindings, type DynamicsFindings } from './dynamics-findings.js';
export { managementDecision, type ManagementDecisionInput } from './decision.js';
export {
  printedFiguresSection,
  printedFigureRemark,
  printedSumRemark,
  type PrintedFigure,
  type PrintedSum,
  type PrintedFiguresOptions,
} from './printed.js';
export {
  cycleReport,
  comparisonSection,
  decisionBlocks,
  defectSection,
  participationSentence,
  type CycleReportInput,
  type CycleDynamicsInput,
} from './cycle.js';
