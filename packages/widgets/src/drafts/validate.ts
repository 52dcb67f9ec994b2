import type { DraftKey, DraftRecord, DraftSummary, SetAsideReason } from './types.js';

/** Shows a found value briefly in a reason's detail, whatever its type. */
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return typeof value;
  }
}

function invalid(field: string, value: unknown, expected: string): SetAsideReason {
  return { code: 'invalid-record', detail: `${field}: ${show(value)}, expected ${expected}` };
}

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

/**
 * Checks that a stored value has the shape of a draft record (the envelope, not the kind's
 * data). Returns why not, or undefined when it does.
 */
export function checkDraftRecord(raw: unknown): SetAsideReason | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid('record', raw, 'an object');
  }
  const record = raw as Record<string, unknown>;
  for (const field of ['scope', 'kind', 'documentId'] as const) {
    if (typeof record[field] !== 'string') return invalid(field, record[field], 'a string');
  }
  if (!isCount(record.schemaVersion))
    return invalid('schemaVersion', record.schemaVersion, 'an integer >= 1');
  if (!isCount(record.revision)) return invalid('revision', record.revision, 'an integer >= 1');
  if (typeof record.savedAt !== 'number' || !Number.isFinite(record.savedAt)) {
    return invalid('savedAt', record.savedAt, 'a time in milliseconds');
  }
  if (typeof record.tabId !== 'string') return invalid('tabId', record.tabId, 'a string');
  if (record.title !== undefined && typeof record.title !== 'string') {
    return invalid('title', record.title, 'a string');
  }
  if (record.data === undefined) return invalid('data', undefined, 'a value');
  return undefined;
}

/** Narrows a value to a draft record when it passes `checkDraftRecord`. */
export function isDraftRecord(raw: unknown): raw is DraftRecord {
  return checkDraftRecord(raw) === undefined;
}

/** The key fields of a key or record, and nothing else. */
export function keyOf(key: DraftKey): DraftKey {
  return { scope: key.scope, kind: key.kind, documentId: key.documentId };
}

/** The same key, compared field by field. */
export function sameKey(a: DraftKey, b: DraftKey): boolean {
  return a.scope === b.scope && a.kind === b.kind && a.documentId === b.documentId;
}

/** A record without its data. */
export function summarize(record: DraftRecord): DraftSummary {
  const { data: _data, ...summary } = record;
  return summary;
}
