import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftStoreConnection } from './draft-connection.js';
import { DraftSaver } from './draft-saver.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import { collectEvents, deleteTestDatabases, uniqueDatabaseName } from './test-support/idb.js';
import { mountHost, type DraftTestHost } from './test-support/test-host.js';
import type { DraftRecord, DraftStore } from './types.js';

interface Note {
  text: string;
}

const key = { scope: 'user-17', kind: 'note', documentId: 'doc-1' } as const;
const kinds = defineDraftKinds({ kind: 'note', version: 1 });
const hosts: DraftTestHost[] = [];
const connections: DraftStoreConnection[] = [];

afterEach(async () => {
  hosts.splice(0).forEach((host) => host.remove());
  connections.splice(0).forEach((connection) => connection.release());
  await deleteTestDatabases();
});

/** An IndexedDB-like store whose writes the test decides; everything else is a memory store's. */
function storeWithPut(put: DraftStore['put']): DraftStore {
  const inner = createMemoryDraftStore(uniqueDatabaseName('fake'), kinds);
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'storage') return 'indexeddb';
      if (property === 'put') return put;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function saverOn(options: { databaseName?: string; store?: DraftStore } = {}) {
  const host = mountHost();
  hosts.push(host);
  const connection = new DraftStoreConnection({
    tabId: 'this-tab',
    migrations: kinds,
    unavailable: () => undefined,
    heard: () => undefined,
    ...options,
  });
  connections.push(connection);
  const conflicts: DraftRecord<Note>[] = [];
  const saver = new DraftSaver<Note>(host, {
    key,
    tabId: 'this-tab',
    title: (data) => data.text.slice(0, 10),
    migrations: kinds,
    persist: false,
    locale: () => 'ru',
    connection,
    journal: () => undefined,
    conflict: (theirs) => conflicts.push(theirs),
  });
  return { host, saver, connection, conflicts };
}

describe('DraftSaver', () => {
  it('writes the pending text, takes the stored revision as its base, and says so', async () => {
    const { host, saver, connection } = saverOn({ databaseName: uniqueDatabaseName('saver') });
    const saved = collectEvents(host, 'shnro-draft-saved');
    await saver.save(); // nothing typed: nothing written
    expect(saved).toHaveLength(0);
    saver.latest = { text: 'Доля школ' };
    saver.pending = true;
    await saver.save();
    expect(saver.pending).toBe(false);
    expect(saver.baseRevision).toBe(1);
    expect(saver.state).toMatchObject({ status: 'saved', revision: 1 });
    expect(saved.map((event) => [event.revision, event.storage])).toEqual([[1, 'indexeddb']]);
    const stored = await (await connection.ready()).get<Note>(key);
    expect(stored.status === 'found' && [stored.record.data.text, stored.record.title]).toEqual([
      'Доля школ',
      'Доля школ',
    ]);
  });

  it('hands a newer stored revision to the conflict side and keeps the text unsaved', async () => {
    const { saver, connection, conflicts } = saverOn({ databaseName: uniqueDatabaseName('saver-conflict') });
    const store = await connection.ready();
    await store.put({ ...key, tabId: 'other-tab', data: { text: 'их' } }, { baseRevision: null });
    saver.latest = { text: 'наш' };
    saver.pending = true;
    await saver.save();
    expect(conflicts.map((record) => record.data)).toEqual([{ text: 'их' }]);
    expect(saver.baseRevision).toBeNull();
  });

  it('says the disk is full once, keeps the text, and saves when there is room', async () => {
    let full = true;
    const memory = createMemoryDraftStore(uniqueDatabaseName('room'), kinds);
    const store = storeWithPut(async (input, options) =>
      full
        ? { status: 'quota-exceeded', error: new DOMException('full', 'QuotaExceededError') }
        : memory.put(input, options),
    );
    const { host, saver } = saverOn({ store });
    const told = collectEvents(host, 'shnro-draft-storage-unavailable');
    saver.latest = { text: 'текст' };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      saver.pending = true;
      await saver.save();
    }
    expect(saver.state).toEqual({ status: 'quota-exceeded' });
    expect(saver.pending).toBe(true);
    expect(told.map((event) => event.reason)).toEqual(['quota-exceeded']);
    full = false;
    await saver.save();
    expect(saver.state.status).toBe('saved');
  });

  it('goes on in memory when IndexedDB breaks mid-session, and tells why', async () => {
    const store = storeWithPut(() => Promise.reject(new DOMException('broken', 'UnknownError')));
    const { host, saver, connection } = saverOn({ store });
    const told = collectEvents(host, 'shnro-draft-storage-unavailable');
    const saved = collectEvents(host, 'shnro-draft-saved');
    saver.latest = { text: 'в памяти' };
    saver.pending = true;
    await saver.save();
    expect(told.map((event) => event.reason)).toEqual(['unavailable']);
    expect(saver.state).toEqual({ status: 'unsaved-memory-only', reason: 'unavailable' });
    expect(saved.map((event) => event.storage)).toEqual(['memory']);
    expect(connection.store?.storage).toBe('memory');
  });

  it('adopts a stored record as its base and text; a hold calls the planned save off', async () => {
    const { saver } = saverOn({ databaseName: uniqueDatabaseName('adopt') });
    const planned = vi.fn();
    saver.later(20, planned);
    saver.hold();
    expect(saver.pending).toBe(true);
    saver.adopt({
      ...key,
      tabId: 'other',
      schemaVersion: 1,
      revision: 4,
      savedAt: 1000,
      data: { text: 'их' },
    });
    expect([saver.baseRevision, saver.latest, saver.pending]).toEqual([4, { text: 'их' }, false]);
    expect(saver.state).toEqual({ status: 'saved', at: 1000, revision: 4 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(planned).not.toHaveBeenCalled();
  });
});
