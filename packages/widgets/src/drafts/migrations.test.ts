import { afterEach, describe, expect, it } from 'vitest';
import { openIndexedDbDraftStore } from './draft-store.js';
import { defineDraftKinds, upgradeDraft } from './migrations.js';
import { deleteTestDatabases, readRaw, uniqueDatabaseName, writeRaw } from './test-support/idb.js';
import type { DraftStore } from './types.js';

// Version 1 kept one free-text field per activity; version 2 split the deadline out;
// version 3 renamed `who` to `responsible`.
const roadmapKinds = defineDraftKinds({
  kind: 'roadmap',
  version: 3,
  migrate: {
    1: (data: { items: { text: string }[] }) => ({
      activities: data.items.map((item) => {
        const [activity = '', deadline = ''] = item.text.split(' — срок: ');
        return { activity, deadline, who: '' };
      }),
    }),
    2: (data: { activities: { activity: string; deadline: string; who: string }[] }) => ({
      activities: data.activities.map(({ who, ...rest }) => ({ ...rest, responsible: who })),
    }),
  },
  validate: (data) =>
    Array.isArray((data as { activities?: unknown }).activities) ? undefined : 'no activities',
});

const key = { scope: 'user-17', kind: 'roadmap', documentId: 'school-3301' } as const;
const stored = (schemaVersion: number, data: unknown) => ({
  ...key,
  schemaVersion,
  revision: 4,
  savedAt: Date.UTC(2024, 9, 1, 18, 30),
  tabId: 'old-tab',
  title: 'Дорожная карта',
  data,
});

describe('draft migrations', () => {
  const opened: DraftStore[] = [];
  afterEach(async () => {
    opened.splice(0).forEach((store) => store.close());
    await deleteTestDatabases();
  });
  const open = async (name: string) => {
    const store = await openIndexedDbDraftStore({ databaseName: name, migrations: roadmapKinds });
    opened.push(store);
    return store;
  };

  it('migrates a version 1 draft written by an older page through every step on load', async () => {
    const name = uniqueDatabaseName('migrate');
    const old = stored(1, { items: [{ text: 'Семинар для учителей математики — срок: до 25 октября' }] });
    await writeRaw(name, old);
    const store = await open(name);

    const loaded = await store.get(key);
    expect(loaded).toMatchObject({ status: 'found', migratedFrom: 1 });
    if (loaded.status !== 'found') return;
    expect(loaded.record.schemaVersion).toBe(3);
    expect(loaded.record.revision).toBe(4);
    expect(loaded.record.data).toEqual({
      activities: [
        { activity: 'Семинар для учителей математики', deadline: 'до 25 октября', responsible: '' },
      ],
    });
    // Reading writes nothing: an older page still open elsewhere can read its own format.
    expect(await readRaw(name, ['user-17', 'roadmap', 'school-3301'])).toEqual(old);
  });

  it('saves over a migrated draft in the current version, based on its revision', async () => {
    const name = uniqueDatabaseName('migrate-save');
    await writeRaw(
      name,
      stored(2, { activities: [{ activity: 'Педсовет', deadline: 'ноябрь', who: 'Иванова Н. П.' }] }),
    );
    const store = await open(name);
    const loaded = await store.get(key);
    if (loaded.status !== 'found') throw new Error('not found');
    const saved = await store.put(
      { ...key, tabId: 'new-tab', data: loaded.record.data },
      { baseRevision: 4 },
    );
    expect(saved).toMatchObject({ status: 'saved', record: { schemaVersion: 3, revision: 5 } });
  });

  it('keeps a draft from a newer version aside, intact, instead of destroying it', async () => {
    const name = uniqueDatabaseName('newer');
    const fromTheFuture = stored(7, { somethingNew: true });
    await writeRaw(name, fromTheFuture);
    const store = await open(name);
    const loaded = await store.get(key);
    expect(loaded.status).toBe('quarantined');
    const [entry] = await store.listQuarantine('user-17');
    expect(entry?.reason.code).toBe('newer-version');
    expect(entry?.raw).toEqual(fromTheFuture);
  });

  it('keeps a draft aside when a migration throws or a step is missing', () => {
    const broken = defineDraftKinds({
      kind: 'roadmap',
      version: 3,
      migrate: {
        2: () => {
          throw new TypeError('activities is undefined');
        },
      },
    });
    expect(upgradeDraft(stored(2, {}), broken)).toMatchObject({
      ok: false,
      reason: { code: 'migration-failed', detail: expect.stringContaining('activities is undefined') },
    });
    expect(upgradeDraft(stored(1, {}), broken)).toMatchObject({
      ok: false,
      reason: { code: 'migration-failed', detail: 'roadmap: no migration from version 1' },
    });
  });

  it('takes drafts of kinds it does not know as they are', () => {
    const outcome = upgradeDraft({ ...stored(5, { x: 1 }), kind: 'indicator-form' }, roadmapKinds);
    expect(outcome).toMatchObject({ ok: true, record: { schemaVersion: 5, data: { x: 1 } } });
  });

  it('refuses a registry that names a kind twice', () => {
    expect(() => defineDraftKinds({ kind: 'roadmap', version: 1 }, { kind: 'roadmap', version: 2 })).toThrow(
      /defined twice/,
    );
  });
});
