import { buildDraftFile } from './draft-file.js';
import { parseDraftFile } from './draft-file-reader.js';
import type { DraftMigrations } from './migrations.js';
import { upgradeDraft } from './migrations.js';
import type { DraftTables } from './store-core.js';
import { newestFirst, revisionOf } from './store-core.js';
import type {
  DraftExportSelection,
  DraftFile,
  DraftImportResult,
  DraftKey,
  DraftRecord,
  DraftSummary,
  QuarantinedDraft,
  SetAsideReason,
} from './types.js';
import { sameKey, summarize } from './validate.js';

// A drafts file's export and import (перенос черновиков в файл и из файла): loaded by dynamic
// import when the person saves or loads a file, so an editing element does not carry it.

/** What the export and import need of a `RuleDraftStore`. */
export interface TransferParts {
  run<R>(mode: 'readonly' | 'readwrite', work: (tables: DraftTables) => Promise<R>): Promise<R>;
  readonly migrations: DraftMigrations;
  now(): number;
  /** The usable records of a scope, current; unusable ones are moved aside on the way. */
  scan(tables: DraftTables, scope: string): Promise<DraftRecord[]>;
  moveAside(
    tables: DraftTables,
    key: DraftKey,
    raw: unknown,
    reason: SetAsideReason,
  ): Promise<QuarantinedDraft>;
}

/** The drafts of a scope (all, or the selected ones) and its kept-aside entries, as a drafts file. */
export async function exportDrafts(
  store: TransferParts,
  scope: string,
  selection?: DraftExportSelection,
): Promise<DraftFile> {
  const [records, aside] = await store.run('readwrite', async (tables) => {
    const found = await store.scan(tables, scope);
    return [found, await tables.scopeAside(scope)] as const;
  });
  const drafts = selection
    ? records.filter((record) => selection.keys?.some((key) => sameKey(key, record)))
    : records;
  const setAside = selection ? aside.filter((entry) => selection.setAsideIds?.includes(entry.id)) : aside;
  return buildDraftFile(drafts.sort(newestFirst), setAside, new Date(store.now()));
}

/** Loads a drafts file into a scope: all of it or, when any of it is unsound, none. */
export async function importDrafts(
  store: TransferParts,
  scope: string,
  text: string,
  tabId: string,
): Promise<DraftImportResult> {
  const parsed = parseDraftFile(text, store.migrations);
  if (!parsed.ok) return { status: 'rejected', problem: parsed.problem, message: parsed.message };
  // Within one file the newest copy of a key wins.
  const byKey = new Map<string, DraftRecord>();
  for (const draft of parsed.drafts) {
    const id = JSON.stringify([draft.kind, draft.documentId]);
    const seen = byKey.get(id);
    if (!seen || seen.savedAt < draft.savedAt) byKey.set(id, { ...draft, scope });
  }
  return store.run('readwrite', async (tables): Promise<DraftImportResult> => {
    const imported: DraftSummary[] = [];
    const skipped: DraftSummary[] = [];
    for (const draft of byKey.values()) {
      const raw = await tables.getDraft(draft);
      let storedRevision = 0;
      if (raw !== undefined) {
        const outcome = upgradeDraft(raw, store.migrations);
        if (outcome.ok && outcome.record.savedAt >= draft.savedAt) {
          skipped.push(summarize(draft));
          continue;
        }
        if (!outcome.ok) await store.moveAside(tables, draft, raw, outcome.reason);
        storedRevision = revisionOf(raw);
      }
      // A new revision, so a tab holding the one replaced sees a conflict, not a silent swap.
      const record: DraftRecord = { ...draft, revision: storedRevision + 1, tabId };
      await tables.putDraft(record);
      imported.push(summarize(record));
    }
    for (const entry of parsed.setAside) await tables.addAside({ ...entry, scope });
    return { status: 'imported', imported, skipped, setAside: parsed.setAside.length };
  });
}
