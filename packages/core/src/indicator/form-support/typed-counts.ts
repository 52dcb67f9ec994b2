import { wordReport } from '../../calculator/wording.js';
import type { CodedIssue } from '../compute/coded-issue.js';
import type { DisplayLocale } from '../../share/index.js';
import { toDisplayLocale } from '../../text/locale.js';
import type { IndicatorReport } from '../compute/compute.js';
import { lightExplainer } from '../compute/explain.js';
import { evaluateCounts } from '../compute/from-counts.js';
import { oversizedCounts } from '../compute/guard.js';
import { createReportBuilder } from '../compute/report-builder.js';
import type { RawValue } from '../compute/result.js';
import { looksLikeCountsEnvelope } from '../compute/shape.js';

// The same steps as `computeTrustedIndicators` (the light entry) takes for counts typed in, in
// modules that import no schema: in a build with many entries (the CDN build), the light entry's
// own module also holds the validating `computeIndicators` and so drags the schemas into every
// chunk graph that reaches it; a form that computes what a person types needs none of them.

function refused(
  set: unknown,
  locale: DisplayLocale,
  issues: readonly CodedIssue[],
): IndicatorReport<CodedIssue> {
  const setId =
    typeof set === 'object' && set !== null && typeof (set as { id?: unknown }).id === 'string'
      ? (set as { id: string }).id
      : '';
  return {
    setId,
    locale,
    source: 'counts',
    sections: [],
    results: [],
    issues: [...issues],
    missing: [],
    ok: false,
  };
}

/**
 * Computes counts typed in (ввод количеств) for a set the caller vouches for, exactly as
 * `computeTrustedIndicators` of `@shnro/core/calculator` does: the same report for valid input,
 * `ok: false` with short `not-checked` issues where a shape check fails (the validating
 * `computeIndicators` then names the wrong field). Records are not counted here.
 */
export function computeTypedCounts(
  set: unknown,
  input: unknown,
  options: { readonly locale?: DisplayLocale } = {},
): IndicatorReport {
  const locale = toDisplayLocale(options.locale);
  // The form shows each problem where it is as the person types: worded here, as the validating
  // API words them (the sentences come with this module).
  return wordReport(computeCoded(set, input, locale));
}

function computeCoded(set: unknown, input: unknown, locale: DisplayLocale): IndicatorReport<CodedIssue> {
  try {
    const oversized = oversizedCounts(input);
    if (oversized.length > 0) return refused(set, locale, oversized);
    const parsedSet = lightExplainer.set(set, locale);
    if (!parsedSet.ok) return refused(set, locale, parsedSet.issues);
    const validSet = parsedSet.value;
    const envelope = looksLikeCountsEnvelope(input)
      ? { ok: true as const, value: input }
      : lightExplainer.counts(input, locale);
    if (!envelope.ok) return refused(validSet, locale, envelope.issues);
    const evaluation = evaluateCounts(validSet, envelope.value, locale, lightExplainer);
    const values = validSet.indicators.map(
      (indicator): RawValue => evaluation.values.get(indicator.code) ?? { kind: 'invalid' },
    );
    return createReportBuilder(validSet, locale)(values, evaluation.general, evaluation.issues, 'counts');
  } catch {
    // Input that throws when read (a getter, a proxy) is reported at its place, never rethrown.
    return refused('', locale, [lightExplainer.unreadable(set, input, locale)]);
  }
}
