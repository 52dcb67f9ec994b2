import type { Roadmap } from '@shnro/core';

/** What opening a school's roadmap carries. */
export interface ShnroRoadmapOpenDetail {
  readonly roadmap: Roadmap;
}

/**
 * The person asked to open one school's roadmap. Cancel it (`preventDefault()`) to open the
 * roadmap elsewhere (a page of its own); otherwise the board opens it below the table in
 * `<shnro-roadmap-editor mode="reviewer">`.
 */
export class ShnroRoadmapOpenEvent extends Event {
  static readonly eventName = 'shnro-roadmap-open';
  readonly detail: ShnroRoadmapOpenDetail;

  constructor(detail: ShnroRoadmapOpenDetail) {
    super(ShnroRoadmapOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-roadmap-open': ShnroRoadmapOpenEvent;
  }
}
