// The person hears of every storage problem: drafts kept aside, a refused, full or aborting store.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { INDICATOR_FORM_DRAFT_KIND, indicatorFormDraftKinds } from '../indicator-form/draft.js';
import '../indicator-form/define.js';
import { fieldKey } from '../indicator-form/entries.js';
import type { ShnroIndicatorForm } from '../indicator-form/indicator-form.js';
import { ROADMAP_EDITOR_DRAFT_KIND } from '../roadmap-editor/draft.js';
import { axeViolations } from '../test-support/axe.js';
import '../roadmap-editor/define.js';
import { DraftController } from './autosave-controller.js';
import { openIndexedDbDraftStore } from './draft-store.js';
import { draftMessage } from './core-messages.js';
import { defineDraftKinds } from './migrations.js';
import { recoveredText } from './quarantine-notice.js';
import { mountDraftingEditor, mountDraftingForm } from './test-support/drafting-elements.js';
import { clearDraftsAfterTest, collectEvents, uniqueDatabaseName, writeRaw } from './test-support/idb.js';
import type { DraftTestHost } from './test-support/test-host.js';
import { mountHost } from './test-support/test-host.js';

const scope = 'user-42';
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const roadmapEditor = (database: string) => mountDraftingEditor(scope, { database });
const indicatorForm = (database: string) => mountDraftingForm(scope, { database });

const countField = (form: ShnroIndicatorForm) =>
  form.shadowRoot!.getElementById('f-4.8-count') as HTMLInputElement;
const status = (element: HTMLElement) => text(element.shadowRoot!.querySelector('[part="draft-status"]'));

/** The files the page handed to the browser's download, read back as text. */
function captureDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
  });
  return files;
}

const hosts: DraftTestHost[] = [];

beforeEach(() => {
  document.documentElement.lang = 'ru';
});

afterEach(async () => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  hosts.splice(0);
  await clearDraftsAfterTest();
});

/** The notice of a draft kept aside, once the element has shown it. */
function quarantineNotice(element: HTMLElement): Promise<Element> {
  return vi.waitFor(() => {
    const found = element.shadowRoot!.querySelector('[part~="quarantine"]');
    expect(found).not.toBeNull();
    return found!;
  });
}

