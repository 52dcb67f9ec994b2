import { describeIssues, type Issue } from '../../errors/index.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { toDisplayLocale } from '../../text/locale.js';
import type { CountsInput } from '../input.js';
import type { IndicatorSet } from '../schema.js';
import { compileIndicatorSet, isCompiledIndicatorSet, type CompiledIndicatorSet } from './compile.js';
import { assemble, type ComputeOptions, type IndicatorReport } from './compute.js';
import { countsEnvelopeSchema, zodExplainer } from './check-records.js';
import { evaluateCounts, type CountsEnvelope, type Evaluation } from './from-counts.js';
import type { IndicatorGroup } from './grouped.js';
import type { RawValue } from './result.js';

/** One municipality's (or school's) typed-in counts, under the key its table is returned with. */
export interface CountsGroup {
  key: string;
  input: CountsInput;
}

/** Tables of many groups' typed-in counts and their total (e.g. a region), from one call. */
export interface GroupedCountsReport {
  setId: string;
  locale: DisplayLocale;
  /** One table per group, in the order given: each what `computeIndicators` gives for its counts. */
  groups: IndicatorGroup[];
  /**
   * The total: numerators, denominators and counts summed over the groups and shares recomputed
   * half-up. An indicator some group did not answer has no total (never a partial sum passed off
   * as the whole); presences have none either (a region answers them itself).
   */
  total: IndicatorReport;
  issues: Issue[];
  ok: boolean;
}

function say(locale: DisplayLocale, ru: string, en: string): string {
  return locale === 'ru' ? ru : en;
}

/**
 * Computes typed-in counts of many municipalities and their total in one call (the counts'
 * group-by, as `computeIndicatorsGrouped` is the records'): the set is validated and compiled
 * once, each group's answers are checked and read into its table, and their numerators,
 * denominators and counts are summed into the total, whose shares are rounded half-up from the
 * sums — not averaged from the groups' percentages. Each group's table equals `computeIndicators`
 * over that group's counts.
 *
 * @example
 * const region = computeCountsGrouped(municipalMonitoringSet, [
 *   { key: 'kansk', input: kanskCounts },
 *   { key: 'achinsk', input: achinskCounts },
 * ]);
 * region.total.results; // 1.5: (7 + 3) of (18 + 12)
 */
export function computeCountsGrouped(
  set: IndicatorSet | CompiledIndicatorSet,
  groups: readonly CountsGroup[],
  options: ComputeOptions = {},
): GroupedCountsReport {
  const locale = toDisplayLocale(options.locale);
  let compiled: CompiledIndicatorSet;
  if (isCompiledIndicatorSet(set)) compiled = set;
  else {
    const result = compileIndicatorSet(set, { locale });
    if (!result.ok) {
      const total: IndicatorReport = {
        setId: typeof set?.id === 'string' ? set.id : '',
        locale,
        source: 'counts',
        sections: [],
        results: [],
        issues: result.issues,
        missing: [],
        ok: false,
      };
      return { setId: total.setId, locale, groups: [], total, issues: result.issues, ok: false };
    }
    compiled = result.value;
  }
  const validSet = compiled.set;
  const indicators = validSet.indicators;
  const width = indicators.length;
  // Sums per indicator, in exact integers (far below 2^53), and the groups without a value.
  const numerators = new Float64Array(width);
  const denominators = new Float64Array(width);
  const unanswered: string[][] = indicators.map(() => []);
  const issues: Issue[] = [];

  const tables = groups.map(({ key, input }, index): IndicatorGroup => {
    const envelope = countsEnvelopeSchema.safeParse(input, { reportInput: true });
    let report: IndicatorReport;
    if (!envelope.success) {
      const refused = describeIssues(envelope.error, locale, { pathPrefix: ['groups', index, 'input'] });
      issues.push(...refused);
      report = {
        setId: validSet.id,
        locale,
        source: 'counts',
        sections: [],
        results: [],
        issues: refused,
        missing: [],
        ok: false,
      };
      for (const list of unanswered) list.push(key);
    } else {
      const evaluation = evaluateCounts(validSet, envelope.data as CountsEnvelope, locale, zodExplainer);
      report = assemble(validSet, evaluation, locale, 'counts');
      issues.push(
        ...report.issues.map((issue) => ({ ...issue, path: `groups[${index}].input.${issue.path}` })),
      );
      indicators.forEach((indicator, position) => {
        const value = evaluation.values.get(indicator.code);
        if (value?.kind === 'share') {
          numerators[position]! += value.numerator;
          denominators[position]! += value.denominator;
        } else if (value?.kind === 'count') numerators[position]! += value.count;
        else if (indicator.kind !== 'presence') unanswered[position]!.push(key);
      });
    }
    return { key, municipalityId: key, report };
  });

  const values = new Map<string, RawValue>();
  const perIndicator = new Map<string, Issue[]>();
  indicators.forEach((indicator, position) => {
    const found: Issue[] = [];
    perIndicator.set(indicator.code, found);
    const missingIn = unanswered[position]!;
    if (indicator.kind === 'presence' || groups.length === 0) {
      values.set(indicator.code, { kind: 'missing', reason: 'not-answered' });
    } else if (missingIn.length > 0) {
      values.set(indicator.code, { kind: 'missing', reason: 'not-answered' });
      const title = pickText(indicator.title, locale);
      const names = missingIn.slice(0, 5).join(', ') + (missingIn.length > 5 ? ' …' : '');
      found.push({
        path: `total.${indicator.code}`,
        code: 'incomplete-total',
        indicatorCode: indicator.code,
        message: say(
          locale,
          `Показатель ${indicator.code} «${title}»: нет значения у ${missingIn.length} из ${groups.length} (${names}) — итог не рассчитан, нулём не заполняется.`,
          `Indicator ${indicator.code} "${title}": no value for ${missingIn.length} of ${groups.length} (${names}) — the total is not computed, no zero is filled in.`,
        ),
      });
    } else if (indicator.kind === 'share') {
      values.set(indicator.code, {
        kind: 'share',
        numerator: numerators[position]!,
        denominator: denominators[position]!,
      });
    } else {
      values.set(indicator.code, { kind: 'count', count: numerators[position]! });
    }
  });
  const evaluation: Evaluation = { values, issues: perIndicator, general: [] };
  const total = assemble(validSet, evaluation, locale, 'counts');
  issues.push(...total.issues);
  return { setId: validSet.id, locale, groups: tables, total, issues, ok: issues.length === 0 };
}
