export {
  addresseeSchema,
  decisionStatusSchema,
  activityLinkSchema,
  decisionRecordSchema,
  type Addressee,
  type DecisionStatus,
  type ActivityLink,
  type DecisionRecord,
  type DecisionRecordInput,
} from './schema.js';
export {
  followDecision,
  followDecisions,
  decisionsAnsweredBy,
  addresseeName,
  summarizeDecisions,
  type DecisionsSummary,
  type LinkedActivity,
  type FollowedDecision,
  type FollowOptions,
} from './follow.js';
export {
  decisionStatusLabels,
  decisionKindLabels,
  addresseeKindLabels,
  settableDecisionStatuses,
} from './labels.js';
