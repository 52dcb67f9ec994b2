import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftSyncMessage } from './draft-sync.js';
import { draftChannelName, DraftSync } from './draft-sync.js';

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' };

describe('DraftSync', () => {
  const open: DraftSync[] = [];
  const sync = (db: string, tabId: string) => {
    const instance = new DraftSync(db, tabId);
    open.push(instance);
    return instance;
  };
  afterEach(() => open.splice(0).forEach((instance) => instance.close()));

  it('tells other instances on the same database of a newer revision, with who saved it', async () => {
    const a = sync('db-1', 'tab-a');
    const b = sync('db-1', 'tab-b');
    const heard: DraftSyncMessage[] = [];
    b.subscribe((message) => heard.push(message));
    a.announce({ type: 'saved', ...key, revision: 5 });
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'saved', ...key, revision: 5, tabId: 'tab-a' }]));
  });

  it('stays within its database and ignores its own session and malformed messages', async () => {
    const a = sync('db-2', 'tab-a');
    const sameTab = sync('db-2', 'tab-a');
    const otherDb = sync('db-3', 'tab-c');
    const listener = sync('db-2', 'tab-b');
    const heardSameTab = vi.fn();
    const heardOtherDb = vi.fn();
    const heard = vi.fn();
    sameTab.subscribe(heardSameTab);
    otherDb.subscribe(heardOtherDb);
    listener.subscribe(heard);

    const raw = new BroadcastChannel(draftChannelName('db-2'));
    raw.postMessage({ type: 'saved', scope: 'user-17', revision: 'много' });
    raw.close();
    a.announce({ type: 'discarded', ...key, revision: 0 });

    await vi.waitFor(() => expect(heard).toHaveBeenCalledOnce());
    expect(heard).toHaveBeenCalledWith({ type: 'discarded', ...key, revision: 0, tabId: 'tab-a' });
    expect(heardSameTab).not.toHaveBeenCalled();
    expect(heardOtherDb).not.toHaveBeenCalled();
  });
});
