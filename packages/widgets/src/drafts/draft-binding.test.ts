import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftBinding } from './draft-binding.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import type { DraftStore } from './types.js';

interface Note {
  text: string;
}

const kinds = defineDraftKinds({ kind: 'note', version: 1 });

/** A minimal editing element: one text, the drafts properties, and a binding. */
class NoteEditor extends LitElement {
  static override properties = {
    documentId: { attribute: false },
    draftScope: { attribute: false },
    draftStore: { attribute: false },
    editing: { attribute: false },
  };
  documentId?: string;
  draftScope = 'user-1';
  draftDatabase?: string;
  draftStore?: DraftStore;
  editing = true;
  text = '';
  found: { data: Note; at: number }[] = [];
  theirs: Note[] = [];
  readonly drafts = new DraftBinding<Note>(this, {
    kind: 'note',
    migrations: kinds,
    enabled: () => this.editing,
    title: (data) => data.text.slice(0, 10),
    current: () => ({ text: this.text }),
    found: (data, at) => {
      this.found.push({ data, at });
      this.text = data.text;
    },
    takeTheirs: (data) => this.theirs.push(data),
  });

  type(text: string): void {
    this.text = text;
    this.drafts.edited();
    this.drafts.schedule({ text });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['documentId', 'draftScope', 'draftStore', 'editing'].some((name) => changed.has(name)))
      this.drafts.sync();
  }

  override render() {
    return html`<p>${this.drafts.message ?? ''}</p>`;
  }
}
customElements.define('shnro-note-editor-test', NoteEditor);

const mounted: NoteEditor[] = [];
let counter = 0;

function mount(store: DraftStore, documentId = 'doc-1'): NoteEditor {
  const element = document.createElement('shnro-note-editor-test') as NoteEditor;
  element.draftStore = store;
  element.documentId = documentId;
  element.lang = 'ru';
  document.body.append(element);
  mounted.push(element);
  return element;
}

const storeNamed = () => createMemoryDraftStore(`binding-${Date.now()}-${(counter += 1)}`, kinds);

afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

describe('DraftBinding', () => {
  it('brings a stored draft back into a fresh element, once', async () => {
    const store = storeNamed();
    const first = mount(store);
    await first.updateComplete;
    first.type('черновик');
    await first.drafts.flush();
    first.remove();

    const second = mount(store);
    await vi.waitFor(() => expect(second.found).toHaveLength(1));
    expect(second.found[0]!.data).toEqual({ text: 'черновик' });
    expect(second.found[0]!.at).toBeGreaterThan(0);
    expect(second.text).toBe('черновик');
    expect(second.drafts.active).toBe(true);
  });

  it('does not bring a draft over typing done before it was read, and saves the typing over it', async () => {
    const store = storeNamed();
    const first = mount(store);
    await first.updateComplete;
    first.type('старый');
    await first.drafts.flush();
    first.remove();

    const second = mount(store);
    await second.updateComplete; // drafts set up, the stored draft still being read
    second.type('новый');
    const key = { scope: 'user-1', kind: 'note', documentId: 'doc-1' };
    await vi.waitFor(async () => {
      await second.drafts.flush();
      const stored = await store.get<Note>(key);
      expect(stored.status === 'found' && stored.record.data).toEqual({ text: 'новый' });
    });
    expect(second.found).toEqual([]);
    expect(second.text).toBe('новый');
  });

  it('keeps no draft while the element only shows, and opens another document’s drafts when the id changes', async () => {
    const store = storeNamed();
    const element = mount(store);
    await element.updateComplete;
    element.type('первый');
    await element.drafts.flush();
    element.editing = false;
    await element.updateComplete;
    expect(element.drafts.active).toBe(false);
    expect(element.drafts.state).toBeUndefined();
    element.editing = true;
    element.documentId = 'doc-2';
    await element.updateComplete;
    expect(element.drafts.active).toBe(true);
    element.type('второй');
    await element.drafts.flush();
    const docs = await store.list('user-1');
    expect(docs.map((summary) => summary.documentId).sort()).toEqual(['doc-1', 'doc-2']);
  });

  it('discards the stored draft on request', async () => {
    const store = storeNamed();
    const element = mount(store);
    await element.updateComplete;
    element.type('удалить');
    await element.drafts.flush();
    await element.drafts.discard();
    const stored = await store.get<Note>({ scope: 'user-1', kind: 'note', documentId: 'doc-1' });
    expect(stored.status).toBe('missing');
  });
});
