import { defineElement } from '../shared/define-element.js';
import { ShnroMentorshipMap } from './mentorship-map.js';

defineElement('shnro-mentorship-map', ShnroMentorshipMap);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-mentorship-map': ShnroMentorshipMap;
  }
}

export { ShnroMentorshipMap };
