import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../test-support/axe.js';
import { openIndexedDbDraftStore } from '../draft-store.js';
import { draftMessage } from '../core-messages.js';
import { DraftSync } from '../draft-sync.js';
import type { DraftStore } from '../types.js';
import {
  collectEvents,
  deleteTestDatabases,
  nextEvent,
  uniqueDatabaseName,
  writeRaw,
} from '../test-support/idb.js';
import './define.js';
import type { ShnroDraftList } from './draft-list.js';

const scope = 'user-17';
const stores: DraftStore[] = [];

async function storeWithDrafts(name: string): Promise<DraftStore> {
  const store = await openIndexedDbDraftStore({ databaseName: name });
  stores.push(store);
  await store.put(
    {
      scope,
      kind: 'roadmap',
      documentId: 'school-3301',
      tabId: 't',
      title: 'Дорожная карта СОШ № 3',
      data: { text: 'раз' },
    },
    { baseRevision: null },
  );
  await new Promise((resolve) => setTimeout(resolve, 5)); // distinct save times, a definite order
  await store.put(
    {
      scope,
      kind: 'roadmap',
      documentId: 'school-3302',
      tabId: 't',
      title: 'Дорожная карта гимназии № 1',
      data: { text: 'два' },
    },
    { baseRevision: null },
  );
  await store.put(
    {
      scope: 'someone-else',
      kind: 'roadmap',
      documentId: 'x',
      tabId: 't',
      title: 'Чужой черновик',
      data: {},
    },
    { baseRevision: null },
  );
  return store;
}

async function mount(databaseName: string, lang = 'ru'): Promise<ShnroDraftList> {
  const list = document.createElement('shnro-draft-list');
  list.lang = lang;
  list.scope = scope;
  list.databaseName = databaseName;
  list.kindLabels = { roadmap: 'Дорожная карта' };
  document.body.append(list);
  await vi.waitFor(() => expect(list.shadowRoot?.querySelector('ul, .empty:not(:empty)')).toBeTruthy());
  // The loading line in the list's own language: «Загружаем…» alone let an English list through mid-load.
  const loading = draftMessage('list-loading', lang === 'en' ? 'en' : 'ru');
  await vi.waitFor(() => expect(list.shadowRoot?.textContent).not.toContain(loading));
  return list;
}

const $ = <E extends Element = HTMLElement>(list: ShnroDraftList, selector: string) =>
  list.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = (list: ShnroDraftList, selector: string) => [
  ...(list.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];
const titles = (list: ShnroDraftList) => $$(list, 'ul[part=list] .title').map((el) => el.textContent);
const item = (list: ShnroDraftList, documentId: string) => $(list, `li[data-document-id='${documentId}']`);

afterEach(async () => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  stores.splice(0).forEach((store) => store.close());
  await new Promise((resolve) => setTimeout(resolve, 20));
  await deleteTestDatabases();
});

