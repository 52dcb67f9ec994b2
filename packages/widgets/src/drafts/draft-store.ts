import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { openDB } from 'idb';
import type { DraftMigrations } from './migrations.js';
import { noDraftKinds } from './migrations.js';
import type { DraftBackend, DraftTables, StoredEntry } from './store-core.js';
import { isQuotaError, RuleDraftStore } from './store-core.js';
import type { DraftKey, DraftRecord, DraftStore, QuarantinedDraft } from './types.js';

/**
 * The database drafts live in: their own, so that clearing a cache database never takes
 * a person's drafts with it.
 */
export const DEFAULT_DRAFTS_DATABASE = 'shnro-drafts';

/** The version of the database's layout (object stores), not of any draft's data. */
export const DRAFTS_DATABASE_VERSION = 1;

/** The layout of the drafts database. */
export interface DraftsDatabase extends DBSchema {
  /** Drafts keyed by `[scope, kind, documentId]`. */
  drafts: { key: [string, string, string]; value: DraftRecord };
  /** Records kept aside, keyed by an increasing id. */
  quarantine: { key: number; value: QuarantinedDraft; indexes: { 'by-scope': string } };
}

/** Callbacks a database opener passes on to IndexedDB. */
export interface DraftsOpenHooks {
  /** Another connection holds an older version open and will not close. */
  blocked(): void;
  /** This connection is holding up a newer version elsewhere. */
  blocking(): void;
  /** The browser closed the connection (storage cleared, disk error). */
  terminated(): void;
}

/** Opens the drafts database; replace it in tests to make IndexedDB fail. */
export type DraftsDatabaseOpener = (
  name: string,
  hooks: DraftsOpenHooks,
) => Promise<IDBPDatabase<DraftsDatabase>>;

/** Opens (creating or upgrading) the drafts database at `version`. */
export async function openDraftsDatabase(
  name: string,
  hooks: DraftsOpenHooks,
  version: number = DRAFTS_DATABASE_VERSION,
): Promise<IDBPDatabase<DraftsDatabase>> {
  const db = await openDB<DraftsDatabase>(name, version, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('drafts', { keyPath: ['scope', 'kind', 'documentId'] });
        const quarantine = database.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
        quarantine.createIndex('by-scope', 'scope');
      }
    },
    blocked: () => hooks.blocked(),
    blocking: () => hooks.blocking(),
    terminated: () => hooks.terminated(),
  });
  if (!db.objectStoreNames.contains('drafts') || !db.objectStoreNames.contains('quarantine')) {
    db.close();
    throw new DOMException(`Database "${name}" exists without the drafts stores.`, 'NotFoundError');
  }
  return db;
}

type Stores = ['drafts', 'quarantine'];
type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<DraftsDatabase, Stores, Mode>;

const toKey = (key: DraftKey): [string, string, string] => [key.scope, key.kind, key.documentId];

/** Every draft key of a scope: arrays sort after strings, so `[scope, []]` closes the range. */
const scopeRange = (scope: string): IDBKeyRange => IDBKeyRange.bound([scope], [scope, []]);

function fromKey(key: IDBValidKey): DraftKey {
  const [scope, kind, documentId] = key as [string, string, string];
  return { scope, kind, documentId };
}

/** Drafts in IndexedDB, reopening the connection when the browser or another tab closed it. */
export class IndexedDbDraftBackend implements DraftBackend {
  readonly storage = 'indexeddb' as const;
  private connection?: Promise<IDBPDatabase<DraftsDatabase>>;
  private closed = false;

  constructor(
    readonly databaseName: string,
    private readonly open: DraftsDatabaseOpener,
    private readonly durability: IDBTransactionDurability = 'default',
    private readonly onBlocked: () => void = () => undefined,
  ) {}

  async run<R>(mode: IDBTransactionMode, work: (tables: DraftTables) => Promise<R>): Promise<R> {
    const db = await this.database();
    const tx = db.transaction(['drafts', 'quarantine'], mode as 'readwrite', { durability: this.durability });
    try {
      const result = await work(this.tables(tx));
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      await tx.done.catch(() => undefined);
      // A transaction the browser aborted for lack of space fails its requests with AbortError;
      // the cause is the transaction's own error, and the person must hear of the quota.
      const cause = tx.error;
      throw cause && isQuotaError(cause) ? cause : error;
    }
  }

