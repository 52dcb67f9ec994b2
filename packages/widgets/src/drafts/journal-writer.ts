import { DRAFT_JOURNAL_SYNC_CHARS, type DraftJournal } from './draft-journal.js';
import type { StoredJournalEntry } from './draft-journal.js';
import type { DraftMigrations } from './migrations.js';
import type { DraftKey, DraftRecord } from './types.js';

/** How often a coalesced journal is written while typing goes on (ms). */
export const JOURNAL_COALESCE_MS = 100;

/** What the journal writer asks of the autosave it serves. */
export interface JournalWriterOptions<T> {
  /** The draft's key and this tab's id: entries of other documents and of this tab are not read back. */
  readonly key: DraftKey;
  readonly tabId: string;
  readonly migrations?: DraftMigrations;
  /** The base revision and the record `data` would be saved as now. */
  readonly entryOf: (data: T) => { baseRevision: number | null; record: DraftRecord<T> };
  /** The newest input, written when a coalesced write comes due. */
  readonly latest: () => T | undefined;
}

/**
 * The autosave's journal side (журнал ввода): every input written at once to the synchronous
 * `DraftJournal`, so that a page closed before the debounced save loses nothing; a very large
 * draft (`DRAFT_JOURNAL_SYNC_CHARS`, a few milliseconds a write) is written once per
 * `JOURNAL_COALESCE_MS` and at once when the page hides. What earlier pages journaled is read
 * when the writer is made, before this page writes anything; what to do with it is decided in
 * journal-recovery.ts, loaded only when there is some.
 */
export class DraftJournalWriter<T> {
  /** The number of the last entry written; a save settles the entries up to it. */
  sequence = 0;
  /** Set while the draft is too large to journal at every key: writes are then coalesced. */
  private slow = false;
  private timer?: ReturnType<typeof setTimeout>;
  private earlier: StoredJournalEntry<T>[];

  constructor(
    readonly journal: DraftJournal<T>,
    readonly options: JournalWriterOptions<T>,
  ) {
    // Read now, before this page writes: what earlier pages typed and the store may not hold.
    this.earlier = journal.entries();
  }

  /** Journals an input: at once, or coalesced while the draft is very large. */
  input(data: T): void {
    if (!this.slow) {
      this.write(data);
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const latest = this.options.latest();
      if (latest !== undefined) this.write(latest);
    }, JOURNAL_COALESCE_MS);
  }

  /** Writes a coalesced entry now (the page is hiding). */
  flush(): void {
    if (this.timer === undefined) return;
    this.cancel();
    const latest = this.options.latest();
    if (latest !== undefined) this.write(latest);
  }

  /** Drops a coalesced write that has not come due (the text is in IndexedDB now). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Writes the input to the journal; never throws, never waits. */
  write(data: T): void {
    this.sequence += 1;
    try {
      this.journal.write({
        format: 'shnro-draft-journal',
        sequence: this.sequence,
        ...this.options.entryOf(data),
      });
    } catch (error) {
      // A title function that throws must not stop typing; IndexedDB still gets the text.
      console.error('[@shnro/widgets] The draft journal could not be written.', error);
    }
    this.slow = this.journal.lastLength > DRAFT_JOURNAL_SYNC_CHARS;
  }

  /** Whether earlier pages (or other tabs) journaled text for this document, not yet taken. */
  get hasEarlier(): boolean {
    return this.earlier.length > 0;
  }

  /** What earlier pages journaled, newest first, handed over once: a second call finds nothing. */
  takeEarlier(): StoredJournalEntry<T>[] {
    const found = this.earlier;
    this.earlier = [];
    return found;
  }
}
