// The two editing elements that keep drafts, mounted as the drafts tests need them.
import '../../indicator-form/define.js';
import type { ShnroIndicatorForm } from '../../indicator-form/indicator-form.js';
import '../../roadmap-editor/define.js';
import { seed000Roadmap } from '../../roadmap-editor/examples.js';
import type { ShnroRoadmapEditor } from '../../roadmap-editor/roadmap-editor.js';
import type { DraftStore } from '../types.js';

/** Where a test's element keeps its drafts: a store handed to it, or a database it opens itself. */
export type DraftsIn = { store: DraftStore } | { database: string };

function keepDraftsIn(element: ShnroRoadmapEditor | ShnroIndicatorForm, scope: string, drafts: DraftsIn) {
  element.draftScope = scope;
  if ('store' in drafts) element.draftStore = drafts.store;
  else element.draftDatabase = drafts.database;
}

/** Seed 000's roadmap of school 7 in `<shnro-roadmap-editor>`, on 1 December 2020. */
export async function mountDraftingEditor(scope: string, drafts: DraftsIn): Promise<ShnroRoadmapEditor> {
  const element = document.createElement('shnro-roadmap-editor');
  element.today = '2020-12-01';
  element.roadmap = seed000Roadmap();
  element.documentId = 'roadmap-school-7-2020';
  keepDraftsIn(element, scope, drafts);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Канск's 2022 monitoring in `<shnro-indicator-form>`, with the cycle's populations. */
export async function mountDraftingForm(scope: string, drafts: DraftsIn): Promise<ShnroIndicatorForm> {
  const element = document.createElement('shnro-indicator-form');
  element.populations = { 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 };
  element.documentId = 'kansk-2022';
  keepDraftsIn(element, scope, drafts);
  document.body.append(element);
  await element.updateComplete;
  return element;
}
