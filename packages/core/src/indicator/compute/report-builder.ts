import type { DisplayLocale } from '../../share/index.js';
import { formatScaledTrusted } from '../../share/format-number.js';
import { scaledHalfUp } from '../../share/round-half-up.js';
import { pickText } from '../../text/index.js';
import type { IndicatorDefinition, IndicatorSet } from '../schema.js';
import type { IndicatorReport } from './compute.js';
import { computeMessages } from './messages.js';
import type { IndicatorResult, MissingReason, SectionResult } from './result.js';
import type { RawValue } from './result.js';

/**
 * Builds tables of one set in one language, many times: what `buildResult` and `assemble` do,
 * with every title, population title and sentence looked up once per set instead of once per
 * table. Thousands of municipalities make thousands of tables; the result objects are the same.
 */
export type ReportBuilder = <I>(
  values: readonly RawValue[],
  general: I[],
  /** Issues of single indicators, by code: they go on the result and, after `general`, in the report. */
  perIndicator?: ReadonlyMap<string, I[]>,
  source?: IndicatorReport['source'],
) => IndicatorReport<I>;

interface Static {
  indicator: IndicatorDefinition;
  title: string;
  populationTitle: string;
  numeratorDescription: string;
  emptyReason: string;
}

const presenceDisplay = {
  ru: ['отсутствует', 'имеется'],
  en: ['absent', 'present'],
} as const;

export function createReportBuilder(set: IndicatorSet, locale: DisplayLocale): ReportBuilder {
  const populations = new Map(set.populations.map((population) => [population.id, population]));
  const statics: Static[] = set.indicators.map((indicator) => {
    const title = pickText(indicator.title, locale);
    if (indicator.kind !== 'share')
      return { indicator, title, populationTitle: '', numeratorDescription: '', emptyReason: '' };
    const population = populations.get(indicator.population);
    const populationTitle =
      population === undefined ? indicator.population : pickText(population.title, locale);
    return {
      indicator,
      title,
      populationTitle,
      numeratorDescription: pickText(indicator.numerator.description, locale),
      emptyReason: computeMessages.emptyPopulation(populationTitle, locale),
    };
  });
  const sectionOf = set.sections.map((section) => ({
    code: section.code,
    title: pickText(section.title, locale),
    members: statics.flatMap((entry, index) => (entry.indicator.section === section.code ? [index] : [])),
  }));
  const invalidReason = computeMessages.invalidInput(locale);
  const reasons = new Map<string, string>();
  const reasonOf = (reason: MissingReason, detail: string | undefined): string => {
    const key = `${reason}\u0000${detail ?? ''}`;
    let text = reasons.get(key);
    if (text === undefined) {
      text = {
        'not-answered': () => computeMessages.notAnswered(locale),
        'no-teacher-records': () => computeMessages.noTeacherRecords(locale),
        'no-municipality-flag': () => computeMessages.noMunicipalityFlag(detail ?? '', locale),
        'not-countable': () => computeMessages.notCountable(locale),
        'no-population-size': () => computeMessages.noPopulationSize(detail ?? '', locale),
      }[reason]();
      reasons.set(key, text);
    }
    return text;
  };

  const displays = new Map<number, string>();
  const displayOf = (scaled: number, precision: number): string => {
    const key = scaled * 8 + precision;
    let text = displays.get(key);
    if (text === undefined) {
      text = `${formatScaledTrusted(scaled, precision, locale)}%`;
      displays.set(key, text);
    }
    return text;
  };

  const build = <I>(entry: Static, value: RawValue, issues: I[]): IndicatorResult<I> => {
    const { indicator } = entry;
    let status = 'ok' as IndicatorResult<I>['status'];
    let reasonCode = null as IndicatorResult<I>['reasonCode'];
    let reason: string | null = null;
    if (value.kind === 'invalid') {
      status = 'invalid';
      reasonCode = 'invalid-input';
      reason = invalidReason;
    } else if (value.kind === 'missing') {
      status = 'missing';
      reasonCode = value.reason;
      reason = reasonOf(value.reason, value.detail);
    }
    // Literal objects, never `{ ...base, … }`: V8 turns a spread followed by more properties into
    // slow objects, and building 50 000 results that way cost over a second.
    if (indicator.kind === 'presence') {
      const present = value.kind === 'presence' ? value.present : null;
      return {
        code: indicator.code,
        section: indicator.section,
        title: entry.title,
        betterDirection: indicator.betterDirection,
        issues,
        status,
        reasonCode,
        reason,
        kind: 'presence',
        present,
        display: present === null ? null : presenceDisplay[locale][present ? 1 : 0],
      };
    }
    if (indicator.kind === 'count') {
      const count = value.kind === 'count' ? value.count : null;
      return {
        code: indicator.code,
        section: indicator.section,
        title: entry.title,
        betterDirection: indicator.betterDirection,
        issues,
        status,
        reasonCode,
        reason,
        kind: 'count',
        count,
        display: count === null ? null : String(count),
      };
    }
    let numerator: number | null = null;
    let denominator: number | null = null;
    let percent: number | null = null;
    let display: string | null = null;
    if (value.kind === 'share') {
      numerator = value.numerator;
      denominator = value.denominator;
      if (denominator === 0) {
        status = 'empty-population';
        reasonCode = 'empty-population';
        reason = entry.emptyReason;
      } else {
        // computeShare's arithmetic without its argument checks (the counts are whole, the
        // numerator within its population and the precision 0–6 by construction); the display of
        // each rounded value is formatted once.
        const scaled = scaledHalfUp(numerator, denominator, indicator.precision);
        percent = scaled / 10 ** indicator.precision;
        display = displayOf(scaled, indicator.precision);
      }
    }
    return {
      code: indicator.code,
      section: indicator.section,
      title: entry.title,
      betterDirection: indicator.betterDirection,
      issues,
      status,
      reasonCode,
      reason,
      kind: 'share',
      population: indicator.population,
      populationTitle: entry.populationTitle,
      numeratorDescription: entry.numeratorDescription,
      precision: indicator.precision,
      numerator,
      denominator,
      percent,
      display,
    };
  };

  return <I>(
    values: readonly RawValue[],
    general: I[],
    perIndicator?: ReadonlyMap<string, I[]>,
    source: IndicatorReport['source'] = 'records',
  ): IndicatorReport<I> => {
    const results = statics.map((entry, index) =>
      build<I>(entry, values[index] as RawValue, perIndicator?.get(entry.indicator.code) ?? []),
    );
    const sections: SectionResult<I>[] = sectionOf.map((section) => ({
      code: section.code,
      title: section.title,
      results: section.members.map((index) => results[index] as IndicatorResult<I>),
    }));
    const missing: string[] = [];
    for (const result of results) if (result.status === 'missing') missing.push(result.code);
    const issues = [...general];
    if (perIndicator !== undefined) for (const result of results) issues.push(...result.issues);
    return {
      setId: set.id,
      locale,
      source,
      sections,
      results,
      issues,
      missing,
      ok: issues.length === 0,
    };
  };
}
