import { ShnroDraftRestoredEvent } from '../events/drafts.js';
import type { DraftJournalEntry, StoredJournalEntry } from './draft-journal.js';
import type { DraftSaver } from './draft-saver.js';
import type { DraftJournalWriter } from './journal-writer.js';
import type { KeptAsideList } from './kept-aside.js';
import { noDraftKinds, upgradeDraft } from './migrations.js';
import type { DraftKey, DraftRecord, DraftStore } from './types.js';
import { sameKey } from './validate.js';

// What a page does at load with text earlier pages journaled and the store does not hold
// (восстановление из журнала). Loaded by dynamic import only when there is such text (a page
// closed or killed before its save), and at idle time, so a document opened later works offline.

/**
 * Whether the stored draft already holds a journal entry's text: the same data, or a later save
 * by the same tab. Anything else is text the store does not have, never to be dropped.
 */
export function journalCovered<T>(entry: DraftJournalEntry<T>, stored: DraftRecord<T> | undefined): boolean {
  if (!stored) return false;
  if (JSON.stringify(entry.record.data) === JSON.stringify(stored.data)) return true;
  return stored.tabId === entry.record.tabId && stored.savedAt >= entry.record.savedAt;
}

/**
 * How a load uses an entry the store does not cover: `take` it when it continues the stored
 * revision (the journal is newer: it wins), `conflict` when the store moved on without it
 * (another tab saved): both are kept and the person chooses.
 */
export function journalOutcome<T>(
  entry: DraftJournalEntry<T>,
  stored: DraftRecord<T> | undefined,
): 'covered' | 'take' | 'conflict' {
  if (journalCovered(entry, stored)) return 'covered';
  if (!stored || entry.baseRevision === stored.revision) return 'take';
  return 'conflict';
}

/** What earlier pages journaled and the store does not hold: the newest to show, the others to keep aside. */
export interface OpenJournal<T> {
  readonly newest?: StoredJournalEntry<T>;
  readonly older: readonly StoredJournalEntry<T>[];
}

/**
 * What earlier pages journaled for this document and `stored` does not hold, newest first; the
 * entries the store already holds are removed. Read once: a second call finds nothing.
 */
export function openJournal<T>(
  writer: DraftJournalWriter<T>,
  stored: DraftRecord<T> | undefined,
): OpenJournal<T> {
  const { options } = writer;
  const open: StoredJournalEntry<T>[] = [];
  for (const { storageKey, entry } of writer.takeEarlier()) {
    if (entry.record.tabId === options.tabId) continue;
    // Checked and migrated like a stored draft; one this page cannot read stays for a newer page.
    const outcome = upgradeDraft(entry.record, options.migrations ?? noDraftKinds);
    if (!outcome.ok || !sameKey(outcome.record, options.key)) continue;
    const checked: DraftJournalEntry<T> = { ...entry, record: outcome.record as DraftRecord<T> };
    if (journalOutcome(checked, stored) === 'covered') writer.journal.remove(storageKey);
    else open.push({ storageKey, entry: checked });
  }
  const [newest, ...older] = open;
  return newest ? { newest, older } : { older };
}

/** What the recovery reads and changes of the autosave (`DraftController`). */
export interface JournalRecoveryParts<T> {
  readonly key: DraftKey;
  /** The element the restored event goes out from. */
  readonly host: EventTarget;
  readonly saver: DraftSaver<T>;
  readonly writer: DraftJournalWriter<T>;
  readonly aside: KeptAsideList;
  /** The store holds a newer revision than the journaled text's base: the person chooses. */
  conflict(theirs: DraftRecord<T>): void;
  /** Saves the pending text, after the work under way. */
  flush(): void;
}

/**
 * What earlier pages journaled and the store does not hold: the newest is shown (merged, or in
 * a conflict with the stored draft), any other is kept aside and told of. Entries the store
 * already holds are dropped. Resolves to the data shown, or undefined when there is none.
 */
export async function recoverJournal<T>(
  parts: JournalRecoveryParts<T>,
  store: DraftStore,
  stored: DraftRecord<T> | undefined,
): Promise<{ data: T } | undefined> {
  const { journal } = parts.writer;
  const { newest, older } = openJournal(parts.writer, stored);
  if (!newest) return undefined;
  for (const other of older) {
    try {
      const entry = await store.setAside(parts.key, other.entry.record, {
        code: 'unresolved-conflict',
        detail: 'text journaled by a tab that closed before saving it',
      });
      parts.aside.tell(entry, true);
      journal.remove(other.storageKey);
    } catch (error) {
      console.error('[@shnro/widgets] A journaled draft could not be kept aside.', error);
    }
  }
  const data = takeJournal(parts, newest.entry, stored);
  journal.remove(newest.storageKey); // now journaled again as this page's own
  return { data };
}

/**
 * The journal holds input newer than the stored draft: show it and merge it into IndexedDB.
 * When the store moved on meanwhile (another tab saved), both are kept and the person chooses.
 */
function takeJournal<T>(
  parts: JournalRecoveryParts<T>,
  entry: DraftJournalEntry<T>,
  stored: DraftRecord<T> | undefined,
): T {
  const { saver } = parts;
  const data = entry.record.data;
  saver.stop();
  saver.latest = data;
  saver.pending = true;
  const conflict = stored !== undefined && journalOutcome(entry, stored) === 'conflict';
  saver.baseRevision = conflict ? entry.baseRevision : (stored?.revision ?? null);
  // Journaled again as this page's own, so the save that merges it clears it (a crash keeps it).
  parts.writer.write(data);
  if (conflict) {
    parts.conflict(stored);
    return data;
  }
  parts.host.dispatchEvent(new ShnroDraftRestoredEvent<T>({ record: entry.record, source: 'journal' }));
  parts.flush();
  return data;
}
