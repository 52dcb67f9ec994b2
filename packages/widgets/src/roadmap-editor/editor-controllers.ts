import { canEditRoadmap, roadmapStatusLabels, sameRoadmapStage, type Roadmap } from '@shnro/core';
import { DraftBinding } from '../drafts/draft-binding.js';
import { DraftRestoreController } from '../drafts/draft-restore.js';
import { LazyRowsController } from '../shared/lazy-rows-controller.js';
import type { WidgetLocale } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { localToday } from '../shared/today.js';
import { UndoKeysController } from '../shared/undo-keys-controller.js';
import { RoadmapChangeController } from './change-controller.js';
import { DismissalsController } from './dismissals-controller.js';
import { ROADMAP_EDITOR_DRAFT_KIND, roadmapEditorDraftKinds, type RoadmapEditorDraft } from './draft.js';
import { RoadmapEditController } from './edit-controller.js';
import { EditorWiring, type EditorParts } from './editor-wiring.js';
import { RoadmapFileController } from './file-controller.js';
import { FocusController } from './focus-controller.js';
import { HistoryController } from './history-controller.js';
import { LifecycleController } from './lifecycle-controller.js';
import { OverrideReasonController } from './override-reason.js';
import type { Term } from './parts.js';
import { RemarksController } from './remarks-controller.js';
import { ReorderController } from './reorder-controller.js';
import { ReviewController } from './review-controller.js';
import type { ShnroRoadmapEditor } from './roadmap-editor.js';
import { RowUiController } from './row-ui-controller.js';

/** What the controllers need of the element beyond its public properties and methods. */
export interface EditorInside {
  readonly t: Term;
  readonly locale: () => WidgetLocale;
  /** Says `text` in the element's live region. */
  readonly announce: (text: string) => void;
  /** Shows `next` as the element's `roadmap`, remembered as the editor's own value (not the host's). */
  readonly show: (next: Roadmap) => void;
  /** Renders at once (the element's `performUpdate`): the browser lays the page out for print right away. */
  readonly renderNow: () => void;
}

/** The editor's controllers, wired to one another and to the element; the template wiring over them. */
export interface EditorControllers extends EditorParts {
  readonly changes: RoadmapChangeController;
  readonly print: PrintController;
  readonly undoKeys: UndoKeysController;
  readonly wiring: EditorWiring;
}

/**
 * Builds the controllers of `<shnro-roadmap-editor>`, each owning one behaviour and tested alone,
 * and says what each reads and asks. They are added to the element in this order, which is the
 * order Lit calls their hooks in.
 */
