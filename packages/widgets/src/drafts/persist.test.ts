import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftController } from './autosave-controller.js';
import { deleteTestDatabases, uniqueDatabaseName } from './test-support/idb.js';
import { mountHost } from './test-support/test-host.js';

// Its own file: the request is made once per page, and each test file gets a fresh page.
describe('persistent storage', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await deleteTestDatabases();
  });

  it('is requested once per page, after the first save to IndexedDB', async () => {
    const persisted = vi.spyOn(navigator.storage, 'persisted').mockResolvedValue(false);
    const persist = vi.spyOn(navigator.storage, 'persist').mockResolvedValue(true);
    const name = uniqueDatabaseName('persist');
    const key = { scope: 'u', kind: 'roadmap', databaseName: name };
    const first = new DraftController<string>(mountHost(), { ...key, documentId: 'a' });
    await first.ready;
    expect(persist).not.toHaveBeenCalled();

    first.schedule('текст');
    await first.flush();
    const second = new DraftController<string>(mountHost(), { ...key, documentId: 'b' });
    second.schedule('другой текст');
    await second.flush();
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    expect(persisted).toHaveBeenCalledOnce();
  });
});
