import { defineElement } from '../shared/define-element.js';
import { ShnroIndicatorTable } from './indicator-table.js';

defineElement('shnro-indicator-table', ShnroIndicatorTable);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-indicator-table': ShnroIndicatorTable;
  }
}

export { ShnroIndicatorTable };
