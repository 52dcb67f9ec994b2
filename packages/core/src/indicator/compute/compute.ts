import type { Issue } from '../../errors/issue.js';
import { oversizedCounts } from './guard.js';
import type { DisplayLocale } from '../../share/index.js';
import type { IndicatorInput } from '../input.js';
import type { IndicatorSet } from '../schema.js';
import { zodExplainer } from './check-records.js';
import { isCompiledIndicatorSet, type CompiledIndicatorSet } from './compile.js';
import type { InputExplainer } from './explain.js';
import { evaluateCounts, type Evaluation } from './from-counts.js';
import { looksLikeRecordsEnvelope, type RecordValidation } from './record-guards.js';
import { looksLikeCountsEnvelope } from './shape.js';
import { evaluateRecords } from './from-records.js';
import { findUnknownCategories } from './unknown-categories.js';
import { createReportBuilder } from './report-builder.js';
import type { IndicatorResult, RawValue, SectionResult } from './result.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `computeIndicators`. */
export interface ComputeOptions {
  /** Language of titles, displays and messages: `ru` (default) or `en`. */
  locale?: DisplayLocale;
  /** How records are checked: `fast` (default, every field the calculation reads) or `full` (the whole schema). */
  validation?: RecordValidation;
}

/**
 * The computed table: results by section and in set order, with every problem found. `I` is
 * `Issue` (worded) for the validating API, `CodedIssue` for the light entry.
 */
export interface IndicatorReport<I = Issue> {
  setId: string;
  locale: DisplayLocale;
  /** Where the values came from. */
  source: 'counts' | 'records';
  /** Results grouped by section, sections in the set's order. */
  sections: SectionResult<I>[];
  /** All results in the set's order. */
  results: IndicatorResult<I>[];
  /** Every problem: those of single indicators (with `indicatorCode`) and general ones. */
  issues: I[];
  /** Codes of indicators without a value because nothing answers them. */
  missing: string[];
  /** True when no problem was found (missing answers are not problems). */
  ok: boolean;
}

function refusedReport<I>(
  setId: string,
  locale: DisplayLocale,
  source: IndicatorReport['source'],
  issues: I[],
): IndicatorReport<I> {
  return { setId, locale, source, sections: [], results: [], issues, missing: [], ok: false };
}

/**
 * Computes an indicator set (e.g. `municipalMonitoringSet`, or one compiled once by
 * `compileIndicatorSet`, which skips validating it again) from counts a person typed in or
 * from records of schools and teachers. For many municipalities at once see
 * `computeIndicatorsGrouped`. Every percentage is rounded half-up by `computeShare`;
 * an empty population gives no percentage and a reason; bad input gives issues naming the
 * indicator, never an exception.
 */
export function computeIndicators(
  set: IndicatorSet | CompiledIndicatorSet,
  input: IndicatorInput,
  options: ComputeOptions = {},
): IndicatorReport {
  return computeIndicatorsWith(set, input, options, zodExplainer);
}

/** `computeIndicators` with the checks and wording of `explainer` (the light entry's or zod's). */
export function computeIndicatorsWith<I>(
  set: IndicatorSet | CompiledIndicatorSet,
  input: IndicatorInput,
  options: ComputeOptions,
  explainer: InputExplainer<I>,
): IndicatorReport<I> {
  try {
    const locale = toDisplayLocale(options.locale);
    const oversized = oversizedCounts(input);
    if (oversized.length > 0)
      return refusedReport(
        isRecord(set) && typeof set['id'] === 'string' ? set['id'] : '',
        locale,
        'counts',
        oversized.map((issue) => explainer.sayCounts(issue, locale)),
      );
    return computeChecked(set, input, options, explainer);
  } catch {
    // Input that throws when read (a getter, a proxy) is reported at its place, never rethrown.
    const locale = toDisplayLocale(options.locale);
    return refusedReport('', locale, 'counts', [explainer.unreadable(set, input, locale)]);
  }
}

function computeChecked<I>(
  set: IndicatorSet | CompiledIndicatorSet,
  input: IndicatorInput,
  options: ComputeOptions,
  explainer: InputExplainer<I>,
): IndicatorReport<I> {
  const locale = toDisplayLocale(options.locale);
  const source: IndicatorReport['source'] =
    isRecord(input) && input['kind'] === 'records' ? 'records' : 'counts';
  // A compiled set was validated when it was compiled.
  const parsedSet = isCompiledIndicatorSet(set)
    ? { ok: true as const, value: set.set }
    : explainer.set(set, locale);
  if (!parsedSet.ok)
    return refusedReport(
      isRecord(set) && typeof set['id'] === 'string' ? set['id'] : '',
      locale,
      source,
      parsedSet.issues,
    );
  const validSet = parsedSet.value;

  let evaluation: Evaluation<I>;
  if (source === 'records') {
    // The lists are checked record by record while counted; copying 600 000 records first would double the time.
    if (!looksLikeRecordsEnvelope(input))
      return refusedReport(validSet.id, locale, source, explainer.envelope(input, 'records', locale));
    evaluation = evaluateRecords(validSet, input, options.validation ?? 'fast', locale, explainer);
    for (const problem of findUnknownCategories(validSet, input.schools, locale)) {
      evaluation.values.set(problem.code, { kind: 'invalid' });
      evaluation.issues.set(problem.code, [
        ...(evaluation.issues.get(problem.code) ?? []),
        explainer.say(problem.issue, locale),
      ]);
    }
  } else {
    const envelope = looksLikeCountsEnvelope(input)
      ? { ok: true as const, value: input }
      : explainer.counts(input, locale);
    if (!envelope.ok) return refusedReport(validSet.id, locale, source, envelope.issues);
    evaluation = evaluateCounts(validSet, envelope.value, locale, explainer);
  }
  return assemble(validSet, evaluation, locale, source);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Builds the report from what was evaluated (also the tables of `computeCountsGrouped`). */
export function assemble<I>(
  set: IndicatorSet,
  evaluation: Evaluation<I>,
  locale: DisplayLocale,
  source: IndicatorReport['source'],
): IndicatorReport<I> {
  const values = set.indicators.map(
    (indicator): RawValue => evaluation.values.get(indicator.code) ?? { kind: 'invalid' },
  );
  return createReportBuilder(set, locale)(values, evaluation.general, evaluation.issues, source);
}
