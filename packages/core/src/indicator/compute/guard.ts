import { formatPath } from '../../errors/path.js';
import type { CodedCountsIssue } from './coded-issue.js';

/**
 * Counts typed in that no school system has: whole numbers above 2^53 − 1 (1e308 is «whole» to
 * JavaScript). Arithmetic on them is no longer exact, so they are refused at the entry with the
 * field named, before the calculator divides by them.
 */
export function oversizedCounts(input: unknown): CodedCountsIssue[] {
  if (!isObject(input) || input['kind'] !== 'counts') return [];
  const issues: CodedCountsIssue[] = [];
  const check = (value: unknown, path: PropertyKey[]) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) <= Number.MAX_SAFE_INTEGER)
      return;
    issues.push({ path: formatPath(path), code: 'count-too-large', params: { value } });
  };
  if (isObject(input['populations']))
    for (const [id, size] of Object.entries(input['populations'])) check(size, ['populations', id]);
  if (isObject(input['answers']))
    for (const [code, answer] of Object.entries(input['answers'])) {
      check(answer, ['answers', code]);
      if (isObject(answer)) {
        check(answer['numerator'], ['answers', code, 'numerator']);
        check(answer['denominator'], ['answers', code, 'denominator']);
      }
    }
  return issues;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
