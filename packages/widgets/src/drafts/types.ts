/**
 * The contract every draft store keeps, whether it writes to IndexedDB or only to memory.
 * Types only: importing this module runs nothing.
 */

/** Which draft: a host-given scope (the portal user, say), the widget kind and the document. */
export interface DraftKey {
  /** Host-given partition, such as the portal user id; drafts of one scope never mix with another's. */
  readonly scope: string;
  /** The kind of widget that owns the draft, such as `roadmap`. */
  readonly kind: string;
  /** The document being edited, as the host names it. */
  readonly documentId: string;
}

/** A saved draft as it is stored. */
export interface DraftRecord<T = unknown> extends DraftKey {
  /** The version of the kind's data schema the `data` follows. */
  readonly schemaVersion: number;
  /** Grows by one on every save of this key; the basis of conflict detection. */
  readonly revision: number;
  /** When it was saved, in milliseconds since the epoch. */
  readonly savedAt: number;
  /** The editing session (tab) that saved it. */
  readonly tabId: string;
  /** A human title shown in the list of drafts. */
  readonly title?: string;
  /** The widget's own data. */
  readonly data: T;
}

/** A draft without its data: what the list of drafts shows. */
export type DraftSummary = Omit<DraftRecord<never>, 'data'>;

/** What a caller gives to save: the store stamps revision, time and schema version. */
export interface DraftInput<T = unknown> extends DraftKey {
  readonly tabId: string;
  readonly title?: string;
  readonly data: T;
}

/** Why a record was kept aside instead of being used. */
export type SetAsideCode =
  /** The stored value is not a draft record (wrong types, missing fields). */
  | 'invalid-record'
  /** The kind's own check rejected the data. */
  | 'invalid-data'
  /** Saved by a newer version of the widgets than this page runs. */
  | 'newer-version'
  /** No migration path, or a migration threw. */
  | 'migration-failed'
  /** The person's text from a tab that closed while a conflict was still unresolved. */
  | 'unresolved-conflict';

/** The reason a record was kept aside: a code for programs, a detail for people and logs. */
export interface SetAsideReason {
  readonly code: SetAsideCode;
  readonly detail: string;
}

/** A record kept aside: never used automatically, never deleted unless a person asks. */
export interface QuarantinedDraft extends DraftKey {
  /** Assigned by the store. */
  readonly id: number;
  readonly reason: SetAsideReason;
  /** When it was kept aside, in milliseconds since the epoch. */
  readonly quarantinedAt: number;
  /** The value exactly as it was found. */
  readonly raw: unknown;
}

/** The outcome of reading one draft. */
export type DraftLoadResult<T = unknown> =
  | { readonly status: 'found'; readonly record: DraftRecord<T>; readonly migratedFrom?: number }
  | { readonly status: 'missing' }
  /** The record could not be used and was moved to quarantine. */
  | { readonly status: 'quarantined'; readonly quarantined: QuarantinedDraft }
  /** The browser could not read the value at all; it is left where it is. */
  | { readonly status: 'unreadable'; readonly error: unknown };

/** The outcome of saving one draft. Conflicts and a full disk are values, not exceptions. */
export type DraftPutResult<T = unknown> =
  | { readonly status: 'saved'; readonly record: DraftRecord<T> }
  /** A newer revision is stored than the one this save was based on; nothing was written. */
  | { readonly status: 'conflict'; readonly theirs: DraftRecord<T> }
  /** The browser refused for lack of space; nothing was written. */
  | { readonly status: 'quota-exceeded'; readonly error: unknown };

/** Options for one save. */
export interface DraftPutOptions {
  /**
   * The revision this save is based on: the one last read or saved by the caller, or null for
   * a draft the caller has never seen stored. Any other stored revision is a conflict.
   */
  readonly baseRevision: number | null;
}

/** What can be wrong with a drafts file; messages.ts words it for people. */
export type DraftFileProblem =
  | { readonly code: 'not-json' }
  | { readonly code: 'not-drafts-file' }
  | { readonly code: 'newer-file-version'; readonly version: number }
  | { readonly code: 'bad-draft'; readonly index: number; readonly reason: SetAsideReason }
  | { readonly code: 'empty' };

