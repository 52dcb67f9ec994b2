import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftController } from './autosave-controller.js';
import type { DraftJournalEntry } from './draft-journal.js';
import {
  DRAFT_JOURNAL_MAX_CHARS,
  DRAFT_JOURNAL_PREFIX,
  DRAFT_JOURNAL_SYNC_CHARS,
  DraftJournal,
  draftJournalKey,
} from './draft-journal.js';
import { journalOutcome } from './journal-recovery.js';
import { openIndexedDbDraftStore } from './draft-store.js';
import { defineDraftKinds } from './migrations.js';
import { clearDraftsAfterTest, collectEvents, uniqueDatabaseName } from './test-support/idb.js';
import { killedPage } from './test-support/killed-page.js';
import type { DraftTestHost } from './test-support/test-host.js';
import { mountHost } from './test-support/test-host.js';
import type { DraftRecord, DraftStore } from './types.js';

interface Text {
  text: string;
}

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' } as const;
const kinds = defineDraftKinds({ kind: 'roadmap', version: 1 });

function entry(
  text: string,
  at: number,
  sequence = 1,
  baseRevision: number | null = null,
): DraftJournalEntry<Text> {
  const record: DraftRecord<Text> = {
    ...key,
    schemaVersion: 1,
    revision: (baseRevision ?? 0) + 1,
    savedAt: at,
    tabId: 'tab-a',
    data: { text },
  };
  return { format: 'shnro-draft-journal', sequence, baseRevision, record };
}

const hosts: DraftTestHost[] = [];
const stores: DraftStore[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  hosts.splice(0).forEach((host) => host.remove());
  stores.splice(0).forEach((store) => store.close());
  await clearDraftsAfterTest();
});

describe('DraftJournal', () => {
  it('writes each input synchronously to localStorage and reads it back', () => {
    const journal = new DraftJournal<Text>('db-1', key, 'tab-a');
    expect(journal.write(entry('Проведение семинара', 1000))).toBe('localStorage');
    // Synchronous: the text is in Web Storage before the call returns, no await in between.
    const raw = localStorage.getItem(draftJournalKey('db-1', key, 'tab-a'));
    expect(JSON.parse(raw!).record.data).toEqual({ text: 'Проведение семинара' });
    expect(new DraftJournal<Text>('db-1', key, 'tab-a').read()?.record.data.text).toBe('Проведение семинара');
    // Another database or document has its own entry.
    expect(new DraftJournal<Text>('db-2', key, 'tab-a').read()).toBeUndefined();
    expect(new DraftJournal<Text>('db-1', { ...key, documentId: 'other' }, 'tab-a').read()).toBeUndefined();
  });

  it('falls back to sessionStorage when the localStorage getter throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const journal = new DraftJournal<Text>('db-1', key, 'tab-a');
    expect(journal.write(entry('семинар', 1000))).toBe('sessionStorage');
    expect(sessionStorage.getItem(draftJournalKey('db-1', key, 'tab-a'))).toContain('семинар');
    expect(journal.read()?.record.data.text).toBe('семинар');
    journal.clear();
    expect(journal.read()).toBeUndefined();
  });

  it('falls back to sessionStorage when localStorage refuses the write for lack of space', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage) {
      if (this === localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return undefined;
    });
    expect(new DraftJournal<Text>('db-1', key, 'tab-a').write(entry('семинар', 1000))).toBe('sessionStorage');
  });

  it('is silently skipped when every storage throws, and never throws itself', () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(refuse);
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(refuse);
    const journal = new DraftJournal<Text>('db-1', key, 'tab-a');
    expect(journal.write(entry('семинар', 1000))).toBeUndefined();
    expect(journal.read()).toBeUndefined();
    expect(() => journal.settle(1)).not.toThrow();
    expect(() => journal.clear()).not.toThrow();
  });

  it('stays bounded: an oversized entry is not written and other documents make room', () => {
    const journal = new DraftJournal<Text>('db-1', key, 'tab-a');
    journal.write(entry('короткий', 1000));
    expect(journal.write(entry('я'.repeat(DRAFT_JOURNAL_MAX_CHARS), 2000))).toBeUndefined();
    // The shorter, older text must not pass for the latest on the next load.
    expect(journal.read()).toBeUndefined();

    for (let index = 0; index < 25; index += 1) {
      new DraftJournal<Text>('db-1', { ...key, documentId: `doc-${index}` }, 'tab-a').write(
        entry(`текст ${index}`, index),
      );
    }
    const kept = Object.keys(localStorage).filter((name) => name.startsWith(DRAFT_JOURNAL_PREFIX));
    expect(kept).toHaveLength(20);
    // The oldest went first.
    expect(kept.some((name) => name.includes('"doc-24"'))).toBe(true);
    expect(kept.some((name) => name.includes('"doc-0"'))).toBe(false);
  });

  it('clears an entry only when it is the write that was saved', () => {
    const journal = new DraftJournal<Text>('db-1', key, 'tab-a');
    journal.write(entry('первый', 1000, 1));
    journal.write(entry('второй', 1001, 2));
    journal.settle(1); // the save of write 1 finished after write 2 was typed
    expect(journal.read()?.record.data.text).toBe('второй');
    journal.settle(2);
    expect(journal.read()).toBeUndefined();
  });

  it('keeps one entry per tab, so two tabs typing in one document never overwrite each other', () => {
    const a = new DraftJournal<Text>('db-1', key, 'tab-a');
    const b = new DraftJournal<Text>('db-1', key, 'tab-b');
    a.write(entry('текст вкладки A', 1000));
    b.write({
      ...entry('текст вкладки B', 1001),
      record: { ...entry('текст вкладки B', 1001).record, tabId: 'tab-b' },
    });
    expect(a.entries().map(({ entry: found }) => found.record.data.text)).toEqual([
      'текст вкладки B',
      'текст вкладки A',
    ]);
    b.clear();
    expect(a.entries().map(({ entry: found }) => found.record.data.text)).toEqual(['текст вкладки A']);
    a.clearDocument();
    expect(b.entries()).toEqual([]);
  });

  it('wins over the stored draft when newer on the same line, and conflicts when the store moved on', () => {
    const stored = entry('сохранено', 1000, 1, null).record; // revision 1, by tab-a
    // Continues revision 1 and says more: the journal is newer and wins.
    expect(journalOutcome(entry('сохранено и дописано', 1500, 2, 1), stored)).toBe('take');
    // Nothing stored: the journal is all there is.
    expect(journalOutcome(entry('набрано', 1), undefined)).toBe('take');
    // The store holds the same text, or a later save of the same tab: nothing new.
    expect(journalOutcome(entry('сохранено', 1500, 2, 1), stored)).toBe('covered');
    expect(journalOutcome(entry('раньше', 999, 1, null), stored)).toBe('covered');
    // Another tab saved over the text this entry was based on: both are kept.
    const theirs = { ...stored, tabId: 'tab-b', revision: 2, savedAt: 2000 };
    expect(journalOutcome(entry('сохранено и дописано', 1500, 2, 1), theirs)).toBe('conflict');
  });
});

