import { normalizeKey } from '../registry/normalize.js';
import type { AssessmentResult } from './schema.js';

/**
 * The rows already read, by school, assessment, subject (as compared), grade and year. A key of
 * small numbers per school, not one long text per row: hashing 120 000 fresh texts was a third
 * of a region's import.
 */
export class SeenResults {
  private readonly bySchool = new Map<string, Map<number | string, number>>();
  private readonly scopes = new Map<string, Map<string, number>>();
  private nextScope = 0;

  /** The row a result with the same key came on, or `undefined` (and the result is remembered on `row`). */
  rowOf(result: AssessmentResult, row: number): number | undefined {
    let subjects = this.scopes.get(result.assessment);
    if (subjects === undefined) this.scopes.set(result.assessment, (subjects = new Map()));
    const subject = normalizeKey(result.subject);
    let scope = subjects.get(subject);
    if (scope === undefined) subjects.set(subject, (scope = this.nextScope++));
    const grade = result.grade ?? 0;
    const key =
      Number.isInteger(result.year) && result.year >= 0 && result.year < 10_000
        ? (scope * 16 + grade) * 10_000 + result.year
        : `${scope}|${grade}|${result.year}`;
    let keys = this.bySchool.get(result.schoolId);
    if (keys === undefined) this.bySchool.set(result.schoolId, (keys = new Map()));
    const first = keys.get(key);
    if (first === undefined) keys.set(key, row);
    return first;
  }
}
