import { defineElement } from '../shared/define-element.js';
import { ShnroScorecard } from './scorecard.js';

defineElement('shnro-scorecard', ShnroScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-scorecard': ShnroScorecard;
  }
}

export { ShnroScorecard };
export { ShnroScorecardSortEvent, type ShnroScorecardSortDetail } from '../events/scorecard.js';
