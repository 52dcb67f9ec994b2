import type { Roadmap } from '@shnro/core';
import { ShnroDetailEvent } from './shnro-event.js';

/** What opening a school's roadmap (дорожная карта) carries. */
export interface ShnroRoadmapOpenDetail {
  readonly roadmap: Roadmap;
}

/**
 * The person asked `<shnro-roadmap-board>` to open one school's roadmap. Cancel it
 * (`preventDefault()`) to open the roadmap elsewhere (a page of its own); otherwise the board
 * opens it below the table in `<shnro-roadmap-editor mode="reviewer">`.
 */
export class ShnroRoadmapOpenEvent extends ShnroDetailEvent<'shnro-roadmap-open', ShnroRoadmapOpenDetail> {
  static readonly eventName = 'shnro-roadmap-open';

  constructor(detail: ShnroRoadmapOpenDetail) {
    super(ShnroRoadmapOpenEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-roadmap-open': ShnroRoadmapOpenEvent;
  }
}
