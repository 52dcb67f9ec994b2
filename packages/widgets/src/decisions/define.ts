import { defineElement } from '../shared/define-element.js';
import { ShnroDecisions } from './decisions.js';

defineElement('shnro-decisions', ShnroDecisions);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-decisions': ShnroDecisions;
  }
}

export { ShnroDecisions };
export { ShnroDecisionStatusChangeEvent, type ShnroDecisionStatusChangeDetail } from '../events/decisions.js';
