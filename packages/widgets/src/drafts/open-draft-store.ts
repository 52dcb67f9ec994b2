import type { IndexedDbDraftStoreOptions } from './draft-store.js';
import { DEFAULT_DRAFTS_DATABASE, openIndexedDbDraftStore } from './draft-store.js';
import { createMemoryDraftStore } from './memory-store.js';
import { noDraftKinds } from './migrations.js';
import type { DraftMemoryReason, DraftStore } from './types.js';

/** True for the browser's refusal of storage on privacy grounds (a `SecurityError`). */
export function storageDenied(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'SecurityError';
}

/** Options for `openDraftStore`. */
export interface OpenDraftStoreOptions extends Omit<IndexedDbDraftStoreOptions, 'onBlocked'> {
  /** How long to wait on another tab blocking the database before falling back to memory. */
  readonly blockedTimeoutMs?: number;
  /** How long opening may take at all before falling back to memory (some browsers hang). */
  readonly openTimeoutMs?: number;
}

/** A store ready for use, and why it is only in memory when it is. */
export interface OpenedDraftStore {
  readonly store: DraftStore;
  /** Set when the store is the in-memory fallback. */
  readonly problem?: DraftMemoryReason;
  /** What the browser said, for logs. */
  readonly error?: unknown;
}

/**
 * Opens the draft store on IndexedDB, or, when IndexedDB is missing, fails, hangs or is
 * blocked by another tab, an in-memory store with the reason, so editing goes on and the
 * person can be told plainly that drafts are not being saved. Never rejects.
 */
export function openDraftStore(options: OpenDraftStoreOptions = {}): Promise<OpenedDraftStore> {
  const name = options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
  const fallback = (problem: DraftMemoryReason, error?: unknown): OpenedDraftStore => ({
    store: createMemoryDraftStore(name, options.migrations ?? noDraftKinds),
    problem,
    error,
  });
  if (!options.openDatabase) {
    // Some privacy settings make the `indexedDB` getter itself throw a SecurityError.
    let factory: IDBFactory | undefined;
    try {
      factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
    } catch (error) {
      return Promise.resolve(fallback(storageDenied(error) ? 'denied' : 'unavailable', error));
    }
    if (!factory) return Promise.resolve(fallback('unavailable', new Error('indexedDB is not defined')));
  }
  return new Promise<OpenedDraftStore>((resolve) => {
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const settle = (outcome: OpenedDraftStore): boolean => {
      if (settled) return false;
      settled = true;
      timers.forEach(clearTimeout);
      resolve(outcome);
      return true;
    };
    const onBlocked = (): void => {
      timers.push(
        setTimeout(
          () =>
            settle(
              fallback('blocked', new DOMException('Opening the drafts database is blocked.', 'AbortError')),
            ),
          options.blockedTimeoutMs ?? 3000,
        ),
      );
    };
    timers.push(
      setTimeout(
        () =>
          settle(
            fallback(
              'unavailable',
              new DOMException('Opening the drafts database timed out.', 'TimeoutError'),
            ),
          ),
        options.openTimeoutMs ?? 10_000,
      ),
    );
    // Async: a throwing `indexedDB.open` (a sandboxed frame, a stub) arrives as a rejection.
    openIndexedDbDraftStore({ ...options, onBlocked }).then(
      (store) => {
        // Opened after we gave up waiting: this page already works in memory, so let go.
        if (!settle({ store })) store.close();
      },
      (error: unknown) => settle(fallback(storageDenied(error) ? 'denied' : 'unavailable', error)),
    );
  });
}
