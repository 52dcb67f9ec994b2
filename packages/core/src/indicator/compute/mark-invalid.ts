import type { Issue } from '../../errors/index.js';
import type { IndicatorReport } from './compute.js';
import type { IndicatorResult } from './result.js';

/**
 * The report with the answers a person typed but that are no numbers (`«двенадцать»` in a count)
 * marked: each indicator an issue names by `indicatorCode` is `invalid` with those issues first,
 * not `missing`; the report's issues, its `missing` list and `ok` are worked out again the way
 * `computeIndicators` works them out. A form shows what the calculator would say of the text.
 */
export function markInvalidAnswers(report: IndicatorReport, unreadable: readonly Issue[]): IndicatorReport {
  if (unreadable.length === 0) return report;
  const byCode = new Map<string, Issue[]>();
  for (const issue of unreadable) {
    const code = issue.indicatorCode ?? '';
    byCode.set(code, [...(byCode.get(code) ?? []), issue]);
  }
  const results = report.results.map((result): IndicatorResult => {
    const issues = byCode.get(result.code);
    if (!issues) return result;
    return {
      ...result,
      status: 'invalid',
      reasonCode: 'invalid-input',
      reason: null,
      issues: [...issues, ...result.issues],
    };
  });
  const sections = report.sections.map((section) => ({
    ...section,
    results: results.filter((result) => result.section === section.code),
  }));
  const issues = [
    ...report.issues.filter((issue) => issue.indicatorCode === undefined),
    ...results.flatMap((result) => result.issues),
  ];
  const missing = results.filter((result) => result.status === 'missing').map((result) => result.code);
  return { ...report, sections, results, issues, missing, ok: issues.length === 0 };
}
