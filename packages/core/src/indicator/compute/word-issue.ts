import type { Issue } from '../../errors/issue.js';
import type { DisplayLocale } from '../../share/index.js';
import { toDisplayLocale } from '../../text/locale.js';
import type { CodedCountsIssue, CodedIssue, CodedRecordIssue } from './coded-issue.js';
import { countsMessages } from './counts-messages.js';
import { issueMessages } from './issue-messages.js';

function countsSentence(issue: CodedCountsIssue, locale: DisplayLocale): string {
  const named = { code: issue.indicatorCode ?? '', title: '' };
  switch (issue.code) {
    case 'count-too-large':
      return issueMessages.countTooLarge(issue.path, issue.params.value, locale);
    case 'fractional-count':
    case 'negative-count': {
      const params = issue.params;
      if ('population' in params)
        return countsMessages.populationSize(
          params.population,
          issue.code === 'fractional-count' ? 'fractional' : 'negative',
          params.value,
          locale,
        );
      named.title = params.title;
      return issue.code === 'fractional-count'
        ? countsMessages.fractionalCount(named, params.field, params.value, locale)
        : countsMessages.negativeCount(named, params.field, params.value, locale);
    }
    case 'wrong-answer-kind':
      named.title = issue.params.title;
      return countsMessages.wrongAnswerKind(named, issue.params.kind, issue.params.value, locale);
    case 'numerator-above-denominator':
      named.title = issue.params.title;
      return countsMessages.numeratorAboveDenominator(
        named,
        issue.params.numerator,
        issue.params.denominator,
        locale,
      );
    case 'unknown-indicator':
      return countsMessages.unknownIndicator(issue.params.indicator, locale);
    case 'unknown-population':
      return countsMessages.unknownPopulation(issue.params.population, locale);
  }
}

function recordSentence(issue: CodedRecordIssue, locale: DisplayLocale): string {
  switch (issue.code) {
    case 'not-checked':
      return issueMessages.notChecked(issue.path, locale);
    case 'unknown-school':
      return issueMessages.unknownSchool(issue.params.count, issue.params.examples, locale);
    case 'no-municipality':
      return issueMessages.schoolsWithoutMunicipality(issue.params.count, issue.params.examples, locale);
    case 'duplicate-id':
      return issue.params.record === 'school'
        ? issueMessages.duplicateSchoolId(issue.params.id, locale)
        : issueMessages.duplicateMunicipalityId(issue.params.id, locale);
    case 'more-invalid-records':
      return issueMessages.moreInvalidRecords(issue.params.count, locale);
    case 'unknown-category':
      return issueMessages.unknownCategory(
        issue.indicatorCode ?? '',
        issue.params.title,
        issue.params.ids,
        locale,
      );
  }
}

function worded(issue: CodedIssue, message: string): Issue {
  const { path, code, indicatorCode } = issue;
  return indicatorCode === undefined ? { path, code, message } : { path, code, indicatorCode, message };
}

/** `wordIssue` for problems with records and sets: what the grouped calculator can find. */
export function wordRecordIssue(issue: CodedRecordIssue, locale: DisplayLocale): Issue {
  return worded(issue, recordSentence(issue, locale));
}

/** `wordIssue` for problems with counts typed in. */
export function wordCountsIssue(issue: CodedCountsIssue, locale: DisplayLocale): Issue {
  return worded(issue, countsSentence(issue, locale));
}

const countsCodes = new Set<string>([
  'count-too-large',
  'fractional-count',
  'negative-count',
  'wrong-answer-kind',
  'numerator-above-denominator',
  'unknown-indicator',
  'unknown-population',
] satisfies CodedCountsIssue['code'][]);

function isCountsIssue(issue: CodedIssue): issue is CodedCountsIssue {
  return countsCodes.has(issue.code);
}

/**
 * Puts a problem found by the calculator into words (формулировка проблемы), in Russian or
 * English: the `Issue` the validating API (`computeIndicators`) gives for it, word for word.
 */
export function wordIssue(issue: CodedIssue, locale: DisplayLocale = 'ru'): Issue {
  const language = toDisplayLocale(locale);
  return isCountsIssue(issue) ? wordCountsIssue(issue, language) : wordRecordIssue(issue, language);
}
