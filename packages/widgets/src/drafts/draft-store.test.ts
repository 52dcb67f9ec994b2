import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIndexedDbDraftStore } from './draft-store.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import { deleteTestDatabases, readRaw, uniqueDatabaseName, writeRaw } from './test-support/idb.js';
import type { DraftKey, DraftStore } from './types.js';

const key: DraftKey = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' };
const input = (text: string, tabId = 'tab-a') => ({
  ...key,
  tabId,
  title: 'Дорожная карта СОШ № 3',
  data: { text },
});

const kinds = defineDraftKinds({
  kind: 'roadmap',
  version: 1,
  validate: (data) =>
    typeof (data as { text?: unknown }).text === 'string' ? undefined : 'text is not a string',
});

const stores: [string, (name: string) => Promise<DraftStore>][] = [
  ['IndexedDB', (name) => openIndexedDbDraftStore({ databaseName: name, migrations: kinds })],
  ['memory', async (name) => createMemoryDraftStore(name, kinds)],
];

describe.each(stores)('draft store rules (%s)', (_label, open) => {
  const opened: DraftStore[] = [];
  const fresh = async (label: string) => {
    const store = await open(uniqueDatabaseName(label));
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    opened.splice(0).forEach((store) => store.close());
    await deleteTestDatabases();
  });

  it('stores a draft and reads it back with revision, time and title', async () => {
    const store = await fresh('roundtrip');
    const before = Date.now();
    const saved = await store.put(input('Проблема: низкая мотивация'), { baseRevision: null });
    expect(saved.status).toBe('saved');
    const loaded = await store.get(key);
    expect(loaded.status).toBe('found');
    if (loaded.status !== 'found') return;
    expect(loaded.record).toMatchObject({
      ...key,
      revision: 1,
      schemaVersion: 1,
      title: 'Дорожная карта СОШ № 3',
    });
    expect(loaded.record.data).toEqual({ text: 'Проблема: низкая мотивация' });
    expect(loaded.record.savedAt).toBeGreaterThanOrEqual(before);
  });

  it('returns a conflict, and writes nothing, when a newer revision is stored', async () => {
    const store = await fresh('conflict');
    await store.put(input('первая версия', 'tab-a'), { baseRevision: null });
    await store.put(input('вторая версия из вкладки А', 'tab-a'), { baseRevision: 1 });
    const stale = await store.put(input('правка из вкладки Б', 'tab-b'), { baseRevision: 1 });
    expect(stale.status).toBe('conflict');
    if (stale.status !== 'conflict') return;
    expect(stale.theirs.revision).toBe(2);
    expect(stale.theirs.data).toEqual({ text: 'вторая версия из вкладки А' });
    const loaded = await store.get(key);
    expect(loaded.status === 'found' && loaded.record.data).toEqual({ text: 'вторая версия из вкладки А' });
  });

  it('treats a first save over an existing draft as a conflict too', async () => {
    const store = await fresh('first-save');
    await store.put(input('черновик вчерашнего вечера'), { baseRevision: null });
    const result = await store.put(input('новый текст', 'tab-b'), { baseRevision: null });
    expect(result.status).toBe('conflict');
  });

  it('lists a scope’s drafts newest first, and no other scope’s', async () => {
    const store = await fresh('list');
    await store.put({ ...input('a'), documentId: 'older' }, { baseRevision: null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.put({ ...input('b'), documentId: 'newer' }, { baseRevision: null });
    await store.put({ ...input('c'), scope: 'user-18' }, { baseRevision: null });
    const list = await store.list('user-17');
    expect(list.map((draft) => draft.documentId)).toEqual(['newer', 'older']);
    expect(list[0]).not.toHaveProperty('data');
  });

  it('deletes a draft', async () => {
    const store = await fresh('delete');
    await store.put(input('удалить'), { baseRevision: null });
    await store.delete(key);
    expect((await store.get(key)).status).toBe('missing');
  });

  it('exports drafts and imports them into another store unchanged', async () => {
    const source = await fresh('export');
    await source.put(input('Мероприятие: семинар-практикум'), { baseRevision: null });
    await source.put({ ...input('Второй документ'), documentId: 'school-3302' }, { baseRevision: null });
    const file = await source.exportDrafts('user-17');
    expect(file).toMatchObject({ format: 'shnro-drafts', version: 1 });
    expect(file.drafts).toHaveLength(2);

    const target = await fresh('import');
    const result = await target.importDrafts('user-17', JSON.stringify(file), 'tab-import');
    expect(result).toMatchObject({ status: 'imported', skipped: [] });
    const loaded = await target.get(key);
    expect(loaded.status === 'found' && loaded.record.data).toEqual({
      text: 'Мероприятие: семинар-практикум',
    });
    expect((await target.list('user-17')).map((draft) => draft.documentId).sort()).toEqual([
      'school-3301',
      'school-3302',
    ]);
  });

  it('does not let an imported older draft replace a newer one stored here', async () => {
    const store = await fresh('import-older');
    await store.put(input('старый текст'), { baseRevision: null });
    const file = await store.exportDrafts('user-17');
    await store.put(input('новый текст'), { baseRevision: 1 });
    const result = await store.importDrafts('user-17', JSON.stringify(file), 'tab-import');
    expect(result).toMatchObject({
      status: 'imported',
      imported: [],
      skipped: [{ documentId: 'school-3301' }],
    });
    const loaded = await store.get(key);
    expect(loaded.status === 'found' && loaded.record.data).toEqual({ text: 'новый текст' });
  });

  it.each([
    ['not JSON', 'это не JSON {', 'не файл черновиков'],
    ['another format', JSON.stringify({ format: 'excel', rows: [] }), 'это не файл черновиков ШНОР'],
    [
      'a newer file version',
      JSON.stringify({ format: 'shnro-drafts', version: 9, drafts: [] }),
      'более новой версией',
    ],
    [
      'no drafts',
      JSON.stringify({ format: 'shnro-drafts', version: 1, drafts: [] }),
      'нет ни одного черновика',
    ],
    [
      'one damaged draft among sound ones',
      JSON.stringify({
        format: 'shnro-drafts',
        version: 1,
        drafts: [
          {
            ...key,
            documentId: 'ok',
            schemaVersion: 1,
            revision: 1,
            savedAt: 1,
            tabId: 't',
            data: { text: 'да' },
          },
          { ...key, documentId: 'bad', schemaVersion: 1, revision: 'два', savedAt: 1, tabId: 't', data: {} },
        ],
      }),
      'черновик № 2 повреждён',
    ],
  ])(
    'rejects a file that is %s with a clear Russian message and changes nothing',
    async (_what, text, expected) => {
      const store = await fresh('bad-file');
      await store.put(input('то, что уже было'), { baseRevision: null });
      const result = await store.importDrafts('user-17', text, 'tab-import');
      expect(result.status).toBe('rejected');
      if (result.status !== 'rejected') return;
      expect(result.message).toMatch(/^Файл черновика не прочитан: /);
      expect(result.message).toContain(expected);
      const list = await store.list('user-17');
      expect(list.map((draft) => draft.documentId)).toEqual(['school-3301']);
    },
  );
});

describe('IndexedDB draft store faults', () => {
  const opened: DraftStore[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    opened.splice(0).forEach((store) => store.close());
    await deleteTestDatabases();
  });
  const fresh = async (name: string) => {
    const store = await openIndexedDbDraftStore({ databaseName: name, migrations: kinds });
    opened.push(store);
    return store;
  };

  it('keys records by [scope, kind, documentId] in a database of its own', async () => {
    const name = uniqueDatabaseName('layout');
    const store = await fresh(name);
    await store.put(input('текст'), { baseRevision: null });
    expect(await readRaw(name, ['user-17', 'roadmap', 'school-3301'])).toMatchObject({
      data: { text: 'текст' },
    });
  });

  it('reports a full disk as a value and keeps the stored draft as it was', async () => {
    const store = await fresh(uniqueDatabaseName('quota'));
    await store.put(input('сохранённый текст'), { baseRevision: null });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await store.put(input('текст, для которого нет места'), { baseRevision: 1 });
    expect(result.status).toBe('quota-exceeded');
    vi.restoreAllMocks();
    const loaded = await store.get(key);
    expect(loaded.status === 'found' && loaded.record).toMatchObject({
      revision: 1,
      data: { text: 'сохранённый текст' },
    });
  });

  it('moves a corrupted record to quarantine on read, intact, instead of crashing or deleting it', async () => {
    const name = uniqueDatabaseName('corrupt');
    const corrupt = {
      ...key,
      schemaVersion: 1,
      revision: 'три',
      savedAt: 'вчера',
      tabId: 7,
      data: { text: 'спасите' },
    };
    await writeRaw(name, corrupt);
    const store = await fresh(name);
    const loaded = await store.get(key);
    expect(loaded.status).toBe('quarantined');
    if (loaded.status !== 'quarantined') return;
    expect(loaded.quarantined.reason).toEqual({
      code: 'invalid-record',
      detail: 'revision: "три", expected an integer >= 1',
    });
    expect(loaded.quarantined.raw).toEqual(corrupt);

    const aside = await store.listQuarantine('user-17');
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ ...key, raw: corrupt });
    expect((await store.get(key)).status).toBe('missing');
    // A good save for the same document now works again.
    expect((await store.put(input('новый текст'), { baseRevision: null })).status).toBe('saved');
  });

  it('quarantines records that fail the kind’s own check while listing, and lists the rest', async () => {
    const name = uniqueDatabaseName('corrupt-list');
    await writeRaw(name, {
      ...key,
      documentId: 'bad',
      schemaVersion: 1,
      revision: 1,
      savedAt: 1,
      tabId: 't',
      data: { text: 42 },
    });
    await writeRaw(name, {
      ...key,
      documentId: 'good',
      schemaVersion: 1,
      revision: 1,
      savedAt: 2,
      tabId: 't',
      data: { text: 'ок' },
    });
    const store = await fresh(name);
    expect((await store.list('user-17')).map((draft) => draft.documentId)).toEqual(['good']);
    const aside = await store.listQuarantine('user-17');
    expect(aside.map((entry) => [entry.documentId, entry.reason.code])).toEqual([['bad', 'invalid-data']]);
  });

  it('exports kept-aside records with the drafts, and imports them back aside', async () => {
    const name = uniqueDatabaseName('export-aside');
    await writeRaw(name, {
      ...key,
      schemaVersion: 1,
      revision: 1,
      savedAt: 1,
      tabId: 't',
      data: { text: 42 },
    });
    const store = await fresh(name);
    await store.list('user-17');
    const file = await store.exportDrafts('user-17');
    expect(file.setAside).toHaveLength(1);

    const target = await fresh(uniqueDatabaseName('import-aside'));
    const result = await target.importDrafts('user-17', JSON.stringify(file), 'tab');
    expect(result).toMatchObject({ status: 'imported', setAside: 1 });
    expect(await target.listQuarantine('user-17')).toMatchObject([{ reason: { code: 'invalid-data' } }]);
  });
});
