import type { Issue } from '../../errors/issue.js';
import type { BetterDirection } from '../schema.js';

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

interface IndicatorResultBase<I> {
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
  /** Problems with this indicator's input, each naming the indicator (worded, or coded by the light entry). */
  issues: I[];
}

/** The result of a presence indicator: «имеется» or not. */
export interface PresenceResult<I = Issue> extends IndicatorResultBase<I> {
  kind: 'presence';
  present: boolean | null;
  /** «имеется» / «отсутствует» (present / absent), or `null`. */
  display: string | null;
}

/** The result of a count indicator. */
export interface CountResult<I = Issue> extends IndicatorResultBase<I> {
  kind: 'count';
  count: number | null;
  display: string | null;
}

/** The result of a share: the count, the population it is over, and the percentage. */
export interface ShareResult<I = Issue> extends IndicatorResultBase<I> {
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
export type IndicatorResult<I = Issue> = PresenceResult<I> | CountResult<I> | ShareResult<I>;

/** The results of one section, in the set's order. */
export interface SectionResult<I = Issue> {
  code: string;
  title: string;
  results: IndicatorResult<I>[];
}
