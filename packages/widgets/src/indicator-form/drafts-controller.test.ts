import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { openDraftStore } from '../drafts/open-draft-store.js';
import { deleteTestDatabases, uniqueDatabaseName } from '../drafts/test-support/idb.js';
import type { DraftStore } from '../drafts/types.js';
import { hostMounter } from '../shared/test-support/mount-host.js';
import { INDICATOR_FORM_DRAFT_KIND, indicatorFormDraftKinds, type IndicatorFormDraft } from './draft.js';
import { FormDraftsController } from './drafts-controller.js';
import type { IndicatorFormEntries } from './entries.js';

const key = { scope: 'user-1', kind: INDICATOR_FORM_DRAFT_KIND, documentId: 'kansk-2022' };

/** A bare form-like host: the drafts properties, its entries, and what the drafts asked of it. */
class DraftsHost extends LitElement {
  static override properties = { documentId: { attribute: false }, draftStore: { attribute: false } };
  documentId?: string;
  draftScope = 'user-1';
  draftDatabase?: string;
  draftStore?: DraftStore;
  editing = true;
  overValue = false;
  entries: IndicatorFormEntries = { a: '' };
  applied: IndicatorFormDraft[] = [];
  theirs: IndicatorFormDraft[] = [];
  readonly drafts = new FormDraftsController(this, {
    editing: () => this.editing,
    title: () => 'Мониторинг Канска',
    current: () => ({ setId: 'set', entries: this.entries }),
    apply: (data) => {
      this.applied.push(data);
      this.entries = data.entries;
    },
    takeTheirs: (data) => this.theirs.push(data),
    overValue: () => this.overValue,
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('documentId') || changed.has('draftStore')) this.drafts.sync();
  }
}
customElements.define('shnro-form-drafts-host-test', DraftsHost);

const opened: DraftStore[] = [];
afterEach(async () => {
  opened.splice(0).forEach((store) => store.close());
  await deleteTestDatabases();
});

/** A real IndexedDB drafts store, as a page shares with the form. */
async function idbStore(label: string): Promise<DraftStore> {
  const { store } = await openDraftStore({
    databaseName: uniqueDatabaseName(label),
    migrations: indicatorFormDraftKinds,
  });
  opened.push(store);
  return store;
}

const mount = hostMounter<DraftsHost>('shnro-form-drafts-host-test');

/** A host opened on a document whose draft (entries a = 5) another tab stored. */
async function overStoredDraft(label: string, { overValue }: { overValue: boolean }) {
  const store = await idbStore(label);
  await store.put(
    { ...key, tabId: 'other', data: { setId: 'set', entries: { a: '5' } } },
    { baseRevision: null },
  );
  const host = mount((element) => {
    element.lang = 'ru';
    element.draftStore = store;
    element.documentId = key.documentId;
    element.overValue = overValue;
  });
  await settle(host);
  return { host, store };
}

async function settle(host: DraftsHost): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('FormDraftsController', () => {
  it('saves what the form holds, titled, once the person typed', async () => {
    const store = await idbStore('form-drafts-save');
    const host = mount((element) => {
      element.lang = 'ru';
      element.draftStore = store;
      element.documentId = key.documentId;
    });
    await settle(host);
    expect(host.drafts.view('ru').draftStatus).toBe('');
    host.entries = { a: '7' };
    host.drafts.typed();
    await host.drafts.flush();
    const stored = await store.get<IndicatorFormDraft>(key);
    expect(stored.status === 'found' && stored.record.data.entries).toEqual({ a: '7' });
    expect(stored.status === 'found' && stored.record.title).toBe('Мониторинг Канска');
    expect(host.drafts.state?.status).toBe('saved');
    expect(host.drafts.view('ru').draftStatus).toMatch(/^Черновик сохранён/);
  });

  it('brings a stored draft back over the host value, until the person types', async () => {
    const { host } = await overStoredDraft('form-drafts-restore', { overValue: true });
    expect(host.applied.map((data) => data.entries)).toEqual([{ a: '5' }]);
    expect(host.drafts.view('ru').restored?.overValue).toBe(true);
    host.drafts.typed();
    expect(host.drafts.view('ru').restored).toBeUndefined();
  });

  it('goes back to the host value: the notice closes and the draft is deleted', async () => {
    const { host, store } = await overStoredDraft('form-drafts-leave', { overValue: false });
    expect(host.drafts.view('ru').restored).toBeDefined();
    await host.drafts.leave();
    expect(host.drafts.view('ru').restored).toBeUndefined();
    expect((await store.get(key)).status).toBe('missing');
  });

  it('keeps no draft outside the edit mode or without a document id', async () => {
    const store = await idbStore('form-drafts-off');
    const host = mount((element) => {
      element.lang = 'ru';
      element.draftStore = store;
      element.editing = false;
      element.documentId = key.documentId;
    });
    await settle(host);
    expect(host.drafts.view('ru').draftStatus).toBeUndefined();
    host.drafts.typed();
    await host.drafts.flush();
    expect((await store.get(key)).status).toBe('missing');
    expect(host.drafts.state).toBeUndefined();
  });
});
