import type { DraftsDatabaseOpener } from './draft-store.js';
import { DEFAULT_DRAFTS_DATABASE } from './draft-store.js';
import type { DraftSyncMessage } from './draft-sync.js';
import { DraftSync } from './draft-sync.js';
import { createMemoryDraftStore } from './memory-store.js';
import type { DraftMigrations } from './migrations.js';
import { noDraftKinds } from './migrations.js';
import { openDraftStore } from './open-draft-store.js';
import type { DraftMemoryReason, DraftStore } from './types.js';

/** Where an autosave keeps its drafts, and what it is told of. */
export interface DraftConnectionOptions {
  /** This editing session's id: its own announcements are not heard back. */
  readonly tabId: string;
  readonly databaseName?: string | undefined;
  readonly migrations?: DraftMigrations | undefined;
  readonly openDatabase?: DraftsDatabaseOpener | undefined;
  readonly blockedTimeoutMs?: number | undefined;
  /** A store the host manages: it is neither opened nor closed here. */
  readonly store?: DraftStore | undefined;
  /** IndexedDB did not open: drafts are kept in this page's memory, for `reason` (a promise returned is awaited). */
  readonly unavailable: (reason: DraftMemoryReason, error: unknown) => unknown;
  /** Another tab (or editor) saved or discarded a draft of the same database. */
  readonly heard: (message: DraftSyncMessage) => void;
}

/**
 * The autosave's store and channel (хранилище черновиков): opens IndexedDB once (or takes the
 * host's store), falls back to memory when it will not open or breaks mid-session, and hears
 * the other tabs on the database's channel. Closing releases only what it opened.
 */
export class DraftStoreConnection {
  /** The store in use, once open. */
  store?: DraftStore;
  /** Why drafts are kept in memory only, if they are. */
  problem?: DraftMemoryReason;
  private opening?: Promise<DraftStore>;
  private sync?: DraftSync;
  private unsubscribe?: () => void;

  constructor(private readonly options: DraftConnectionOptions) {}

  /** The open store: opened on first use. */
  ready(): Promise<DraftStore> {
    this.opening ??= this.open();
    return this.opening;
  }

  /** Tells the other tabs of a change. */
  announce(message: Omit<DraftSyncMessage, 'tabId'>): void {
    this.sync?.announce(message);
  }

  /** IndexedDB failed mid-session: a memory store of the same name takes its place. */
  toMemory(): DraftStore {
    if (!this.options.store) this.store?.close();
    const name = this.store?.databaseName ?? this.options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
    const store = createMemoryDraftStore(name, this.options.migrations ?? noDraftKinds);
    this.store = store;
    this.opening = Promise.resolve(store);
    this.problem = 'unavailable';
    return store;
  }

  /** Stops hearing the other tabs and closes the store it opened; the next use opens again. */
  release(): void {
    this.unsubscribe?.();
    this.sync?.close();
    this.sync = undefined;
    if (!this.options.store) this.store?.close();
    this.store = undefined;
    this.opening = undefined;
  }

  private async open(): Promise<DraftStore> {
    let store: DraftStore;
    if (this.options.store) {
      store = this.options.store;
      this.problem = store.storage === 'memory' ? 'unavailable' : undefined;
    } else {
      const opened = await openDraftStore({
        databaseName: this.options.databaseName,
        migrations: this.options.migrations,
        openDatabase: this.options.openDatabase,
        blockedTimeoutMs: this.options.blockedTimeoutMs,
      });
      store = opened.store;
      this.problem = opened.problem;
      if (opened.problem) await this.options.unavailable(opened.problem, opened.error);
    }
    this.store = store;
    this.sync = new DraftSync(store.databaseName, this.options.tabId);
    this.unsubscribe = this.sync.subscribe((message) => this.options.heard(message));
    return store;
  }
}
