import type { RemarkDismissal, ReviewRemark, Roadmap, RoadmapAction, RoadmapStatus } from '@shnro/core';

/** Why the roadmap changed. */
export type RoadmapChangeReason = 'edit' | 'undo' | 'redo' | 'import' | 'draft' | 'remark' | 'transition';

/** What a change carries: the new roadmap and why it changed. */
export interface ShnroRoadmapChangeDetail {
  readonly roadmap: Roadmap;
  readonly reason: RoadmapChangeReason;
}

/** The person changed the roadmap (typing, moving, undo, import, a remark, a transition). */
export class ShnroRoadmapChangeEvent extends Event {
  static readonly eventName = 'shnro-roadmap-change';
  readonly detail: ShnroRoadmapChangeDetail;

  constructor(detail: ShnroRoadmapChangeDetail) {
    super(ShnroRoadmapChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What a lifecycle step carries: the action, both states and the roadmap after it. */
export interface ShnroRoadmapTransitionDetail {
  readonly action: RoadmapAction;
  readonly from: RoadmapStatus;
  readonly to: RoadmapStatus;
  readonly roadmap: Roadmap;
}

/** The roadmap moved along its lifecycle (the core accepted the step): store it on the server. */
export class ShnroRoadmapTransitionEvent extends Event {
  static readonly eventName = 'shnro-roadmap-transition';
  readonly detail: ShnroRoadmapTransitionDetail;

  constructor(detail: ShnroRoadmapTransitionDetail) {
    super(ShnroRoadmapTransitionEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What a dismissal carries: the remark, the dismissal to store, and all dismissals now in force. */
export interface ShnroRemarkDismissedDetail {
  readonly remark: ReviewRemark;
  readonly dismissal: RemarkDismissal;
  readonly dismissed: readonly RemarkDismissal[];
}

/** The person hid an automatic review remark, giving a reason. */
export class ShnroRemarkDismissedEvent extends Event {
  static readonly eventName = 'shnro-remark-dismissed';
  readonly detail: ShnroRemarkDismissedDetail;

  constructor(detail: ShnroRemarkDismissedDetail) {
    super(ShnroRemarkDismissedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-roadmap-change': ShnroRoadmapChangeEvent;
    'shnro-roadmap-transition': ShnroRoadmapTransitionEvent;
    'shnro-remark-dismissed': ShnroRemarkDismissedEvent;
  }
}

/** What bringing a hidden remark back carries: the dismissal withdrawn and those still in force. */
export interface ShnroRemarkRestoredDetail {
  readonly dismissal: RemarkDismissal;
  readonly dismissed: readonly RemarkDismissal[];
}

/** The person showed a hidden review remark again. */
export class ShnroRemarkRestoredEvent extends Event {
  static readonly eventName = 'shnro-remark-restored';
  readonly detail: ShnroRemarkRestoredDetail;

  constructor(detail: ShnroRemarkRestoredDetail) {
    super(ShnroRemarkRestoredEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-remark-restored': ShnroRemarkRestoredEvent;
  }
}
