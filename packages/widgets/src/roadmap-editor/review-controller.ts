import {
  applyDismissals,
  type DirectionCatalogue,
  type DismissedRemark,
  type RemarkDismissal,
  type ReviewOptions,
  type ReviewRemark,
  type Roadmap,
  type RoadmapReviewer,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reviewEngine } from './editor-chunks.js';
import { emptyIndex, indexByPlace, type PlaceIndex } from './place-index.js';

/** What the automatic review reads from its element. */
export interface ReviewSource {
  readonly roadmap: () => Roadmap | undefined;
  readonly catalogue: () => DirectionCatalogue;
  readonly options: () => ReviewOptions | undefined;
  readonly dismissals: () => readonly RemarkDismissal[];
  /** Quiet time after typing before the review runs, in milliseconds. */
  readonly delay: () => number;
}

const none: readonly never[] = Object.freeze([]);

// Below a frame's budget, with room for the layout and paint of what the slice's keystrokes changed.
const SLICE_MS = 8;

// Two runs that word a remark the same way give the same key, so its group keeps its identity.
const reviewKey = (remark: ReviewRemark) =>
  [
    remark.ruleId,
    remark.severity,
    remark.place.field,
    remark.excerpt ?? '',
    remark.message.ru,
    remark.suggestion.ru,
  ].join('\u0000');

/**
 * Schedules the core's automatic review (автоматическая проверка) after typing goes quiet, and
 * keeps its remarks split into shown and hidden (by the person's dismissals) and grouped by
 * place, each group the same array while it does not change. The review's engine (the core's
 * rules and stemmer) is loaded with the first scheduled run, after the first paint: a roadmap is
 * shown without it.
 */
export class ReviewController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private frame?: number;
  /** A run waits for the engine to load; a later schedule or a cancel makes this wait void. */
  private loading?: symbol;
  private review: readonly ReviewRemark[] = none;
  private shownList: readonly ReviewRemark[] = none;
  private hiddenList: readonly DismissedRemark[] = none;
  private index: PlaceIndex<ReviewRemark> = emptyIndex();
  // The core's incremental review remembers each activity's remarks, so a run after typing reads
  // only the activities that changed; it is made again when the region's configuration changes.
  private reviewer?: {
    reviewer: RoadmapReviewer;
    catalogue: DirectionCatalogue;
    options: ReviewOptions | undefined;
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: ReviewSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: a review is scheduled by the element's edits.
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The remarks shown, from the last run, in the review's order. */
  get shown(): readonly ReviewRemark[] {
    return this.shownList;
  }

  /** The remarks hidden by a dismissal, with it. */
  get hidden(): readonly DismissedRemark[] {
    return this.hiddenList;
  }

  /** The shown remarks grouped by activity and section. */
  get byPlace(): PlaceIndex<ReviewRemark> {
    return this.index;
  }

  /** Whether a run is waiting for typing to go quiet. */
  get pending(): boolean {
    return this.timer !== undefined || this.frame !== undefined || this.loading !== undefined;
  }

  /**
   * Runs the review once nothing has been typed for `delay` milliseconds. Activities not reviewed
   * before (the first review of a long roadmap, a pasted section) are read in slices of at most
   * `SLICE_MS` between which the page paints and takes keystrokes, so the review is never a long task.
   */
  schedule(delay = this.source.delay()): void {
    this.cancel();
    this.timer = setTimeout(() => this.runInSlices(), delay);
    if (!reviewEngine.loaded) void reviewEngine.load().catch(() => undefined);
  }

  /** Resolves once the review's engine has loaded, so that `run` reviews at once. */
  async ready(): Promise<void> {
    await reviewEngine.load();
  }

  /**
   * The first review of a new roadmap: `delay` after the browser has drawn it, so that neither the
   * review nor its first slices ever stand between a new roadmap and its first frame. A hidden tab
   * draws no frames, and has no first paint to protect: there the review just waits for `delay`,
   * so a roadmap opened in a background tab is reviewed when the person comes to it.
   */
  scheduleAfterPaint(delay: number): void {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      this.schedule(delay);
      return;
    }
    this.cancel();
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.schedule(delay);
    });
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.loading = undefined;
  }

  /** How many slices the last scheduled review took (1 when every activity had been read before). */
  get slices(): number {
    return this.sliceCount;
  }

  private sliceCount = 0;

  private runInSlices(first = true): void {
    if (!reviewEngine.loaded) {
      // The engine is still loading (a slow connection): the run goes on once it has come.
      const wait = Symbol('loading');
      this.timer = undefined;
      this.loading = wait;
      reviewEngine.load().then(
        () => {
          if (this.loading !== wait) return;
          this.loading = undefined;
          this.runInSlices(first);
        },
        () => {
          // Not loaded (offline before the prefetch): no review until the next edit tries again.
          if (this.loading === wait) this.loading = undefined;
        },
      );
      return;
    }
    this.sliceCount = first ? 1 : this.sliceCount + 1;
    const roadmap = this.source.roadmap();
    const started = performance.now();
    if (roadmap && !this.reviewerFor().prepare(roadmap, () => performance.now() - started > SLICE_MS)) {
      this.timer = setTimeout(() => this.runInSlices(false), 0);
      return;
    }
    this.timer = undefined;
    this.run();
  }

  /**
   * Runs the review now and returns the remarks it shows; before its engine has loaded (see
   * `ready`), the review waits for it as a scheduled run does, and the last remarks are returned.
   */
  run(): readonly ReviewRemark[] {
    this.cancel();
    const roadmap = this.source.roadmap();
    if (roadmap && !reviewEngine.loaded) {
      this.runInSlices();
      return this.shownList;
    }
    this.review = roadmap ? this.reviewerFor().review(roadmap) : none;
    this.refilter();
    this.host.requestUpdate();
    return this.shownList;
  }

  private reviewerFor(): RoadmapReviewer {
    const { createRoadmapReviewer } = reviewEngine.loaded!;
    const catalogue = this.source.catalogue();
    const options = this.source.options();
    if (this.reviewer?.catalogue !== catalogue || this.reviewer.options !== options) {
      this.reviewer = { reviewer: createRoadmapReviewer({ catalogue, ...options }), catalogue, options };
    }
    return this.reviewer.reviewer;
  }

  /** Applies the dismissals to the last run again (they changed), keeping unchanged groups. */
  refilter(): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) {
      this.shownList = none;
      this.hiddenList = none;
      this.index = emptyIndex();
      return;
    }
    const { shown, dismissed } = applyDismissals(roadmap, this.review, this.source.dismissals());
    this.shownList = shown;
    this.hiddenList = dismissed;
    this.index = indexByPlace(shown, (remark) => remark.place, reviewKey, this.index);
    this.host.requestUpdate();
  }
}
