export {
  deficitAreaSchema,
  deficitAreas,
  competenceLevelSchema,
  professionalDeficitSchema,
  deficitDiagnosisSchema,
  iomItemKindSchema,
  iomItemKinds,
  iomEvidenceKindSchema,
  iomEvidenceSchema,
  iomItemSchema,
  iomStatusSchema,
  iomSchema,
  type DeficitArea,
  type CompetenceLevel,
  type ProfessionalDeficit,
  type DeficitDiagnosis,
  type IomItemKind,
  type IomEvidenceKind,
  type IomEvidence,
  type IomItem,
  type IomStatus,
  type Iom,
} from './schema.js';
export {
  deficitAreaLabels,
  competenceLevelLabels,
  iomItemKindLabels,
  iomEvidenceKindLabels,
  iomStatusLabels,
} from './labels.js';
export { createIomItem, type IomItemInput } from './create.js';
export {
  routeProgress,
  overdueItems,
  itemDueDate,
  type RouteProgress,
  type OverdueItem,
} from './progress.js';
export { coveringItems } from './coverage.js';
export { uncoveredDeficits, iomRemarks, type IomRemark, type IomRemarkCode } from './remarks.js';
export {
  quarterlyCheckpoints,
  type QuarterCalendar,
  type CheckpointOptions,
  type Checkpoint,
  type QuarterlyCheckpoints,
} from './checkpoints.js';
export {
  iomTeacherFlags,
  collectTeacherFacts,
  teacherFlagsFromIoms,
  type IomTeacherFlag,
  type TeacherSupportRecords,
  type SupportSource,
  type TeacherFacts,
  type TeacherFlagsOptions,
} from './aggregate.js';
export { iomSummary, type IomSummary, type IomSummaryOptions } from './summary.js';
export { teachersAtEvents, teachersWithCourses, type ReachOptions, type TeacherReach } from './reach.js';
