import { parseOrExplain, type DisplayLocale, type Issue } from '@shnro/core';

/** The records of a list that passed their schema, and the problems of those that did not. */
export interface ParsedList<T> {
  valid: T[];
  issues: Issue[];
}

/**
 * Checks every record of a list a host handed over (`schools`, `ioms`, …) with the core's schema:
 * good records go on, each bad one is named by its place (`schools[3].name`) in Russian or
 * English, so one typo in one record never blanks a whole screen.
 */
export function parseList<T>(
  schema: Parameters<typeof parseOrExplain>[0],
  list: readonly unknown[] | undefined,
  name: string,
  locale: DisplayLocale,
): ParsedList<T> {
  const result: ParsedList<T> = { valid: [], issues: [] };
  (list ?? []).forEach((candidate, index) => {
    const parsed = parseOrExplain(schema, candidate, { locale, pathPrefix: [name, index] });
    if (parsed.ok) result.valid.push(parsed.value as T);
    else result.issues.push(...parsed.issues);
  });
  return result;
}
