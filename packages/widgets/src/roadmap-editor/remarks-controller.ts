import {
  acceptReviewRemarks,
  createRemark,
  resolveRemark,
  unacceptedReviewRemarks,
  type CalendarDate,
  type RemarkTarget,
  type ReviewRemark,
  type Roadmap,
  type RoadmapRemark,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoadmapChangeReason } from '../events/roadmap.js';
import type { WidgetLocale } from '../shared/localize.js';
import { appendRemarks } from './edit.js';
import type { Term } from './parts.js';

/** What the remarks controller reads from its element and tells it. */
export interface RemarksSource {
  readonly roadmap: () => Roadmap | undefined;
  /** The reviewer's name written on remarks; «Проверяющий» when none is set. */
  readonly reviewerName: () => string;
  readonly date: () => CalendarDate;
  readonly locale: () => WidgetLocale;
  readonly t: Term;
  /** The automatic review's remarks now shown. */
  readonly review: () => readonly ReviewRemark[];
  readonly commit: (next: Roadmap, reason: RoadmapChangeReason) => void;
  readonly announce: (text: string) => void;
  /** An activity's «add a remark» form is closed. */
  readonly closeRemarkForm: (activityId: string) => void;
  /** Where the element's rows are, and how each place is found among them. */
  readonly root: () => ParentNode;
  readonly domId: (id: string) => string;
  /** Focus goes to this selector after the next render. */
  readonly focus: (selector: string) => void;
}

/**
 * The reviewer's remarks (замечания проверяющего): written on the roadmap, a section or an
 * activity; accepted from the automatic review in the core's words; resolved; and found again
 * in the editor from the remarks panel. The core builds, numbers and resolves each remark.
 */
export class RemarksController implements ReactiveController {
  /** Whether the form for a remark on the whole roadmap is open. */
  addingGeneral = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: RemarksSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing runs in the background.
  }

  /** Opens or closes the form for a remark on the whole roadmap. */
  toggleGeneral(open: boolean): void {
    this.addingGeneral = open;
    if (open) this.source.focus('#general-remark');
    this.host.requestUpdate();
  }

  /** A remark written by the reviewer on a place of the roadmap (or the whole of it). */
  add(target: RemarkTarget, text: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const remark = createRemark(roadmap, target, text, {
      author: this.author(),
      date: this.source.date(),
    });
    this.source.commit(appendRemarks(roadmap, [remark]), 'remark');
    if (target.activityId !== undefined) this.source.closeRemarkForm(target.activityId);
    this.source.announce(this.source.t('remarkAdded'));
  }

  /** The review's remark accepted by the reviewer as a remark of the roadmap (the core words it). */
  accept(remark: ReviewRemark): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    this.source.commit(appendRemarks(roadmap, this.fromReview(roadmap, [remark])), 'remark');
    this.source.announce(this.source.t('remarkAccepted'));
  }

  /** The remark is marked resolved today. */
  resolve(remarkId: string): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    this.source.commit(resolveRemark(roadmap, remarkId, this.source.date()), 'remark');
    this.source.announce(this.source.t('resolved'));
  }

  /** Review remarks the reviewer has not yet turned into remarks of the roadmap. */
  candidates(roadmap: Roadmap): ReviewRemark[] {
    return unacceptedReviewRemarks(roadmap, this.source.review());
  }

  /** Every candidate as a remark of the roadmap, for a return with the automatic remarks. */
  candidatesAsRemarks(roadmap: Roadmap): RoadmapRemark[] {
    return this.fromReview(roadmap, this.candidates(roadmap));
  }

  /** Focus goes to the place a remark is about: its activity's first field, or its section. */
  goTo(target: RemarkTarget): void {
    const selector =
      target.activityId !== undefined
        ? `[data-row="${this.source.domId(target.activityId)}"]`
        : `[data-section-row="${this.source.domId(target.sectionId ?? '')}"]`;
    const element = this.source.root().querySelector<HTMLElement>(selector);
    if (!element) return;
    const field = element.querySelector<HTMLElement>('textarea, input, select');
    (field ?? element).focus();
  }

  private fromReview(roadmap: Roadmap, remarks: readonly ReviewRemark[]): RoadmapRemark[] {
    return acceptReviewRemarks(roadmap, remarks, {
      author: this.author(),
      date: this.source.date(),
      locale: this.source.locale(),
    });
  }

  private author(): string {
    return this.source.reviewerName() || this.source.t('reviewer');
  }
}
