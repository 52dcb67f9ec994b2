import type { Issue } from '../../errors/issue.js';
import { formatPath } from '../../errors/path.js';
import type { DisplayLocale } from '../../share/index.js';
import type { IndicatorAnswer } from '../input.js';
import type { IndicatorSet } from '../schema.js';
import type { CountsEnvelope } from './from-counts.js';
import type { InvalidRecords, RecordValidation } from './record-guards.js';
import { computeMessages } from './messages.js';
import { isPlainValidMunicipality, looksLikeAnswer, looksLikeIndicatorSet } from './shape.js';

/** A value read from input, or the issues that say why it cannot be read. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * How a calculation checks what the counting loops do not, and words what is wrong. The
 * validating API (`computeIndicators`) checks with the zod schemas and names every wrong field;
 * the light entry (`@shnro/core/calculator`) checks shapes by hand and names the record or
 * answer only, so that computing loads no schema and no error wording.
 */
export interface InputExplainer {
  /** The set (not yet compiled): valid, or issues under `set`. */
  set(set: unknown, locale: DisplayLocale): Checked<IndicatorSet>;
  /** Why an envelope (`{ kind: 'records' | 'counts', … }`) cannot be read. */
  envelope(input: unknown, kind: 'records' | 'grouped', locale: DisplayLocale): Issue[];
  /** Counts input whose envelope the plain check refused: read by the schema, or issues. */
  counts(input: unknown, locale: DisplayLocale): Checked<CountsEnvelope>;
  /** A municipality record at `path`: no issues when it is valid. */
  municipality(value: unknown, path: readonly PropertyKey[], locale: DisplayLocale): Issue[];
  /** Records found wrong while counted (or before, with `validation: 'full'`). */
  records(
    records: readonly unknown[],
    list: 'schools' | 'teachers',
    invalid: InvalidRecords,
    locale: DisplayLocale,
  ): Issue[];
  /** Records checked before counting (`validation: 'full'`), or `undefined` (checked while counted). */
  upfront(
    input: { schools: readonly unknown[]; teachers?: readonly unknown[] | undefined },
    validation: RecordValidation,
  ): { schools: InvalidRecords; teachers: InvalidRecords } | undefined;
  /** An answer typed in for indicator `code` (not `null` nor `undefined`). */
  answer(raw: unknown, code: string, locale: DisplayLocale): Checked<IndicatorAnswer>;
  /** A population size typed in. */
  size(raw: unknown, id: string, locale: DisplayLocale): Checked<number>;
  /** Why input that throws when read (a getter, a proxy) could not be read. */
  unreadable(set: unknown, input: unknown, locale: DisplayLocale): Issue;
}

function notChecked(path: readonly PropertyKey[], locale: DisplayLocale, indicatorCode?: string): Issue {
  const where = formatPath(path);
  return {
    path: where,
    code: 'not-checked',
    ...(indicatorCode === undefined ? {} : { indicatorCode }),
    message:
      locale === 'ru'
        ? `«${where || 'входные данные'}» не прошли проверку; какое поле неверно, скажет полная проверка (computeIndicators из @shnro/core).`
        : `"${where || 'input'}" failed the check; the full check (computeIndicators of @shnro/core) names the wrong field.`,
  };
}

/**
 * The light entry's checks: plain shape guards, and one short issue naming the place of each
 * failure. The validating API (`computeIndicators` of `@shnro/core`) words the same input fully.
 */
export const lightExplainer: InputExplainer = {
  set: (set, locale) =>
    looksLikeIndicatorSet(set)
      ? { ok: true, value: set }
      : { ok: false, issues: [notChecked(['set'], locale)] },
  envelope: (_input, _kind, locale) => [notChecked([], locale)],
  counts: (_input, locale) => ({ ok: false, issues: [notChecked([], locale)] }),
  municipality: (value, path, locale) => (isPlainValidMunicipality(value) ? [] : [notChecked(path, locale)]),
  records: (_records, list, invalid, locale) => [
    ...invalid.indexes.map((index) => notChecked([list, index], locale)),
    ...(invalid.count > invalid.indexes.length
      ? [
          {
            path: list,
            code: 'more-invalid-records',
            message: computeMessages.moreInvalidRecords(invalid.count - invalid.indexes.length, locale),
          },
        ]
      : []),
  ],
  upfront: () => undefined,
  answer: (raw, code, locale) =>
    looksLikeAnswer(raw)
      ? { ok: true, value: raw }
      : { ok: false, issues: [notChecked(['answers', code], locale, code)] },
  size: (raw, id, locale) =>
    typeof raw === 'number' && Number.isFinite(raw)
      ? { ok: true, value: raw }
      : { ok: false, issues: [notChecked(['populations', id], locale)] },
  unreadable: (_set, _input, locale) => notChecked([], locale),
};
