import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftController } from './autosave-controller.js';
import type { DraftControllerOptions } from './autosave-controller.js';
import { openIndexedDbDraftStore } from './draft-store.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import {
  collectEvents,
  deleteTestDatabases,
  nextEvent,
  uniqueDatabaseName,
  writeRaw,
} from './test-support/idb.js';
import type { DraftTestHost } from './test-support/test-host.js';
import { mountHost } from './test-support/test-host.js';
import type { DraftStore } from './types.js';

interface Text {
  text: string;
}

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' } as const;
const kinds = defineDraftKinds({
  kind: 'roadmap',
  version: 2,
  migrate: { 1: (data: { body: string }) => ({ text: data.body }) },
});

const hosts: DraftTestHost[] = [];
const stores: DraftStore[] = [];

function editor(databaseName: string, options: Partial<DraftControllerOptions<Text>> = {}) {
  const host = mountHost();
  hosts.push(host);
  const controller = new DraftController<Text>(host, {
    ...key,
    databaseName,
    migrations: kinds,
    title: (data) => data.text.slice(0, 20),
    ...options,
  });
  return { host, controller };
}

async function storeOf(databaseName: string): Promise<DraftStore> {
  const store = await openIndexedDbDraftStore({ databaseName, migrations: kinds });
  stores.push(store);
  return store;
}

async function storedText(databaseName: string): Promise<string | undefined> {
  const result = await (await storeOf(databaseName)).get<Text>(key);
  return result.status === 'found' ? result.record.data.text : undefined;
}

/**
 * Closes the page the way a browser does before a reload: `pagehide` and nothing more (an
 * unloading page never disconnects its elements). The next "page" is a fresh controller.
 */
function closePage(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
}

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  hosts.splice(0).forEach((host) => host.remove());
  stores.splice(0).forEach((store) => store.close());
  // Let removed editors finish their last flush before the databases go.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await deleteTestDatabases();
});

