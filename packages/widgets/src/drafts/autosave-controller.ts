import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
} from '../events/drafts.js';
import { LocalizeController } from '../shared/localize.js';
import { DraftConflictResolver } from './draft-conflict.js';
import { DraftStoreConnection } from './draft-connection.js';
import { buildDraftFile, draftFileToFile } from './draft-file.js';
import { DraftJournal } from './draft-journal.js';
import { DraftSaver } from './draft-saver.js';
import type { DraftsDatabaseOpener } from './draft-store.js';
import { DEFAULT_DRAFTS_DATABASE } from './draft-store.js';
import { DraftJournalWriter } from './journal-writer.js';
import { KeptAsideList } from './kept-aside.js';
import { journalRecovery, prefetchDraftParts, storageWording } from './lazy.js';
import type { DraftSaveMessageKey } from './messages.js';
import { draftSaveMessages, draftStatusMessage } from './messages.js';
import type { DraftMigrations } from './migrations.js';
import type { QuarantineNoticeEntry } from './quarantine-notice.js';
import type { DraftKey, DraftRecord, DraftState, DraftStore, DraftSummary } from './types.js';
import { keyOf, summarize } from './validate.js';

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
  private readonly localize: LocalizeController<DraftSaveMessageKey>;
  /** The store (IndexedDB, or memory with the reason told) and the channel to the other tabs. */
  private readonly connection: DraftStoreConnection;
  /** Another tab's newer revision: both shown, nothing written until the person chooses. */
  private readonly conflicts: DraftConflictResolver<T>;
  /** The notices of this document's drafts kept aside. */
  private readonly aside: KeptAsideList;
  /** The text not yet stored, its base revision, the state told, and the save itself. */
  private readonly saver: DraftSaver<T>;
  private chain: Promise<unknown> = Promise.resolve();
  private connected = false;
  /** Every input written at once to a synchronous journal (journal-writer.ts). */
  private readonly journal?: DraftJournalWriter<T>;

  constructor(
    private readonly host: Host,
    private readonly options: DraftControllerOptions<T>,
  ) {
    this.key = keyOf(options);
    this.tabId = options.tabId ?? randomId();
    this.localize = new LocalizeController(host, draftSaveMessages);
    // The options name the database, its migrations and opener, and a store of the host's.
    this.connection = new DraftStoreConnection({
      ...options,
      tabId: this.tabId,
      unavailable: async (reason, error) => {
        this.saver.setState({ status: 'unsaved-memory-only', reason });
        await this.saver.tellUnavailable(reason, error);
      },
      heard: (message) => this.conflicts.heard(message),
    });
    this.saver = new DraftSaver<T>(host, {
      ...options,
      key: this.key,
      tabId: this.tabId,
      persist: options.persist !== false,
      locale: () => this.localize.locale,
      connection: this.connection,
      journal: () => this.journal,
      conflict: (theirs) => this.conflicts.enter(theirs),
    });
    this.conflicts = new DraftConflictResolver<T>(this.saver, this.connection, (work) => this.enqueue(work));
    this.aside = new KeptAsideList(this.key, options.migrations, () => host.requestUpdate());
    if (options.journal !== false) {
      const databaseName = options.store?.databaseName ?? options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
      this.journal = new DraftJournalWriter(new DraftJournal<T>(databaseName, this.key, this.tabId), {
        key: this.key,
        tabId: this.tabId,
        ...(options.migrations ? { migrations: options.migrations } : {}),
        // In a conflict the base stays the older one, so a reload shows the conflict again.
        entryOf: (data) => ({
          baseRevision: this.saver.baseRevision,
          record: this.saver.recordOf(data, (this.saver.baseRevision ?? 0) + 1, Date.now()),
        }),
        latest: () => this.saver.latest,
      });
    }
    host.addController(this);
  }

  /** What the draft is doing now. */
  get state(): DraftState<T> {
    return this.saver.state;
  }

  /** The state in words for the person, in the host's language; empty when idle. */
  get message(): string {
    // A storage problem is worded in full once its words have loaded (at once when it happens).
    return draftStatusMessage(this.saver.state, this.localize.locale, undefined, storageWording.value);
  }

  /**
   * The stored drafts of this document that could not be opened and were kept aside at load
   * (or are a tab's text from an unresolved conflict): the widget tells the person of each.
   */
  get quarantined(): readonly QuarantineNoticeEntry[] {
    return this.aside.list;
  }

  /** True while there are edits not yet written to the store. */
  get dirty(): boolean {
    return this.saver.pending;
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
    // What must work offline later (a storage failure's words, a kept-aside notice) loads at idle.
    prefetchDraftParts();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    // An editor removed from the page (a route change) still owes its last words to storage.
    this.hide();
    void this.enqueue(async () => {
      await this.conflicts.keptAside; // A conflict's kept-aside copy is written before the store closes.
      if (!this.connected) this.connection.release();
    }).catch(() => undefined);
  }

  /** Records the latest data and saves it once input is quiet. Returns at once, always. */
  schedule(data: T): void {
    this.saver.latest = data;
    this.saver.pending = true;
    this.journal?.input(data);
    if (this.saver.state.status === 'conflict') {
      // Nothing is written while the person has not chosen; their typing still counts as "ours".
      this.saver.setState({ ...this.saver.state, ours: data });
      return;
    }
    this.saver.later(this.options.debounceMs ?? 500, () => void this.flush());
  }

  /** Saves pending data now; resolves when it is written (or could not be). Never rejects. */
  flush(): Promise<void> {
    this.saver.stop();
    return this.enqueue(() => this.saver.save()).catch((error: unknown) => {
      console.error('[@shnro/widgets] The draft could not be saved.', error);
      // Never left saying «Сохраняем черновик…» about a save that is not happening.
      if (this.saver.state.status === 'saving') this.saver.setState({ status: 'write-aborted' });
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
        this.aside.tell(result.quarantined, false);
        this.host.dispatchEvent(new ShnroDraftQuarantinedEvent({ entry: result.quarantined }));
      }
      await this.aside.findConflictCopies(store);
      const stored = result.status === 'found' ? result.record : undefined;
      const journaled = await this.recoverJournal(store, stored);
      if (journaled) return journaled.data;
      if (!stored || result.status !== 'found') return undefined;
      this.saver.adopt(result.record);
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
      const state = this.saver.state;
      if (state.status !== 'conflict') return this.saver.latest;
      this.conflicts.dropAsideCopy();
      if (choice === 'theirs') {
        // The person let this tab's text go: the journal must not bring it back on the next load.
        this.journal?.journal.clear();
        this.saver.adopt(state.theirs);
        this.host.dispatchEvent(
          new ShnroDraftRestoredEvent<T>({ record: state.theirs, source: 'other-tab' }),
        );
        return state.theirs.data;
      }
      this.saver.baseRevision = state.theirs.revision;
      this.saver.latest = state.ours;
      this.saver.pending = true;
      this.saver.setState({ status: 'saving' });
      await this.saver.save();
      return state.ours;
    });
  }

  /** Deletes the stored draft at the person's request; the editor keeps what it shows. */
  async discard(): Promise<void> {
    return this.enqueue(async () => {
      this.saver.stop();
      this.saver.pending = false;
      this.conflicts.dropAsideCopy();
      this.journal?.journal.clearDocument();
      await (await this.storeReady()).delete(this.key);
      this.saver.baseRevision = null;
      this.connection.announce({ type: 'discarded', ...this.key, revision: 0 });
      this.saver.setState(this.saver.memoryState() ?? { status: 'idle' });
      this.host.dispatchEvent(new ShnroDraftDiscardedEvent({ key: this.key }));
    });
  }

  /** This tab's current text as a drafts file, for «сохраните его в файл» when storage is full. */
  exportFile(now: Date = new Date()): File | undefined {
    if (this.saver.latest === undefined) return undefined;
    const record = this.saver.recordOf(this.saver.latest, this.saver.baseRevision ?? 1, now.getTime());
    return draftFileToFile(buildDraftFile([record], [], now));
  }

  private readonly onPageHide = (): void => this.hide();

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.hide();
  };

  /** The page may be gone in a moment: write now, and in a conflict keep our text aside. */
  private hide(): void {
    this.journal?.flush();
    if (this.saver.state.status === 'conflict') this.conflicts.keepOursAside();
    else void this.flush();
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
      this.aside.hide(id);
      this.host.dispatchEvent(new ShnroDraftRestoredEvent<T>({ record: result.record, source: 'set-aside' }));
      this.schedule(data);
      // Deleted only once the text is in the store (or the journal holds it): never in between.
      await this.saver.save();
      if (!this.saver.pending) await store.deleteQuarantined(id).catch(() => undefined);
      return data;
    });
  }

  /** Hides the notice of a kept-aside draft; the entry itself stays kept aside. */
  dismissQuarantined(id: number): void {
    this.aside.hide(id);
  }

  /**
   * What earlier pages journaled and the store does not hold (journal-recovery.ts, loaded only
   * when there is some). Resolves to the data shown, or undefined when there is none. If the
   * recovery cannot load (offline), the journaled text stays in Web Storage for the next page.
   */
  private async recoverJournal(
    store: DraftStore,
    stored: DraftRecord<T> | undefined,
  ): Promise<{ data: T } | undefined> {
    const writer = this.journal;
    if (!writer?.hasEarlier) return undefined;
    const recovery = await journalRecovery.get().catch((error: unknown) => {
      console.error('[@shnro/widgets] Journaled text could not be recovered now; it stays journaled.', error);
      return undefined;
    });
    if (!recovery) return undefined;
    return recovery.recoverJournal(
      {
        key: this.key,
        host: this.host,
        saver: this.saver,
        writer,
        aside: this.aside,
        conflict: (theirs) => this.conflicts.enter(theirs),
        flush: () => void this.flush(),
      },
      store,
      stored,
    );
  }

  private storeReady(): Promise<DraftStore> {
    return this.connection.ready();
  }

  private enqueue<R>(work: () => Promise<R>): Promise<R> {
    const result = this.chain.then(work);
    this.chain = result.catch(() => undefined);
    return result;
  }
}
