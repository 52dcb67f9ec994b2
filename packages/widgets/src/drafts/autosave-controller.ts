import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocalizeController } from '../shared/localize.js';
import { buildDraftFile, draftFileToFile } from './draft-file.js';
import type { DraftsDatabaseOpener } from './draft-store.js';
import { DEFAULT_DRAFTS_DATABASE } from './draft-store.js';
import type { DraftSyncMessage } from './draft-sync.js';
import { DraftSync } from './draft-sync.js';
import type { DraftJournalEntry } from './draft-journal.js';
import { DraftJournal, journalOutcome } from './draft-journal.js';
import { DraftJournalWriter } from './journal-writer.js';
import {
  ShnroDraftConflictEvent,
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftSavedEvent,
  ShnroDraftStorageUnavailableEvent,
} from '../events/drafts.js';
import { createMemoryDraftStore } from './memory-store.js';
import type { DraftMessageKey } from './messages.js';
import { draftMessage, draftMessages, draftStateMessage } from './messages.js';
import type { DraftMigrations } from './migrations.js';
import { currentVersion, noDraftKinds, upgradeDraft } from './migrations.js';
import { openDraftStore } from './open-draft-store.js';
import { requestPersistentStorage } from './persist.js';
import type { QuarantineNoticeEntry } from './quarantine-notice.js';
import type {
  DraftKey,
  DraftMemoryReason,
  DraftPutResult,
  DraftRecord,
  DraftState,
  DraftStorageProblem,
  DraftStore,
  DraftSummary,
  QuarantinedDraft,
} from './types.js';
import { keyOf, sameKey, summarize } from './validate.js';

/** Options of a `DraftController`. */
export interface DraftControllerOptions<T> extends DraftKey {
  /** The list title of the draft, fixed or taken from the data at each save. */
  readonly title?: string | ((data: T) => string | undefined);
  /** Quiet time after the last input before saving, in milliseconds (500). */
  readonly debounceMs?: number;
  /** The drafts database (`shnro-drafts`). */
  readonly databaseName?: string;
  /** The kinds of draft the page knows and their migrations. */
  readonly migrations?: DraftMigrations;
  /** Opens the database; replace it to test failures. */
  readonly openDatabase?: DraftsDatabaseOpener;
  /** How long to wait on a tab blocking the database before working in memory (3000 ms). */
  readonly blockedTimeoutMs?: number;
  /** A store the host manages; the controller then neither opens nor closes one. */
  readonly store?: DraftStore;
  /** This editing session's id; a random one unless given. */
  readonly tabId?: string;
  /** Ask the browser for persistent storage after the first save (true). */
  readonly persist?: boolean;
  /**
   * Write every input at once to a small journal in localStorage (sessionStorage where refused),
   * so that a page closed before the debounced save loses nothing (true).
   */
  readonly journal?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Autosaves an editing widget's draft: `schedule(data)` on every input (it never waits),
 * a save once input has been quiet for `debounceMs`, and at once when the page is hidden or
 * closed. Tells the person where the text is through `state`/`message`, and never lets a
 * stale tab overwrite a newer draft: the person is shown both and chooses.
 *
 * @fires shnro-draft-saved
 * @fires shnro-draft-restored
 * @fires shnro-draft-conflict
 * @fires shnro-draft-storage-unavailable
 * @fires shnro-draft-discarded
 * @fires shnro-draft-quarantined
 */
export class DraftController<T = unknown> implements ReactiveController {
  /** This editing session's id, stamped on every save and announcement. */
  readonly tabId: string;
  private readonly key: DraftKey;
  private readonly localize: LocalizeController<DraftMessageKey>;
  private currentState: DraftState<T> = { status: 'idle' };
  private store?: DraftStore;
  private opening?: Promise<DraftStore>;
  private problem?: DraftMemoryReason;
  private aside: QuarantineNoticeEntry[] = [];
  private sync?: DraftSync;
  private unsubscribe?: () => void;
  private baseRevision: number | null = null;
  private latest: T | undefined;
  private pending = false;
  private timer?: ReturnType<typeof setTimeout>;
  private chain: Promise<unknown> = Promise.resolve();
  private connected = false;
  private persistAsked = false;
  private asideCopy?: { of: T; id: Promise<number | undefined> };
  /** Every input written at once to a synchronous journal (journal-writer.ts). */
  private readonly journal?: DraftJournalWriter<T>;

