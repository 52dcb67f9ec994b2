import type { RemarkDismissal, ReviewRemark, Roadmap, RoadmapAction, RoadmapStatus } from '@shnro/core';
import { ShnroDetailEvent } from './shnro-event.js';

/** Why the roadmap changed. */
export type RoadmapChangeReason = 'edit' | 'undo' | 'redo' | 'import' | 'draft' | 'remark' | 'transition';

/** What a change carries: the new roadmap and why it changed. */
export interface ShnroRoadmapChangeDetail {
  readonly roadmap: Roadmap;
  readonly reason: RoadmapChangeReason;
}

/** The person changed the roadmap (typing, moving, undo, import, a remark, a transition). */
export class ShnroRoadmapChangeEvent extends ShnroDetailEvent<
  'shnro-roadmap-change',
  ShnroRoadmapChangeDetail
> {
  static readonly eventName = 'shnro-roadmap-change';

  constructor(detail: ShnroRoadmapChangeDetail) {
    super(ShnroRoadmapChangeEvent.eventName, detail);
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
export class ShnroRoadmapTransitionEvent extends ShnroDetailEvent<
  'shnro-roadmap-transition',
  ShnroRoadmapTransitionDetail
> {
  static readonly eventName = 'shnro-roadmap-transition';

  constructor(detail: ShnroRoadmapTransitionDetail) {
    super(ShnroRoadmapTransitionEvent.eventName, detail);
  }
}

/** What a dismissal carries: the remark, the dismissal to store, and all dismissals now in force. */
export interface ShnroRemarkDismissedDetail {
  readonly remark: ReviewRemark;
  readonly dismissal: RemarkDismissal;
  readonly dismissed: readonly RemarkDismissal[];
}

/** The person hid an automatic review remark, giving a reason. */
export class ShnroRemarkDismissedEvent extends ShnroDetailEvent<
  'shnro-remark-dismissed',
  ShnroRemarkDismissedDetail
> {
  static readonly eventName = 'shnro-remark-dismissed';

  constructor(detail: ShnroRemarkDismissedDetail) {
    super(ShnroRemarkDismissedEvent.eventName, detail);
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
export class ShnroRemarkRestoredEvent extends ShnroDetailEvent<
  'shnro-remark-restored',
  ShnroRemarkRestoredDetail
> {
  static readonly eventName = 'shnro-remark-restored';

  constructor(detail: ShnroRemarkRestoredDetail) {
    super(ShnroRemarkRestoredEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-remark-restored': ShnroRemarkRestoredEvent;
  }
}
