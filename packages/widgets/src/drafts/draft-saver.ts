import type { ReactiveControllerHost } from 'lit';
import { ShnroDraftSavedEvent, ShnroDraftStorageUnavailableEvent } from '../events/drafts.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { DraftStoreConnection } from './draft-connection.js';
import type { DraftJournalWriter } from './journal-writer.js';
import { storageWording } from './lazy.js';
import { storageProblemLine } from './messages.js';
import type { DraftMigrations } from './migrations.js';
import { currentVersion, noDraftKinds } from './migrations.js';
import { requestPersistentStorage } from './persist.js';
import type {
  DraftKey,
  DraftPutResult,
  DraftRecord,
  DraftState,
  DraftStorageProblem,
  DraftStore,
} from './types.js';

/** What the save side needs of the autosave it serves. */
export interface DraftSaverOptions<T> {
  readonly key: DraftKey;
  readonly tabId: string;
  readonly title?: string | ((data: T) => string | undefined) | undefined;
  readonly migrations?: DraftMigrations | undefined;
  /** Ask the browser for persistent storage after the first save into IndexedDB. */
  readonly persist: boolean;
  readonly locale: () => WidgetLocale;
  readonly connection: DraftStoreConnection;
  /** The synchronous journal of inputs, if kept: a stored save settles its entries. */
  readonly journal: () => DraftJournalWriter<T> | undefined;
  /** The store holds a newer revision than this tab's base. */
  readonly conflict: (theirs: DraftRecord<T>) => void;
}

/**
 * The write side of the autosave (сохранение черновика): the text not yet stored, the stored
 * revision it is based on, the state the person is told, and one save with every way it can go:
 * saved, a newer revision elsewhere, the disk full, one write aborted, or IndexedDB broken (the
 * text then goes on in memory, and the person is told).
 */
export class DraftSaver<T> {
  /** What the draft is doing now. */
  state: DraftState<T> = { status: 'idle' };
  /** This tab's newest text, undefined before any. */
  latest: T | undefined;
  /** The stored revision this tab's text is based on, or null for a draft it has never seen stored. */
  baseRevision: number | null = null;
  /** True while there is text not yet written. */
  pending = false;
  readonly key: DraftKey;
  private timer?: ReturnType<typeof setTimeout>;
  private persistAsked = false;

  constructor(
    readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DraftSaverOptions<T>,
  ) {
    this.key = options.key;
  }

  /** Runs `save` after `ms` of quiet, replacing the one planned before. */
  later(ms: number, save: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(save, ms);
  }

  /** The planned save is called off. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Nothing is written for now: the planned save is called off and the text stays unsaved. */
  hold(): void {
    clearTimeout(this.timer);
    this.pending = true;
  }

