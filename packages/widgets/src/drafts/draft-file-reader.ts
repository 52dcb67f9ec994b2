import { DRAFT_FILE_FORMAT, DRAFT_FILE_VERSION, type DraftFileSetAside } from './draft-file.js';
import { draftFileProblemMessage } from './file-messages.js';
import type { DraftMigrations } from './migrations.js';
import { upgradeDraft } from './migrations.js';
import type { DraftFileProblem, DraftRecord, SetAsideCode } from './types.js';

// Reading a drafts file: loaded by the store's import (store-transfer.ts), never at first render.

/** A drafts file read and checked: every draft current and sound, or the first problem found. */
export type ParsedDraftFile =
  | {
      readonly ok: true;
      readonly drafts: readonly DraftRecord[];
      readonly setAside: readonly DraftFileSetAside[];
    }
  | { readonly ok: false; readonly problem: DraftFileProblem; readonly message: string };

const asideCodes: ReadonlySet<SetAsideCode> = new Set([
  'invalid-record',
  'invalid-data',
  'newer-version',
  'migration-failed',
  'unresolved-conflict',
]);

function isSetAsideEntry(value: unknown): value is DraftFileSetAside {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const reason = entry.reason as Record<string, unknown> | null | undefined;
  return (
    typeof entry.scope === 'string' &&
    typeof entry.kind === 'string' &&
    typeof entry.documentId === 'string' &&
    typeof entry.quarantinedAt === 'number' &&
    typeof reason === 'object' &&
    reason !== null &&
    asideCodes.has(reason.code as SetAsideCode) &&
    typeof reason.detail === 'string' &&
    'raw' in entry
  );
}

function reject(problem: DraftFileProblem): ParsedDraftFile {
  return { ok: false, problem, message: draftFileProblemMessage(problem, 'ru') };
}

/**
 * Reads the text of a drafts file. All of it must be sound for any of it to be used: one
 * damaged draft rejects the file, so an import never half-happens.
 */
export function parseDraftFile(text: string, migrations: DraftMigrations): ParsedDraftFile {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return reject({ code: 'not-json' });
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as { format?: unknown }).format !== DRAFT_FILE_FORMAT
  ) {
    return reject({ code: 'not-drafts-file' });
  }
  const { version, drafts, setAside = [] } = body as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return reject({ code: 'not-drafts-file' });
  }
  if (version > DRAFT_FILE_VERSION) return reject({ code: 'newer-file-version', version });
  if (!Array.isArray(drafts) || !Array.isArray(setAside)) return reject({ code: 'not-drafts-file' });
  if (drafts.length === 0 && setAside.length === 0) return reject({ code: 'empty' });

  const records: DraftRecord[] = [];
  for (const [index, raw] of drafts.entries()) {
    const outcome = upgradeDraft(raw, migrations);
    if (!outcome.ok) return reject({ code: 'bad-draft', index, reason: outcome.reason });
    records.push(outcome.record);
  }
  for (const [offset, entry] of setAside.entries()) {
    if (!isSetAsideEntry(entry)) {
      return reject({
        code: 'bad-draft',
        index: drafts.length + offset,
        reason: { code: 'invalid-record', detail: 'kept-aside entry without kind, documentId or reason' },
      });
    }
  }
  // Only the known fields: a stray `id` would collide with this browser's own entries.
  const entries = (setAside as DraftFileSetAside[]).map(
    ({ scope, kind, documentId, reason, quarantinedAt, raw }): DraftFileSetAside => ({
      scope,
      kind,
      documentId,
      reason: { code: reason.code, detail: reason.detail },
      quarantinedAt,
      raw,
    }),
  );
  return { ok: true, drafts: records, setAside: entries };
}