  constructor(
    private readonly host: Host,
    private readonly options: DraftControllerOptions<T>,
  ) {
    this.key = keyOf(options);
    this.tabId = options.tabId ?? randomId();
    this.localize = new LocalizeController(host, draftMessages);
    if (options.journal !== false) {
      const databaseName = options.store?.databaseName ?? options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
      this.journal = new DraftJournalWriter(new DraftJournal<T>(databaseName, this.key, this.tabId), {
        key: this.key,
        tabId: this.tabId,
        ...(options.migrations ? { migrations: options.migrations } : {}),
        // In a conflict the base stays the older one, so a reload shows the conflict again.
        entryOf: (data) => ({
          baseRevision: this.baseRevision,
          record: this.recordOf(data, (this.baseRevision ?? 0) + 1, Date.now()),
        }),
        latest: () => this.latest,
      });
    }
    host.addController(this);
  }

  /** What the draft is doing now. */
  get state(): DraftState<T> {
    return this.currentState;
  }

  /** The state in words for the person, in the host's language; empty when idle. */
  get message(): string {
    return draftStateMessage(this.currentState, this.localize.locale);
  }

  /**
   * The stored drafts of this document that could not be opened and were kept aside at load
   * (or are a tab's text from an unresolved conflict): the widget tells the person of each.
   */
  get quarantined(): readonly QuarantineNoticeEntry[] {
    return this.aside;
  }

  /** True while there are edits not yet written to the store. */
  get dirty(): boolean {
    return this.pending;
  }

  /** Resolves once a store is open (IndexedDB, or memory with the reason told). */
  get ready(): Promise<void> {
    return this.storeReady().then(() => undefined);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.storeReady();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    // An editor removed from the page (a route change) still owes its last words to storage.
    this.hide();
    void this.enqueue(async () => {
      await this.asideCopy?.id; // A conflict's kept-aside copy is written before the store closes.
      if (!this.connected) this.release();
    }).catch(() => undefined);
  }

  /** Records the latest data and saves it once input is quiet. Returns at once, always. */
  schedule(data: T): void {
    this.latest = data;
    this.pending = true;
    this.journal?.input(data);
    if (this.currentState.status === 'conflict') {
      // Nothing is written while the person has not chosen; their typing still counts as "ours".
      this.setState({ ...this.currentState, ours: data });
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 500);
  }

  /** Saves pending data now; resolves when it is written (or could not be). Never rejects. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(() => this.save()).catch((error: unknown) => {
      console.error('[@shnro/widgets] The draft could not be saved.', error);
      // Never left saying «Сохраняем черновик…» about a save that is not happening.
      if (this.currentState.status === 'saving') this.setState({ status: 'write-aborted' });
    });
  }

  /** The stored draft's summary, if there is one, without restoring it. */
  async peek(): Promise<DraftSummary | undefined> {
    return this.enqueue(async () => {
      const result = await (await this.storeReady()).get<T>(this.key);
      if (result.status === 'quarantined') {
        this.host.dispatchEvent(new ShnroDraftQuarantinedEvent({ entry: result.quarantined }));
      }
      return result.status === 'found' ? summarize(result.record) : undefined;
    });
  }

  /**
   * Loads the stored draft (migrated to the current version) and makes it the base of
   * further saves; unsaved edits are replaced. Resolves to its data, or undefined when there
   * is no usable draft (an unusable one is kept aside and `shnro-draft-quarantined` fires).
   */
  async restore(): Promise<T | undefined> {
    return this.enqueue(async () => {
      const store = await this.storeReady();
      const result = await store.get<T>(this.key);
      if (result.status === 'quarantined') {
        this.tellAside(result.quarantined, false);
        this.host.dispatchEvent(new ShnroDraftQuarantinedEvent({ entry: result.quarantined }));
      }
      await this.findConflictCopies(store);
      const stored = result.status === 'found' ? result.record : undefined;
      const journaled = await this.useJournal(store, stored);
      if (journaled) return journaled.data;
      if (!stored || result.status !== 'found') return undefined;
      this.adopt(result.record);
      this.host.dispatchEvent(
        new ShnroDraftRestoredEvent<T>({
          record: result.record,
          source: 'draft',
          migratedFrom: result.migratedFrom,
        }),
      );
      return result.record.data;
    });
  }