/** The outcome of importing a drafts file. */
export type DraftImportResult =
  | {
      readonly status: 'imported';
      /** Drafts written (new, or newer than the one stored). */
      readonly imported: readonly DraftSummary[];
      /** Drafts not written because the one stored here is newer. */
      readonly skipped: readonly DraftSummary[];
      /** Entries added to quarantine (they were set aside where the file was made). */
      readonly setAside: number;
    }
  | {
      readonly status: 'rejected';
      readonly problem: DraftFileProblem;
      /** The problem in Russian, ready to show. */
      readonly message: string;
    };

/** Where a store keeps drafts. */
export type DraftStorageKind = 'indexeddb' | 'memory';

/** The draft store: one interface, backed by IndexedDB or by memory. */
export interface DraftStore {
  /** Where this store keeps drafts; `memory` means they do not survive a reload. */
  readonly storage: DraftStorageKind;
  /** The database name this store stands for (the memory store keeps the name it replaces). */
  readonly databaseName: string;
  /** Reads a draft, migrating old data and quarantining what cannot be used. */
  get<T = unknown>(key: DraftKey): Promise<DraftLoadResult<T>>;
  /** Saves a draft unless a revision other than `baseRevision` is stored (then a conflict). */
  put<T = unknown>(input: DraftInput<T>, options: DraftPutOptions): Promise<DraftPutResult<T>>;
  /** The usable drafts of a scope, newest first; unusable ones met on the way are quarantined. */
  list(scope: string): Promise<DraftSummary[]>;
  /** Deletes a draft: only ever on a person's request. */
  delete(key: DraftKey): Promise<void>;
  /** The records of a scope that were kept aside, newest first. */
  listQuarantine(scope: string): Promise<QuarantinedDraft[]>;
  /** Keeps a value aside under `key` with `reason`; returns the entry. */
  setAside(key: DraftKey, raw: unknown, reason: SetAsideReason): Promise<QuarantinedDraft>;
  /** Tries to read a kept-aside entry as a draft now (it is not moved back). */
  readQuarantined<T = unknown>(id: number): Promise<DraftLoadResult<T>>;
  /** Deletes a kept-aside entry: only ever on a person's request. */
  deleteQuarantined(id: number): Promise<void>;
  /** A scope's drafts and kept-aside entries (all of them, or only those selected) as a file body. */
  exportDrafts(scope: string, selection?: DraftExportSelection): Promise<DraftFile>;
  /** Validates a drafts file and, only if all of it is sound, writes it into `scope`. */
  importDrafts(scope: string, text: string, tabId: string): Promise<DraftImportResult>;
  /** Closes the connection; the store must not be used afterwards. */
  close(): void;
}

/** Which drafts and kept-aside entries to export; absent lists select none of their sort. */
export interface DraftExportSelection {
  readonly keys?: readonly DraftKey[];
  readonly setAsideIds?: readonly number[];
}

/** The versioned body of an exported drafts file. */
export interface DraftFile {
  readonly format: 'shnro-drafts';
  readonly version: number;
  /** ISO 8601 time of export. */
  readonly exportedAt: string;
  readonly drafts: readonly DraftRecord[];
  readonly setAside: readonly Omit<QuarantinedDraft, 'id'>[];
}

/**
 * Why drafts are not reaching IndexedDB: `denied` when the browser's privacy settings forbid
 * storage (a `SecurityError`), `aborted` when the browser aborted one write's transaction.
 */
export type DraftStorageProblem = 'unavailable' | 'blocked' | 'denied' | 'quota-exceeded' | 'aborted';

/** Why a page keeps drafts in its memory only. */
export type DraftMemoryReason = 'unavailable' | 'blocked' | 'denied';

/** What an editing widget's draft is doing now; each state has a message for the person. */
export type DraftState<T = unknown> =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: number; readonly revision: number }
  /** Saved only in this page's memory: lost if the page closes. */
  | { readonly status: 'unsaved-memory-only'; readonly reason: DraftMemoryReason }
  /** The browser refused for lack of space; the text is kept in the page. */
  | { readonly status: 'quota-exceeded' }
  /** The browser aborted the write; the text is kept in the page and the next input tries again. */
  | { readonly status: 'write-aborted' }
  /** Another tab saved a newer revision; nothing is written until the person chooses. */
  | { readonly status: 'conflict'; readonly theirs: DraftRecord<T>; readonly ours: T };
