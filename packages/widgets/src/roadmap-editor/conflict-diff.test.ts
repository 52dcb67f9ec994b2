import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_JOURNAL_PREFIX } from '../drafts/draft-journal.js';
import { axeViolations } from '../test-support/axe.js';
import { seed000Roadmap } from './examples.js';
import type { ShnroRoadmapEditor } from './roadmap-editor.js';
import { $, $$, field, mount, text, type } from './test-support/helpers.js';

let database = '';
const withDrafts = (el: ShnroRoadmapEditor) => {
  el.roadmap = seed000Roadmap();
  el.documentId = 'roadmap-school-7-2020';
  el.draftScope = 'user-42';
  el.draftDatabase = database;
};

/** Two tabs type into one activity and both save: returns the tab that must choose, and both texts. */
async function conflictOfTwoTabs() {
  const here = await mount(withDrafts);
  const there = await mount(withDrafts);
  await type(here, field(here, 'seminar', 'activity'), 'Семинар-практикум в этой вкладке');
  await type(there, field(there, 'seminar', 'activity'), 'Семинар-практикум в другой вкладке');
  await there.saveDraft();
  await here.saveDraft();
  await vi.waitFor(() =>
    expect([here, there].filter((tab) => tab.draftState?.status === 'conflict')).toHaveLength(1),
  );
  const hereChooses = here.draftState?.status === 'conflict';
  const chooser = hereChooses ? here : there;
  const other = hereChooses ? there : here;
  const ours = hereChooses ? 'Семинар-практикум в этой вкладке' : 'Семинар-практикум в другой вкладке';
  const theirs = hereChooses ? 'Семинар-практикум в другой вкладке' : 'Семинар-практикум в этой вкладке';
  await chooser.updateComplete;
  return { chooser, other, ours, theirs };
}

describe('<shnro-roadmap-editor>: what differs between two tabs', () => {
  beforeEach(() => {
    document.documentElement.lang = 'ru';
    database = `roadmap-conflict-test-${crypto.randomUUID()}`;
  });
  afterEach(async () => {
    document.body.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(database);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    for (const name of Object.keys(localStorage))
      if (name.startsWith(DRAFT_JOURNAL_PREFIX)) localStorage.removeItem(name);
  });

  it('names the activity, the field, and both texts, where the counts alone read the same', async () => {
    const { chooser, ours, theirs } = await conflictOfTwoTabs();
    const conflict = $(chooser, '[part~="conflict"]');
    // The counts are equal («мероприятий — 7» against «мероприятий — 7»): the table says what differs.
    // The table loads with the first conflict (editor-chunks.ts) and is drawn once it has come.
    await vi.waitFor(() => expect($$(chooser, '[part="conflict-diff"] tbody tr')).toHaveLength(1));
    const rows = $$(chooser, '[part="conflict-diff"] tbody tr');
    const row = rows[0]!;
    expect(row.dataset.diff).toBe('activity-seminar');
    expect(text(row.querySelector('th')!)).toMatch(
      /^Мероприятие \d+\.\d+ «Семинар-практикум в (этой|другой) вкладке»$/,
    );
    expect([...row.querySelectorAll('td')].map((cell) => text(cell))).toEqual(['Мероприятие', ours, theirs]);
    expect(text($(chooser, '[part="conflict-diff"] caption'))).toBe('Что различается');
    // Neither text dropped while the person has not chosen: ours on screen, theirs in the table.
    expect(field(chooser, 'seminar', 'activity').value).toBe(ours);
    expect(text(conflict)).toContain('Этот черновик изменён в другой вкладке');
    expect(await axeViolations(chooser)).toEqual([]);
  });

  it('keeps this tab’s text when the tab closes before choosing: the next visit asks again', async () => {
    const { chooser, ours, theirs } = await conflictOfTwoTabs();
    chooser.remove();
    const next = await mount(withDrafts);
    await vi.waitFor(() => expect(next.draftState?.status).toBe('conflict'));
    await next.updateComplete;
    expect(field(next, 'seminar', 'activity').value).toBe(ours);
    const cells = $$(next, '[part="conflict-diff"] tbody tr[data-diff="activity-seminar"] td').map((cell) =>
      text(cell),
    );
    expect(cells).toEqual(['Мероприятие', ours, theirs]);
  });
});