  /**
   * Ends a conflict. `mine` saves this tab's text over the other tab's revision; `theirs`
   * takes the other tab's text (a `shnro-draft-restored` event carries it). Resolves to the
   * data the editor should now show.
   */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<T | undefined> {
    return this.enqueue(async () => {
      const state = this.currentState;
      if (state.status !== 'conflict') return this.latest;
      this.dropAsideCopy();
      if (choice === 'theirs') {
        // The person let this tab's text go: the journal must not bring it back on the next load.
        this.journal?.journal.clear();
        this.adopt(state.theirs);
        this.host.dispatchEvent(
          new ShnroDraftRestoredEvent<T>({ record: state.theirs, source: 'other-tab' }),
        );
        return state.theirs.data;
      }
      this.baseRevision = state.theirs.revision;
      this.latest = state.ours;
      this.pending = true;
      this.setState({ status: 'saving' });
      await this.save();
      return state.ours;
    });
  }

  /** Deletes the stored draft at the person's request; the editor keeps what it shows. */
  async discard(): Promise<void> {
    return this.enqueue(async () => {
      clearTimeout(this.timer);
      this.pending = false;
      this.dropAsideCopy();
      this.journal?.journal.clearDocument();
      await (await this.storeReady()).delete(this.key);
      this.baseRevision = null;
      this.sync?.announce({ type: 'discarded', ...this.key, revision: 0 });
      this.setState(this.memoryState() ?? { status: 'idle' });
      this.host.dispatchEvent(new ShnroDraftDiscardedEvent({ key: this.key }));
    });
  }

  /** This tab's current text as a drafts file, for «сохраните его в файл» when storage is full. */
  exportFile(now: Date = new Date()): File | undefined {
    if (this.latest === undefined) return undefined;
    const record = this.recordOf(this.latest, this.baseRevision ?? 1, now.getTime());
    return draftFileToFile(buildDraftFile([record], [], now));
  }

  private readonly onPageHide = (): void => this.hide();

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.hide();
  };

  /** The page may be gone in a moment: write now, and in a conflict keep our text aside. */
  private hide(): void {
    this.journal?.flush();
    if (this.currentState.status === 'conflict') this.keepOursAside();
    else void this.flush();
  }

