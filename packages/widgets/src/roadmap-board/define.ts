import { defineElement } from '../shared/define-element.js';
import { ShnroRoadmapBoard } from './roadmap-board.js';

defineElement('shnro-roadmap-board', ShnroRoadmapBoard);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-roadmap-board': ShnroRoadmapBoard;
  }
}

export { ShnroRoadmapBoard };
