import type { DraftKey, DraftRecord } from './types.js';

/**
 * The synchronous journal (журнал ввода) of drafts: every input is written at once to
 * localStorage (sessionStorage where localStorage is refused), because the IndexedDB save waits
 * for quiet input and a page closed or killed in that time would lose the last words. The
 * IndexedDB store remains the draft; the journal only holds what it may not have yet.
 */

/** The prefix of every journal key in Web Storage. */
export const DRAFT_JOURNAL_PREFIX = 'shnro-draft-journal:';

/** Journal entries larger than this (in UTF-16 code units) are not written: Web Storage is small. */
export const DRAFT_JOURNAL_MAX_CHARS = 1_000_000;

/**
 * Entries longer than this (UTF-16 code units) cost a few milliseconds to write: a controller then
 * writes one per short interval instead of one per key, so typing in a huge draft stays smooth.
 */
export const DRAFT_JOURNAL_SYNC_CHARS = 100_000;

/** At most this many documents keep a journal entry at once; the oldest go first. */
export const DRAFT_JOURNAL_MAX_ENTRIES = 20;

/** What one journal entry holds: the latest input as a draft record, and what it was based on. */
export interface DraftJournalEntry<T = unknown> {
  readonly format: 'shnro-draft-journal';
  /** Which write of this tab it is; a save clears the entry only if nothing newer was written. */
  readonly sequence: number;
  /** The stored revision the text continues, or null when it continues none. */
  readonly baseRevision: number | null;
  /** The input as a draft record; `savedAt` is when it was typed. */
  readonly record: DraftRecord<T>;
}

/** Where a journal entry is kept. */
export type DraftJournalStorage = 'localStorage' | 'sessionStorage';

/** The start of the Web Storage keys of every tab's journal entry for one document. */
function documentPrefix(databaseName: string, key: DraftKey): string {
  return `${DRAFT_JOURNAL_PREFIX}${JSON.stringify([databaseName, key.scope, key.kind, key.documentId]).slice(0, -1)},`;
}

/**
 * The Web Storage key of one tab's journal entry for a document: per tab, so that two tabs
 * typing in one document never overwrite each other's unsaved words.
 */
export function draftJournalKey(databaseName: string, key: DraftKey, tabId: string): string {
  return `${documentPrefix(databaseName, key)}${JSON.stringify(tabId)}]`;
}

/** A journal entry found in Web Storage, with the key it is kept under. */
export interface StoredJournalEntry<T = unknown> {
  readonly storageKey: string;
  readonly entry: DraftJournalEntry<T>;
}

/** A Web Storage area, or undefined when the browser refuses it (the getter itself can throw). */
function area(name: DraftJournalStorage): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window[name] ?? undefined);
  } catch {
    return undefined;
  }
}

function parse<T>(text: string | null): DraftJournalEntry<T> | undefined {
  if (text === null) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<DraftJournalEntry<T>> | null;
    if (
      entry?.format !== 'shnro-draft-journal' ||
      typeof entry.sequence !== 'number' ||
      typeof entry.record !== 'object' ||
      entry.record === null
    ) {
      return undefined;
    }
    return entry as DraftJournalEntry<T>;
  } catch {
    return undefined;
  }
}

/** The journal keys of an area with when each was written, oldest first. */
function journalEntries(storage: Storage): { key: string; at: number }[] {
  const found: { key: string; at: number }[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(DRAFT_JOURNAL_PREFIX)) continue;
    const savedAt = parse(storage.getItem(key))?.record.savedAt;
    found.push({ key, at: typeof savedAt === 'number' ? savedAt : 0 });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Makes room by dropping the oldest entries of other documents, keeping at most `keep` of them. */
function evict(storage: Storage, own: string, keep: number): void {
  const others = journalEntries(storage).filter((entry) => entry.key !== own);
  for (const entry of others.slice(0, Math.max(0, others.length - keep))) storage.removeItem(entry.key);
}

/**
 * One document's journal. Every method is synchronous and never throws: a browser that refuses
 * Web Storage (private mode, a full disk, a sandboxed frame) leaves the page with IndexedDB alone.
 */
export class DraftJournal<T = unknown> {
  private readonly storageKey: string;
  private readonly prefix: string;
  /** The length of the last entry written (or refused as too big), in UTF-16 code units. */
  lastLength = 0;

  constructor(databaseName: string, key: DraftKey, tabId: string) {
    this.storageKey = draftJournalKey(databaseName, key, tabId);
    this.prefix = documentPrefix(databaseName, key);
  }

  /** Writes the latest input; returns where it went, or undefined when it could not be kept. */
  write(entry: DraftJournalEntry<T>): DraftJournalStorage | undefined {
    let text: string;
    try {
      text = JSON.stringify(entry);
    } catch {
      return undefined;
    }
    this.lastLength = text.length;
    if (text.length > DRAFT_JOURNAL_MAX_CHARS) {
      // Too big to journal: an older, shorter entry would mislead the next load, so drop it.
      this.clear();
      return undefined;
    }
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      const storage = area(name);
      if (!storage) continue;
      try {
        this.put(storage, text);
        // One place only: a stale copy in the other area would be read as well.
        if (name === 'localStorage') area('sessionStorage')?.removeItem(this.storageKey);
        return name;
      } catch {
        // Refused (quota, security): try the next area.
      }
    }
    return undefined;
  }

  /** This tab's entry, or undefined. */
  read(): DraftJournalEntry<T> | undefined {
    return this.entries().find((found) => found.storageKey === this.storageKey)?.entry;
  }

  /** Every tab's entry for this document (this tab's too), newest first. */
  entries(): StoredJournalEntry<T>[] {
    const found: StoredJournalEntry<T>[] = [];
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      try {
        const storage = area(name);
        if (!storage) continue;
        for (let index = 0; index < storage.length; index += 1) {
          const storageKey = storage.key(index);
          if (!storageKey?.startsWith(this.prefix)) continue;
          const entry = parse<T>(storage.getItem(storageKey));
          if (entry) found.push({ storageKey, entry });
        }
      } catch {
        // Unreadable area: nothing journaled there.
      }
    }
    return found.sort((a, b) => b.entry.record.savedAt - a.entry.record.savedAt);
  }

  /** Removes this tab's entry once IndexedDB holds its text: only if it is still write `sequence`. */
  settle(sequence: number): void {
    if (this.read()?.sequence === sequence) this.remove(this.storageKey);
  }

  /** Removes this tab's entry. */
  clear(): void {
    this.remove(this.storageKey);
  }

  /** Removes every tab's entry for this document (the person deleted the draft). */
  clearDocument(): void {
    for (const { storageKey } of this.entries()) this.remove(storageKey);
  }

  /** Removes one entry, under the key `entries()` gave, from both areas. */
  remove(storageKey: string): void {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      try {
        area(name)?.removeItem(storageKey);
      } catch {
        // Nothing to remove where nothing can be read.
      }
    }
  }

  private put(storage: Storage, text: string): void {
    try {
      if (storage.getItem(this.storageKey) === null)
        evict(storage, this.storageKey, DRAFT_JOURNAL_MAX_ENTRIES - 1);
      storage.setItem(this.storageKey, text);
    } catch {
      // Full: other documents' journals go first (their text is in IndexedDB or older), then retry once.
      evict(storage, this.storageKey, 0);
      storage.setItem(this.storageKey, text);
    }
  }
}
