import {
  computeTypedCounts,
  type CompiledIndicatorSet,
  type CountsInput,
  type IndicatorInput,
  type IndicatorReport,
  type IndicatorSet,
} from '@shnro/core';
import type { WidgetLocale } from '../shared/localize.js';
import { fullCheck } from './loaders.js';

/** A report (none yet while records wait for the calculator), and the load to wait for. */
export interface CheckedReport {
  readonly report?: IndicatorReport;
  /** Set while the validating calculator loads to word what the light steps refused. */
  readonly pending?: Promise<unknown>;
}

type FullCheck = NonNullable<typeof fullCheck.value>;

/** Sets validated once by the full check (a host's set is checked once, not on every keystroke). */
const compiledSets = new WeakMap<object, CompiledIndicatorSet>();

const unsure = (report: IndicatorReport): boolean =>
  report.issues.some((issue) => issue.code === 'not-checked');

/**
 * `computeIndicators` of `@shnro/core`, with the same report. Counts typed in are computed by the
 * core's light steps (no schema); the validating calculator is loaded only to word input those
 * refused (`pending` until then) or to count records, and, once there (prefetched at idle time),
 * validates each set once, so a set the schema refuses is reported exactly as before.
 */
export function computeChecked(
  set: IndicatorSet,
  input: IndicatorInput,
  locale: WidgetLocale,
): CheckedReport {
  if (typeof input === 'object' && input !== null && input.kind === 'counts')
    return computeCountsChecked(set, input, locale);
  const full = fullCheck.value;
  if (full) return { report: computeFull(full, set, input, locale) };
  return fullCheck.failed ? {} : { pending: fullCheck.load() };
}

/** `computeChecked` for counts typed in: there is always a report, final or not. */
export function computeCountsChecked(
  set: IndicatorSet,
  input: CountsInput,
  locale: WidgetLocale,
): CheckedReport & { readonly report: IndicatorReport } {
  const full = fullCheck.value;
  if (full) return { report: computeFull(full, set, input, locale) };
  const report = computeTypedCounts(set, input, { locale });
  return unsure(report) && !fullCheck.failed ? { report, pending: fullCheck.load() } : { report };
}

function computeFull(
  full: FullCheck,
  set: IndicatorSet,
  input: IndicatorInput,
  locale: WidgetLocale,
): IndicatorReport {
  let compiled = full.isCompiledIndicatorSet(set) ? set : compiledSets.get(set);
  if (!compiled) {
    const result = full.compileIndicatorSet(set, { locale });
    // A set the schema refuses is reported by the validating calculator, as it always was.
    if (!result.ok) return full.computeIndicators(set, input, { locale });
    compiled = result.value;
    compiledSets.set(set, compiled);
  }
  const report = full.wordReport(full.computeTrustedIndicators(compiled, input, { locale }));
  return unsure(report) ? full.computeIndicators(compiled, input, { locale }) : report;
}
