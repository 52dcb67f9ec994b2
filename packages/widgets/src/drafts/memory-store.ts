import type { DraftMigrations } from './migrations.js';
import { noDraftKinds } from './migrations.js';
import type { DraftBackend, DraftTables, StoredEntry } from './store-core.js';
import { RuleDraftStore } from './store-core.js';
import type { DraftKey, DraftRecord, DraftStore, QuarantinedDraft } from './types.js';

const keyId = (key: DraftKey): string => JSON.stringify([key.scope, key.kind, key.documentId]);

/**
 * Drafts held in this page's memory, with the same rules as IndexedDB: values are copied in
 * and out with `structuredClone` (as IndexedDB would), and operations run one at a time so a
 * revision check and its write cannot interleave with another.
 */
export class MemoryDraftBackend implements DraftBackend {
  readonly storage = 'memory' as const;
  private readonly drafts = new Map<string, { key: DraftKey; value: unknown }>();
  private readonly aside = new Map<number, QuarantinedDraft>();
  private nextAsideId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly databaseName: string) {}

  run<R>(_mode: 'readonly' | 'readwrite', work: (tables: DraftTables) => Promise<R>): Promise<R> {
    const result = this.queue.then(() => this.transact(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): void {
    // Shared by every user of this database name in the page; nothing to release.
  }

  /** Applies the work's writes only if all of it succeeds, like a transaction. */
  private async transact<R>(work: (tables: DraftTables) => Promise<R>): Promise<R> {
    const drafts = new Map(this.drafts);
    const aside = new Map(this.aside);
    let nextAsideId = this.nextAsideId;
    const tables: DraftTables = {
      getDraft: async (key) => {
        const entry = drafts.get(keyId(key));
        return entry === undefined ? undefined : structuredClone(entry.value);
      },
      putDraft: async (record: DraftRecord) => {
        const key = { scope: record.scope, kind: record.kind, documentId: record.documentId };
        drafts.set(keyId(key), { key, value: structuredClone(record) });
      },
      deleteDraft: async (key) => {
        drafts.delete(keyId(key));
      },
      scopeDrafts: async (scope) =>
        [...drafts.values()]
          .filter((entry) => entry.key.scope === scope)
          .map((entry): StoredEntry => ({ key: entry.key, value: structuredClone(entry.value) })),
      addAside: async (entry) => {
        const stored: QuarantinedDraft = structuredClone({ ...entry, id: nextAsideId });
        nextAsideId += 1;
        aside.set(stored.id, stored);
        return structuredClone(stored);
      },
      getAside: async (id) => {
        const entry = aside.get(id);
        return entry === undefined ? undefined : structuredClone(entry);
      },
      scopeAside: async (scope) =>
        [...aside.values()].filter((entry) => entry.scope === scope).map((entry) => structuredClone(entry)),
      deleteAside: async (id) => {
        aside.delete(id);
      },
    };
    const result = await work(tables);
    this.drafts.clear();
    for (const [id, entry] of drafts) this.drafts.set(id, entry);
    this.aside.clear();
    for (const [id, entry] of aside) this.aside.set(id, entry);
    this.nextAsideId = nextAsideId;
    return result;
  }
}

const shared = new Map<string, MemoryDraftBackend>();

/**
 * A draft store in this page's memory only: what the page falls back to when IndexedDB is
 * unavailable. Every store for one database name shares its drafts, so an editor and the list
 * of drafts on one page see the same ones. Nothing survives a reload.
 */
export function createMemoryDraftStore(
  databaseName: string,
  migrations: DraftMigrations = noDraftKinds,
): DraftStore {
  let backend = shared.get(databaseName);
  if (!backend) {
    backend = new MemoryDraftBackend(databaseName);
    shared.set(databaseName, backend);
  }
  return new RuleDraftStore(backend, migrations);
}