describe('drafts kept aside: a notice with the recovered text', () => {
  it('roadmap editor: a draft of a newer schema version is shown as text, to save as a file', async () => {
    const database = uniqueDatabaseName('aside-newer');
    const raw = {
      scope,
      kind: ROADMAP_EDITOR_DRAFT_KIND,
      documentId: 'roadmap-school-7-2020',
      schemaVersion: 99,
      revision: 4,
      savedAt: Date.now() - 1000,
      tabId: 'tab-old',
      data: {
        roadmap: { title: 'План на 2021 год', activities: [{ activity: 'Семинар для учителей математики' }] },
      },
    };
    await writeRaw(database, raw);
    const editor = await roadmapEditor(database);
    const notice = await quarantineNotice(editor);
    expect(text(notice.querySelector('h2'))).toBe(
      'Сохранённый черновик не открыт: черновик сохранён более новой версией портала',
    );
    const recovered = notice.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(recovered.value).toBe('План на 2021 год\nСеминар для учителей математики');
    expect(recovered.labels?.[0]?.textContent).toBe('Текст отложенного черновика');
    // Not restorable into this version: the notice says so and offers the files.
    expect(text(notice)).toContain('Вернуть его в редактор нельзя, сохраните текст в файл.');
    expect(notice.querySelector('button.restore')).toBeNull();
    expect(await axeViolations(editor)).toEqual([]);

    const downloads = captureDownloads();
    await userEvent.click(notice.querySelector<HTMLButtonElement>('button.save-text')!);
    await userEvent.click(notice.querySelector<HTMLButtonElement>('button.save-json')!);
    expect(downloads.map((file) => file.name)).toEqual([
      'roadmap-school-7-2020-draft.txt',
      expect.stringMatching(/^roadmap-school-7-2020-shnro-drafts-\d{4}-\d\d-\d\d\.json$/),
    ]);
    expect(await downloads[0]!.text).toBe('План на 2021 год\nСеминар для учителей математики');
    const file = JSON.parse(await downloads[1]!.text) as { format: string; setAside: { raw: unknown }[] };
    expect(file.format).toBe('shnro-drafts');
    expect(file.setAside[0]!.raw).toEqual(raw);

    await userEvent.click(notice.querySelector<HTMLButtonElement>('button.dismiss')!);
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[part~="quarantine"]')).toBeNull();
  });

  it('indicator form: a damaged draft is told of in English under lang="en"', async () => {
    document.documentElement.lang = 'en';
    const database = uniqueDatabaseName('aside-damaged');
    await writeRaw(database, {
      scope,
      kind: INDICATOR_FORM_DRAFT_KIND,
      documentId: 'kansk-2022',
      schemaVersion: 1,
      revision: 2,
      savedAt: Date.now(),
      tabId: 'tab-old',
      data: { setId: 'x', entries: { [fieldKey('4.8', 'count')]: 7 } },
    });
    const form = await indicatorForm(database);
    const notice = await quarantineNotice(form);
    expect(text(notice.querySelector('h2'))).toBe(
      'The saved draft was not opened: the draft data failed its check',
    );
    expect(notice.querySelector('textarea')!.value).toBe('x\n7');
  });

  it('indicator form: text a tab kept aside mid-conflict can be put back into the form', async () => {
    const database = uniqueDatabaseName('aside-conflict');
    const store = await openIndexedDbDraftStore({
      databaseName: database,
      migrations: indicatorFormDraftKinds,
    });
    const key = { scope, kind: INDICATOR_FORM_DRAFT_KIND, documentId: 'kansk-2022' };
    await store.setAside(
      key,
      {
        ...key,
        schemaVersion: 1,
        revision: 3,
        savedAt: Date.now(),
        tabId: 'closed-tab',
        data: { setId: 'municipal-monitoring', entries: { [fieldKey('4.8', 'count')]: '5' } },
      },
      { code: 'unresolved-conflict', detail: 'revision 3 from another tab was newer' },
    );
    const form = await indicatorForm(database);
    const notice = await quarantineNotice(form);
    expect(text(notice.querySelector('h2'))).toBe(
      'Сохранённый черновик не открыт: текст из вкладки, закрытой до выбора версии',
    );
    await userEvent.click(notice.querySelector<HTMLButtonElement>('button.restore')!);
    await vi.waitFor(() => expect(countField(form).value).toBe('5'));
    await vi.waitFor(async () => expect(await store.listQuarantine(scope)).toEqual([]));
    expect(form.shadowRoot!.querySelector('[part~="quarantine"]')).toBeNull();
    store.close();
  });

  it('reads every piece of text out of any shape, bounded', () => {
    expect(recoveredText({ data: { a: ' раз ', b: ['два', { c: 3, id: 'skip' }], d: null } })).toBe(
      'раз\nдва\n3',
    );
    const cyclic: Record<string, unknown> = { text: 'петля' };
    cyclic.self = cyclic;
    expect(recoveredText(cyclic)).toBe('петля');
    expect(
      recoveredText({ data: Array.from({ length: 10 }, (_, index) => `строка ${index}`) }, 3).split('\n'),
    ).toHaveLength(3);
  });
});

