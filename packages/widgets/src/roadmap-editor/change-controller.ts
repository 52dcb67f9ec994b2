import type { Roadmap, RoadmapAction } from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftBinding } from '../drafts/draft-binding.js';
import type { DraftRestoreController } from '../drafts/draft-restore.js';
import {
  ShnroRoadmapChangeEvent,
  ShnroRoadmapTransitionEvent,
  type RoadmapChangeReason,
} from '../events/roadmap.js';
import type { LazyRowsController } from '../shared/lazy-rows-controller.js';
import type { RoadmapEditorDraft } from './draft.js';
import type { RoadmapEditController } from './edit-controller.js';
import type { HistoryController } from './history-controller.js';
import type { LifecycleController } from './lifecycle-controller.js';
import type { ReviewController } from './review-controller.js';

/** The controllers a change passes through, each by the little it is asked. */
export interface RoadmapChangeParts {
  readonly history: HistoryController<Roadmap>;
  readonly drafts: Pick<DraftBinding<RoadmapEditorDraft>, 'edited' | 'schedule' | 'discard'>;
  readonly restore: Pick<DraftRestoreController<RoadmapEditorDraft>, 'dropStale' | 'closeRestored'>;
  readonly rows: Pick<LazyRowsController, 'watch' | 'reset'>;
  readonly reviewer: Pick<ReviewController, 'schedule'>;
  readonly edits: Pick<RoadmapEditController, 'forget'>;
  readonly lifecycle: Pick<LifecycleController, 'clearError'>;
}

/** What the change path reads from and writes to the element. */
export interface RoadmapChangeOptions {
  /** Shows `next` as the element's `roadmap`, remembered as the editor's own value. */
  readonly show: (next: Roadmap) => void;
  /** What the draft keeps now (the roadmap and the hidden remarks). */
  readonly draft: () => RoadmapEditorDraft;
  /** The parts, read when a change happens (they are built after this controller). */
  readonly parts: () => RoadmapChangeParts;
}

const activityIds = (roadmap: Roadmap): string[] =>
  roadmap.sections.flatMap((section) => section.activities.map((activity) => activity.id));

/**
 * The one path of every change to the roadmap (edit → history → shown value → draft → review →
 * `shnro-roadmap-change`), so that an edit, an undo, an imported file, a restored draft and a
 * lifecycle step each take the same steps in the same order.
 */
export class RoadmapChangeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RoadmapChangeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Changes come from the person; nothing to start.
  }

  /** Records an edit in the history (edits of one `group` merge) and publishes it. */
  commit(next: Roadmap, reason: RoadmapChangeReason, group?: string): void {
    this.options.parts().history.record(next, group);
    this.set(next, reason, { typing: group !== undefined });
  }

  /** A whole roadmap in place of the shown one (a file, a draft): new rows, recorded as one step. */
  load(next: Roadmap, reason: 'import' | 'draft', options: { save?: boolean } = {}): void {
    const { edits, rows, history } = this.options.parts();
    edits.forget();
    rows.reset(activityIds(next));
    history.record(next);
    this.set(next, reason, options);
  }

  /** One step back or forward in the history; false when there was none. */
  step(direction: 'undo' | 'redo'): boolean {
    const { history, edits } = this.options.parts();
    const present = direction === 'undo' ? history.undo() : history.redo();
    if (!present) return false;
    edits.forget();
    this.set(present, direction);
    return true;
  }

  /** A lifecycle step was taken: it is not undone with Ctrl+Z, so the history starts again. */
  transition(next: Roadmap, from: Roadmap, action: RoadmapAction): void {
    this.options.parts().history.restart(next);
    this.set(next, 'transition');
    this.host.dispatchEvent(
      new ShnroRoadmapTransitionEvent({ action, from: from.status, to: next.status, roadmap: next }),
    );
  }

  /** Back to the value the host set, recorded as an edit, and the draft deleted. */
  async backToOriginal(): Promise<void> {
    const { history, restore, edits, drafts } = this.options.parts();
    const original = history.original;
    restore.closeRestored();
    if (!original) return;
    edits.forget();
    this.commit(original, 'draft');
    await drafts.discard();
  }

  private set(
    next: Roadmap,
    reason: RoadmapChangeReason,
    options: { save?: boolean; typing?: boolean } = {},
  ): void {
    const { rows, drafts, restore, lifecycle, reviewer } = this.options.parts();
    // Rows may have appeared (undo, import, a move): light ones are watched for the viewport.
    if (!options.typing) rows.watch();
    this.options.show(next);
    drafts.edited();
    restore.dropStale();
    lifecycle.clearError();
    if (reason !== 'remark' && reason !== 'transition') reviewer.schedule();
    if (options.save !== false) drafts.schedule(this.options.draft());
    this.host.dispatchEvent(new ShnroRoadmapChangeEvent({ roadmap: next, reason }));
  }
}
