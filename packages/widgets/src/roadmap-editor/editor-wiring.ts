import {
  roadmapPermissions,
  tracksProgress,
  type CalendarDate,
  type DirectionCatalogue,
  type Roadmap,
  type RoadmapPermissions,
  type RoadmapRemark,
  type RoadmapRole,
} from '@shnro/core';
import type { DraftBinding } from '../drafts/draft-binding.js';
import type { DraftRestoreController } from '../drafts/draft-restore.js';
import { conflictDiff } from './editor-chunks.js';
import type { LazyRowsController } from '../shared/lazy-rows-controller.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { ActivityRowHandlers } from './activity-row.js';
import type { DismissalsController } from './dismissals-controller.js';
import type { RoadmapEditorDraft } from './draft.js';
import type { RoadmapEditController } from './edit-controller.js';
import type { RoadmapFileController } from './file-controller.js';
import type { FocusController } from './focus-controller.js';
import type { HistoryController } from './history-controller.js';
import type { LifecycleController } from './lifecycle-controller.js';
import type { OverrideReasonController } from './override-reason.js';
import type { PanelHandlers, PanelView } from './panels.js';
import type { Term } from './parts.js';
import { indexByPlace, type PlaceIndex } from './place-index.js';
import { placeLabel } from './place-label.js';
import type { RemarksController } from './remarks-controller.js';
import type { ReorderController } from './reorder-controller.js';
import type { ReviewController } from './review-controller.js';
import type { RowUiController } from './row-ui-controller.js';
import type { SectionListView } from './section-list.js';
import type { SectionHandlers } from './section-view.js';

/** The editor as its templates see it: its public actions and the settings they show. */
export interface EditorHost {
  readonly mode: RoadmapRole;
  readonly catalogue: DirectionCatalogue;
  readonly renderRoot: ParentNode;
  requestUpdate(): void;
  undo(): void;
  redo(): void;
  exportRoadmap(): void;
  showPrintView(on?: boolean): void;
  discardDraft(): Promise<void>;
}

/** The controllers of the editor, each owning one behaviour, that the templates call. */
export interface EditorParts {
  readonly host: EditorHost;
  readonly t: Term;
  readonly today: () => CalendarDate;
  readonly backToOriginal: () => Promise<void>;
  readonly history: HistoryController<Roadmap>;
  readonly edits: RoadmapEditController;
  readonly remarks: RemarksController;
  readonly reviewer: ReviewController;
  readonly dismissals: DismissalsController;
  readonly lifecycle: LifecycleController;
  readonly override: OverrideReasonController;
  readonly reorder: ReorderController;
  readonly files: RoadmapFileController;
  readonly restore: DraftRestoreController<RoadmapEditorDraft>;
  readonly drafts: DraftBinding<RoadmapEditorDraft>;
  readonly rows: LazyRowsController;
  readonly ui: RowUiController;
  readonly focusing: FocusController;
}

const remarkKey = (remark: RoadmapRemark) => `${remark.id}\u0000${remark.status}\u0000${remark.text}`;

/**
 * The editor's template wiring: what each part of the template shows (its view) and what it asks
 * (its handlers), and which controller does it. Views are rebuilt at each render from the
 * controllers' state; the policy and the remarks' index are kept while their inputs stay the same.
 */
export class EditorWiring {
  private remarksMemo?: { remarks: readonly RoadmapRemark[]; index: PlaceIndex<RoadmapRemark> };
  private policyMemo?: { key: string; policy: RoadmapPermissions };

  constructor(readonly parts: EditorParts) {}

  /** Who may do what on this roadmap in the element's mode (the core's `roadmapPermissions`). */
  policy(roadmap: Roadmap): RoadmapPermissions {
    const key = `${roadmap.status}\u0000${this.parts.host.mode}`;
    if (this.policyMemo?.key !== key)
      this.policyMemo = { key, policy: roadmapPermissions(roadmap, this.parts.host.mode) };
    return this.policyMemo.policy;
  }

