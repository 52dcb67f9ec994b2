import { defineElement } from '../../shared/define-element.js';
import { ShnroDraftList } from './draft-list.js';

defineElement('shnro-draft-list', ShnroDraftList);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-draft-list': ShnroDraftList;
  }
}

export { ShnroDraftList };