describe('DraftController autosave', () => {
  it('saves once input has been quiet for the debounce time, and says so', async () => {
    const name = uniqueDatabaseName('debounce');
    const { host, controller } = editor(name, { debounceMs: 150 });
    await controller.ready;
    const saved = collectEvents(host, 'shnro-draft-saved');
    controller.schedule({ text: 'П' });
    controller.schedule({ text: 'Пр' });
    controller.schedule({ text: 'Проблема' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(saved).toHaveLength(0);
    expect(controller.dirty).toBe(true);

    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ key, revision: 1, storage: 'indexeddb' });
    expect(controller.state).toMatchObject({ status: 'saved', revision: 1 });
    const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' }).format(
      saved[0]?.savedAt,
    );
    expect(controller.message).toBe(`Черновик сохранён в ${time}`);
    expect(await storedText(name)).toBe('Проблема');
  });

  it('never waits in the input path, and the latest text is the one that ends up saved', async () => {
    const name = uniqueDatabaseName('no-block');
    const { controller } = editor(name, { debounceMs: 10_000 });
    await controller.ready;
    controller.schedule({ text: 'первый вариант' });
    const flushing = controller.flush();
    // Typing goes on while that save is in flight.
    expect(controller.schedule({ text: 'второй вариант' })).toBeUndefined();
    expect(controller.schedule({ text: 'третий вариант' })).toBeUndefined();
    await flushing;
    await controller.flush();
    expect(await storedText(name)).toBe('третий вариант');
    expect(controller.state.status).toBe('saved');
    expect(controller.dirty).toBe(false);
  });

  it('keeps the text typed just before a reload: pagehide saves at once', async () => {
    const name = uniqueDatabaseName('reload');
    const first = editor(name, { debounceMs: 60_000 });
    await first.controller.ready;
    const saved = nextEvent(first.host, 'shnro-draft-saved');
    first.controller.schedule({ text: 'Мероприятие: семинар-практикум для учителей математики' });
    closePage();
    await saved;

    const second = editor(name);
    const restored = nextEvent(second.host, 'shnro-draft-restored');
    expect(await second.controller.restore()).toEqual({
      text: 'Мероприятие: семинар-практикум для учителей математики',
    });
    expect(await restored).toMatchObject({ source: 'draft', revision: 1, title: 'Мероприятие: семинар' });
  });

  it('saves at once when the page becomes hidden', async () => {
    const name = uniqueDatabaseName('hidden');
    const { host, controller } = editor(name, { debounceMs: 60_000 });
    await controller.ready;
    const saved = nextEvent(host, 'shnro-draft-saved');
    controller.schedule({ text: 'переключилась на другую вкладку' });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await saved;
    expect(await storedText(name)).toBe('переключилась на другую вкладку');
  });

  it('saves at once when the editor is removed from the page (a route change)', async () => {
    const name = uniqueDatabaseName('removed');
    const { host, controller } = editor(name, { debounceMs: 60_000 });
    await controller.ready;
    const saved = nextEvent(host, 'shnro-draft-saved');
    controller.schedule({ text: 'ушла на другую страницу портала' });
    host.remove();
    await saved;
    expect(await storedText(name)).toBe('ушла на другую страницу портала');
  });

  it('speaks English in an English page', async () => {
    const name = uniqueDatabaseName('english');
    const host = mountHost('en');
    hosts.push(host);
    const controller = new DraftController<Text>(host, { ...key, databaseName: name });
    controller.schedule({ text: 'x' });
    await controller.flush();
    expect(controller.message).toMatch(/^Draft saved at \d\d:\d\d$/);
  });

  it('restores an older-version draft migrated to the current one', async () => {
    const name = uniqueDatabaseName('migrated');
    await writeRaw(name, {
      ...key,
      schemaVersion: 1,
      revision: 3,
      savedAt: 1,
      tabId: 'old',
      data: { body: 'старый формат' },
    });
    const { host, controller } = editor(name);
    const restored = nextEvent(host, 'shnro-draft-restored');
    expect(await controller.restore()).toEqual({ text: 'старый формат' });
    expect(await restored).toMatchObject({ migratedFrom: 1, revision: 3 });
    controller.schedule({ text: 'старый формат, дополненный' });
    await controller.flush();
    expect(controller.state).toMatchObject({ status: 'saved', revision: 4 });
  });

  it('discards the stored draft on request', async () => {
    const name = uniqueDatabaseName('discard');
    const { host, controller } = editor(name);
    controller.schedule({ text: 'лишнее' });
    await controller.flush();
    const discarded = nextEvent(host, 'shnro-draft-discarded');
    await controller.discard();
    await discarded;
    expect(await storedText(name)).toBeUndefined();
    expect(controller.state).toEqual({ status: 'idle' });
  });
});

