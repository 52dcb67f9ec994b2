import type { Issue } from '../../errors/issue.js';
import { formatPath } from '../../errors/path.js';
import type { DisplayLocale } from '../../share/index.js';
import type { IndicatorAnswer } from '../input.js';
import type { IndicatorSet } from '../schema.js';
import type { CodedCountsIssue, CodedIssue, CodedRecordIssue } from './coded-issue.js';
import type { CountsEnvelope } from './from-counts.js';
import type { InvalidRecords, RecordValidation } from './record-guards.js';
import { isPlainValidMunicipality, looksLikeAnswer, looksLikeIndicatorSet } from './shape.js';

/** A value read from input, or the issues that say why it cannot be read. */
export type Checked<T, I = Issue> = { ok: true; value: T } | { ok: false; issues: I[] };

/**
 * How a calculation checks what the counting loops do not, and words what is wrong. The
 * validating API (`computeIndicators`) checks with the zod schemas, names every wrong field and
 * words every problem (`I` = `Issue`); the light entry (`@shnro/core/calculator`) checks shapes by
 * hand, names the record or answer only and leaves its problems coded (`I` = `CodedIssue`), so
 * that computing loads no schema and no sentence.
 */
export interface InputExplainer<I> extends RecordsExplainer<I> {
  /** A problem with counts typed in, as this API returns it: worded, or left coded. */
  sayCounts(issue: CodedCountsIssue, locale: DisplayLocale): I;
  /** Counts input whose envelope the plain check refused: read by the schema, or issues. */
  counts(input: unknown, locale: DisplayLocale): Checked<CountsEnvelope, I>;
  /** An answer typed in for indicator `code` (not `null` nor `undefined`). */
  answer(raw: unknown, code: string, locale: DisplayLocale): Checked<IndicatorAnswer, I>;
  /** A population size typed in. */
  size(raw: unknown, id: string, locale: DisplayLocale): Checked<number, I>;
  /** Why input that throws when read (a getter, a proxy) could not be read. */
  unreadable(set: unknown, input: unknown, locale: DisplayLocale): I;
}

/**
 * What counting records needs of an explainer (the grouped calculator needs no more, so its
 * bundle carries no sentence about typed-in counts).
 */
export interface RecordsExplainer<I> {
  /** A problem with records or the set, as this API returns it: worded, or left coded. */
  say(issue: CodedRecordIssue, locale: DisplayLocale): I;
  /** The set (not yet compiled): valid, or issues under `set`. */
  set(set: unknown, locale: DisplayLocale): Checked<IndicatorSet, I>;
  /** Why an envelope (`{ kind: 'records' | 'counts', … }`) cannot be read. */
  envelope(input: unknown, kind: 'records' | 'grouped', locale: DisplayLocale): I[];
  /** A municipality record at `path`: no issues when it is valid. */
  municipality(value: unknown, path: readonly PropertyKey[], locale: DisplayLocale): I[];
  /** Records found wrong while counted (or before, with `validation: 'full'`). */
  records(
    records: readonly unknown[],
    list: 'schools' | 'teachers',
    invalid: InvalidRecords,
    locale: DisplayLocale,
  ): I[];
  /** Records checked before counting (`validation: 'full'`), or `undefined` (checked while counted). */
  upfront(
    input: { schools: readonly unknown[]; teachers?: readonly unknown[] | undefined },
    validation: RecordValidation,
  ): { schools: InvalidRecords; teachers: InvalidRecords } | undefined;
}

function notChecked(path: readonly PropertyKey[], indicatorCode?: string): CodedIssue {
  const where = formatPath(path);
  return indicatorCode === undefined
    ? { path: where, code: 'not-checked', params: {} }
    : { path: where, code: 'not-checked', indicatorCode, params: {} };
}

/**
 * The light entry's checks: plain shape guards, and one short coded issue naming the place of
 * each failure. The validating API (`computeIndicators` of `@shnro/core`) words the same input fully.
 */
export const lightExplainer: InputExplainer<CodedIssue> = {
  say: (issue) => issue,
  sayCounts: (issue) => issue,
  set: (set) =>
    looksLikeIndicatorSet(set) ? { ok: true, value: set } : { ok: false, issues: [notChecked(['set'])] },
  envelope: () => [notChecked([])],
  counts: () => ({ ok: false, issues: [notChecked([])] }),
  municipality: (value, path) => (isPlainValidMunicipality(value) ? [] : [notChecked(path)]),
  records: (_records, list, invalid) => [
    ...invalid.indexes.map((index) => notChecked([list, index])),
    ...(invalid.count > invalid.indexes.length
      ? [
          {
            path: list,
            code: 'more-invalid-records' as const,
            params: { count: invalid.count - invalid.indexes.length },
          },
        ]
      : []),
  ],
  upfront: () => undefined,
  answer: (raw, code) =>
    looksLikeAnswer(raw)
      ? { ok: true, value: raw }
      : { ok: false, issues: [notChecked(['answers', code], code)] },
  size: (raw, id) =>
    typeof raw === 'number' && Number.isFinite(raw)
      ? { ok: true, value: raw }
      : { ok: false, issues: [notChecked(['populations', id])] },
  unreadable: () => notChecked([]),
};
