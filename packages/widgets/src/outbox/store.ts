import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './types.js';

/** The default IndexedDB database of the outbox. */
export const DEFAULT_OUTBOX_DATABASE = 'shnro-outbox';

interface OutboxSchema extends DBSchema {
  items: { key: string; value: OutboxItem; indexes: { seq: number } };
  /** The last revision the backend acknowledged per document (key: the ref as JSON). */
  revisions: { key: string; value: { ref: string; revision: number } };
}

/** The outbox's IndexedDB: every write is one transaction, so a closed tab leaves whole items. */
export class OutboxStore {
  private constructor(private readonly db: IDBPDatabase<OutboxSchema>) {}

  static async open(name: string = DEFAULT_OUTBOX_DATABASE): Promise<OutboxStore> {
    const db = await openDB<OutboxSchema>(name, 1, {
      upgrade(database) {
        const items = database.createObjectStore('items', { keyPath: 'id' });
        items.createIndex('seq', 'seq');
        database.createObjectStore('revisions', { keyPath: 'ref' });
      },
      blocking() {
        // Another tab upgrades the database: let it, this connection reopens on next use.
        db.close();
      },
    });
    return new OutboxStore(db);
  }

  async all(): Promise<OutboxItem[]> {
    return this.db.getAllFromIndex('items', 'seq');
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return this.db.get('items', id);
  }

  async put(item: OutboxItem): Promise<void> {
    await this.db.put('items', item);
  }

  /** Writes an item and the revision it produced in one transaction. */
  async putWithRevision(item: OutboxItem, ref: string, revision: number): Promise<void> {
    const tx = this.db.transaction(['items', 'revisions'], 'readwrite');
    await Promise.all([
      tx.objectStore('items').put(item),
      tx.objectStore('revisions').put({ ref, revision }),
      tx.done,
    ]);
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('items', id);
  }

  async revision(ref: string): Promise<number | undefined> {
    return (await this.db.get('revisions', ref))?.revision;
  }

  async setRevision(ref: string, revision: number): Promise<void> {
    await this.db.put('revisions', { ref, revision });
  }

  /** The next sequence number: one above the highest stored. */
  async nextSeq(): Promise<number> {
    const cursor = await this.db.transaction('items').store.index('seq').openCursor(null, 'prev');
    return (cursor?.value.seq ?? 0) + 1;
  }

  close(): void {
    this.db.close();
  }
}