describe('storage problems each have their own message, and typing is never blocked', () => {
  interface Note {
    text: string;
  }
  const key = { scope, kind: 'note', documentId: 'doc-1' } as const;
  const kinds = defineDraftKinds({ kind: 'note', version: 1 });

  function controller(database: string) {
    const host = mountHost();
    hosts.push(host);
    const drafts = new DraftController<Note>(host, {
      ...key,
      databaseName: database,
      migrations: kinds,
      debounceMs: 20,
    });
    return { host, drafts };
  }

  it('the indexedDB getter throwing SecurityError: the privacy message, no uncaught error, typing goes on', async () => {
    vi.spyOn(window, 'indexedDB', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const form = await indicatorForm(uniqueDatabaseName('denied'));
      const input = countField(form);
      input.focus();
      await userEvent.keyboard('12');
      expect(input.value).toBe('12');
      await form.saveDraft();
      await form.updateComplete;
      expect(status(form)).toBe(draftMessage('state-denied', 'ru'));
      expect(form.draftState).toEqual({ status: 'unsaved-memory-only', reason: 'denied' });
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).toEqual([]);
    expect(draftMessage('state-denied', 'en')).toMatch(
      /^Drafts are not being saved: the browser forbids this page to store data/,
    );
  });

  it('a quota error: the quota message, not «Сохраняем черновик…»', async () => {
    const { host, drafts } = controller(uniqueDatabaseName('quota'));
    await drafts.ready;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const told = collectEvents(host, 'shnro-draft-storage-unavailable');
    drafts.schedule({ text: 'семинар' });
    await drafts.flush();
    expect(drafts.state.status).toBe('quota-exceeded');
    expect(drafts.message).toBe(
      'Недостаточно места для черновика: текст остаётся на странице, сохраните его в файл.',
    );
    expect(told.map((event) => event.reason)).toEqual(['quota-exceeded']);
  });

  it('a transaction aborted by a full disk: the quota message, not «хранилище недоступно»', async () => {
    const { drafts } = controller(uniqueDatabaseName('abort-quota'));
    await drafts.ready;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      // As the browser does when the disk fills at commit: the transaction's error is the cause.
      Object.defineProperty(this.transaction, 'error', {
        value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      });
      this.transaction.abort();
      return request;
    });
    drafts.schedule({ text: 'семинар' });
    await drafts.flush();
    expect(drafts.state.status).toBe('quota-exceeded');
  });

  it('a transaction aborted for another reason: its own message, IndexedDB kept, the next input saves', async () => {
    const database = uniqueDatabaseName('abort');
    const { host, drafts } = controller(database);
    await drafts.ready;
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    const told = collectEvents(host, 'shnro-draft-storage-unavailable');
    drafts.schedule({ text: 'семинар' });
    await drafts.flush();
    expect(drafts.state.status).toBe('write-aborted');
    expect(drafts.message).toBe(
      'Черновик не сохранён: браузер прервал запись. Текст остаётся на странице, при следующем изменении попробуем снова; чтобы не рисковать, сохраните его в файл.',
    );
    expect(draftMessage('state-aborted', 'en')).toMatch(
      /^The draft was not saved: the browser aborted the write\./,
    );
    expect(told.map((event) => event.reason)).toEqual(['aborted']);

    spy.mockRestore();
    drafts.schedule({ text: 'семинар-практикум' });
    await drafts.flush();
    expect(drafts.state.status).toBe('saved');
    const store = await openIndexedDbDraftStore({ databaseName: database, migrations: kinds });
    const stored = await store.get<Note>(key);
    expect(stored.status === 'found' && stored.record.data.text).toBe('семинар-практикум');
    expect(stored.status === 'found' && stored.record.schemaVersion).toBe(1);
    store.close();
  });

  it('never sticks on «Сохраняем черновик…» when a save throws', async () => {
    const { drafts } = controller(uniqueDatabaseName('throws'));
    await drafts.ready;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A value IndexedDB cannot clone: a programming error, but the status must not lie.
    drafts.schedule({ text: 'x', fn: () => 1 } as unknown as Note);
    await drafts.flush();
    expect(drafts.state.status).not.toBe('saving');
    expect(drafts.message).not.toBe('Сохраняем черновик…');
  });
});