  private async save(): Promise<void> {
    if (!this.pending || this.currentState.status === 'conflict' || this.latest === undefined) return;
    const data = this.latest;
    const sequence = this.journal?.sequence ?? 0;
    this.pending = false;
    // A warning on screen (memory only, disk full) stays up until a save proves it wrong.
    const { status } = this.currentState;
    if (status === 'idle' || status === 'saved') this.setState({ status: 'saving' });
    let store = await this.storeReady();
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
        const told = this.currentState.status === 'write-aborted';
        this.setState({ status: 'write-aborted' });
        if (!told) this.tellUnavailable('aborted', error);
        return;
      }
      store = this.switchToMemory(error);
      result = await store.put<T>(this.inputOf(data), { baseRevision: this.baseRevision });
    }
    if (result.status === 'saved') {
      this.baseRevision = result.record.revision;
      // In IndexedDB now: the journal entry has done its job, unless newer input replaced it.
      if (store.storage === 'indexeddb') {
        this.journal?.journal.settle(sequence);
        if (this.latest === data) this.journal?.cancel();
      }
      this.setState(
        this.memoryState() ?? {
          status: 'saved',
          at: result.record.savedAt,
          revision: result.record.revision,
        },
      );
      this.sync?.announce({ type: 'saved', ...this.key, revision: result.record.revision });
      this.host.dispatchEvent(
        new ShnroDraftSavedEvent({
          key: this.key,
          revision: result.record.revision,
          savedAt: result.record.savedAt,
          storage: store.storage,
        }),
      );
      if (store.storage === 'indexeddb' && !this.persistAsked && this.options.persist !== false) {
        this.persistAsked = true;
        void requestPersistentStorage();
      }
    } else if (result.status === 'conflict') {
      this.pending = true;
      this.enterConflict(result.theirs);
    } else {
      this.pending = true;
      const wasFull = this.currentState.status === 'quota-exceeded';
      this.setState({ status: 'quota-exceeded' });
      if (!wasFull) this.tellUnavailable('quota-exceeded', result.error);
    }
  }

  /** Another tab saved: if this tab has text and a different base, the person must choose. */
  private onSync(message: DraftSyncMessage): void {
    if (message.type !== 'saved' || !sameKey(message, this.key)) return;
    void this.enqueue(async () => {
      if (message.revision === this.baseRevision || this.latest === undefined) return;
      const result = await (await this.storeReady()).get<T>(this.key);
      if (result.status !== 'found' || result.record.revision === this.baseRevision) return;
      const state = this.currentState;
      if (state.status === 'conflict' && state.theirs.revision === result.record.revision) return;
      this.pending = true;
      this.enterConflict(result.record);
    }).catch((error: unknown) => console.error('[@shnro/widgets] A newer draft could not be read.', error));
  }

  private enterConflict(theirs: DraftRecord<T>): void {
    const ours = this.latest as T;
    // The same text on both sides is no conflict: take their revision as our base and go on.
    if (JSON.stringify(ours) === JSON.stringify(theirs.data)) {
      this.adopt(theirs);
      return;
    }
    clearTimeout(this.timer);
    this.setState({ status: 'conflict', theirs, ours });
    this.host.dispatchEvent(new ShnroDraftConflictEvent<T>({ key: this.key, theirs, ours }));
  }

  /** Keeps this tab's unsaved text aside when the page hides mid-conflict: never lost, never over theirs. */
  private keepOursAside(): void {
    const state = this.currentState;
    const store = this.store;
    if (state.status !== 'conflict' || !store || this.asideCopy?.of === state.ours) return;
    const previous = this.asideCopy;
    const record = this.recordOf(state.ours, state.theirs.revision, Date.now());
    const id = store
      .setAside(this.key, record, {
        code: 'unresolved-conflict',
        detail: `revision ${state.theirs.revision} from another tab was newer`,
      })
      .then(
        (entry) => entry.id,
        (error: unknown) => {
          console.error(
            '[@shnro/widgets] The text of an unresolved conflict could not be kept aside.',
            error,
          );
          return undefined;
        },
      );
    this.asideCopy = { of: state.ours, id };
    // One copy per conflict: the newer replaces the older, once the newer is written.
    if (previous) {
      void Promise.all([id, previous.id]).then(([written, older]) => {
        if (written !== undefined) this.deleteAside(older);
      });
    }
  }

  /** The person chose or discarded: the kept-aside copy of this conflict has done its job. */
  private dropAsideCopy(): void {
    const copy = this.asideCopy;
    this.asideCopy = undefined;
    if (copy) void copy.id.then((id) => this.deleteAside(id));
  }

  private deleteAside(id: number | undefined): void {
    if (id !== undefined) void this.store?.deleteQuarantined(id).catch(() => undefined);
  }

  /**
   * Puts a kept-aside draft's data back into the editor, at the person's request: it becomes
   * this tab's text, saved over the current draft, and the kept-aside copy goes. Resolves to
   * the data, or undefined when it cannot be read as a draft.
   */
  async restoreQuarantined(id: number): Promise<T | undefined> {
    return this.enqueue(async () => {
      const store = await this.storeReady();
      const result = await store.readQuarantined<T>(id);
      if (result.status !== 'found') return undefined;
      const data = result.record.data;
      this.aside = this.aside.filter(({ entry }) => entry.id !== id);
      this.host.dispatchEvent(new ShnroDraftRestoredEvent<T>({ record: result.record, source: 'set-aside' }));
      this.schedule(data);
      // Deleted only once the text is in the store (or the journal holds it): never in between.
      await this.save();
      if (!this.pending) await store.deleteQuarantined(id).catch(() => undefined);
      return data;
    });
  }

  /** Hides the notice of a kept-aside draft; the entry itself stays kept aside. */
  dismissQuarantined(id: number): void {
    this.aside = this.aside.filter(({ entry }) => entry.id !== id);
    this.host.requestUpdate();
  }

  private tellAside(entry: QuarantinedDraft, restorable: boolean): void {
    if (this.aside.some((known) => known.entry.id === entry.id)) return;
    this.aside = [...this.aside, { entry, restorable }];
    this.host.requestUpdate();
  }

  /** Text a tab kept aside when it closed mid-conflict: readable, so it can go back in. */
  private async findConflictCopies(store: DraftStore): Promise<void> {
    try {
      for (const entry of await store.listQuarantine(this.key.scope)) {
        if (entry.reason.code !== 'unresolved-conflict' || !sameKey(entry, this.key)) continue;
        const restorable = upgradeDraft(entry.raw, this.options.migrations ?? noDraftKinds).ok;
        this.tellAside(entry, restorable);
      }
    } catch (error) {
      console.error('[@shnro/widgets] Drafts kept aside could not be listed.', error);
    }
  }

  /**
   * What earlier pages journaled and the store does not hold: the newest is shown (merged, or in
   * a conflict with the stored draft), any other is kept aside and told of. Entries the store
   * already holds are dropped. Resolves to the data shown, or undefined when there is none.
   */
  private async useJournal(
    store: DraftStore,
    stored: DraftRecord<T> | undefined,
  ): Promise<{ data: T } | undefined> {
    const writer = this.journal;
    if (!writer) return undefined;
    const { journal } = writer;
    const { newest, older } = writer.open(stored);
    if (!newest) return undefined;
    for (const other of older) {
      try {
        const entry = await store.setAside(this.key, other.entry.record, {
          code: 'unresolved-conflict',
          detail: 'text journaled by a tab that closed before saving it',
        });
        this.tellAside(entry, true);
        journal.remove(other.storageKey);
      } catch (error) {
        console.error('[@shnro/widgets] A journaled draft could not be kept aside.', error);
      }
    }
    const data = this.takeJournal(newest.entry, stored);
    journal.remove(newest.storageKey); // now journaled again as this page's own
    return { data };
  }

  /**
   * The journal holds input newer than the stored draft: show it and merge it into IndexedDB.
   * When the store moved on meanwhile (another tab saved), both are kept and the person chooses.
   */
  private takeJournal(entry: DraftJournalEntry<T>, stored: DraftRecord<T> | undefined): T {
    const data = entry.record.data;
    clearTimeout(this.timer);
    this.latest = data;
    this.pending = true;
    const conflict = stored !== undefined && journalOutcome(entry, stored) === 'conflict';
    this.baseRevision = conflict ? entry.baseRevision : (stored?.revision ?? null);
    // Journaled again as this page's own, so the save that merges it clears it (a crash keeps it).
    this.journal?.write(data);
    if (conflict) {
      this.enterConflict(stored);
      return data;
    }
    this.host.dispatchEvent(new ShnroDraftRestoredEvent<T>({ record: entry.record, source: 'journal' }));
    void this.flush();
    return data;
  }

  private adopt(record: DraftRecord<T>): void {
    clearTimeout(this.timer);
    this.baseRevision = record.revision;
    this.latest = record.data;
    this.pending = false;
    this.setState(this.memoryState() ?? { status: 'saved', at: record.savedAt, revision: record.revision });
  }

  private inputOf(data: T) {
    const { title } = this.options;
    const resolved = typeof title === 'function' ? title(data) : title;
    return { ...this.key, tabId: this.tabId, data, ...(resolved === undefined ? {} : { title: resolved }) };
  }

  private recordOf(data: T, revision: number, savedAt: number): DraftRecord<T> {
    return {
      ...this.inputOf(data),
      schemaVersion: currentVersion(this.options.migrations ?? noDraftKinds, this.key.kind),
      revision,
      savedAt,
    };
  }

  private memoryState(): DraftState<T> | undefined {
    return this.problem ? { status: 'unsaved-memory-only', reason: this.problem } : undefined;
  }

  private setState(state: DraftState<T>): void {
    this.currentState = state;
    this.host.requestUpdate();
  }

  private tellUnavailable(reason: DraftStorageProblem, error: unknown): void {
    const locale = this.localize.locale;
    const message =
      reason === 'quota-exceeded'
        ? draftMessage('state-quota-exceeded', locale)
        : reason === 'aborted'
          ? draftMessage('state-aborted', locale)
          : draftStateMessage({ status: 'unsaved-memory-only', reason }, locale);
    this.host.dispatchEvent(new ShnroDraftStorageUnavailableEvent({ reason, message, error }));
  }

  /** IndexedDB failed mid-session: keep going in memory and say so. */
  private switchToMemory(error: unknown): DraftStore {
    if (!this.options.store) this.store?.close();
    const name = this.store?.databaseName ?? this.options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
    this.store = createMemoryDraftStore(name, this.options.migrations ?? noDraftKinds);
    this.opening = Promise.resolve(this.store);
    this.problem = 'unavailable';
    // The memory store has never seen this draft: whatever it holds is someone else's.
    this.baseRevision = null;
    this.setState({ status: 'unsaved-memory-only', reason: 'unavailable' });
    this.tellUnavailable('unavailable', error);
    return this.store;
  }

  private storeReady(): Promise<DraftStore> {
    this.opening ??= this.open();
    return this.opening;
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
      if (opened.problem) {
        this.setState({ status: 'unsaved-memory-only', reason: opened.problem });
        this.tellUnavailable(opened.problem, opened.error);
      }
    }
    this.store = store;
    this.sync = new DraftSync(store.databaseName, this.tabId);
    this.unsubscribe = this.sync.subscribe((message) => this.onSync(message));
    return store;
  }

  private release(): void {
    this.unsubscribe?.();
    this.sync?.close();
    this.sync = undefined;
    if (!this.options.store) this.store?.close();
    this.store = undefined;
    this.opening = undefined;
  }

  private enqueue<R>(work: () => Promise<R>): Promise<R> {
    const result = this.chain.then(work);
    this.chain = result.catch(() => undefined);
    return result;
  }
}
