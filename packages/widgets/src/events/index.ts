// Every event the SDK's elements fire, in one place: classes, their details, and the
// `GlobalEventHandlersEventMap` entries that type `addEventListener` for them.
export { ShnroEvent, ShnroDetailEvent } from './shnro-event.js';
export {
  ShnroRoadmapChangeEvent,
  ShnroRoadmapTransitionEvent,
  ShnroRemarkDismissedEvent,
  ShnroRemarkRestoredEvent,
  type RoadmapChangeReason,
  type ShnroRoadmapChangeDetail,
  type ShnroRoadmapTransitionDetail,
  type ShnroRemarkDismissedDetail,
  type ShnroRemarkRestoredDetail,
} from './roadmap.js';
export { ShnroIndicatorsSubmitEvent, type ShnroIndicatorsSubmitDetail } from './indicators-submit.js';
export {
  ShnroDraftSavedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftConflictEvent,
  ShnroDraftStorageUnavailableEvent,
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  type DraftRestoreSource,
} from './drafts.js';
export { ShnroRoadmapOpenEvent, type ShnroRoadmapOpenDetail } from './roadmap-board.js';
export { ShnroIomSelectEvent, type ShnroIomSelectDetail } from './iom-tracker.js';
export { ShnroDecisionStatusChangeEvent, type ShnroDecisionStatusChangeDetail } from './decisions.js';
export { ShnroScorecardSortEvent, type ShnroScorecardSortDetail } from './scorecard.js';
export {
  ShnroRegistryImportEvent,
  ShnroIdentificationDecisionEvent,
  type ShnroRegistryImportDetail,
  type ShnroIdentificationDecisionDetail,
} from './school-registry.js';
