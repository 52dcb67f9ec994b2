/**
 * @shnro/core/calculator/wording: the sentences of the light calculator's problems (формулировки
 * проблем). `computeTrustedIndicators` returns its problems coded (`CodedIssue`: place, code,
 * values), so that a page that only computes downloads no sentence; a page that shows them loads
 * this module, at idle time or when it shows them, and gets the validating API's report word for
 * word.
 *
 * @example
 * const report = computeTrustedIndicators(municipalMonitoringSet, input);
 * if (report.issues.length > 0) {
 *   const { wordReport } = await import('@shnro/core/calculator/wording');
 *   show(wordReport(report)); // equal to computeIndicators(municipalMonitoringSet, input)
 * }
 */
import type { Issue } from '../errors/issue.js';
import type { CodedIssue } from '../indicator/compute/coded-issue.js';
import type { IndicatorReport } from '../indicator/compute/compute.js';
import { lazyGroup, type GroupedIndicatorReport } from '../indicator/compute/grouped.js';
import type { IndicatorResult } from '../indicator/compute/result.js';
import { wordIssue } from '../indicator/compute/word-issue.js';

export { wordIssue };
export type { CodedIssue, CountField } from '../indicator/compute/coded-issue.js';

type Word = (issue: CodedIssue) => Issue;

/** Words each issue once: one problem listed on its result and in the report stays one object. */
function wordingIn(locale: IndicatorReport['locale']): Word {
  const worded = new Map<CodedIssue, Issue>();
  return (issue) => {
    let sentence = worded.get(issue);
    if (sentence === undefined) worded.set(issue, (sentence = wordIssue(issue, locale)));
    return sentence;
  };
}

function wordWith(report: IndicatorReport<CodedIssue>, word: Word): IndicatorReport {
  const results = report.results.map(
    (result) => ({ ...result, issues: result.issues.map(word) }) as IndicatorResult,
  );
  const byOriginal = new Map<IndicatorResult<CodedIssue>, IndicatorResult>(
    report.results.map((result, index) => [result, results[index]!]),
  );
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      results: section.results.map((result) => byOriginal.get(result)!),
    })),
    results,
    issues: report.issues.map(word),
  };
}

/**
 * The light calculator's report with its problems in words, in the report's language: equal to the
 * validating API's report for the same set and input.
 */
export function wordReport(report: IndicatorReport<CodedIssue>): IndicatorReport {
  return wordWith(report, wordingIn(report.locale));
}

/**
 * `wordReport` for `computeTrustedIndicatorsGrouped`: the total, every group and the issues. Each
 * group's table is worded when first read, as it is built when first read.
 */
export function wordGroupedReport(report: GroupedIndicatorReport<CodedIssue>): GroupedIndicatorReport {
  const word = wordingIn(report.locale);
  return {
    ...report,
    groups: report.groups.map((group) =>
      lazyGroup(group.key, group.municipalityId, () => wordWith(group.report, word)),
    ),
    total: wordWith(report.total, word),
    issues: report.issues.map(word),
  };
}
