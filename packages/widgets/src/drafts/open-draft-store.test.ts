import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDraftsDatabase } from './draft-store.js';
import { openDraftStore } from './open-draft-store.js';
import { deleteTestDatabases, uniqueDatabaseName } from './test-support/idb.js';
import type { DraftStore } from './types.js';

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' };

describe('openDraftStore', () => {
  const opened: DraftStore[] = [];
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    cleanups.splice(0).forEach((cleanup) => cleanup());
    opened.splice(0).forEach((store) => store.close());
    await deleteTestDatabases();
  });

  it('opens IndexedDB when it works', async () => {
    const { store, problem } = await openDraftStore({ databaseName: uniqueDatabaseName('ok') });
    opened.push(store);
    expect(store.storage).toBe('indexeddb');
    expect(problem).toBeUndefined();
  });

  it('falls back to memory, with the reason, when opening the database fails', async () => {
    const failure = new DOMException('Internal error opening backing store', 'UnknownError');
    const { store, problem, error } = await openDraftStore({
      databaseName: uniqueDatabaseName('reject'),
      openDatabase: () => Promise.reject(failure),
    });
    expect(store.storage).toBe('memory');
    expect(problem).toBe('unavailable');
    expect(error).toBe(failure);
    // Still a working store: editing goes on in memory.
    expect((await store.put({ ...key, tabId: 't', data: 'текст' }, { baseRevision: null })).status).toBe(
      'saved',
    );
    expect((await store.get(key)).status).toBe('found');
  });

  it('falls back to memory when the page has no indexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, problem } = await openDraftStore({ databaseName: uniqueDatabaseName('missing') });
    expect(store.storage).toBe('memory');
    expect(problem).toBe('unavailable');
  });

  it('falls back to memory when indexedDB.open throws (a sandboxed frame), naming the refusal', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError');
    });
    const { store, problem } = await openDraftStore({ databaseName: uniqueDatabaseName('throws') });
    expect(store.storage).toBe('memory');
    // A SecurityError is the browser refusing storage to this page: its own message, not «недоступно».
    expect(problem).toBe('denied');
  });

  it('falls back to memory when another tab blocks the upgrade past the timeout', async () => {
    const name = uniqueDatabaseName('blocked');
    // An old page's connection that ignores `versionchange`, as a foreign script might.
    const old = await openDraftsDatabase(name, { blocked() {}, blocking() {}, terminated() {} });
    cleanups.push(() => old.close());
    const started = performance.now();
    const { store, problem } = await openDraftStore({
      databaseName: name,
      blockedTimeoutMs: 200,
      // This page's code expects a newer layout than the open connection has.
      openDatabase: (dbName, hooks) => openDraftsDatabase(dbName, hooks, 2),
    });
    expect(store.storage).toBe('memory');
    expect(problem).toBe('blocked');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('shares the memory fallback between users of one database name in a page', async () => {
    const name = uniqueDatabaseName('shared');
    const failing = { databaseName: name, openDatabase: () => Promise.reject(new Error('no')) };
    const editor = (await openDraftStore(failing)).store;
    const list = (await openDraftStore(failing)).store;
    await editor.put({ ...key, tabId: 't', data: 'текст' }, { baseRevision: null });
    expect((await list.list('user-17')).map((draft) => draft.documentId)).toEqual(['school-3301']);
  });
});