  /** What the toolbar, notices, header, lifecycle and remarks panels show. */
  panelView(roadmap: Roadmap, locale: WidgetLocale): PanelView {
    const { lifecycle, drafts, restore, history } = this.parts;
    return {
      roadmap,
      policy: this.policy(roadmap),
      mode: this.parts.host.mode,
      locale,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      draftMessage: drafts.message,
      draftState: drafts.state,
      restored: restore.restored,
      stale: restore.stale,
      importProblem: this.parts.files.problem,
      headerProblem: this.parts.edits.headerProblem,
      transitionError: lifecycle.error,
      pendingAction: lifecycle.pending,
      orderText: lifecycle.orderText,
      overrideField: this.parts.override.render(),
      reviewCandidates: lifecycle.pending === 'return' ? this.parts.remarks.candidates(roadmap).length : 0,
      addingGeneralRemark: this.parts.remarks.addingGeneral,
      hidden: this.parts.reviewer.hidden,
      conflictDiff: this.conflictDiff(drafts.state?.status === 'conflict'),
      placeLabel: (remark) => placeLabel(roadmap, remark.target, this.parts.t),
    };
  }

  /** What the sections and their rows show. */
  sectionListView(roadmap: Roadmap, locale: WidgetLocale): SectionListView {
    const { focusing, ui, rows, edits } = this.parts;
    const policy = this.policy(roadmap);
    const mode = this.parts.host.mode;
    const progressOn = tracksProgress(roadmap.status) ? this.parts.today() : undefined;
    const review = this.parts.reviewer.byPlace;
    const remarks = this.remarksIndex(roadmap);
    return {
      roadmap,
      policy,
      mode,
      locale,
      catalogue: this.parts.host.catalogue,
      progressOn,
      review,
      remarks,
      domId: (id) => focusing.id(id),
      rowUi: (activityId) => ui.row(activityId),
      sectionUi: (sectionId) => ui.section(sectionId),
      targetText: (activityId) => this.parts.edits.targetTexts.get(activityId),
      light: (activityId) => rows.isLight(activityId),
      renderedCount: (activities) => rows.renderedCount(activities, (activity) => activity.id),
      rowsKey: [
        policy,
        mode,
        locale,
        progressOn,
        review,
        remarks,
        ui.rowStates,
        edits.targetTextsVersion,
        rows.version,
      ],
    };
  }

  /** The conflict's table when loaded; a conflict shown before it loads is drawn again once it has. */
  private conflictDiff(conflict: boolean): PanelView['conflictDiff'] {
    const loaded = conflictDiff.loaded;
    if (!loaded && conflict)
      void conflictDiff.load().then(
        () => this.parts.host.requestUpdate(),
        () => undefined,
      );
    return loaded?.roadmapConflictDiffTemplate;
  }

  private remarksIndex(roadmap: Roadmap): PlaceIndex<RoadmapRemark> {
    if (this.remarksMemo?.remarks !== roadmap.remarks) {
      this.remarksMemo = {
        remarks: roadmap.remarks,
        index: indexByPlace(roadmap.remarks, (remark) => remark.target, remarkKey, this.remarksMemo?.index),
      };
    }
    return this.remarksMemo.index;
  }

  readonly panelHandlers: PanelHandlers = {
    undo: () => this.parts.host.undo(),
    redo: () => this.parts.host.redo(),
    pickFile: () => this.parts.host.renderRoot.querySelector<HTMLInputElement>('input[data-import]')?.click(),
    file: (event) => void this.parts.files.pick(event),
    exportFile: () => this.parts.host.exportRoadmap(),
    printPreview: () => this.parts.host.showPrintView(true),
    backToOriginal: () => void this.parts.backToOriginal(),
    closeRestored: () => this.parts.restore.closeRestored(),
    openStale: () => this.parts.restore.openStale(),
    discardDraft: () => void this.parts.host.discardDraft(),
    resolveConflict: (choice) => void this.parts.drafts.resolveConflict(choice),
    closeImportProblems: () => this.parts.files.clear(),
    header: (part, value) => this.parts.edits.header(part, value),
    seal: () => this.parts.history.seal(),
    action: (action) => this.parts.lifecycle.act(action),
    cancelAction: () => this.parts.lifecycle.cancel(),
    approve: (event) => this.parts.lifecycle.approve(event),
    returnWith: (event) => this.parts.lifecycle.returnWith(event),
    orderText: (value) => this.parts.lifecycle.setOrderText(value),
    resolve: (remarkId) => this.parts.remarks.resolve(remarkId),
    goTo: (target) => this.parts.remarks.goTo(target),
    addGeneralRemark: (text) => {
      this.parts.remarks.add({}, text);
      this.parts.remarks.toggleGeneral(false);
    },
    toggleGeneralRemark: (open) => this.parts.remarks.toggleGeneral(open),
    restoreDismissal: (dismissal) => this.parts.dismissals.restore(dismissal),
  };

