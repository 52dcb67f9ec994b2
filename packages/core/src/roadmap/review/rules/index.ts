import type { ReviewRule } from '../types.js';
import { deadlineOutsidePeriodRule } from './deadline-outside-period.js';
import { duplicateActivityRule } from './duplicate-activity.js';
import { genericSectionTitleRule } from './generic-section-title.js';
import { missingDeadlineRule } from './missing-deadline.js';
import { missingResponsibleRule } from './missing-responsible.js';
import { missingResultRule } from './missing-result.js';
import { passiveFormatRule } from './passive-format.js';
import { unmeasurableResultRule } from './unmeasurable-result.js';
import { unparsedDeadlineRule } from './unparsed-deadline.js';
import { vagueResultRule } from './vague-result.js';

export {
  deadlineOutsidePeriodRule,
  duplicateActivityRule,
  genericSectionTitleRule,
  missingDeadlineRule,
  missingResponsibleRule,
  missingResultRule,
  passiveFormatRule,
  unmeasurableResultRule,
  unparsedDeadlineRule,
  vagueResultRule,
};

/** The built-in rules: seed 000's four kinds first, then the completeness and deadline checks. */
export const defaultReviewRules: readonly ReviewRule[] = [
  vagueResultRule,
  unmeasurableResultRule,
  passiveFormatRule,
  genericSectionTitleRule,
  missingResultRule,
  missingDeadlineRule,
  unparsedDeadlineRule,
  deadlineOutsidePeriodRule,
  missingResponsibleRule,
  duplicateActivityRule,
];
