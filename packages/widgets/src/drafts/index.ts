// The drafts store: autosave to IndexedDB with conflicts, migrations and fallbacks.
// `<shnro-draft-list>` is registered by `./draft-list/define.js`, not from here.
export { DraftController } from './autosave-controller.js';
export type { DraftControllerOptions } from './autosave-controller.js';
export { buildDraftFile, draftFileToFile, DRAFT_FILE_FORMAT, DRAFT_FILE_VERSION } from './draft-file.js';
export type { DraftFileSetAside } from './draft-file.js';
export { parseDraftFile } from './draft-file-reader.js';
export type { ParsedDraftFile } from './draft-file-reader.js';
export {
  DEFAULT_DRAFTS_DATABASE,
  DRAFTS_DATABASE_VERSION,
  openDraftsDatabase,
  openIndexedDbDraftStore,
} from './draft-store.js';
export type {
  DraftsDatabase,
  DraftsDatabaseOpener,
  DraftsOpenHooks,
  IndexedDbDraftStoreOptions,
} from './draft-store.js';
export { DraftSync, draftChannelName } from './draft-sync.js';
export type { DraftSyncMessage } from './draft-sync.js';
export {
  ShnroDraftConflictEvent,
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftSavedEvent,
  ShnroDraftStorageUnavailableEvent,
} from '../events/drafts.js';
export type { DraftRestoreSource } from '../events/drafts.js';
export { createMemoryDraftStore } from './memory-store.js';
export { draftCoreMessages } from './core-messages.js';
export { draftFileProblemMessage } from './file-messages.js';
export { draftStateMessage } from './storage-messages.js';
export { setAsideMessage } from './notice-messages.js';
export { formatDraftDateTime, formatDraftTime } from './messages.js';
export type { DraftCoreMessageKey, DraftListMessageKey, DraftMessageKey } from './messages.js';
export { draftListMessages } from './draft-list/messages.js';
export { draftMessage, draftMessages } from './core-messages.js';
export { currentVersion, defineDraftKinds, noDraftKinds, upgradeDraft } from './migrations.js';
export type { DraftKindDefinition, DraftMigrations, UpgradeOutcome } from './migrations.js';
export { openDraftStore } from './open-draft-store.js';
export type { OpenDraftStoreOptions, OpenedDraftStore } from './open-draft-store.js';
export { requestPersistentStorage } from './persist.js';
export { isQuotaError } from './store-core.js';
export type {
  DraftExportSelection,
  DraftFile,
  DraftFileProblem,
  DraftImportResult,
  DraftInput,
  DraftKey,
  DraftLoadResult,
  DraftPutOptions,
  DraftPutResult,
  DraftRecord,
  DraftSummary,
  DraftState,
  DraftStorageKind,
  DraftStorageProblem,
  DraftStore,
  QuarantinedDraft,
  SetAsideCode,
  SetAsideReason,
} from './types.js';
export { ShnroDraftList } from './draft-list/draft-list.js';
export { draftConflictActions, type DraftConflictChoice } from './conflict-actions.js';
