import { describe, expect, it, vi } from 'vitest';
import type { ShnroDraftConflictEvent } from '../events/drafts.js';
import { DraftConflictResolver, type DraftConflictParts } from './draft-conflict.js';
import { createMemoryDraftStore } from './memory-store.js';
import { defineDraftKinds } from './migrations.js';
import type { DraftRecord, DraftState, DraftStore } from './types.js';

interface Note {
  text: string;
}

const key = { scope: 'user-17', kind: 'note', documentId: 'doc-1' } as const;
const kinds = defineDraftKinds({ kind: 'note', version: 1 });

/** The save side as the resolver sees it, played by a plain object that records what it was asked. */
function saveSide(latest: Note | undefined) {
  const side = {
    calls: [] as string[],
    key,
    host: new EventTarget(),
    state: { status: 'idle' } as DraftState<Note>,
    latest,
    baseRevision: null as number | null,
    setState(state: DraftState<Note>) {
      side.state = state;
    },
    hold() {
      side.calls.push('hold');
    },
    adopt(record: DraftRecord<Note>) {
      side.calls.push('adopt');
      side.baseRevision = record.revision;
      side.latest = record.data;
      side.state = { status: 'saved', at: record.savedAt, revision: record.revision };
    },
    recordOf(data: Note, revision: number, savedAt: number): DraftRecord<Note> {
      return { ...key, tabId: 'this-tab', schemaVersion: 1, data, revision, savedAt };
    },
  };
  return side;
}

function resolverOf(side: DraftConflictParts<Note>, store: DraftStore) {
  return new DraftConflictResolver<Note>(side, { store, ready: () => Promise.resolve(store) }, (work) =>
    work(),
  );
}

async function storedByOtherTab(store: DraftStore, text: string): Promise<DraftRecord<Note>> {
  const result = await store.put<Note>(
    { ...key, tabId: 'other-tab', data: { text } },
    { baseRevision: null },
  );
  if (result.status !== 'saved') throw new Error(result.status);
  return result.record;
}

describe('DraftConflictResolver', () => {
  it('shows both versions and tells the page when the texts differ; nothing is written', async () => {
    const store = createMemoryDraftStore('conflict-differ', kinds);
    const theirs = await storedByOtherTab(store, 'их текст');
    const side = saveSide({ text: 'наш текст' });
    const events: ShnroDraftConflictEvent<Note>[] = [];
    side.host.addEventListener('shnro-draft-conflict', (event) =>
      events.push(event as ShnroDraftConflictEvent<Note>),
    );
    resolverOf(side, store).enter(theirs);
    expect(side.calls).toEqual(['hold']);
    expect(side.state).toEqual({ status: 'conflict', theirs, ours: { text: 'наш текст' } });
    expect(events.map((event) => event.ours)).toEqual([{ text: 'наш текст' }]);
    expect(events[0]?.theirs.revision).toBe(theirs.revision);
  });

  it('the same text on both sides is no conflict: their revision becomes the base', async () => {
    const store = createMemoryDraftStore('conflict-same', kinds);
    const theirs = await storedByOtherTab(store, 'одно и то же');
    const side = saveSide({ text: 'одно и то же' });
    const conflict = vi.fn();
    side.host.addEventListener('shnro-draft-conflict', conflict);
    resolverOf(side, store).enter(theirs);
    expect(side.calls).toEqual(['hold', 'adopt']);
    expect(side.baseRevision).toBe(theirs.revision);
    expect(conflict).not.toHaveBeenCalled();
  });

  it('enters a conflict when another tab announces a newer revision of this draft only', async () => {
    const store = createMemoryDraftStore('conflict-heard', kinds);
    const side = saveSide({ text: 'наш текст' });
    const resolver = resolverOf(side, store);
    const theirs = await storedByOtherTab(store, 'их текст');
    // Another document, and a discard, are not this draft's news.
    resolver.heard({
      type: 'saved',
      ...key,
      documentId: 'doc-2',
      revision: theirs.revision,
      tabId: 'other-tab',
    });
    resolver.heard({ type: 'discarded', ...key, revision: 0, tabId: 'other-tab' });
    await Promise.resolve();
    expect(side.state.status).toBe('idle');
    resolver.heard({ type: 'saved', ...key, revision: theirs.revision, tabId: 'other-tab' });
    await vi.waitFor(() => expect(side.state.status).toBe('conflict'));
    // The revision this tab is already based on is no news.
    const based = saveSide({ text: 'наш текст' });
    based.baseRevision = theirs.revision;
    resolverOf(based, store).heard({ type: 'saved', ...key, revision: theirs.revision, tabId: 'other-tab' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(based.state.status).toBe('idle');
  });

  it('keeps this tab’s text aside when the page hides mid-conflict, one copy per conflict', async () => {
    const store = createMemoryDraftStore('conflict-aside', kinds);
    const theirs = await storedByOtherTab(store, 'их текст');
    const side = saveSide({ text: 'наш текст' });
    const resolver = resolverOf(side, store);
    resolver.keepOursAside(); // no conflict yet: nothing to keep
    expect(resolver.keptAside).toBeUndefined();
    resolver.enter(theirs);
    resolver.keepOursAside();
    resolver.keepOursAside(); // the same text: no second copy
    await resolver.keptAside;
    const aside = async () => (await store.listQuarantine(key.scope)).map((entry) => entry.raw);
    expect(await aside()).toEqual([expect.objectContaining({ data: { text: 'наш текст' } })]);
    expect((await store.listQuarantine(key.scope))[0]?.reason.code).toBe('unresolved-conflict');

    // Typing went on: the newer text replaces the older copy once it is written.
    side.setState({ status: 'conflict', theirs, ours: { text: 'наш текст, дописан' } });
    resolver.keepOursAside();
    await resolver.keptAside;
    await vi.waitFor(async () =>
      expect(await aside()).toEqual([expect.objectContaining({ data: { text: 'наш текст, дописан' } })]),
    );

    // The person chose: the copy has done its job.
    resolver.dropAsideCopy();
    expect(resolver.keptAside).toBeUndefined();
    await vi.waitFor(async () => expect(await aside()).toEqual([]));
    // What the other tab stored was never touched.
    const stored = await store.get<Note>(key);
    expect(stored.status === 'found' && stored.record.data).toEqual({ text: 'их текст' });
  });
});
