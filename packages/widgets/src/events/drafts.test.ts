import { describe, expect, it } from 'vitest';
import {
  ShnroDraftConflictEvent,
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftSavedEvent,
  ShnroDraftStorageUnavailableEvent,
} from './drafts.js';

const key = { scope: 'u', kind: 'roadmap', documentId: 'd' };
const record = { ...key, schemaVersion: 1, revision: 2, savedAt: 3, tabId: 't', data: { text: 'x' } };

describe('drafts events', () => {
  it.each([
    [
      'shnro-draft-saved',
      () => new ShnroDraftSavedEvent({ key, revision: 2, savedAt: 3, storage: 'indexeddb' }),
    ],
    ['shnro-draft-restored', () => new ShnroDraftRestoredEvent({ record, source: 'draft' })],
    ['shnro-draft-conflict', () => new ShnroDraftConflictEvent({ key, theirs: record, ours: { text: 'y' } })],
    [
      'shnro-draft-storage-unavailable',
      () => new ShnroDraftStorageUnavailableEvent({ reason: 'blocked', message: 'м' }),
    ],
    ['shnro-draft-discarded', () => new ShnroDraftDiscardedEvent({ key })],
    [
      'shnro-draft-quarantined',
      () =>
        new ShnroDraftQuarantinedEvent({
          entry: { ...key, id: 1, quarantinedAt: 1, raw: {}, reason: { code: 'invalid-record', detail: '' } },
        }),
    ],
  ] as const)('%s leaves the shadow root of the element that fires it', (type, make) => {
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    const heard: Event[] = [];
    document.addEventListener(type, (event) => heard.push(event), { once: true });
    inner.dispatchEvent(make());
    outer.remove();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.type).toBe(type);
  });
});