  setState(state: DraftState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** A stored record becomes the base of further saves and this tab's text. */
  adopt(record: DraftRecord<T>): void {
    clearTimeout(this.timer);
    this.baseRevision = record.revision;
    this.latest = record.data;
    this.pending = false;
    this.setState(this.memoryState() ?? { status: 'saved', at: record.savedAt, revision: record.revision });
  }

  /** The state while drafts are kept in memory only, or undefined when they reach IndexedDB. */
  memoryState(): DraftState<T> | undefined {
    const { problem } = this.options.connection;
    return problem ? { status: 'unsaved-memory-only', reason: problem } : undefined;
  }

  /** The record `data` would be stored as. */
  recordOf(data: T, revision: number, savedAt: number): DraftRecord<T> {
    return {
      ...this.inputOf(data),
      schemaVersion: currentVersion(this.options.migrations ?? noDraftKinds, this.key.kind),
      revision,
      savedAt,
    };
  }

  /**
   * Tells the page that drafts are not reaching IndexedDB, and why, in the person's words. The
   * words are a rare part, loaded now if the idle prefetch has not: without them (offline) the
   * short general line is said. Never rejects.
   */
  async tellUnavailable(reason: DraftStorageProblem, error: unknown): Promise<void> {
    const wording = await storageWording.get().catch(() => undefined);
    // The status line is worded in full from now on.
    this.host.requestUpdate();
    const message = storageProblemLine(reason, this.options.locale(), wording);
    this.host.dispatchEvent(new ShnroDraftStorageUnavailableEvent({ reason, message, error }));
  }

  /** Writes the pending text, unless there is none or a conflict waits for the person. */
  async save(): Promise<void> {
    if (!this.pending || this.state.status === 'conflict' || this.latest === undefined) return;
    const data = this.latest;
    const journal = this.options.journal();
    const sequence = journal?.sequence ?? 0;
    this.pending = false;
    // A warning on screen (memory only, disk full) stays up until a save proves it wrong.
    const { status } = this.state;
    if (status === 'idle' || status === 'saved') this.setState({ status: 'saving' });
    let store = await this.options.connection.ready();
    let result: DraftPutResult<T>;
    try {
      result = await store.put<T>(this.inputOf(data), { baseRevision: this.baseRevision });
    } catch (error) {
      // Data that cannot be stored anywhere is a programming error, not a storage failure.
      if (store.storage === 'memory' || (error instanceof DOMException && error.name === 'DataCloneError')) {
        this.pending = true;
        throw error;
      }
      if (error instanceof DOMException && error.name === 'AbortError') {
        // One write aborted (the browser's doing): IndexedDB stays; the next input tries again.
        this.pending = true;
        const told = this.state.status === 'write-aborted';
        this.setState({ status: 'write-aborted' });
        if (!told) await this.tellUnavailable('aborted', error);
        return;
      }
      store = this.switchToMemory();
      // The text goes into memory at once; the page is told of it before the save is.
      const told = this.tellUnavailable('unavailable', error);
      result = await store.put<T>(this.inputOf(data), { baseRevision: this.baseRevision });
      await told;
    }
    if (result.status === 'saved') {
      this.saved(result.record, store, data, sequence);
    } else if (result.status === 'conflict') {
      this.options.conflict(result.theirs);
    } else {
      this.pending = true;
      const wasFull = this.state.status === 'quota-exceeded';
      this.setState({ status: 'quota-exceeded' });
      if (!wasFull) await this.tellUnavailable('quota-exceeded', result.error);
    }
  }

  private saved(record: DraftRecord<T>, store: DraftStore, data: T, sequence: number): void {
    this.baseRevision = record.revision;
    // In IndexedDB now: the journal entry has done its job, unless newer input replaced it.
    const journal = this.options.journal();
    if (store.storage === 'indexeddb') {
      journal?.journal.settle(sequence);
      if (this.latest === data) journal?.cancel();
    }
    this.setState(this.memoryState() ?? { status: 'saved', at: record.savedAt, revision: record.revision });
    this.options.connection.announce({ type: 'saved', ...this.key, revision: record.revision });
    this.host.dispatchEvent(
      new ShnroDraftSavedEvent({
        key: this.key,
        revision: record.revision,
        savedAt: record.savedAt,
        storage: store.storage,
      }),
    );
    if (store.storage === 'indexeddb' && !this.persistAsked && this.options.persist) {
      this.persistAsked = true;
      void requestPersistentStorage();
    }
  }

  /** IndexedDB failed mid-session: keep going in memory and say so. */
  private switchToMemory(): DraftStore {
    const store = this.options.connection.toMemory();
    // The memory store has never seen this draft: whatever it holds is someone else's.
    this.baseRevision = null;
    this.setState({ status: 'unsaved-memory-only', reason: 'unavailable' });
    return store;
  }

  private inputOf(data: T) {
    const { title } = this.options;
    const resolved = typeof title === 'function' ? title(data) : title;
    return {
      ...this.key,
      tabId: this.options.tabId,
      data,
      ...(resolved === undefined ? {} : { title: resolved }),
    };
  }
}