  readonly sectionHandlers: SectionHandlers = {
    dragOver: (event) => this.parts.reorder.overSection(event),
    drop: (event, sectionId) => this.parts.reorder.dropOnSection(event, sectionId),
    move: (sectionId, delta) => this.parts.edits.moveSectionBy(sectionId, delta),
    remove: (sectionId) => this.parts.edits.removeSection(sectionId),
    group: (sectionId, group) => this.parts.edits.sectionGroup(sectionId, group),
    direction: (sectionId, directionId) => this.parts.edits.sectionDirection(sectionId, directionId),
    title: (sectionId, value) => this.parts.edits.sectionTitle(sectionId, value),
    seal: () => this.parts.history.seal(),
    setUi: (sectionId, ui, focus) => {
      this.parts.ui.setSection(sectionId, ui);
      if (focus) this.parts.focusing.later(focus);
    },
    dismiss: (remark, reason) => this.parts.dismissals.dismiss(remark, reason),
    accept: (remark) => this.parts.remarks.accept(remark),
    addRemark: (target, text) => this.parts.remarks.add(target, text),
    resolve: (remarkId) => this.parts.remarks.resolve(remarkId),
    addActivity: (sectionId) => this.parts.edits.addActivity(sectionId),
  };

  readonly rowHandlers: ActivityRowHandlers = {
    text: (sectionId, activityId, field, value) => this.parts.edits.text(sectionId, activityId, field, value),
    form: (sectionId, activityId, value) => this.parts.edits.form(sectionId, activityId, value),
    status: (sectionId, activityId, value) => this.parts.edits.status(sectionId, activityId, value),
    target: (sectionId, activityId, part, value) =>
      this.parts.edits.target(sectionId, activityId, part, value),
    toggleTarget: (activityId, open) => {
      if ((this.parts.ui.row(activityId).targetOpen ?? false) !== open)
        this.parts.ui.patchRow(activityId, { targetOpen: open });
    },
    seal: () => this.parts.history.seal(),
    move: (sectionId, activityId, delta, control) =>
      this.parts.edits.moveActivityBy(sectionId, activityId, delta, control),
    remove: (sectionId, activityId) => this.parts.edits.removeActivity(sectionId, activityId),
    keydown: (event, sectionId, activityId) => this.parts.reorder.keydown(event, sectionId, activityId),
    dragStart: (event, sectionId, activityId) => this.parts.reorder.start(event, sectionId, activityId),
    dragEnd: () => this.parts.reorder.end(),
    dragOver: (event, activityId, row) => this.parts.reorder.overRow(event, activityId, row),
    dragLeave: (event, activityId, row) => this.parts.reorder.leaveRow(event, activityId, row),
    drop: (event, _sectionId, activityId, row) => this.parts.reorder.dropOnRow(event, activityId, row),
    focusIn: (event, activityId, row) => {
      // Focus reached a light row (Tab, «Перейти»): make it editable and put focus in its first field.
      if (!this.parts.rows.wake(activityId)) return;
      if (event.target === row) this.parts.focusing.later(this.parts.focusing.field(activityId, 'problem'));
      this.parts.host.requestUpdate();
    },
    startDismiss: (activityId, key) => {
      this.parts.ui.patchRow(activityId, { dismissing: key });
      this.parts.focusing.later(`[data-row="${this.parts.focusing.id(activityId)}"] input[name="reason"]`);
    },
    cancelDismiss: (activityId) => this.parts.ui.patchRow(activityId, { dismissing: undefined }),
    dismiss: (remark, reason) => this.parts.dismissals.dismiss(remark, reason),
    accept: (remark) => this.parts.remarks.accept(remark),
    startRemark: (activityId, open) => {
      this.parts.ui.patchRow(activityId, { addingRemark: open });
      if (open) this.parts.focusing.later(`#${this.parts.focusing.id(activityId)}-new-remark`);
    },
    addRemark: (sectionId, activityId, text) => this.parts.remarks.add({ sectionId, activityId }, text),
    resolve: (remarkId) => this.parts.remarks.resolve(remarkId),
  };
}
