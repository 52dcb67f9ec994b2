import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftStoreConnection } from './draft-connection.js';
import { DraftSync } from './draft-sync.js';
import { KeptAsideList } from './kept-aside.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import { deleteTestDatabases, uniqueDatabaseName } from './test-support/idb.js';
import type { DraftMemoryReason } from './types.js';

const key = { scope: 'user-17', kind: 'note', documentId: 'doc-1' } as const;
const kinds = defineDraftKinds({ kind: 'note', version: 1 });
const connections: DraftStoreConnection[] = [];

afterEach(async () => {
  connections.splice(0).forEach((connection) => connection.release());
  await deleteTestDatabases();
});

function connect(options: Partial<ConstructorParameters<typeof DraftStoreConnection>[0]> = {}) {
  const told: [DraftMemoryReason, unknown][] = [];
  const heard = vi.fn();
  const connection = new DraftStoreConnection({
    tabId: 'this-tab',
    migrations: kinds,
    unavailable: (reason, error) => told.push([reason, error]),
    heard,
    ...options,
  });
  connections.push(connection);
  return { connection, told, heard };
}

describe('DraftStoreConnection', () => {
  it('opens IndexedDB once, and hears other tabs on the database’s channel but not itself', async () => {
    const name = uniqueDatabaseName('connection');
    const { connection, told, heard } = connect({ databaseName: name });
    const store = await connection.ready();
    expect(await connection.ready()).toBe(store);
    expect(store.storage).toBe('indexeddb');
    expect(connection.problem).toBeUndefined();
    expect(told).toEqual([]);

    const other = new DraftSync(name, 'other-tab');
    other.announce({ type: 'saved', ...key, revision: 3 });
    connection.announce({ type: 'saved', ...key, revision: 4 });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledOnce());
    expect(heard.mock.calls[0]?.[0]).toMatchObject({ type: 'saved', revision: 3, tabId: 'other-tab' });
    other.close();
  });

  it('works in memory, and says why, when IndexedDB will not open', async () => {
    const failure = new DOMException('Internal error opening backing store', 'UnknownError');
    const { connection, told } = connect({
      databaseName: uniqueDatabaseName('broken'),
      openDatabase: () => Promise.reject(failure),
    });
    const store = await connection.ready();
    expect(store.storage).toBe('memory');
    expect(connection.problem).toBe('unavailable');
    expect(told).toEqual([['unavailable', failure]]);
  });

  it('takes the host’s store as it is, and never closes it', async () => {
    const shared = createMemoryDraftStore('shared', kinds);
    const close = vi.spyOn(shared, 'close');
    const { connection, told } = connect({ store: shared });
    expect(await connection.ready()).toBe(shared);
    // A memory store from the host is memory only: the state says so, nothing is told twice.
    expect(connection.problem).toBe('unavailable');
    expect(told).toEqual([]);
    connection.toMemory();
    connection.release();
    expect(close).not.toHaveBeenCalled();
  });

  it('moves to a memory store of the same name mid-session', async () => {
    const name = uniqueDatabaseName('mid-session');
    const { connection } = connect({ databaseName: name });
    const opened = await connection.ready();
    const close = vi.spyOn(opened, 'close');
    const memory = connection.toMemory();
    expect(close).toHaveBeenCalledOnce();
    expect(memory.storage).toBe('memory');
    expect(memory.databaseName).toBe(name);
    expect(await connection.ready()).toBe(memory);
    expect(connection.problem).toBe('unavailable');
  });
});

describe('KeptAsideList', () => {
  it('tells of each entry once, hides a notice, and finds this document’s conflict copies only', async () => {
    const store = createMemoryDraftStore('aside', kinds);
    const record = (documentId: string) => ({
      ...key,
      documentId,
      tabId: 'gone',
      schemaVersion: 1,
      revision: 1,
      savedAt: 0,
      data: { text: 'текст' },
    });
    const conflict = { code: 'unresolved-conflict', detail: '' } as const;
    const ours = await store.setAside(key, record('doc-1'), conflict);
    await store.setAside({ ...key, documentId: 'doc-2' }, record('doc-2'), conflict);
    const damaged = await store.setAside(key, { broken: true }, { code: 'invalid-record', detail: '' });
    const changed = vi.fn();
    const list = new KeptAsideList(key, kinds, changed);
    await list.findConflictCopies(store);
    expect(list.list).toEqual([{ entry: ours, restorable: true }]);
    list.tell(damaged, false);
    list.tell(damaged, false);
    expect(list.list.map(({ entry }) => entry.id)).toEqual([ours.id, damaged.id]);
    list.hide(ours.id);
    expect(list.list).toEqual([{ entry: damaged, restorable: false }]);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});
