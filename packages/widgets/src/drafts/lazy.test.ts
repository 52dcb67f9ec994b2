import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DraftController } from './autosave-controller.js';
import { journalRecovery, LazyPart, prefetchDraftParts, quarantineNotice, storageWording } from './lazy.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import { clearDraftsAfterTest, nextEvent, uniqueDatabaseName } from './test-support/idb.js';
import type { DraftTestHost } from './test-support/test-host.js';
import { mountHost } from './test-support/test-host.js';

// The drafts' rare parts load by dynamic import: when needed, and at idle time for offline use.
// These tests follow the parts themselves; the elements' tests (storage-problems.test.ts,
// draft-journal.test.ts, draft-list.test.ts) see them at work through what a person sees.

interface Note {
  text: string;
}

const key = { scope: 'user-5', kind: 'note', documentId: 'doc-lazy' } as const;
const kinds = defineDraftKinds({ kind: 'note', version: 1 });
const hosts: DraftTestHost[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  hosts.splice(0).forEach((host) => host.remove());
  await clearDraftsAfterTest();
});

function editor(databaseName: string, openDatabase?: () => Promise<never>) {
  const host = mountHost();
  hosts.push(host);
  const controller = new DraftController<Note>(host, {
    ...key,
    databaseName,
    migrations: kinds,
    debounceMs: 20,
    ...(openDatabase ? { openDatabase } : {}),
  });
  return { host, controller };
}

const refuse = () => Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError'));

describe('the drafts’ rare parts', () => {
  it('are not loaded by an element’s first render, and are loaded once the page is idle', async () => {
    // First in this file: nothing has needed them yet.
    expect(storageWording.value).toBeUndefined();
    expect(quarantineNotice.value).toBeUndefined();
    expect(journalRecovery.value).toBeUndefined();
    const { controller } = editor(uniqueDatabaseName('idle'));
    await controller.ready;
    expect(controller.state).toEqual({ status: 'idle' });
    prefetchDraftParts(); // already asked for by the controller: once per page
    await vi.waitFor(() => {
      expect(storageWording.value).toBeTypeOf('function');
      expect(quarantineNotice.value?.draftQuarantineNotice).toBeTypeOf('function');
      expect(journalRecovery.value?.recoverJournal).toBeTypeOf('function');
    });
    expect(storageWording.value?.('quota-exceeded', 'ru')).toBe(
      'Недостаточно места для черновика: текст остаётся на странице, сохраните его в файл.',
    );
  });

  it('a part that fails to load (offline) is tried again at the next need, and then kept', async () => {
    let attempts = 0;
    const part = new LazyPart(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { words: 'загружено' };
    });
    await expect(part.get()).rejects.toThrow('Failed to fetch');
    expect(part.value).toBeUndefined();
    expect(await part.get()).toEqual({ words: 'загружено' });
    expect(part.value).toEqual({ words: 'загружено' });
    await part.get();
    expect(attempts).toBe(2);
  });

  it('IndexedDB refused while the words of storage problems cannot load: the person is still told, the text kept in memory', async () => {
    // As on a page that went offline before its idle prefetch: the words are not there.
    const loaded = storageWording.value;
    storageWording.value = undefined;
    onTestFinished(() => {
      storageWording.value = loaded;
    });
    vi.spyOn(storageWording, 'get').mockRejectedValue(new TypeError('Failed to fetch'));
    const name = uniqueDatabaseName('words-offline');
    const host = mountHost();
    hosts.push(host);
    const unavailable = nextEvent(host, 'shnro-draft-storage-unavailable');
    const controller = new DraftController<Note>(host, { ...key, databaseName: name, openDatabase: refuse });
    const event = await unavailable;
    expect(event.reason).toBe('unavailable');
    expect(event.message).toBe(
      'Черновик не сохраняется в браузере. Не закрывайте страницу, пока не отправите данные.',
    );
    expect(controller.message).toBe(event.message);

    const saved = nextEvent(host, 'shnro-draft-saved');
    controller.schedule({ text: 'набрано без сети' });
    await controller.flush();
    expect((await saved).storage).toBe('memory');
    const memory = await createMemoryDraftStore(name).get<Note>(key);
    expect(memory.status === 'found' && memory.record.data.text).toBe('набрано без сети');
  });

  it('IndexedDB refused: the event and the status line word it in full, in the page’s language', async () => {
    const { host, controller } = editor(uniqueDatabaseName('words-now'), refuse);
    host.lang = 'en';
    const unavailable = nextEvent(host, 'shnro-draft-storage-unavailable');
    const event = await unavailable;
    expect(event.message).toBe(
      'Drafts are not being saved: browser storage is unavailable. Keep this page open until you submit your data.',
    );
    expect(controller.message).toBe(event.message);
  });
});