describe('DraftController with two pages on one draft', () => {
  async function twoPages(name: string) {
    const a = editor(name, { tabId: 'tab-a', debounceMs: 60_000 });
    const b = editor(name, { tabId: 'tab-b', debounceMs: 60_000 });
    a.controller.schedule({ text: 'исходный текст' });
    await a.controller.flush();
    expect(await b.controller.restore()).toEqual({ text: 'исходный текст' });
    return { a, b };
  }

  it('tells the stale page of a newer revision and shows it both versions; nothing is overwritten', async () => {
    const name = uniqueDatabaseName('two-pages');
    const { a, b } = await twoPages(name);
    const conflict = nextEvent(b.host, 'shnro-draft-conflict');
    b.controller.schedule({ text: 'правка во вкладке Б' });
    a.controller.schedule({ text: 'правка во вкладке А' });
    await a.controller.flush();

    const event = await conflict;
    expect(event.theirs).toMatchObject({
      revision: 2,
      tabId: 'tab-a',
      data: { text: 'правка во вкладке А' },
    });
    expect(event.ours).toEqual({ text: 'правка во вкладке Б' });
    expect(b.controller.state).toMatchObject({ status: 'conflict' });
    expect(b.controller.message).toBe('Этот черновик изменён в другой вкладке');

    // Page B keeps typing and even flushes: still nothing is written over A's text.
    b.controller.schedule({ text: 'правка во вкладке Б, продолжение' });
    await b.controller.flush();
    expect(await storedText(name)).toBe('правка во вкладке А');
    expect(b.controller.state).toMatchObject({
      status: 'conflict',
      ours: { text: 'правка во вкладке Б, продолжение' },
    });
  });

  it('takes the other page’s version when the person chooses theirs', async () => {
    const name = uniqueDatabaseName('theirs');
    const { a, b } = await twoPages(name);
    const conflict = nextEvent(b.host, 'shnro-draft-conflict');
    b.controller.schedule({ text: 'Б' });
    a.controller.schedule({ text: 'А' });
    await a.controller.flush();
    await conflict;
    const restored = nextEvent(b.host, 'shnro-draft-restored');
    expect(await b.controller.resolveConflict('theirs')).toEqual({ text: 'А' });
    expect(await restored).toMatchObject({ source: 'other-tab', data: { text: 'А' } });
    // B now builds on A's revision without a conflict.
    b.controller.schedule({ text: 'А, и дополнение из Б' });
    await b.controller.flush();
    expect(b.controller.state).toMatchObject({ status: 'saved', revision: 3 });
    expect(await storedText(name)).toBe('А, и дополнение из Б');
  });

  it('saves this page’s version when the person chooses mine, and the other page learns of it', async () => {
    const name = uniqueDatabaseName('mine');
    const { a, b } = await twoPages(name);
    const conflictB = nextEvent(b.host, 'shnro-draft-conflict');
    b.controller.schedule({ text: 'Б' });
    a.controller.schedule({ text: 'А' });
    await a.controller.flush();
    await conflictB;
    const conflictA = nextEvent(a.host, 'shnro-draft-conflict');
    expect(await b.controller.resolveConflict('mine')).toEqual({ text: 'Б' });
    expect(await storedText(name)).toBe('Б');
    expect((await conflictA).theirs).toMatchObject({ revision: 3, data: { text: 'Б' } });
  });

  it('refuses a stale save by revision alone where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const name = uniqueDatabaseName('no-channel');
    const { a, b } = await twoPages(name);
    a.controller.schedule({ text: 'А' });
    await a.controller.flush();
    const conflict = nextEvent(b.host, 'shnro-draft-conflict');
    b.controller.schedule({ text: 'Б' });
    await b.controller.flush();
    expect((await conflict).theirs.data).toEqual({ text: 'А' });
    expect(await storedText(name)).toBe('А');
  });

  it.each([
    ['the page closes', (_host: DraftTestHost) => closePage()],
    ['the editor is removed (a route change)', (host: DraftTestHost) => host.remove()],
  ])('keeps the stale page’s text aside if %s before the person chooses', async (_when, leave) => {
    const name = uniqueDatabaseName('conflict-close');
    const { a, b } = await twoPages(name);
    const conflict = nextEvent(b.host, 'shnro-draft-conflict');
    b.controller.schedule({ text: 'текст Б, который нельзя терять' });
    a.controller.schedule({ text: 'А' });
    await a.controller.flush();
    await conflict;
    leave(b.host);

    const store = await storeOf(name);
    await vi.waitFor(async () => expect(await store.listQuarantine('user-17')).toHaveLength(1));
    const [aside] = await store.listQuarantine('user-17');
    expect(aside?.reason.code).toBe('unresolved-conflict');
    expect(aside?.raw).toMatchObject({
      ...key,
      tabId: 'tab-b',
      data: { text: 'текст Б, который нельзя терять' },
    });
    const copy = await store.readQuarantined<Text>(aside?.id ?? -1);
    expect(copy.status === 'found' && copy.record.data.text).toBe('текст Б, который нельзя терять');
    expect(await storedText(name)).toBe('А');
  });
});

