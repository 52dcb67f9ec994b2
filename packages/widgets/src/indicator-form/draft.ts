import type { DraftKindDefinition } from '../drafts/migrations.js';
import { defineDraftKinds } from '../drafts/migrations.js';
import type { IndicatorFormEntries } from './entries.js';

/** The draft kind of `<shnro-indicator-form>`. */
export const INDICATOR_FORM_DRAFT_KIND = 'indicator-form';

/** A draft of the form, version 1: the set it fills and the text typed, field by field. */
export interface IndicatorFormDraft {
  readonly setId: string;
  readonly entries: IndicatorFormEntries;
}

/** Why `data` is not a version-1 draft of the form, or undefined when it is one. */
export function checkIndicatorFormDraft(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data: expected an object';
  const { setId, entries } = data as Record<string, unknown>;
  if (typeof setId !== 'string') return 'setId: expected a string';
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    return 'entries: expected an object';
  for (const [key, value] of Object.entries(entries))
    if (typeof value !== 'string') return `entries[${JSON.stringify(key)}]: expected a string`;
  return undefined;
}

/** The draft a form state saved for the browser (`formStateRestoreCallback`) holds, if it is one. */
export function draftOfState(state: string): IndicatorFormDraft | undefined {
  let data: unknown;
  try {
    data = JSON.parse(state);
  } catch {
    return undefined;
  }
  return checkIndicatorFormDraft(data) === undefined ? (data as IndicatorFormDraft) : undefined;
}

/**
 * The form's draft kind with its schema version; give it to `<shnro-draft-list>` (with the
 * page's other kinds, through `defineDraftKinds`) so drafts listed there are checked alike.
 */
export const indicatorFormDraftKind: DraftKindDefinition = {
  kind: INDICATOR_FORM_DRAFT_KIND,
  version: 1,
  validate: checkIndicatorFormDraft,
};

/** The registry the form's own drafts controller uses. */
export const indicatorFormDraftKinds = defineDraftKinds(indicatorFormDraftKind);
