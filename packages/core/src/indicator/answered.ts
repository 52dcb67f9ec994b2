import type { IndicatorResult, IndicatorStatus } from './compute/index.js';

/**
 * Whether an indicator is answered (ответ получен): it has a value, or its population is empty, in
 * which case «нет таких школ» is the answer. Missing and invalid inputs are not answers.
 */
export function isAnswered(result: { readonly status: IndicatorStatus }): boolean {
  return result.status === 'ok' || result.status === 'empty-population';
}

/** How many of the results are answered (see `isAnswered`). */
export function countAnswered(results: readonly { readonly status: IndicatorStatus }[]): number {
  return results.filter(isAnswered).length;
}

/** How many of the results could not be computed from what was entered. */
export function countInvalid(results: readonly { readonly status: IndicatorStatus }[]): number {
  return results.filter((result) => result.status === 'invalid').length;
}

/**
 * What an indicator still lacks to be answered (чего не хватает для ответа): `population` when a
 * share's count is there but not the size of its population, `answer` when nothing was entered;
 * undefined when it is answered, or when its input is invalid (a problem to fix, not a gap).
 */
export function missingPart(
  result: Pick<IndicatorResult, 'status' | 'reasonCode'>,
): 'answer' | 'population' | undefined {
  if (result.status !== 'missing') return undefined;
  return result.reasonCode === 'no-population-size' ? 'population' : 'answer';
}
