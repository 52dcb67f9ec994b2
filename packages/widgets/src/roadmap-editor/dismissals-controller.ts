import {
  dismissalOf,
  withDismissal,
  withoutDismissal,
  type CalendarDate,
  type RemarkDismissal,
  type ReviewRemark,
  type Roadmap,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShnroRemarkDismissedEvent, ShnroRemarkRestoredEvent } from '../events/roadmap.js';
import type { Term } from './parts.js';

/** What hiding and showing again an automatic remark reads and tells. */
export interface DismissalsOptions {
  readonly roadmap: () => Roadmap | undefined;
  /** The hidden remarks now (the element's `dismissedRemarks`). */
  readonly list: () => readonly RemarkDismissal[];
  /** Keeps the new list: the element stores it, filters the review again and saves the draft. */
  readonly keep: (list: readonly RemarkDismissal[]) => void;
  readonly date: () => CalendarDate;
  /** Who hides it (the school-side author), when known. */
  readonly author: () => string | undefined;
  /** Closes the reason form where the remark was and puts focus back on its field. */
  readonly closeForm: (place: ReviewRemark['place']) => void;
  readonly announce: (text: string) => void;
  readonly t: Term;
}

/**
 * Automatic review remarks hidden with a reason (скрытые замечания): the core decides what a
 * dismissal is and which remark it hides; this controller keeps the list, says so and fires
 * `shnro-remark-dismissed` / `shnro-remark-restored` from the host.
 */
export class DismissalsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DismissalsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the list lives in the host's property.
  }

  /** Hides an automatic remark with the reason the person typed. */
  dismiss(remark: ReviewRemark, reason: string): void {
    const roadmap = this.options.roadmap();
    if (!roadmap) return;
    const dismissal = dismissalOf(roadmap, remark, reason, this.options.date(), this.options.author());
    const dismissed = withDismissal(this.options.list(), dismissal);
    this.options.keep(dismissed);
    this.options.closeForm(remark.place);
    this.options.announce(this.options.t('dismissed'));
    this.host.dispatchEvent(new ShnroRemarkDismissedEvent({ remark, dismissal, dismissed }));
  }

  /** Shows a hidden remark again. */
  restore(dismissal: RemarkDismissal): void {
    const dismissed = withoutDismissal(this.options.list(), dismissal);
    this.options.keep(dismissed);
    this.options.announce(this.options.t('restored'));
    this.host.dispatchEvent(new ShnroRemarkRestoredEvent({ dismissal, dismissed }));
  }
}
