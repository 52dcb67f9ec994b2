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

  constructor(private readonly p: EditorParts) {}

  /** Who may do what on this roadmap in the element's mode (the core's `roadmapPermissions`). */
  policy(roadmap: Roadmap): RoadmapPermissions {
    const key = `${roadmap.status}\u0000${this.p.host.mode}`;
    if (this.policyMemo?.key !== key)
      this.policyMemo = { key, policy: roadmapPermissions(roadmap, this.p.host.mode) };
    return this.policyMemo.policy;
  }

  /** What the toolbar, notices, header, lifecycle and remarks panels show. */
  panelView(roadmap: Roadmap, locale: WidgetLocale): PanelView {
    const { lifecycle, drafts, restore, history } = this.p;
    return {
      roadmap,
      policy: this.policy(roadmap),
      mode: this.p.host.mode,
      locale,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      draftMessage: drafts.message,
      draftState: drafts.state,
      restored: restore.restored,
      stale: restore.stale,
      importProblem: this.p.files.problem,
      headerProblem: this.p.edits.headerProblem,
      transitionError: lifecycle.error,
      pendingAction: lifecycle.pending,
      orderText: lifecycle.orderText,
      overrideField: this.p.override.render(),
      reviewCandidates: lifecycle.pending === 'return' ? this.p.remarks.candidates(roadmap).length : 0,
      addingGeneralRemark: this.p.remarks.addingGeneral,
      hidden: this.p.reviewer.hidden,
      placeLabel: (remark) => placeLabel(roadmap, remark.target, this.p.t),
    };
  }

  /** What the sections and their rows show. */
  sectionListView(roadmap: Roadmap, locale: WidgetLocale): SectionListView {
    const { focusing, ui } = this.p;
    return {
      roadmap,
      policy: this.policy(roadmap),
      mode: this.p.host.mode,
      locale,
      catalogue: this.p.host.catalogue,
      progressOn: tracksProgress(roadmap.status) ? this.p.today() : undefined,
      review: this.p.reviewer.byPlace,
      remarks: this.remarksIndex(roadmap),
      domId: (id) => focusing.id(id),
      rowUi: (activityId) => ui.row(activityId),
      sectionUi: (sectionId) => ui.section(sectionId),
      targetText: (activityId) => this.p.edits.targetTexts.get(activityId),
      light: (activityId) => this.p.rows.isLight(activityId),
    };
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
    undo: () => this.p.host.undo(),
    redo: () => this.p.host.redo(),
    pickFile: () => this.p.host.renderRoot.querySelector<HTMLInputElement>('input[data-import]')?.click(),
    file: (event) => void this.p.files.pick(event),
    exportFile: () => this.p.host.exportRoadmap(),
    printPreview: () => this.p.host.showPrintView(true),
    backToOriginal: () => void this.p.backToOriginal(),
    closeRestored: () => this.p.restore.closeRestored(),
    openStale: () => this.p.restore.openStale(),
    discardDraft: () => void this.p.host.discardDraft(),
    resolveConflict: (choice) => void this.p.drafts.resolveConflict(choice),
    closeImportProblems: () => this.p.files.clear(),
    header: (part, value) => this.p.edits.header(part, value),
    seal: () => this.p.history.seal(),
    action: (action) => this.p.lifecycle.act(action),
    cancelAction: () => this.p.lifecycle.cancel(),
    approve: (event) => this.p.lifecycle.approve(event),
    returnWith: (event) => this.p.lifecycle.returnWith(event),
    orderText: (value) => this.p.lifecycle.setOrderText(value),
    resolve: (remarkId) => this.p.remarks.resolve(remarkId),
    goTo: (target) => this.p.remarks.goTo(target),
    addGeneralRemark: (text) => {
      this.p.remarks.add({}, text);
      this.p.remarks.toggleGeneral(false);
    },
    toggleGeneralRemark: (open) => this.p.remarks.toggleGeneral(open),
    restoreDismissal: (dismissal) => this.p.dismissals.restore(dismissal),
  };

  readonly sectionHandlers: SectionHandlers = {
    dragOver: (event) => this.p.reorder.overSection(event),
    drop: (event, sectionId) => this.p.reorder.dropOnSection(event, sectionId),
    move: (sectionId, delta) => this.p.edits.moveSectionBy(sectionId, delta),
    remove: (sectionId) => this.p.edits.removeSection(sectionId),
    group: (sectionId, group) => this.p.edits.sectionGroup(sectionId, group),
    direction: (sectionId, directionId) => this.p.edits.sectionDirection(sectionId, directionId),
    title: (sectionId, value) => this.p.edits.sectionTitle(sectionId, value),
    seal: () => this.p.history.seal(),
    setUi: (sectionId, ui, focus) => {
      this.p.ui.setSection(sectionId, ui);
      if (focus) this.p.focusing.later(focus);
    },
    dismiss: (remark, reason) => this.p.dismissals.dismiss(remark, reason),
    accept: (remark) => this.p.remarks.accept(remark),
    addRemark: (target, text) => this.p.remarks.add(target, text),
    resolve: (remarkId) => this.p.remarks.resolve(remarkId),
    addActivity: (sectionId) => this.p.edits.addActivity(sectionId),
  };

  readonly rowHandlers: ActivityRowHandlers = {
    text: (sectionId, activityId, field, value) => this.p.edits.text(sectionId, activityId, field, value),
    form: (sectionId, activityId, value) => this.p.edits.form(sectionId, activityId, value),
    status: (sectionId, activityId, value) => this.p.edits.status(sectionId, activityId, value),
    target: (sectionId, activityId, part, value) => this.p.edits.target(sectionId, activityId, part, value),
    toggleTarget: (activityId, open) => {
      if ((this.p.ui.row(activityId).targetOpen ?? false) !== open)
        this.p.ui.patchRow(activityId, { targetOpen: open });
    },
    seal: () => this.p.history.seal(),
    move: (sectionId, activityId, delta, control) =>
      this.p.edits.moveActivityBy(sectionId, activityId, delta, control),
    remove: (sectionId, activityId) => this.p.edits.removeActivity(sectionId, activityId),
    keydown: (event, sectionId, activityId) => this.p.reorder.keydown(event, sectionId, activityId),
    dragStart: (event, sectionId, activityId) => this.p.reorder.start(event, sectionId, activityId),
    dragEnd: () => this.p.reorder.end(),
    dragOver: (event, activityId) => this.p.reorder.overRow(event, activityId),
    dragLeave: (event, activityId) => this.p.reorder.leaveRow(event, activityId),
    drop: (event, _sectionId, activityId) => this.p.reorder.dropOnRow(event, activityId),
    focusIn: (event, activityId) => {
      // Focus reached a light row (Tab, «Перейти»): make it editable and put focus in its first field.
      if (!this.p.rows.wake(activityId)) return;
      if (event.target === event.currentTarget)
        this.p.focusing.later(this.p.focusing.field(activityId, 'problem'));
      this.p.host.requestUpdate();
    },
    startDismiss: (activityId, key) => {
      this.p.ui.patchRow(activityId, { dismissing: key });
      this.p.focusing.later(`[data-row="${this.p.focusing.id(activityId)}"] input[name="reason"]`);
    },
    cancelDismiss: (activityId) => this.p.ui.patchRow(activityId, { dismissing: undefined }),
    dismiss: (remark, reason) => this.p.dismissals.dismiss(remark, reason),
    accept: (remark) => this.p.remarks.accept(remark),
    startRemark: (activityId, open) => {
      this.p.ui.patchRow(activityId, { addingRemark: open });
      if (open) this.p.focusing.later(`#${this.p.focusing.id(activityId)}-new-remark`);
    },
    addRemark: (sectionId, activityId, text) => this.p.remarks.add({ sectionId, activityId }, text),
    resolve: (remarkId) => this.p.remarks.resolve(remarkId),
  };
}
