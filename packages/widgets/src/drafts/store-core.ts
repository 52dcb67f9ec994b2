import type { DraftMigrations } from './migrations.js';
import { currentVersion, upgradeDraft } from './migrations.js';
import type {
  DraftExportSelection,
  DraftFile,
  DraftImportResult,
  DraftInput,
  DraftKey,
  DraftLoadResult,
  DraftPutOptions,
  DraftPutResult,
  DraftRecord,
  DraftStorageKind,
  DraftStore,
  DraftSummary,
  QuarantinedDraft,
  SetAsideReason,
} from './types.js';
import type { TransferParts } from './store-transfer.js';
import { keyOf, summarize } from './validate.js';

/** One stored value under its key, or the error the browser gave when reading it. */
export type StoredEntry =
  { readonly key: DraftKey; readonly value: unknown } | { readonly key: DraftKey; readonly error: unknown };

/**
 * The storage operations the store's rules need, inside one transaction. Implementations
 * must not await anything but their own requests (IndexedDB ends a transaction that waits).
 */
export interface DraftTables {
  /** The stored value, or undefined when there is none; throws when it cannot be read. */
  getDraft(key: DraftKey): Promise<unknown>;
  putDraft(record: DraftRecord): Promise<void>;
  deleteDraft(key: DraftKey): Promise<void>;
  scopeDrafts(scope: string): Promise<StoredEntry[]>;
  addAside(entry: Omit<QuarantinedDraft, 'id'>): Promise<QuarantinedDraft>;
  getAside(id: number): Promise<QuarantinedDraft | undefined>;
  scopeAside(scope: string): Promise<QuarantinedDraft[]>;
  deleteAside(id: number): Promise<void>;
}

/** Runs a function in one all-or-nothing transaction of a storage. */
export interface DraftBackend {
  readonly storage: DraftStorageKind;
  readonly databaseName: string;
  run<R>(mode: 'readonly' | 'readwrite', work: (tables: DraftTables) => Promise<R>): Promise<R>;
  close(): void;
}

/** True for the browser's "out of space" errors, whatever the engine calls them. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' || error.code === 22 || error.name === 'NS_ERROR_DOM_QUOTA_REACHED'
  );
}

function quarantineEntry(
  key: DraftKey,
  raw: unknown,
  reason: SetAsideReason,
  now: number,
): Omit<QuarantinedDraft, 'id'> {
  return { ...keyOf(key), reason, quarantinedAt: now, raw };
}

/** The revision a stored value claims, or 0 when it claims none. */
export function revisionOf(raw: unknown): number {
  const revision = (raw as { revision?: unknown } | null)?.revision;
  return typeof revision === 'number' && Number.isFinite(revision) ? revision : 0;
}

/** Orders drafts newest first. */
export const newestFirst = (a: { savedAt: number }, b: { savedAt: number }): number => b.savedAt - a.savedAt;

/**
 * The store's rules, the same for IndexedDB and memory: revisions checked inside the write's
 * own transaction, old drafts migrated on read, unusable records moved aside (never dropped).
 */
export class RuleDraftStore implements DraftStore {
  constructor(
    private readonly backend: DraftBackend,
    private readonly migrations: DraftMigrations,
    private readonly now: () => number = Date.now,
  ) {}

  get storage(): DraftStorageKind {
    return this.backend.storage;
  }

  get databaseName(): string {
    return this.backend.databaseName;
  }

  async get<T>(key: DraftKey): Promise<DraftLoadResult<T>> {
    return this.backend.run('readwrite', async (tables) => {
      let raw: unknown;
      try {
        raw = await tables.getDraft(key);
      } catch (error) {
        return { status: 'unreadable', error };
      }
      if (raw === undefined) return { status: 'missing' };
      const outcome = upgradeDraft(raw, this.migrations);
      if (!outcome.ok) {
        const quarantined = await this.moveAside(tables, key, raw, outcome.reason);
        return { status: 'quarantined', quarantined };
      }
      const record = outcome.record as DraftRecord<T>;
      return outcome.migratedFrom === undefined
        ? { status: 'found', record }
        : { status: 'found', record, migratedFrom: outcome.migratedFrom };
    });
  }