export function createEditorControllers(host: ShnroRoadmapEditor, inside: EditorInside): EditorControllers {
  const { t, announce } = inside;
  const date = () => host.today ?? localToday();
  const draftData = (): RoadmapEditorDraft => ({
    roadmap: host.roadmap as Roadmap,
    dismissed: host.dismissedRemarks,
  });
  const applyDraft = (data: RoadmapEditorDraft) => {
    host.dismissedRemarks = [...data.dismissed];
    changes.load(data.roadmap, 'draft', { save: false });
  };

  const focusing = new FocusController(host);
  const changes: RoadmapChangeController = new RoadmapChangeController(host, {
    show: inside.show,
    draft: draftData,
    parts: () => wiring.parts,
  });
  // A reviewer does not undo the school's typing, nor the school a reviewer's remark.
  const history = new HistoryController<Roadmap>(
    host,
    () => host.roadmap !== undefined && canEditRoadmap(wiring.policy(host.roadmap)),
  );
  const reviewer = new ReviewController(host, {
    roadmap: () => host.roadmap,
    catalogue: () => host.catalogue,
    options: () => host.reviewOptions,
    dismissals: () => host.dismissedRemarks,
    delay: () => host.reviewDelay,
  });
  const ui = new RowUiController(host);
  const edits = new RoadmapEditController(host, {
    roadmap: () => host.roadmap,
    catalogue: () => host.catalogue,
    locale: inside.locale,
    t: (key, values) => t(key, values),
    commit: (next, reason, group) => changes.commit(next, reason, group),
    announce,
    focus: (selector) => focusing.later(selector),
    domId: (id) => focusing.id(id),
    wake: (activityId) => void rows.wake(activityId),
    focusedControl: () => focusing.focusedControl(),
  });
  const remarks = new RemarksController(host, {
    roadmap: () => host.roadmap,
    reviewerName: () => host.reviewerName,
    date,
    locale: inside.locale,
    t: (key, values) => t(key, values),
    review: () => reviewer.shown,
    commit: (next, reason) => changes.commit(next, reason),
    announce,
    closeRemarkForm: (activityId) => ui.patchRow(activityId, { addingRemark: false }),
    root: () => host.renderRoot,
    domId: (id) => focusing.id(id),
    focus: (selector) => focusing.later(selector),
  });
  const override = new OverrideReasonController(host);
  const dismissals = new DismissalsController(host, {
    roadmap: () => host.roadmap,
    list: () => host.dismissedRemarks,
    keep: (list) => {
      host.dismissedRemarks = list;
      reviewer.refilter();
      drafts.schedule(draftData());
    },
    date,
    author: () => host.authorName || undefined,
    closeForm: ({ activityId, sectionId, field }) => {
      if (activityId !== undefined) {
        ui.patchRow(activityId, { dismissing: undefined });
        focusing.later(focusing.field(activityId, field));
      } else {
        ui.patchSection(sectionId, { dismissing: undefined });
        focusing.later(`#${focusing.id(sectionId)}-title`);
      }
    },
    announce,
    t: (key, values) => t(key, values),
  });
  const lifecycle = new LifecycleController(host, {
    roadmap: () => host.roadmap,
    mode: () => host.mode,
    by: () => (host.mode === 'reviewer' ? host.reviewerName : host.authorName),
    date,
    locale: inside.locale,
    reviewRemarks: (roadmap) => remarks.candidatesAsRemarks(roadmap),
    taken: (next, from, action) => {
      changes.transition(next, from, action);
      announce(t('transitioned', { status: roadmapStatusLabels[next.status][inside.locale()] }));
    },
    focus: (selector) => focusing.later(selector),
    override,
  });
  const restore = new DraftRestoreController<RoadmapEditorDraft>(host, {
    apply: applyDraft,
    overValue: () => host.roadmap !== undefined,
    // A draft written at another lifecycle step is offered, not applied.
    fits: (data) => !host.roadmap || sameRoadmapStage(data.roadmap, host.roadmap),
    same: (data) => host.roadmap !== undefined && JSON.stringify(data) === JSON.stringify(draftData()),
  });
  const drafts = new DraftBinding<RoadmapEditorDraft>(host, {
    kind: ROADMAP_EDITOR_DRAFT_KIND,
    migrations: roadmapEditorDraftKinds,
    enabled: () => host.mode !== 'readonly',
    title: (data) => host.draftTitle ?? `${t('printTitle')}: ${data.roadmap.school.name}`,
    current: () => (host.roadmap ? draftData() : undefined),
    found: (data, at) => restore.found(data, at),
    takeTheirs: applyDraft,
  });
  // A large roadmap: rows far from the viewport render as light text cards.
  const rows = new LazyRowsController(host, {
    selector: 'li[data-light]',
    idOf: (row) => (row as HTMLElement).dataset['activity'],
    contentVisibility: true,
    renderAtFirst: 100,
  });
  const reorder = new ReorderController(host, {
    roadmap: () => host.roadmap,
    enabled: () => host.roadmap !== undefined && wiring.policy(host.roadmap).content,
    markEdge: (activityId, edge) => ui.markDrop(activityId, edge),
    clearEdges: () => ui.clearDrops(),
    moveTo: (from, sectionId, index) => edits.dropAt(from, sectionId, index),
    moveBy: (sectionId, activityId, delta) => edits.moveActivityBy(sectionId, activityId, delta),
  });
  const files = new RoadmapFileController(host, {
    roadmap: () => host.roadmap,
    locale: inside.locale,
    t: (key, values) => t(key, values),
    loaded: (roadmap, name) => {
      changes.load(roadmap, 'import');
      announce(t('imported', { name }));
    },
  });
  const print = new PrintController(host, inside.renderNow);
  // Text not yet part of the roadmap (a remark, a reason, an order) keeps the browser's own undo.
  const undoKeys = new UndoKeysController(host, {
    enabled: () => host.mode !== 'readonly',
    undo: () => host.undo(),
    redo: () => host.redo(),
    nativeWithin: '.inline-form',
  });
  const parts: EditorParts = {
    host,
    t,
    today: date,
    backToOriginal: () => changes.backToOriginal(),
    history,
    edits,
    remarks,
    reviewer,
    dismissals,
    lifecycle,
    override,
    reorder,
    files,
    restore,
    drafts,
    rows,
    ui,
    focusing,
  };
  const wiring: EditorWiring = new EditorWiring(parts);
  return { ...parts, changes, print, undoKeys, wiring };
}
