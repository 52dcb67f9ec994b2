// Every editing widget that keeps drafts loses nothing when the page dies 0 ms after the last key.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { INDICATOR_FORM_DRAFT_KIND, indicatorFormDraftKinds } from '../indicator-form/draft.js';
import '../indicator-form/define.js';
import { fieldKey } from '../indicator-form/entries.js';
import type { ShnroIndicatorForm } from '../indicator-form/indicator-form.js';
import {
  ROADMAP_EDITOR_DRAFT_KIND,
  roadmapEditorDraftKinds,
  type RoadmapEditorDraft,
} from '../roadmap-editor/draft.js';
import '../roadmap-editor/define.js';
import type { ShnroRoadmapEditor } from '../roadmap-editor/roadmap-editor.js';
import { DRAFT_JOURNAL_PREFIX } from './draft-journal.js';
import { openIndexedDbDraftStore } from './draft-store.js';
import type { DraftMigrations } from './migrations.js';
import { mountDraftingEditor, mountDraftingForm } from './test-support/drafting-elements.js';
import { clearDraftsAfterTest, uniqueDatabaseName } from './test-support/idb.js';
import { killedPage } from './test-support/killed-page.js';
import type { DraftStore } from './types.js';

const scope = 'user-42';
const stores: DraftStore[] = [];

async function realStore(label: string, migrations: DraftMigrations): Promise<DraftStore> {
  const store = await openIndexedDbDraftStore({ databaseName: uniqueDatabaseName(label), migrations });
  stores.push(store);
  return store;
}

const mountRoadmap = (store: DraftStore) => mountDraftingEditor(scope, { store });
const mountForm = (store: DraftStore) => mountDraftingForm(scope, { store });

const plannedResult = (element: ShnroRoadmapEditor) =>
  element.shadowRoot!.querySelector<HTMLTextAreaElement>(
    'li[data-activity="conversation"] [data-field="plannedResult"]',
  )!;
const formField = (element: ShnroIndicatorForm, code: string, role: string) =>
  element.shadowRoot!.getElementById(`f-${code}-${role}`) as HTMLInputElement;

/** Presses the keys of `text` in a field, as a person does (real key events in Chromium). */
async function press(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.setSelectionRange(0, input.value.length);
  await userEvent.keyboard(text);
}

beforeEach(() => {
  document.documentElement.lang = 'ru';
});

afterEach(async () => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  stores.splice(0).forEach((store) => store.close());
  await clearDraftsAfterTest();
});

describe('drafts journal in the editing widgets', () => {
  it('roadmap editor: 0 of 30 characters lost when the page dies 0 ms after the last key', async () => {
    const store = await realStore('journal-roadmap', roadmapEditorDraftKinds);
    // This page's IndexedDB writes never land: no debounced save, no pagehide flush.
    const dying = await mountRoadmap(killedPage(store));
    const typed = 'Разработаны ИОМ для 5 учителей';
    await press(plannedResult(dying), typed);
    dying.remove();

    // The page is opened again at once.
    const next = await mountRoadmap(store);
    await vi.waitFor(() => expect(plannedResult(next).value).toBe(typed));
    expect(next.roadmap!.sections[0]!.activities[0]!.plannedResult).toBe(typed);
    // …and merged into IndexedDB, so the next reload finds it there too.
    await vi.waitFor(async () => {
      const stored = await store.get<RoadmapEditorDraft>({
        scope,
        kind: ROADMAP_EDITOR_DRAFT_KIND,
        documentId: 'roadmap-school-7-2020',
      });
      expect(
        stored.status === 'found' && stored.record.data.roadmap.sections[0]!.activities[0]!.plannedResult,
      ).toBe(typed);
    });
  });

  it('indicator form: 0 of 7 digits lost when the page dies 0 ms after the last key', async () => {
    const store = await realStore('journal-form', indicatorFormDraftKinds);
    const dying = await mountForm(killedPage(store));
    await press(formField(dying, '1.5', 'numerator'), '7');
    await press(formField(dying, '4.8', 'count'), '202');
    await press(formField(dying, '4.4', 'numerator'), '1500');
    dying.remove();

    const next = await mountForm(store);
    await vi.waitFor(() => expect(formField(next, '4.4', 'numerator').value).toBe('1500'));
    expect(formField(next, '1.5', 'numerator').value).toBe('7');
    expect(formField(next, '4.8', 'count').value).toBe('202');
    await vi.waitFor(async () => {
      const stored = await store.get<{ entries: Record<string, string> }>({
        scope,
        kind: INDICATOR_FORM_DRAFT_KIND,
        documentId: 'kansk-2022',
      });
      expect(stored.status === 'found' && stored.record.data.entries[fieldKey('4.4', 'numerator')]).toBe(
        '1500',
      );
    });
  });

  it('indicator form: keeps the journal in sessionStorage when localStorage is refused', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await realStore('journal-form-session', indicatorFormDraftKinds);
    const dying = await mountForm(killedPage(store));
    await press(formField(dying, '4.8', 'count'), '3');
    dying.remove();
    expect(Object.keys(sessionStorage).some((name) => name.startsWith(DRAFT_JOURNAL_PREFIX))).toBe(true);

    const next = await mountForm(store);
    await vi.waitFor(() => expect(formField(next, '4.8', 'count').value).toBe('3'));
  });

  it('indicator form: typing goes on and drafts still save when every Web Storage throws', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(refuse);
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(refuse);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const store = await realStore('journal-form-none', indicatorFormDraftKinds);
      const form = await mountForm(store);
      await press(formField(form, '4.8', 'count'), '12');
      expect(formField(form, '4.8', 'count').value).toBe('12');
      await form.saveDraft();
      expect(form.draftState?.status).toBe('saved');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });
});
