import { defineElement } from '../shared/define-element.js';
import { ShnroCycleCompare } from './cycle-compare.js';

defineElement('shnro-cycle-compare', ShnroCycleCompare);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-cycle-compare': ShnroCycleCompare;
  }
}

export { ShnroCycleCompare };