  async put<T>(input: DraftInput<T>, { baseRevision }: DraftPutOptions): Promise<DraftPutResult<T>> {
    const key = keyOf(input);
    try {
      return await this.backend.run('readwrite', async (tables): Promise<DraftPutResult<T>> => {
        const raw = await tables.getDraft(key);
        let storedRevision = 0;
        if (raw !== undefined) {
          const outcome = upgradeDraft(raw, this.migrations);
          if (outcome.ok) {
            // Equality, not "greater than": after a discard and a fresh start elsewhere, a lower
            // stored revision is somebody else's newer text too.
            if (outcome.record.revision !== baseRevision) {
              return { status: 'conflict', theirs: outcome.record as DraftRecord<T> };
            }
            storedRevision = outcome.record.revision;
          } else {
            await this.moveAside(tables, key, raw, outcome.reason);
            storedRevision = revisionOf(raw);
          }
        }
        const record: DraftRecord<T> = {
          ...key,
          schemaVersion: currentVersion(this.migrations, key.kind),
          revision: Math.max(storedRevision, baseRevision ?? 0) + 1,
          savedAt: this.now(),
          tabId: input.tabId,
          ...(input.title === undefined ? {} : { title: input.title }),
          data: input.data,
        };
        await tables.putDraft(record);
        return { status: 'saved', record };
      });
    } catch (error) {
      if (isQuotaError(error)) return { status: 'quota-exceeded', error };
      throw error;
    }
  }

  async list(scope: string): Promise<DraftSummary[]> {
    const records = await this.backend.run('readwrite', (tables) => this.scan(tables, scope));
    return records.map(summarize).sort(newestFirst);
  }

  async delete(key: DraftKey): Promise<void> {
    await this.backend.run('readwrite', (tables) => tables.deleteDraft(keyOf(key)));
  }

  async listQuarantine(scope: string): Promise<QuarantinedDraft[]> {
    const entries = await this.backend.run('readonly', (tables) => tables.scopeAside(scope));
    return entries.sort((a, b) => b.quarantinedAt - a.quarantinedAt);
  }

  async setAside(key: DraftKey, raw: unknown, reason: SetAsideReason): Promise<QuarantinedDraft> {
    return this.backend.run('readwrite', (tables) =>
      tables.addAside(quarantineEntry(key, raw, reason, this.now())),
    );
  }

  async readQuarantined<T>(id: number): Promise<DraftLoadResult<T>> {
    const entry = await this.backend.run('readonly', (tables) => tables.getAside(id));
    if (!entry) return { status: 'missing' };
    const outcome = upgradeDraft(entry.raw, this.migrations);
    if (!outcome.ok) return { status: 'quarantined', quarantined: entry };
    return { status: 'found', record: outcome.record as DraftRecord<T> };
  }

  async deleteQuarantined(id: number): Promise<void> {
    await this.backend.run('readwrite', (tables) => tables.deleteAside(id));
  }

  async exportDrafts(scope: string, selection?: DraftExportSelection): Promise<DraftFile> {
    return (await import('./store-transfer.js')).exportDrafts(this.transferParts(), scope, selection);
  }

  async importDrafts(scope: string, text: string, tabId: string): Promise<DraftImportResult> {
    return (await import('./store-transfer.js')).importDrafts(this.transferParts(), scope, text, tabId);
  }

  close(): void {
    this.backend.close();
  }

  /** What a drafts file's export and import (store-transfer.ts, loaded when used) need of the store. */
  private transferParts(): TransferParts {
    return {
      run: (mode, work) => this.backend.run(mode, work),
      migrations: this.migrations,
      now: this.now,
      scan: (tables, scope) => this.scan(tables, scope),
      moveAside: (tables, key, raw, reason) => this.moveAside(tables, key, raw, reason),
    };
  }

  /** The usable records of a scope, current; unusable ones are moved aside on the way. */
  private async scan(tables: DraftTables, scope: string): Promise<DraftRecord[]> {
    const records: DraftRecord[] = [];
    for (const entry of await tables.scopeDrafts(scope)) {
      // A value the browser cannot read is left where it is: moving it would need reading it.
      if (!('value' in entry)) continue;
      const outcome = upgradeDraft(entry.value, this.migrations);
      if (outcome.ok) records.push(outcome.record);
      else await this.moveAside(tables, entry.key, entry.value, outcome.reason);
    }
    return records;
  }

  private async moveAside(
    tables: DraftTables,
    key: DraftKey,
    raw: unknown,
    reason: SetAsideReason,
  ): Promise<QuarantinedDraft> {
    const entry = await tables.addAside(quarantineEntry(key, raw, reason, this.now()));
    await tables.deleteDraft(key);
    return entry;
  }
}
