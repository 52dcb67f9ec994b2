import type { CountsInput } from '../input.js';
import { looksLikeAnswer, looksLikeCountsEnvelope } from '../compute/shape.js';

/**
 * Whether a value has the shape `countsInputSchema` accepts (форма ввода количеств), checked by
 * hand without zod: the envelope, and each answer yes/no, a finite number, a numerator with an
 * optional denominator, or `null`. It may refuse what the schema would take (a population size
 * is not looked at closely); `parseOrExplain(countsInputSchema, …)` then decides and words it.
 */
export function looksLikeCountsInput(value: unknown): value is CountsInput {
  if (!looksLikeCountsEnvelope(value)) return false;
  for (const code in value.answers) {
    const answer = value.answers[code];
    if (answer !== null && !looksLikeAnswer(answer)) return false;
  }
  for (const id in value.populations ?? {}) {
    const size = value.populations?.[id];
    if (typeof size !== 'number' || !Number.isFinite(size) || !/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(id))
      return false;
  }
  return true;
}
