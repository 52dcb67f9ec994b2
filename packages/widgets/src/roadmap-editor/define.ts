import { defineElement } from '../shared/define-element.js';
import { ShnroRoadmapEditor } from './roadmap-editor.js';

defineElement('shnro-roadmap-editor', ShnroRoadmapEditor);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-roadmap-editor': ShnroRoadmapEditor;
  }
}

export { ShnroRoadmapEditor };