describe('DraftController when storage fails', () => {
  it('keeps working in memory and says plainly that drafts are not saved when IndexedDB will not open', async () => {
    const name = uniqueDatabaseName('unavailable');
    const host = mountHost();
    hosts.push(host);
    const unavailable = nextEvent(host, 'shnro-draft-storage-unavailable');
    const controller = new DraftController<Text>(host, {
      ...key,
      databaseName: name,
      openDatabase: () =>
        Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError')),
    });
    const event = await unavailable;
    expect(event.reason).toBe('unavailable');
    expect(event.message).toContain('Черновики не сохраняются: хранилище браузера недоступно');
    expect(controller.state).toEqual({ status: 'unsaved-memory-only', reason: 'unavailable' });
    expect(controller.message).toBe(
      'Черновики не сохраняются: хранилище браузера недоступно. Не закрывайте страницу, пока не отправите данные.',
    );

    const saved = nextEvent(host, 'shnro-draft-saved');
    controller.schedule({ text: 'текст только в памяти' });
    await controller.flush();
    expect((await saved).storage).toBe('memory');
    expect(controller.state.status).toBe('unsaved-memory-only');
    const memory = await createMemoryDraftStore(name).get<Text>(key);
    expect(memory.status === 'found' && memory.record.data.text).toBe('текст только в памяти');
  });

  it('moves to memory when IndexedDB breaks mid-session, keeping the text', async () => {
    const name = uniqueDatabaseName('breaks');
    const { host, controller } = editor(name);
    controller.schedule({ text: 'до сбоя' });
    await controller.flush();
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const unavailable = nextEvent(host, 'shnro-draft-storage-unavailable');
    controller.schedule({ text: 'после сбоя' });
    await controller.flush();
    expect((await unavailable).reason).toBe('unavailable');
    expect(controller.state).toEqual({ status: 'unsaved-memory-only', reason: 'unavailable' });
    const memory = await createMemoryDraftStore(name).get<Text>(key);
    expect(memory.status === 'found' && memory.record.data.text).toBe('после сбоя');
  });

  it('says the disk is full, keeps the text, and saves again once there is room', async () => {
    const name = uniqueDatabaseName('quota');
    const { host, controller } = editor(name, { debounceMs: 60_000 });
    controller.schedule({ text: 'сохранено раньше' });
    await controller.flush();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const full = nextEvent(host, 'shnro-draft-storage-unavailable');
    controller.schedule({ text: 'длинный текст, для которого нет места' });
    await controller.flush();
    expect((await full).reason).toBe('quota-exceeded');
    expect(controller.state).toEqual({ status: 'quota-exceeded' });
    expect(controller.message).toBe(
      'Недостаточно места для черновика: текст остаётся на странице, сохраните его в файл.',
    );
    expect(controller.dirty).toBe(true);
    const file = controller.exportFile();
    expect(JSON.parse((await file?.text()) ?? '{}')).toMatchObject({
      format: 'shnro-drafts',
      drafts: [{ data: { text: 'длинный текст, для которого нет места' } }],
    });
    expect(await storedText(name)).toBe('сохранено раньше');

    put.mockRestore();
    controller.schedule({ text: 'длинный текст, для которого нет места' });
    await controller.flush();
    expect(controller.state).toMatchObject({ status: 'saved', revision: 2 });
    expect(await storedText(name)).toBe('длинный текст, для которого нет места');
  });

  it('does not crash on a corrupted record: it is kept aside and listable', async () => {
    const name = uniqueDatabaseName('corrupt');
    const corrupt = {
      ...key,
      schemaVersion: 2,
      revision: 2,
      savedAt: 'вчера',
      tabId: 'old',
      data: { text: 'цел' },
    };
    await writeRaw(name, corrupt);
    const { host, controller } = editor(name);
    const quarantined = nextEvent(host, 'shnro-draft-quarantined');
    expect(await controller.restore()).toBeUndefined();
    expect((await quarantined).entry).toMatchObject({ reason: { code: 'invalid-record' }, raw: corrupt });
    expect(await (await storeOf(name)).listQuarantine('user-17')).toMatchObject([{ raw: corrupt }]);
    // The person can go on typing: a fresh draft starts.
    controller.schedule({ text: 'заново' });
    await controller.flush();
    expect(controller.state).toMatchObject({ status: 'saved', revision: 1 });
  });
});
