/**
 * Words a program leaves in text when a value is missing or of the wrong type: «В undefined …»,
 * «NaN%», «[object Object]», «null», «Infinity». No generated sentence may carry them.
 */
const programmerWords = /\bundefined\b|\bNaN\b|\[object [A-Za-z]+\]|\bnull\b|\bInfinity\b/gu;

/** The programmer's words a text carries, in order; empty when it reads as written by a person. */
export function findProgrammerWords(text: string): string[] {
  return [...text.matchAll(programmerWords)].map((match) => match[0]);
}

/**
 * A value as a name in a sentence: a non-empty string as is, anything else (`undefined`, an object,
 * a number that is not finite) as `fallback` — never «undefined» or «[object Object]».
 */
export function textOr(value: unknown, fallback: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}