describe('<shnro-draft-list>', () => {
  it('lists the scope’s drafts newest first with their save times in Russian', async () => {
    const name = uniqueDatabaseName('list');
    const store = await storeWithDrafts(name);
    const list = await mount(name);
    expect(titles(list)).toEqual(['Дорожная карта гимназии № 1', 'Дорожная карта СОШ № 3']);
    const [summary] = await store.list(scope);
    const expected = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short' }).format(
      summary?.savedAt,
    );
    const time = item(list, 'school-3302')?.querySelector('time');
    expect(time?.textContent).toBe(`сохранён ${expected}`);
    expect(time?.getAttribute('datetime')).toBe(new Date(summary?.savedAt ?? 0).toISOString());
    expect(item(list, 'school-3302')?.textContent).toContain('Дорожная карта ·');
    expect(list.shadowRoot?.textContent).not.toContain('Чужой черновик');
  });

  it('labels every control by the draft it acts on, with native buttons and a labelled file input', async () => {
    const name = uniqueDatabaseName('labels');
    await storeWithDrafts(name);
    const list = await mount(name);
    const labels = [...(item(list, 'school-3301')?.querySelectorAll('button') ?? [])].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(labels).toEqual([
      'Восстановить черновик «Дорожная карта СОШ № 3»',
      'Сохранить в файл черновик «Дорожная карта СОШ № 3»',
      'Удалить черновик «Дорожная карта СОШ № 3»',
    ]);
    const input = $<HTMLInputElement>(list, 'input[type=file]');
    expect(input?.labels?.[0]?.textContent?.trim()).toBe('Загрузить черновики из файла');
    expect($(list, 'section')?.getAttribute('aria-labelledby')).toBe('heading');
  });

  it('works from the keyboard: Tab to a draft’s delete, Enter, and Enter again cancels', async () => {
    const name = uniqueDatabaseName('keyboard');
    await storeWithDrafts(name);
    const list = await mount(name);
    const restored = nextEvent(list, 'shnro-draft-restored');
    item(list, 'school-3302')?.querySelector<HTMLButtonElement>('button.restore')?.focus();
    await userEvent.keyboard('{Enter}');
    expect((await restored).key.documentId).toBe('school-3302');
    await list.updateComplete;

    item(list, 'school-3302')?.querySelector<HTMLButtonElement>('button.restore')?.focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(list.shadowRoot?.activeElement?.getAttribute('aria-label')).toBe(
      'Удалить черновик «Дорожная карта гимназии № 1»',
    );
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(list.shadowRoot?.activeElement?.textContent?.trim()).toBe('Отмена'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(list.shadowRoot?.activeElement?.getAttribute('aria-label')).toBe(
        'Удалить черновик «Дорожная карта гимназии № 1»',
      ),
    );
    expect(titles(list)).toHaveLength(2);
  });

  it('shows a draft saved in another tab without a reload', async () => {
    const name = uniqueDatabaseName('live');
    const store = await storeWithDrafts(name);
    const list = await mount(name);
    const otherTab = new DraftSync(name, 'other-tab');
    const saved = await store.put(
      {
        scope,
        kind: 'roadmap',
        documentId: 'school-3399',
        tabId: 'other-tab',
        title: 'Новая карта',
        data: {},
      },
      { baseRevision: null },
    );
    otherTab.announce({
      type: 'saved',
      scope,
      kind: 'roadmap',
      documentId: 'school-3399',
      revision: saved.status === 'saved' ? saved.record.revision : 0,
    });
    otherTab.close();
    await vi.waitFor(() => expect(titles(list)[0]).toBe('Новая карта'));
  });

  it('restores a draft by firing shnro-draft-restored with its data', async () => {
    const name = uniqueDatabaseName('restore');
    await storeWithDrafts(name);
    const list = await mount(name);
    const restored = nextEvent(document, 'shnro-draft-restored');
    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.restore')?.click();
    const event = await restored;
    expect(event).toMatchObject({
      key: { scope, kind: 'roadmap', documentId: 'school-3301' },
      data: { text: 'раз' },
      source: 'draft',
    });
    await vi.waitFor(() =>
      expect($(list, '[role=status]')?.textContent).toBe('Черновик «Дорожная карта СОШ № 3» открыт.'),
    );
  });

  it('deletes a draft only after the person confirms, and cancelling keeps it', async () => {
    const name = uniqueDatabaseName('discard');
    const store = await storeWithDrafts(name);
    const list = await mount(name);
    const discarded = collectEvents(list, 'shnro-draft-discarded');

    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.discard')?.click();
    await list.updateComplete;
    expect(item(list, 'school-3301')?.textContent).toContain(
      'Удалить черновик «Дорожная карта СОШ № 3»? Вернуть его будет нельзя.',
    );
    // The safe answer has focus.
    expect(list.shadowRoot?.activeElement?.textContent?.trim()).toBe('Отмена');
    (list.shadowRoot?.activeElement as HTMLButtonElement).click();
    await list.updateComplete;
    expect(titles(list)).toHaveLength(2);
    expect(discarded).toHaveLength(0);

    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.discard')?.click();
    await list.updateComplete;
    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.confirm-yes')?.click();
    await vi.waitFor(() => expect(titles(list)).toEqual(['Дорожная карта гимназии № 1']));
    expect(discarded[0]?.key.documentId).toBe('school-3301');
    expect((await store.get({ scope, kind: 'roadmap', documentId: 'school-3301' })).status).toBe('missing');
    expect($(list, '[role=status]')?.textContent).toBe('Черновик «Дорожная карта СОШ № 3» удалён.');
  });

  it('saves a draft to a JSON file and loads it back from the file', async () => {
    const name = uniqueDatabaseName('export');
    await storeWithDrafts(name);
    const list = await mount(name);
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.export')?.click();
    await vi.waitFor(() => expect(created).toHaveBeenCalledOnce());
    const file = created.mock.calls[0]?.[0] as File;
    expect(file.name).toMatch(/^shnro-drafts-\d{4}-\d\d-\d\d\.json$/);
    const body = JSON.parse(await file.text());
    expect(body.drafts.map((draft: { documentId: string }) => draft.documentId)).toEqual(['school-3301']);

    const target = await mount(uniqueDatabaseName('import'));
    expect($(target, '.empty')?.textContent).toBe('Сохранённых черновиков нет.');
    await chooseFile(target, file);
    await vi.waitFor(() => expect(titles(target)).toEqual(['Дорожная карта СОШ № 3']));
    expect($(target, '[role=status]')?.textContent).toBe('Загружено черновиков из файла: 1.');
  });

  it('says plainly why a bad file was not read, and changes nothing', async () => {
    const name = uniqueDatabaseName('bad-import');
    await storeWithDrafts(name);
    const list = await mount(name);
    await chooseFile(list, new File(['{"rows": [1, 2, 3]}'], 'таблица.json', { type: 'application/json' }));
    await vi.waitFor(() =>
      expect($(list, '[role=alert]')?.textContent).toBe(
        'Файл черновика не прочитан: это не файл черновиков ШНОР.',
      ),
    );
    expect(titles(list)).toHaveLength(2);
  });

  it('renders titles as text, never as HTML', async () => {
    const name = uniqueDatabaseName('xss');
    const store = await openIndexedDbDraftStore({ databaseName: name });
    stores.push(store);
    const title = '<img src=x onerror="window.__hacked = true">Карта';
    await store.put(
      { scope, kind: 'roadmap', documentId: 'd', tabId: 't', title, data: {} },
      { baseRevision: null },
    );
    const list = await mount(name);
    expect(titles(list)).toEqual([title]);
    expect(list.shadowRoot?.querySelector('img')).toBeNull();
  });

  it('lists records kept aside apart, and restores a readable one', async () => {
    const name = uniqueDatabaseName('aside');
    await writeRaw(name, {
      scope,
      kind: 'roadmap',
      documentId: 'broken',
      schemaVersion: 1,
      revision: 'x',
      savedAt: 1,
      tabId: 't',
      data: {},
    });
    const store = await openIndexedDbDraftStore({ databaseName: name });
    stores.push(store);
    const copy = {
      scope,
      kind: 'roadmap',
      documentId: 'school-3301',
      schemaVersion: 1,
      revision: 2,
      savedAt: 5,
      tabId: 'b',
      title: 'Копия',
      data: { text: 'моё' },
    };
    await store.setAside(copy, copy, { code: 'unresolved-conflict', detail: '' });
    const list = await mount(name);

    await vi.waitFor(() => expect($$(list, '.aside li')).toHaveLength(2));
    const text = $(list, '.aside')?.textContent ?? '';
    expect(text).toContain('Отложенные записи');
    expect(text).toContain('запись повреждена');
    expect(text).toContain('текст из вкладки, закрытой до выбора версии');
    const broken = $$(list, '.aside li').find((li) => li.textContent?.includes('broken'));
    expect(broken?.querySelector('button.restore')).toBeNull();

    const restored = nextEvent(list, 'shnro-draft-restored');
    $$(list, '.aside li')
      .find((li) => li.textContent?.includes('Копия'))
      ?.querySelector<HTMLButtonElement>('button.restore')
      ?.click();
    expect(await restored).toMatchObject({ source: 'set-aside', data: { text: 'моё' } });
  });

  it('says drafts are not saved when browser storage is unavailable', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const unavailable = nextEvent(document, 'shnro-draft-storage-unavailable');
    const list = await mount(uniqueDatabaseName('no-idb'));
    expect((await unavailable).reason).toBe('denied');
    await vi.waitFor(() =>
      expect($(list, '[role=alert]')?.textContent).toContain('Черновики не сохраняются'),
    );
  });

  it('has no axe violations, with drafts, kept-aside records and a pending delete', async () => {
    const name = uniqueDatabaseName('axe');
    await writeRaw(name, {
      scope,
      kind: 'roadmap',
      documentId: 'broken',
      schemaVersion: 1,
      revision: 0,
      savedAt: 1,
      tabId: 't',
      data: {},
    });
    await storeWithDrafts(name);
    const list = await mount(name);
    await vi.waitFor(() => expect($$(list, '.aside li')).toHaveLength(1));
    expect(await axeViolations(list)).toEqual([]);
    item(list, 'school-3301')?.querySelector<HTMLButtonElement>('button.discard')?.click();
    await list.updateComplete;
    expect(await axeViolations(list)).toEqual([]);
  });

  it('speaks English under lang="en"', async () => {
    const name = uniqueDatabaseName('en');
    await storeWithDrafts(name);
    const list = await mount(name, 'en');
    expect($(list, 'h2')?.textContent).toBe('Drafts');
    // The items arrive with the store's answer: wait for the one read, then read it exactly.
    await vi.waitFor(() => expect(item(list, 'school-3301')).not.toBeNull());
    expect(item(list, 'school-3301')?.querySelector('button.restore')?.textContent?.trim()).toBe('Restore');
  });
});

async function chooseFile(list: ShnroDraftList, file: File): Promise<void> {
  const input = $<HTMLInputElement>(list, 'input[type=file]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