describe('DraftController with the journal', () => {
  async function realStore(name: string): Promise<DraftStore> {
    const store = await openIndexedDbDraftStore({ databaseName: name, migrations: kinds });
    stores.push(store);
    return store;
  }

  function editor(store: DraftStore) {
    const host = mountHost();
    hosts.push(host);
    const controller = new DraftController<Text>(host, { ...key, store, migrations: kinds });
    return { host, controller };
  }

  it('loses nothing typed 0 ms before the page died, and merges it into IndexedDB on the next load', async () => {
    const name = uniqueDatabaseName('journal-kill');
    const store = await realStore(name);
    const first = editor(store);
    first.controller.schedule({ text: 'Проведение' });
    await first.controller.flush();
    expect(((await store.get<Text>(key)) as { record: DraftRecord<Text> }).record.data.text).toBe(
      'Проведение',
    );

    // From here on the page is dying: no IndexedDB write of it lands (no debounce, no pagehide).
    const dying = editor(killedPage(store));
    await dying.controller.restore();
    const typed = 'Проведение семинара-практикума для учителей математики';
    for (let length = 'Проведение'.length + 1; length <= typed.length; length += 1) {
      dying.controller.schedule({ text: typed.slice(0, length) });
    }

    // At 0 ms: the next page opens at once.
    const next = editor(store);
    const restored = collectEvents(next.host, 'shnro-draft-restored');
    expect(await next.controller.restore()).toEqual({ text: typed });
    expect(restored.map((event) => event.source)).toEqual(['journal']);
    await next.controller.flush();
    await vi.waitFor(async () => {
      const stored = await store.get<Text>(key);
      expect(stored.status === 'found' && stored.record.data.text).toBe(typed);
    });
    expect(next.controller.state.status).toBe('saved');
    // Merged: the journal entry has done its job.
    expect(new DraftJournal<Text>(name, key, 'tab-a').entries()).toEqual([]);
  });

  it('keeps both texts when another tab saved after the journaled text was based', async () => {
    const name = uniqueDatabaseName('journal-other-tab');
    const store = await realStore(name);
    const dying = editor(killedPage(store));
    await dying.controller.restore();
    dying.controller.schedule({ text: 'текст этой вкладки' });
    // Meanwhile another tab saved its own text.
    await store.put(
      { ...key, tabId: 'other', data: { text: 'текст другой вкладки' } },
      { baseRevision: null },
    );
    // This tab typed once more after the other's save (so the journal is the newer).
    await new Promise((resolve) => setTimeout(resolve, 5));
    dying.controller.schedule({ text: 'текст этой вкладки, дописанный' });

    const next = editor(store);
    expect(await next.controller.restore()).toEqual({ text: 'текст этой вкладки, дописанный' });
    const state = next.controller.state;
    expect(state.status).toBe('conflict');
    expect(state.status === 'conflict' && state.theirs.data.text).toBe('текст другой вкладки');
    // Nothing written over the other tab's text until the person chooses.
    const stored = await store.get<Text>(key);
    expect(stored.status === 'found' && stored.record.data.text).toBe('текст другой вкладки');
  });

  it('takes the stored draft when it already holds the journaled text, and drops the entry', async () => {
    const name = uniqueDatabaseName('journal-stale');
    const store = await realStore(name);
    new DraftJournal<Text>(name, key, 'tab-a').write(entry('набор', Date.now() - 60_000));
    await store.put(
      { ...key, tabId: 'tab-a', data: { text: 'набор, сохранённый позже' } },
      { baseRevision: null },
    );
    const next = editor(store);
    expect(await next.controller.restore()).toEqual({ text: 'набор, сохранённый позже' });
    expect(next.controller.state.status).toBe('saved');
    expect(new DraftJournal<Text>(name, key, 'tab-a').entries()).toEqual([]);
  });

  it('coalesces the journal of a draft too large to write at every key, and writes it at once on pagehide', async () => {
    const name = uniqueDatabaseName('journal-slow');
    const store = await realStore(name);
    const { controller } = editor(killedPage(store));
    await controller.restore();
    const journaled = () =>
      new DraftJournal<Text>(name, key, 'reader').entries()[0]?.entry.record.data.text.split(' ').pop();
    // A draft longer than a journal write per key allows (a roadmap of a thousand activities).
    const long = 'я'.repeat(DRAFT_JOURNAL_SYNC_CHARS);
    controller.schedule({ text: `${long} первый` });
    expect(journaled()).toBe('первый');
    controller.schedule({ text: `${long} второй` });
    controller.schedule({ text: `${long} третий` });
    expect(journaled()).toBe('первый');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(journaled()).toBe('третий');
    controller.schedule({ text: `${long} четвёртый` });
    await vi.waitFor(() => expect(journaled()).toBe('четвёртый'));
    // A short draft again: once its first write is done, every key is journaled at once.
    controller.schedule({ text: 'пятый' });
    await vi.waitFor(() => expect(journaled()).toBe('пятый'));
    controller.schedule({ text: 'шестой' });
    expect(journaled()).toBe('шестой');
  });

  it('sees no conflict when the other tab saved the very same text, and saves on from its revision', async () => {
    const name = uniqueDatabaseName('journal-same');
    const store = await realStore(name);
    const a = editor(store);
    const b = editor(store);
    await Promise.all([a.controller.restore(), b.controller.restore()]);
    const conflicts = collectEvents(b.host, 'shnro-draft-conflict');
    a.controller.schedule({ text: 'одинаковый текст' });
    await a.controller.flush();
    b.controller.schedule({ text: 'одинаковый текст' });
    await b.controller.flush();
    expect(b.controller.state).toMatchObject({ status: 'saved', revision: 1 });
    expect(conflicts).toEqual([]);
    b.controller.schedule({ text: 'одинаковый текст, дописанный' });
    await b.controller.flush();
    expect(b.controller.state).toMatchObject({ status: 'saved', revision: 2 });
  });

  it('keeps aside, and tells of, the text of every other tab that closed before saving', async () => {
    const name = uniqueDatabaseName('journal-two-tabs');
    const store = await realStore(name);
    const a = editor(killedPage(store));
    const b = editor(killedPage(store));
    await Promise.all([a.controller.restore(), b.controller.restore()]);
    a.controller.schedule({ text: 'текст вкладки A' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    b.controller.schedule({ text: 'текст вкладки B' });

    const next = editor(store);
    expect(await next.controller.restore()).toEqual({ text: 'текст вкладки B' });
    const aside = next.controller.quarantined;
    expect(aside).toHaveLength(1);
    expect(aside[0]!.restorable).toBe(true);
    expect((aside[0]!.entry.raw as DraftRecord<Text>).data.text).toBe('текст вкладки A');
    expect((await store.listQuarantine(key.scope)).map((found) => found.reason.code)).toEqual([
      'unresolved-conflict',
    ]);
  });
});
