import { defineElement } from '../shared/define-element.js';
import { ShnroIomTracker } from './iom-tracker.js';

defineElement('shnro-iom-tracker', ShnroIomTracker);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-iom-tracker': ShnroIomTracker;
  }
}

export { ShnroIomTracker };
