import type {
  DraftKey,
  DraftRecord,
  DraftStorageKind,
  DraftStorageProblem,
  QuarantinedDraft,
} from '../drafts/types.js';
import { ShnroEvent } from './shnro-event.js';

/** A draft was saved. */
export class ShnroDraftSavedEvent extends ShnroEvent<'shnro-draft-saved'> {
  static readonly eventName = 'shnro-draft-saved';
  readonly key: DraftKey;
  readonly revision: number;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  /** `memory` when the draft will not survive a reload. */
  readonly storage: DraftStorageKind;

  constructor(init: { key: DraftKey; revision: number; savedAt: number; storage: DraftStorageKind }) {
    super(ShnroDraftSavedEvent.eventName);
    this.key = init.key;
    this.revision = init.revision;
    this.savedAt = init.savedAt;
    this.storage = init.storage;
  }
}

/** Where restored data came from. */
export type DraftRestoreSource = 'draft' | 'journal' | 'other-tab' | 'set-aside';

/** Draft data was restored: the host puts `data` into its editor. */
export class ShnroDraftRestoredEvent<T = unknown> extends ShnroEvent<'shnro-draft-restored'> {
  static readonly eventName = 'shnro-draft-restored';
  readonly key: DraftKey;
  readonly data: T;
  readonly revision: number;
  readonly savedAt: number;
  readonly title: string | undefined;
  /** The schema version the data was migrated from, when it was. */
  readonly migratedFrom: number | undefined;
  /**
   * `draft`: the stored draft; `journal`: input newer than the stored draft, from the synchronous
   * journal; `other-tab`: chosen in a conflict; `set-aside`: a kept-aside copy.
   */
  readonly source: DraftRestoreSource;

  constructor(init: { record: DraftRecord<T>; migratedFrom?: number; source: DraftRestoreSource }) {
    super(ShnroDraftRestoredEvent.eventName);
    const { record } = init;
    this.key = { scope: record.scope, kind: record.kind, documentId: record.documentId };
    this.data = record.data;
    this.revision = record.revision;
    this.savedAt = record.savedAt;
    this.title = record.title;
    this.migratedFrom = init.migratedFrom;
    this.source = init.source;
  }
}

/** Another tab saved a newer revision; the person must choose. Nothing was overwritten. */
export class ShnroDraftConflictEvent<T = unknown> extends ShnroEvent<'shnro-draft-conflict'> {
  static readonly eventName = 'shnro-draft-conflict';
  readonly key: DraftKey;
  /** The newer stored draft. */
  readonly theirs: DraftRecord<T>;
  /** This tab's text, not saved over theirs. */
  readonly ours: T;

  constructor(init: { key: DraftKey; theirs: DraftRecord<T>; ours: T }) {
    super(ShnroDraftConflictEvent.eventName);
    this.key = init.key;
    this.theirs = init.theirs;
    this.ours = init.ours;
  }
}

/** Drafts are not reaching browser storage: the host should make sure the person knows. */
export class ShnroDraftStorageUnavailableEvent extends ShnroEvent<'shnro-draft-storage-unavailable'> {
  static readonly eventName = 'shnro-draft-storage-unavailable';
  readonly reason: DraftStorageProblem;
  /** The person-facing explanation in Russian. */
  readonly message: string;
  /** What the browser reported, for logs. */
  readonly error: unknown;

  constructor(init: { reason: DraftStorageProblem; message: string; error?: unknown }) {
    super(ShnroDraftStorageUnavailableEvent.eventName);
    this.reason = init.reason;
    this.message = init.message;
    this.error = init.error;
  }
}

/** A draft was deleted at a person's request. */
export class ShnroDraftDiscardedEvent extends ShnroEvent<'shnro-draft-discarded'> {
  static readonly eventName = 'shnro-draft-discarded';
  readonly key: DraftKey;

  constructor(init: { key: DraftKey }) {
    super(ShnroDraftDiscardedEvent.eventName);
    this.key = init.key;
  }
}

/** A stored record could not be used and was kept aside (nothing was deleted). */
export class ShnroDraftQuarantinedEvent extends ShnroEvent<'shnro-draft-quarantined'> {
  static readonly eventName = 'shnro-draft-quarantined';
  readonly entry: QuarantinedDraft;

  constructor(init: { entry: QuarantinedDraft }) {
    super(ShnroDraftQuarantinedEvent.eventName);
    this.entry = init.entry;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-draft-saved': ShnroDraftSavedEvent;
    'shnro-draft-restored': ShnroDraftRestoredEvent;
    'shnro-draft-conflict': ShnroDraftConflictEvent;
    'shnro-draft-storage-unavailable': ShnroDraftStorageUnavailableEvent;
    'shnro-draft-discarded': ShnroDraftDiscardedEvent;
    'shnro-draft-quarantined': ShnroDraftQuarantinedEvent;
  }
}
