import type { DraftFile, DraftRecord, QuarantinedDraft } from './types.js';

// Writing a drafts file; reading one (rarer, and larger) is in draft-file-reader.ts.

/** The `format` field every drafts file carries. */
export const DRAFT_FILE_FORMAT = 'shnro-drafts';
/** The version of the file envelope this code writes and reads. */
export const DRAFT_FILE_VERSION = 1;

/** A kept-aside entry as a file carries it (ids are local to one browser). */
export type DraftFileSetAside = Omit<QuarantinedDraft, 'id'>;

/** Builds the body of a drafts file. */
export function buildDraftFile(
  drafts: readonly DraftRecord[],
  setAside: readonly QuarantinedDraft[] = [],
  now: Date = new Date(),
): DraftFile {
  return {
    format: DRAFT_FILE_FORMAT,
    version: DRAFT_FILE_VERSION,
    exportedAt: now.toISOString(),
    drafts,
    setAside: setAside.map(({ id: _id, ...entry }) => entry),
  };
}

/** A drafts file as a downloadable `File` (JSON, UTF-8), named by its export date. */
export function draftFileToFile(file: DraftFile): File {
  const day = file.exportedAt.slice(0, 10);
  return new File([JSON.stringify(file, null, 1)], `shnro-drafts-${day}.json`, { type: 'application/json' });
}
