import type { Issue } from '../../errors/index.js';
import { computeShare, type DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import type { BetterDirection, IndicatorDefinition, IndicatorSet } from '../schema.js';
import { computeMessages } from './messages.js';

/**
 * What the calculator found for one indicator before formatting: a value, a reason it is
 * missing, or `invalid` (its issues say why).
 */
export type RawValue =
  | { kind: 'presence'; present: boolean }
  | { kind: 'count'; count: number }
  | { kind: 'share'; numerator: number; denominator: number }
  | { kind: 'missing'; reason: MissingReason; detail?: string }
  | { kind: 'invalid' };

/** Why an indicator has no value (not zero: unknown). */
export type MissingReason =
  'not-answered' | 'no-teacher-records' | 'no-municipality-flag' | 'not-countable' | 'no-population-size';

/** An indicator's outcome: `ok`, `missing` (no answer), `empty-population` (0 of 0), `invalid` (see issues). */
export type IndicatorStatus = 'ok' | 'missing' | 'empty-population' | 'invalid';

interface IndicatorResultBase {
  code: string;
  /** The code of the indicator's section. */
  section: string;
  /** The title in the requested language. */
  title: string;
  betterDirection: BetterDirection;
  status: IndicatorStatus;
  /** Why there is no value, as a code (`not-answered`, `empty-population`, …), or `null`. */
  reasonCode: MissingReason | 'empty-population' | 'invalid-input' | null;
  /** Why there is no value, in a sentence, or `null`. */
  reason: string | null;
  /** Problems with this indicator's input, each naming the indicator. */
  issues: Issue[];
}

/** The result of a presence indicator: «имеется» or not. */
export interface PresenceResult extends IndicatorResultBase {
  kind: 'presence';
  present: boolean | null;
  /** «имеется» / «отсутствует» (present / absent), or `null`. */
  display: string | null;
}

/** The result of a count indicator. */
export interface CountResult extends IndicatorResultBase {
  kind: 'count';
  count: number | null;
  display: string | null;
}

/** The result of a share: the count, the population it is over, and the percentage. */
export interface ShareResult extends IndicatorResultBase {
  kind: 'share';
  /** The population id, e.g. `target-schools`. */
  population: string;
  populationTitle: string;
  /** What is counted, in the report's words. */
  numeratorDescription: string;
  numerator: number | null;
  denominator: number | null;
  /** Rounded half-up to `precision`; `null` when the population is empty or the value missing. */
  percent: number | null;
  precision: number;
  /** «38,9%» (ru) or «38.9%» (en), or `null`. */
  display: string | null;
}

/** The result of one indicator. */
export type IndicatorResult = PresenceResult | CountResult | ShareResult;

/** The results of one section, in the set's order. */
export interface SectionResult {
  code: string;
  title: string;
  results: IndicatorResult[];
}

/** Builds an indicator's result from what the calculator found. */
export function buildResult(
  indicator: IndicatorDefinition,
  set: IndicatorSet,
  value: RawValue,
  issues: Issue[],
  locale: DisplayLocale,
): IndicatorResult {
  const base = {
    code: indicator.code,
    section: indicator.section,
    title: pickText(indicator.title, locale),
    betterDirection: indicator.betterDirection,
    issues,
    ...status(value, locale),
  };
  switch (indicator.kind) {
    case 'presence': {
      const present = value.kind === 'presence' ? value.present : null;
      const display =
        present === null
          ? null
          : locale === 'ru'
            ? present
              ? 'имеется'
              : 'отсутствует'
            : present
              ? 'present'
              : 'absent';
      return { ...base, kind: 'presence', present, display };
    }
    case 'count': {
      const count = value.kind === 'count' ? value.count : null;
      return { ...base, kind: 'count', count, display: count === null ? null : String(count) };
    }
    case 'share': {
      const population = set.populations.find((candidate) => candidate.id === indicator.population);
      const populationTitle =
        population === undefined ? indicator.population : pickText(population.title, locale);
      const shared = {
        ...base,
        kind: 'share' as const,
        population: indicator.population,
        populationTitle,
        numeratorDescription: pickText(indicator.numerator.description, locale),
        precision: indicator.precision,
      };
      if (value.kind !== 'share')
        return { ...shared, numerator: null, denominator: null, percent: null, display: null };
      const share = computeShare(value.numerator, value.denominator, {
        precision: indicator.precision,
        locale,
      });
      if (share.percent === null) {
        return {
          ...shared,
          status: 'empty-population',
          reasonCode: 'empty-population',
          reason: computeMessages.emptyPopulation(populationTitle, locale),
          numerator: share.numerator,
          denominator: share.denominator,
          percent: null,
          display: null,
        };
      }
      return {
        ...shared,
        numerator: share.numerator,
        denominator: share.denominator,
        percent: share.percent,
        display: share.display,
      };
    }
  }
}

function status(
  value: RawValue,
  locale: DisplayLocale,
): Pick<IndicatorResultBase, 'status' | 'reasonCode' | 'reason'> {
  if (value.kind === 'invalid')
    return { status: 'invalid', reasonCode: 'invalid-input', reason: computeMessages.invalidInput(locale) };
  if (value.kind !== 'missing') return { status: 'ok', reasonCode: null, reason: null };
  const reason = {
    'not-answered': () => computeMessages.notAnswered(locale),
    'no-teacher-records': () => computeMessages.noTeacherRecords(locale),
    'no-municipality-flag': () => computeMessages.noMunicipalityFlag(value.detail ?? '', locale),
    'not-countable': () => computeMessages.notCountable(locale),
    'no-population-size': () => computeMessages.noPopulationSize(value.detail ?? '', locale),
  }[value.reason]();
  return { status: 'missing', reasonCode: value.reason, reason };
}
