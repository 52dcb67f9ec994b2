import {
  parseOrderReference,
  type CalendarDate,
  type Roadmap,
  type RoadmapAction,
  type RoadmapRemark,
  type RoadmapRole,
  type RoadmapTransitionResult,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { lifecycleSteps } from './editor-chunks.js';
import { withPart } from './lazy.js';
import type { transitionRoadmap } from './lifecycle-steps.js';

type Transition = typeof transitionRoadmap;

/** What the lifecycle controller reads from its element and tells it. */
export interface LifecycleSource {
  readonly roadmap: () => Roadmap | undefined;
  readonly mode: () => RoadmapRole;
  /** Who takes the step: the reviewer's name in reviewer mode, the author's otherwise. */
  readonly by: () => string;
  readonly date: () => CalendarDate;
  readonly locale: () => WidgetLocale;
  /** The automatic review's remarks the reviewer may send back with a return, as remarks of the roadmap. */
  readonly reviewRemarks: (roadmap: Roadmap) => RoadmapRemark[];
  /** A step was taken: the element records it, publishes it and announces it. */
  readonly taken: (next: Roadmap, from: Roadmap, action: RoadmapAction) => void;
  /** Focus goes to this selector after the next render. */
  readonly focus: (selector: string) => void;
  /**
   * The reviewer's reason for approving over a firing review rule (override-reason.ts): its share
   * of the approval's payload, and the core's answer to read.
   */
  readonly override?: {
    payload(): { overrideReason?: string };
    track(result: RoadmapTransitionResult): RoadmapTransitionResult;
  };
}

/**
 * The lifecycle buttons (отправить, вернуть, утвердить, начать, отчитаться): a step the core's
 * `transitionRoadmap` allows is taken at once; return and approval first open their form (the
 * order that approves, whether to include the automatic remarks). The core decides; a refused
 * step is shown in its words. The core's steps are loaded at idle time or with the first button
 * (editor-chunks.ts); once loaded, a step is taken at once.
 */
export class LifecycleController implements ReactiveController {
  /** The step whose form is open. */
  pending?: 'approve' | 'return';
  /** The approving order as typed. */
  orderText = '';
  /** Why the last step was refused, in the person's language. */
  error?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: LifecycleSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing runs in the background.
  }

  /** A new roadmap from the host: no form stays open, no error stays shown. */
  reset(): void {
    this.pending = undefined;
    this.error = undefined;
  }

  /** An edit clears a refusal: the person is fixing what it named. */
  clearError(): void {
    this.error = undefined;
  }

  /** A lifecycle button: return and approve open (or close) their form; other steps are taken. */
  act(action: RoadmapAction): void {
    this.error = undefined;
    if (action === 'approve' || action === 'return') {
      this.pending = this.pending === action ? undefined : action;
      if (this.pending)
        this.source.focus(
          action === 'approve' ? '#approve-order' : '.return-form input, .return-form button',
        );
      this.host.requestUpdate();
      return;
    }
    void this.take(action, (transition, roadmap, stamp) => transition(roadmap, action, stamp));
  }

  /** The open form is closed; focus goes back to its button. */
  cancel(): void {
    const action = this.pending;
    this.pending = undefined;
    if (action) this.source.focus(`[data-action="${action}"]`);
    this.host.requestUpdate();
  }

  setOrderText(text: string): void {
    this.orderText = text;
    this.host.requestUpdate();
  }

  /** The approval form was submitted: the order is read by the core when it can be, kept as typed otherwise. */
  approve(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.orderText;
    const override = this.source.override;
    const reason = override?.payload();
    void this.take('approve', (transition, roadmap, stamp) => {
      const result = transition(roadmap, 'approve', {
        ...stamp,
        order: parseOrderReference(text) ?? text,
        ...reason,
      });
      return override ? override.track(result) : result;
    });
  }

  /** The return form was submitted, with the automatic remarks when its box is ticked. */
  returnWith(event: SubmitEvent): void {
    event.preventDefault();
    const include = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'review',
    ) as HTMLInputElement | null;
    const withReview = include?.checked ?? false;
    void this.take('return', (transition, roadmap, stamp) =>
      transition(roadmap, 'return', {
        ...stamp,
        remarks: withReview ? this.source.reviewRemarks(roadmap) : [],
      }),
    );
  }

  /** Takes a step now when the core's steps are loaded, once they are otherwise (the roadmap as it is then). */
  private take(
    action: RoadmapAction,
    step: (
      transition: Transition,
      roadmap: Roadmap,
      stamp: { date: CalendarDate; by?: string },
    ) => RoadmapTransitionResult,
  ): void | Promise<void> {
    return withPart(lifecycleSteps, ({ transitionRoadmap }) => this.takeNow(action, transitionRoadmap, step));
  }

  private takeNow(
    action: RoadmapAction,
    transition: Transition,
    step: (
      transition: Transition,
      roadmap: Roadmap,
      stamp: { date: CalendarDate; by?: string },
    ) => RoadmapTransitionResult,
  ): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const by = this.source.by();
    const result = step(transition, roadmap, { date: this.source.date(), ...(by ? { by } : {}) });
    if (!result.ok) {
      this.error = result.error[this.source.locale()];
      this.host.requestUpdate();
      return;
    }
    this.pending = undefined;
    this.orderText = '';
    this.error = undefined;
    this.source.taken(result.roadmap, roadmap, action);
    this.source.focus('#status-line');
    this.host.requestUpdate();
  }
}