  close(): void {
    this.closed = true;
    void this.connection?.then(
      (db) => db.close(),
      () => undefined,
    );
    this.connection = undefined;
  }

  private database(): Promise<IDBPDatabase<DraftsDatabase>> {
    if (this.closed)
      return Promise.reject(new DOMException('The draft store is closed.', 'InvalidStateError'));
    return this.connection ?? this.adopt(this.open(this.databaseName, this.hooks()));
  }

  private adopt(connection: Promise<IDBPDatabase<DraftsDatabase>>): Promise<IDBPDatabase<DraftsDatabase>> {
    this.connection = connection;
    connection.catch(() => {
      if (this.connection === connection) this.connection = undefined;
    });
    return connection;
  }

  private hooks(): DraftsOpenHooks {
    const forget = (): void => {
      const connection = this.connection;
      this.connection = undefined;
      void connection?.then(
        (db) => db.close(),
        () => undefined,
      );
    };
    // A newer page wants to upgrade: step aside; the next operation reopens (or fails plainly).
    return { blocked: () => this.onBlocked(), blocking: forget, terminated: forget };
  }

  private tables(tx: Tx<IDBTransactionMode>): DraftTables {
    const drafts = tx.objectStore('drafts');
    const quarantine = tx.objectStore('quarantine');
    const writable = tx as unknown as Tx<'readwrite'>;
    return {
      getDraft: (key) => drafts.get(toKey(key)),
      putDraft: async (record) => {
        await writable.objectStore('drafts').put(record);
      },
      deleteDraft: (key) => writable.objectStore('drafts').delete(toKey(key)),
      scopeDrafts: async (scope) => {
        const range = scopeRange(scope);
        const keys = await drafts.getAllKeys(range);
        try {
          const values = await drafts.getAll(range);
          return keys.map((key, index): StoredEntry => ({ key: fromKey(key), value: values[index] }));
        } catch {
          // One value the browser cannot read fails getAll: read them one by one instead.
          const entries: StoredEntry[] = [];
          for (const key of keys) {
            try {
              entries.push({ key: fromKey(key), value: await drafts.get(key) });
            } catch (error) {
              entries.push({ key: fromKey(key), error });
            }
          }
          return entries;
        }
      },
      addAside: async (entry) => {
        const id = await writable.objectStore('quarantine').add(entry as QuarantinedDraft);
        return { ...entry, id };
      },
      getAside: (id) => quarantine.get(id),
      scopeAside: (scope) => quarantine.index('by-scope').getAll(scope),
      deleteAside: (id) => writable.objectStore('quarantine').delete(id),
    };
  }
}

/** Options for a draft store on IndexedDB. */
export interface IndexedDbDraftStoreOptions {
  /** The database name; defaults to `shnro-drafts`. */
  readonly databaseName?: string;
  /** The kinds of draft this page knows and how to migrate their old data. */
  readonly migrations?: DraftMigrations;
  /** Opens the database; defaults to `openDraftsDatabase`. */
  readonly openDatabase?: DraftsDatabaseOpener;
  /** IndexedDB transaction durability for writes; the browser's default unless set. */
  readonly durability?: IDBTransactionDurability;
  /** Called when opening waits on another tab that holds an older version of the database. */
  readonly onBlocked?: () => void;
}

/**
 * Opens a draft store on IndexedDB. Rejects when the database cannot be opened; callers that
 * must keep working regardless use `openDraftStore`, which falls back to memory.
 */
export async function openIndexedDbDraftStore(options: IndexedDbDraftStoreOptions = {}): Promise<DraftStore> {
  const name = options.databaseName ?? DEFAULT_DRAFTS_DATABASE;
  const open = options.openDatabase ?? openDraftsDatabase;
  const backend = new IndexedDbDraftBackend(name, open, options.durability, options.onBlocked);
  await backend.run('readonly', async () => undefined);
  return new RuleDraftStore(backend, options.migrations ?? noDraftKinds);
}
