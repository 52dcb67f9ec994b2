import type { IndicatorAnswer } from '../input.js';
import type { IndicatorKind } from '../schema.js';

/** Which count of an answer a problem is about. */
export type CountField = 'count' | 'numerator' | 'denominator';

interface Coded<Code extends string, Params> {
  /** Where the problem is, in JavaScript notation: `answers["1.5"].numerator`, `teachers[3].schoolId`. */
  path: string;
  /** The same stable kebab-case code as the worded issue's. */
  code: Code;
  /** The code of the indicator concerned, when there is one. */
  indicatorCode?: string;
  /** What the sentence says besides the place: values, ids, the indicator's title in the report's language. */
  params: Params;
}

/**
 * A problem the calculator found, not yet put into words (проблема без формулировки): its place,
 * its code and what the sentence needs. The light entry (`@shnro/core/calculator`) returns these,
 * so that computing downloads no sentence; `wordIssue` of `@shnro/core/calculator/wording` turns
 * one into the `Issue` the validating API gives, word for word.
 */
export type CodedIssue = CodedRecordIssue | CodedCountsIssue;

/** A problem with counts a person typed in. */
export type CodedCountsIssue =
  /** A typed-in number above 2^53 − 1. */
  | Coded<'count-too-large', { value: number }>
  /** A count that is not whole or below zero: an answer's (`title`, `field`) or a population size's (`population`). */
  | Coded<
      'fractional-count' | 'negative-count',
      { title: string; field: CountField; value: number } | { population: string; value: number }
    >
  /** An answer of the wrong kind (a number for a share, …). */
  | Coded<'wrong-answer-kind', { title: string; kind: IndicatorKind; value: IndicatorAnswer }>
  | Coded<'numerator-above-denominator', { title: string; numerator: number; denominator: number }>
  /** An answer for a code the set does not have. */
  | Coded<'unknown-indicator', { indicator: string }>
  /** A population size for an id the set does not have. */
  | Coded<'unknown-population', { population: string }>;

/** A problem with records, a set or a place the light entry could not check. */
export type CodedRecordIssue =
  /** The light entry's shape check refused the place; the full check names the field. */
  | Coded<'not-checked', Record<string, never>>
  /** Teachers naming a school not in the list: how many, and the first few `teacher → school`. */
  | Coded<'unknown-school', { count: number; examples: string[] }>
  /** Schools without `municipalityId` (grouped by municipality): how many, and the first few ids. */
  | Coded<'no-municipality', { count: number; examples: string[] }>
  /** An id met twice in the list of schools or of municipalities. */
  | Coded<'duplicate-id', { record: 'school' | 'municipality'; id: string }>
  /** More wrong records than are described one by one. */
  | Coded<'more-invalid-records', { count: number }>
  /** An indicator reading categories that are neither built in nor carried by any school. */
  | Coded<'unknown-category', { title: string; ids: string[] }>;
