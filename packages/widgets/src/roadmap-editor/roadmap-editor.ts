import {
  acceptReviewRemarks,
  canEditRoadmap,
  createActivity,
  createRemark,
  dismissalOf,
  freshId,
  roadmapPermissions,
  sameRoadmapStage,
  tracksProgress,
  unacceptedReviewRemarks,
  usedIds,
  withDismissal,
  withoutDismissal,
  isReviewRemarkAccepted,
  deadlineContextOf,
  defaultDirectionCatalogue,
  findDirection,
  measurableTargetSchema,
  openRemarks,
  parseDeadline,
  parseOrderReference,
  parseOrExplain,
  refreshDeadlines,
  resolveRemark,
  roadmapSchema,
  roadmapStatusLabels,
  transitionRoadmap,
  type ActivityForm,
  type ActivityStatus,
  type CalendarDate,
  type RemarkDismissal,
  type DirectionCatalogue,
  type MeasurableTarget,
  type RemarkTarget,
  type ReviewOptions,
  type ReviewRemark,
  type Roadmap,
  type RoadmapAction,
  type RoadmapPermissions,
  type RoadmapRemark,
  type RoadmapRole,
  type RoadmapSection,
  type RoadmapTransitionResult,
  type TargetGroup,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { DraftBinding } from '../drafts/draft-binding.js';
import type { DraftState, DraftStore } from '../drafts/types.js';
import { downloadFile } from '../shared/download.js';
import { LazyRowsController } from '../shared/lazy-rows-controller.js';
import { LocalizeController, type WidgetLocale } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { readTypedNumber } from '../shared/typed-number.js';
import { UndoKeysController } from '../shared/undo-keys-controller.js';
import {
  activityNumber,
  activityRowTemplate,
  targetTextOf,
  type ActivityRowHandlers,
  type ActivityTextField,
  type RowUi,
  type TargetText,
} from './activity-row.js';
import { ROADMAP_EDITOR_DRAFT_KIND, roadmapEditorDraftKinds, type RoadmapEditorDraft } from './draft.js';
import {
  appendRemarks,
  findActivity,
  insertActivity,
  type FoundActivity,
  insertSection,
  moveActivity,
  moveSection,
  removeActivity,
  removeSection,
  updateActivity,
  updateSection,
  withOptionalText,
} from './edit.js';
import {
  ShnroRemarkDismissedEvent,
  ShnroRemarkRestoredEvent,
  ShnroRoadmapChangeEvent,
  ShnroRoadmapTransitionEvent,
  type RoadmapChangeReason,
} from '../events/roadmap.js';
import { recordEdit, redoEdit, sealHistory, startHistory, undoEdit, type EditHistory } from './history.js';
import { readRoadmapJson, roadmapFile, type RoadmapImportResult } from './io.js';
import { roadmapEditorMessages } from './messages.js';
import type { Term } from './parts.js';
import { indexByPlace, type PlaceIndex } from './place-index.js';
import {
  dismissedTemplate,
  draftNoticesTemplate,
  headerTemplate,
  historyTemplate,
  importProblemsTemplate,
  lifecycleTemplate,
  remarksPanelTemplate,
  toolbarTemplate,
  type PanelHandlers,
  type PanelView,
} from './panels.js';
import { printViewTemplate } from './print-view.js';
import { ReorderController, type DropEdge } from './reorder-controller.js';
import { ReviewController } from './review-controller.js';
import { sectionTemplate, type SectionHandlers, type SectionUi } from './section-view.js';
import { roadmapEditorStyles } from './roadmap-editor.styles.js';

/** A new roadmap is reviewed just after its first paint, so that the review never delays it. */
const FIRST_REVIEW_DELAY = 50;
const none: readonly never[] = Object.freeze([]);
const noUi: RowUi = Object.freeze({});

const activityIds = (roadmap: Roadmap | undefined): string[] =>
  roadmap?.sections.flatMap((section) => section.activities.map((activity) => activity.id)) ?? [];
const remarkKey = (remark: RoadmapRemark) => `${remark.id}\u0000${remark.status}\u0000${remark.text}`;

/** Today in the browser's time zone, as a calendar date. */
function localToday(): CalendarDate {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * @tagname shnro-roadmap-editor
 * @summary The school roadmap editor (редактор дорожной карты): sections by direction of work,
 * activities with problem, form, planned result, measurable target, deadline typed in Russian and
 * shown as dates, responsible person and status; the core's automatic review beside each field as
 * the person types; reviewer's remarks; the lifecycle from draft to report; drafts, undo/redo,
 * JSON import/export and a print view laid out like the seeds' roadmaps.
 *
 * Every rule comes from `@shnro/core`: deadlines are read by `parseDeadline`, remarks come from
 * `reviewRoadmap`, transitions from `transitionRoadmap`, files are checked by `roadmapSchema`.
 * The element only arranges, edits lists and remembers. Free text is always rendered as text.
 *
 * Set `.roadmap`; read it back (or listen to `shnro-roadmap-change`). `mode="author"` lets the
 * school write while the roadmap is a draft or returned; `mode="reviewer"` lets a methodologist
 * add and resolve remarks while it is submitted, return it or approve it with an order;
 * `mode="readonly"` only shows. With `document-id` it keeps a draft in the browser (IndexedDB).
 *
 * Keyboard: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo; Alt+↑ / Alt+↓ on an activity moves it.
 *
 * @event {ShnroRoadmapChangeEvent} shnro-roadmap-change - The person changed the roadmap; `detail: {roadmap, reason}`.
 * @event {ShnroRoadmapTransitionEvent} shnro-roadmap-transition - A lifecycle step was taken; `detail: {action, from, to, roadmap}`.
 * @event {ShnroRemarkDismissedEvent} shnro-remark-dismissed - An automatic review remark was hidden with a reason.
 * @event {ShnroRemarkRestoredEvent} shnro-remark-restored - A hidden review remark is shown again.
 * @event {ShnroDraftSavedEvent} shnro-draft-saved - The draft was saved.
 * @event {ShnroDraftRestoredEvent} shnro-draft-restored - A saved draft was brought back into the editor.
 * @event {ShnroDraftConflictEvent} shnro-draft-conflict - Another tab saved this document; the editor lets the person choose.
 * @event {ShnroDraftStorageUnavailableEvent} shnro-draft-storage-unavailable - Drafts are kept in memory only; the editor says so.
 * @event {ShnroDraftDiscardedEvent} shnro-draft-discarded - The draft was deleted.
 * @event {ShnroDraftQuarantinedEvent} shnro-draft-quarantined - A stored draft could not be used and was kept aside.
 *
 * @csspart toolbar - Undo, redo, file and print buttons with the draft status.
 * @csspart button - Every text button; also `undo`, `redo`, `import`, `export`, `print-preview`, `action`, …
 * @csspart icon-button - The move and delete buttons of an activity or section.
 * @csspart draft-status - The line saying where the draft is.
 * @csspart notice - A notice: a restored or stale draft, an imported file.
 * @csspart import-problems - Why a file was not loaded, with the core's issues by field path.
 * @csspart header - The title, school and period.
 * @csspart lifecycle - The status, version, approving order and lifecycle buttons.
 * @csspart status - The status badge.
 * @csspart remarks-panel - The reviewer's remarks listed at the top.
 * @csspart section - One section (раздел).
 * @csspart activities - The list of a section's activities.
 * @csspart activity - One activity card.
 * @csspart drag-handle - The handle an activity is dragged by.
 * @csspart input - Every text field and select.
 * @csspart deadline-parsed - The dates a deadline was read as, or why it was not.
 * @csspart remark - Any remark; also `review-remark` and `reviewer-remark`, `reviewer-remark-open`.
 * @csspart severity - The severity word of a review remark.
 * @csspart target - The measurable target of an activity.
 * @csspart progress - The deadline status of an activity while the roadmap is carried out.
 * @csspart print-view - The print version; `print-table` for each section's table.
 * @csspart quarantine - A stored draft that could not be opened, with its text (also `notice`).
 * @csspart conflict-diff - The table of what differs from the other tab's version.
 *
 * @cssprop --shnro-font-family - Font family.
 * @cssprop --shnro-font-size - Base font size.
 * @cssprop --shnro-color-text - Text colour.
 * @cssprop --shnro-color-text-muted - Hints, labels and resolved remarks.
 * @cssprop --shnro-color-surface - Card background.
 * @cssprop --shnro-color-surface-alt - Section and panel background.
 * @cssprop --shnro-color-border - Borders of cards and fields.
 * @cssprop --shnro-color-accent - Buttons, focus and the drop marker.
 * @cssprop --shnro-color-danger - Errors and delete buttons.
 * @cssprop --shnro-color-warning - Review remarks and open reviewer's remarks.
 * @cssprop --shnro-color-success - Saved drafts, approved roadmaps, done activities.
 * @cssprop --shnro-radius - Corner radius.
 * @cssprop --shnro-space - Base spacing unit.
 */
export class ShnroRoadmapEditor extends LitElement {
  static override styles = [themeStyles, roadmapEditorStyles];

  /** The roadmap (дорожная карта): set it to load one; it holds every edit the person makes. */
  @property({ attribute: false }) roadmap?: Roadmap;

  /** `author` (the school writes), `reviewer` (the methodologist reviews), `readonly`. */
  @property({ reflect: true }) mode: RoadmapRole = 'author';

  /** The document the drafts belong to (the roadmap's id on the portal); no drafts without it. */
  @property({ attribute: 'document-id' }) documentId?: string;

  /** Partition of the drafts, such as the portal user's id. */
  @property({ attribute: 'draft-scope' }) draftScope = '';

  /** The title the drafts list shows; «Дорожная карта: <школа>» by default. */
  @property({ attribute: 'draft-title' }) draftTitle?: string;

  /** The IndexedDB database of drafts (`shnro-drafts`). */
  @property({ attribute: 'draft-database' }) draftDatabase?: string;

  /** A drafts store the page shares with `<shnro-draft-list>`; the editor then opens none itself. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** The directions of work sections are chosen from (the core's seed 000 catalogue by default). */
  @property({ attribute: false }) catalogue: DirectionCatalogue = defaultDirectionCatalogue;

  /** The region's review configuration, passed to the core's `reviewRoadmap`. */
  @property({ attribute: false }) reviewOptions?: ReviewOptions;

  /** Automatic remarks hidden with a reason; in and out, also kept in the draft. */
  @property({ attribute: false }) dismissedRemarks: readonly RemarkDismissal[] = [];

  /** The reviewer's name, written on remarks and on the return and approval. */
  @property({ attribute: 'reviewer-name' }) reviewerName = '';

  /** The school-side author's name, written on submissions and hidden remarks. */
  @property({ attribute: 'author-name' }) authorName = '';

  /** The date written on remarks and transitions, `YYYY-MM-DD`; today by default. */
  @property() today?: CalendarDate;

  /** Quiet time after typing before the automatic review runs, in milliseconds. */
  @property({ type: Number, attribute: 'review-delay' }) reviewDelay = 300;

  @state() private history?: EditHistory<Roadmap>;
  @state() private rowUi: ReadonlyMap<string, RowUi> = new Map();
  @state() private sectionUi: ReadonlyMap<string, SectionUi> = new Map();
  @state() private announcement = '';
  @state() private importProblem?: { message: string; issues: readonly { path: string; message: string }[] };
  @state() private headerProblem?: string;
  @state() private transitionError?: string;
  @state() private pendingAction?: 'approve' | 'return';
  @state() private orderText = '';
  @state() private restored?: { at: number; overValue: boolean };
  @state() private stale?: { data: RoadmapEditorDraft; at: number };
  @state() private addingGeneralRemark = false;

  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  private readonly t: Term = (key, values) => this.localize.term(key, values);
  /** The value the editor last set or accepted: another value in `roadmap` came from the host. */
  private committed?: Roadmap;
  /** The value the host last set, for «Вернуть исходную версию». */
  private original?: Roadmap;
  private remarksMemo?: { remarks: readonly RoadmapRemark[]; index: PlaceIndex<RoadmapRemark> };
  private policyMemo?: { key: string; policy: RoadmapPermissions };
  private readonly domIds = new Map<string, string>();
  private readonly targetTexts = new Map<string, TargetText>();
  private focusAfter?: string;
  private readonly reviewer = new ReviewController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => this.catalogue,
    options: () => this.reviewOptions,
    dismissals: () => this.dismissedRemarks,
    delay: () => this.reviewDelay,
  });
  private readonly drafts = new DraftBinding<RoadmapEditorDraft>(this, {
    kind: ROADMAP_EDITOR_DRAFT_KIND,
    migrations: roadmapEditorDraftKinds,
    enabled: () => this.mode !== 'readonly',
    title: (data) => this.draftTitle ?? `${this.t('printTitle')}: ${data.roadmap.school.name}`,
    current: () => (this.roadmap ? this.draftData() : undefined),
    found: (data, at) => this.onDraftFound(data, at),
    takeTheirs: (data) => this.applyDraft(data),
  });
  /** A large roadmap: rows far from the viewport render as light text cards. */
  private readonly rows = new LazyRowsController(this, {
    selector: 'li[data-light]',
    idOf: (row) => (row as HTMLElement).dataset['activity'],
  });
  private readonly reorder = new ReorderController(this, {
    roadmap: () => this.roadmap,
    enabled: () => this.roadmap !== undefined && this.policy(this.roadmap).content,
    markEdge: (activityId, edge) => this.setDropEdge(activityId, edge),
    clearEdges: () => this.clearDropEdges(),
    moveTo: (from, sectionId, index) => this.dropAt(from, sectionId, index),
    moveBy: (sectionId, activityId, delta) => this.moveBy(sectionId, activityId, delta),
  });
  private readonly print = new PrintController(this, () => this.performUpdate());
  // Text not yet part of the roadmap (a remark, a reason, an order) keeps the browser's own undo.
  private readonly undoKeys = new UndoKeysController(this, {
    enabled: () => this.mode !== 'readonly',
    undo: () => this.undo(),
    redo: () => this.redo(),
    nativeWithin: '.inline-form',
  });

  // ——— public API ———

  /** The automatic review's remarks now shown (hidden ones left out), from the last review run. */
  get reviewRemarks(): readonly ReviewRemark[] {
    return this.reviewer.shown;
  }

  /** Runs the automatic review now and returns the remarks it shows. */
  runReview(): readonly ReviewRemark[] {
    return this.reviewer.run();
  }

  /** Whether there is an edit to undo (and the mode lets this person edit at all). */
  get canUndo(): boolean {
    return this.editing && (this.history?.past.length ?? 0) > 0;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.editing && (this.history?.future.length ?? 0) > 0;
  }

  /** A reviewer does not undo the school's typing, nor the school a reviewer's remark. */
  private get editing(): boolean {
    const roadmap = this.roadmap;
    if (!roadmap) return false;
    return canEditRoadmap(this.policy(roadmap));
  }

  /** Undoes the last edit (typing in one field counts as one edit). */
  undo(): void {
    if (!this.history || !this.canUndo) return;
    this.history = undoEdit(this.history);
    this.targetTexts.clear();
    this.setValue(this.history.present, 'undo');
    this.announce(this.t('undone'));
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (!this.history || !this.canRedo) return;
    this.history = redoEdit(this.history);
    this.targetTexts.clear();
    this.setValue(this.history.present, 'redo');
    this.announce(this.t('redone'));
  }

  /**
   * Loads a roadmap from JSON text, checked by the core's `roadmapSchema`. A bad file changes
   * nothing: the editor shows why, field by field, and the result says so too.
   */
  importRoadmap(text: string, fileName = 'roadmap.json'): RoadmapImportResult {
    const result = readRoadmapJson(text, this.localize.locale);
    if (!result.ok) {
      this.importProblem = {
        message: this.t(result.reason === 'not-json' ? 'importNotJson' : 'importInvalid', { name: fileName }),
        issues: result.issues,
      };
      return result;
    }
    this.importProblem = undefined;
    this.targetTexts.clear();
    this.rows.reset(activityIds(result.roadmap));
    this.commit(result.roadmap, 'import');
    this.announce(this.t('imported', { name: fileName }));
    return result;
  }

  /** Downloads the roadmap as `roadmap-<школа>.json`. */
  exportRoadmap(): void {
    if (!this.roadmap) return;
    const { file, name } = roadmapFile(this.roadmap);
    downloadFile(file, name);
  }

  /** Shows the print version in place of the editor (or the editor again). */
  showPrintView(on = true): void {
    this.print.show(on);
  }

  /** What the draft is doing now (`saved`, `conflict`…), or undefined without drafts. */
  get draftState(): DraftState<RoadmapEditorDraft> | undefined {
    return this.drafts.state;
  }

  /** Writes pending edits to the draft now. */
  async saveDraft(): Promise<void> {
    await this.drafts.flush();
  }

  /** Deletes the stored draft (call it once the server has stored the roadmap); the editor keeps what it shows. */
  async discardDraft(): Promise<void> {
    this.restored = undefined;
    this.stale = undefined;
    await this.drafts.discard();
  }

  // ——— lifecycle of the element ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roadmap') && this.roadmap !== this.committed) {
      // A value from the host: a new document, so a new history.
      this.committed = this.roadmap;
      this.original = this.roadmap;
      this.history = this.roadmap ? startHistory(this.roadmap) : undefined;
      this.targetTexts.clear();
      this.rows.reset(activityIds(this.roadmap));
      this.importProblem = undefined;
      this.transitionError = undefined;
      this.pendingAction = undefined;
      this.reviewer.schedule(FIRST_REVIEW_DELAY);
    }
    if (changed.has('catalogue') || changed.has('reviewOptions')) this.reviewer.schedule(FIRST_REVIEW_DELAY);
    if (changed.has('dismissedRemarks')) this.reviewer.refilter();
    const draftProps = ['documentId', 'draftScope', 'draftDatabase', 'draftStore', 'mode'] as const;
    if (draftProps.some((name) => changed.has(name))) this.drafts.sync();
  }

  protected override updated(): void {
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      target?.focus();
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const roadmap = this.roadmap;
    if (!roadmap) return html`<p class="empty">${this.t('noRoadmap')}</p>`;
    const locale = this.localize.locale;
    const policy = this.policy(roadmap);
    const view = this.panelView(roadmap, policy, locale);
    const h = this.panelHandlers;
    const t = this.t;
    return html`
      <div class="screen" ?hidden=${this.print.preview}>
        ${toolbarTemplate(view, h, t)} ${draftNoticesTemplate(view, h, t)} ${this.drafts.notices(locale)}
        ${importProblemsTemplate(view, h, t)} ${headerTemplate(view, h, t)} ${lifecycleTemplate(view, h, t)}
        ${remarksPanelTemplate(view, h, t)}
        <p class="summary" part="summary">
          ${t('summary', {
            sections: roadmap.sections.length,
            activities: roadmap.sections.reduce((sum, section) => sum + section.activities.length, 0),
            review: this.reviewer.shown.length,
            open: openRemarks(roadmap).length,
          })}
        </p>
        <div class="sections">
          ${repeat(
            roadmap.sections,
            (section) => section.id,
            (section, index) => this.renderSection(roadmap, section, index, policy, locale),
          )}
        </div>
        ${roadmap.sections.length === 0 ? html`<p class="empty">${t('emptyRoadmap')}</p>` : nothing}
        ${
          policy.content
            ? html`<button
                type="button"
                class="add-section"
                part="button add-section"
                @click=${this.addSection}
              >
                + ${t('addSection')}
              </button>`
            : nothing
        }
        ${dismissedTemplate(view, h, t)} ${historyTemplate(view, t)}
      </div>
      ${
        this.print.rendered
          ? html`<div class="print-wrap">
              <div class="print-toolbar">
                <button type="button" part="button print" @click=${() => window.print()}>
                  ${t('print')}
                </button>
                <button type="button" part="button back" @click=${() => this.closePrintView()}>
                  ${t('backToEditor')}
                </button>
              </div>
              ${printViewTemplate(roadmap, this.catalogue, locale, t)}
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" data-live>${this.announcement}</div>
    `;
  }

  private panelView(roadmap: Roadmap, policy: RoadmapPermissions, locale: WidgetLocale): PanelView {
    return {
      roadmap,
      policy,
      mode: this.mode,
      locale,
      canUndo: this.canUndo,
      canRedo: this.canRedo,
      draftMessage: this.drafts.message,
      draftState: this.drafts.state,
      restored: this.restored,
      stale: this.stale,
      importProblem: this.importProblem,
      headerProblem: this.headerProblem,
      transitionError: this.transitionError,
      pendingAction: this.pendingAction,
      orderText: this.orderText,
      reviewCandidates: this.pendingAction === 'return' ? this.reviewCandidates(roadmap).length : 0,
      addingGeneralRemark: this.addingGeneralRemark,
      hidden: this.reviewer.hidden,
      placeLabel: (remark) => this.placeLabel(roadmap, remark),
    };
  }

  private renderSection(
    roadmap: Roadmap,
    section: RoadmapSection,
    sectionIndex: number,
    policy: RoadmapPermissions,
    locale: WidgetLocale,
  ): TemplateResult {
    const number = sectionIndex + 1;
    const remarks = this.remarksIndex(roadmap);
    const progressOn = this.progressOn(roadmap);
    const count = section.activities.length;
    const rows = repeat(
      section.activities,
      (activity) => activity.id,
      (activity, index) => {
        const data = {
          sectionId: section.id,
          sectionNumber: number,
          activity,
          index,
          count,
          domId: this.domId(activity.id),
          review: this.reviewer.byPlace.byActivity.get(activity.id) ?? none,
          remarks: remarks.byActivity.get(activity.id) ?? none,
          policy,
          mode: this.mode,
          locale,
          ui: this.rowUi.get(activity.id) ?? noUi,
          targetText: this.targetTexts.get(activity.id),
          progressOn,
          light: this.rows.isLight(activity.id),
        };
        // A row renders again only when something it shows changed: typing in one of a
        // thousand activities renders one row.
        return guard(Object.values(data), () => activityRowTemplate(data, this.rowHandlers, this.t));
      },
    );
    return sectionTemplate(
      {
        section,
        index: sectionIndex,
        count: roadmap.sections.length,
        domId: this.domId(section.id),
        policy,
        mode: this.mode,
        locale,
        catalogue: this.catalogue,
        ui: this.sectionUi.get(section.id) ?? {},
        review: this.reviewer.byPlace.bySection.get(section.id) ?? none,
        remarks: remarks.bySection.get(section.id) ?? none,
        accepted: (remark) => isReviewRemarkAccepted(roadmap.remarks, remark),
      },
      this.sectionHandlers,
      this.t,
      rows,
    );
  }

  private readonly panelHandlers: PanelHandlers = {
    undo: () => this.undo(),
    redo: () => this.redo(),
    pickFile: () => this.renderRoot.querySelector<HTMLInputElement>('input[data-import]')?.click(),
    file: (event) => void this.onFile(event),
    exportFile: () => this.exportRoadmap(),
    printPreview: () => this.showPrintView(true),
    backToOriginal: () => void this.backToOriginal(),
    closeRestored: () => (this.restored = undefined),
    openStale: () => this.openStale(),
    discardDraft: () => void this.discardDraft(),
    resolveConflict: (choice) => void this.drafts.resolveConflict(choice),
    closeImportProblems: () => (this.importProblem = undefined),
    header: (part, value) => this.onHeader(part, value),
    seal: () => this.seal(),
    action: (action) => this.onAction(action),
    cancelAction: () => this.cancelAction(),
    approve: (event) => this.onApprove(event),
    returnWith: (event) => this.onReturn(event),
    orderText: (value) => (this.orderText = value),
    resolve: (remarkId) => this.resolve(remarkId),
    goTo: (target) => this.goTo(target),
    addGeneralRemark: (text) => {
      this.addRemark({}, text);
      this.addingGeneralRemark = false;
    },
    toggleGeneralRemark: (open) => {
      this.addingGeneralRemark = open;
      if (open) this.focusAfter = '#general-remark';
    },
    restoreDismissal: (dismissal) => this.restoreDismissal(dismissal),
  };

  private readonly sectionHandlers: SectionHandlers = {
    dragOver: (event) => this.reorder.overSection(event),
    drop: (event, sectionId) => this.reorder.dropOnSection(event, sectionId),
    move: (sectionId, delta) => this.moveSectionBy(sectionId, delta),
    remove: (sectionId) => this.removeSectionById(sectionId),
    group: (sectionId, group) => this.onSectionGroup(sectionId, group),
    direction: (sectionId, directionId) => this.onSectionDirection(sectionId, directionId),
    title: (sectionId, value) => this.onSectionTitle(sectionId, value),
    seal: () => this.seal(),
    setUi: (sectionId, ui, focus) => this.setSectionUi(sectionId, ui, focus),
    dismiss: (remark, reason) => this.dismiss(remark, reason),
    accept: (remark) => this.accept(remark),
    addRemark: (target, text) => this.addRemark(target, text),
    resolve: (remarkId) => this.resolve(remarkId),
    addActivity: (sectionId) => this.addActivity(sectionId),
  };

  // ——— derived state ———

  private policy(roadmap: Roadmap): RoadmapPermissions {
    const key = `${roadmap.status}\u0000${this.mode}`;
    if (this.policyMemo?.key !== key)
      this.policyMemo = { key, policy: roadmapPermissions(roadmap, this.mode) };
    return this.policyMemo.policy;
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

  private progressOn(roadmap: Roadmap): CalendarDate | undefined {
    return tracksProgress(roadmap.status) ? this.currentDate() : undefined;
  }

  private currentDate(): CalendarDate {
    return this.today ?? localToday();
  }

  private domId(id: string): string {
    let domId = this.domIds.get(id);
    if (!domId) {
      domId = `r${this.domIds.size + 1}`;
      this.domIds.set(id, domId);
    }
    return domId;
  }

  private placeLabel(roadmap: Roadmap, remark: RoadmapRemark): string {
    const { activityId, sectionId } = remark.target;
    if (activityId !== undefined) {
      const found = findActivity(roadmap, activityId);
      return found
        ? this.t('placeActivity', {
            number: activityNumber(found.sectionIndex + 1, found.index),
            title: found.activity.activity || this.t('untitled'),
          })
        : this.t('placeGone');
    }
    if (sectionId !== undefined) {
      const index = roadmap.sections.findIndex((section) => section.id === sectionId);
      const section = roadmap.sections[index];
      return section
        ? this.t('placeSection', { number: index + 1, title: section.title || this.t('untitled') })
        : this.t('placeGone');
    }
    return this.t('placeRoadmap');
  }

  /** Review remarks the reviewer has not yet turned into remarks of the roadmap. */
  private reviewCandidates(roadmap: Roadmap): ReviewRemark[] {
    return unacceptedReviewRemarks(roadmap, this.reviewer.shown);
  }

  // ——— committing values ———

  /** Records an edit in the history and publishes it. */
  private commit(next: Roadmap, reason: RoadmapChangeReason, group?: string): void {
    this.history = this.history
      ? recordEdit(this.history, next, { at: performance.now(), ...(group === undefined ? {} : { group }) })
      : startHistory(next);
    this.setValue(next, reason, { typing: group !== undefined });
  }

  private setValue(
    next: Roadmap,
    reason: RoadmapChangeReason,
    options: { save?: boolean; typing?: boolean } = {},
  ): void {
    // Rows may have appeared (undo, import, a move): light ones are watched for the viewport.
    if (!options.typing) this.rows.watch();
    this.committed = next;
    this.roadmap = next;
    this.drafts.edited();
    this.stale = undefined;
    this.transitionError = undefined;
    if (reason !== 'remark' && reason !== 'transition') this.reviewer.schedule();
    if (options.save !== false) this.drafts.schedule(this.draftData());
    this.dispatchEvent(new ShnroRoadmapChangeEvent({ roadmap: next, reason }));
  }

  private readonly seal = (): void => {
    if (this.history) this.history = sealHistory(this.history);
  };

  private announce(text: string): void {
    // A repeated message must still be spoken: alternate an invisible trailing space.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ——— automatic review ———

  private dismiss(remark: ReviewRemark, reason: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const dismissal = dismissalOf(roadmap, remark, reason, this.currentDate(), this.authorName || undefined);
    this.dismissedRemarks = withDismissal(this.dismissedRemarks, dismissal);
    this.reviewer.refilter();
    const { activityId, sectionId, field } = remark.place;
    if (activityId !== undefined) {
      this.setRowUi(activityId, { ...this.rowUi.get(activityId), dismissing: undefined });
      this.focusAfter = `[data-row="${this.domId(activityId)}"] [data-field="${field}"]`;
    } else {
      this.setSectionUi(sectionId, { ...this.sectionUi.get(sectionId), dismissing: undefined });
      this.focusAfter = `#${this.domId(sectionId)}-title`;
    }
    this.drafts.schedule(this.draftData());
    this.announce(this.t('dismissed'));
    this.dispatchEvent(
      new ShnroRemarkDismissedEvent({ remark, dismissal, dismissed: this.dismissedRemarks }),
    );
  }

  private restoreDismissal(dismissal: RemarkDismissal): void {
    this.dismissedRemarks = withoutDismissal(this.dismissedRemarks, dismissal);
    this.reviewer.refilter();
    this.drafts.schedule(this.draftData());
    this.announce(this.t('restored'));
    this.dispatchEvent(new ShnroRemarkRestoredEvent({ dismissal, dismissed: this.dismissedRemarks }));
  }

  // ——— reviewer's remarks ———

  private addRemark(target: RemarkTarget, text: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const remark = createRemark(roadmap, target, text, {
      author: this.reviewerName || this.t('reviewer'),
      date: this.currentDate(),
    });
    this.commit(appendRemarks(roadmap, [remark]), 'remark');
    if (target.activityId !== undefined) {
      this.setRowUi(target.activityId, { ...this.rowUi.get(target.activityId), addingRemark: false });
    }
    this.announce(this.t('remarkAdded'));
  }

  /** The review's remark accepted by the reviewer as a remark of the roadmap (the core words it). */
  private accept(remark: ReviewRemark): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.commit(appendRemarks(roadmap, this.toRemarks(roadmap, [remark])), 'remark');
    this.announce(this.t('remarkAccepted'));
  }

  private toRemarks(roadmap: Roadmap, remarks: readonly ReviewRemark[]): RoadmapRemark[] {
    return acceptReviewRemarks(roadmap, remarks, {
      author: this.reviewerName || this.t('reviewer'),
      date: this.currentDate(),
      locale: this.localize.locale,
    });
  }

  private resolve(remarkId: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.commit(resolveRemark(roadmap, remarkId, this.currentDate()), 'remark');
    this.announce(this.t('resolved'));
  }

  private goTo(target: RemarkTarget): void {
    const selector =
      target.activityId !== undefined
        ? `[data-row="${this.domId(target.activityId)}"]`
        : `[data-section-row="${this.domId(target.sectionId ?? '')}"]`;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!element) return;
    const field = element.querySelector<HTMLElement>('textarea, input, select');
    (field ?? element).focus();
  }

  // ——— lifecycle of the roadmap ———

  private onAction(action: RoadmapAction): void {
    this.transitionError = undefined;
    if (action === 'approve' || action === 'return') {
      this.pendingAction = this.pendingAction === action ? undefined : action;
      if (this.pendingAction)
        this.focusAfter = action === 'approve' ? '#approve-order' : '.return-form input, .return-form button';
      return;
    }
    this.transition(action, (stamp) => transitionRoadmap(this.roadmap as Roadmap, action, stamp));
  }

  private readonly cancelAction = (): void => {
    const action = this.pendingAction;
    this.pendingAction = undefined;
    if (action) this.focusAfter = `[data-action="${action}"]`;
  };

  private readonly onApprove = (event: SubmitEvent): void => {
    event.preventDefault();
    const text = this.orderText;
    this.transition('approve', (stamp) =>
      transitionRoadmap(this.roadmap as Roadmap, 'approve', {
        ...stamp,
        order: parseOrderReference(text) ?? text,
      }),
    );
  };

  private readonly onReturn = (event: SubmitEvent): void => {
    event.preventDefault();
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const include = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'review',
    ) as HTMLInputElement | null;
    const remarks = include?.checked ? this.toRemarks(roadmap, this.reviewCandidates(roadmap)) : [];
    this.transition('return', (stamp) => transitionRoadmap(roadmap, 'return', { ...stamp, remarks }));
  };

  private transition(
    action: RoadmapAction,
    take: (stamp: { date: CalendarDate; by?: string }) => RoadmapTransitionResult,
  ): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const by = this.mode === 'reviewer' ? this.reviewerName : this.authorName;
    const result = take({ date: this.currentDate(), ...(by ? { by } : {}) });
    if (!result.ok) {
      this.transitionError = result.error[this.localize.locale];
      return;
    }
    const next = result.roadmap;
    this.pendingAction = undefined;
    this.orderText = '';
    // A step of the lifecycle is not undone with Ctrl+Z: the history starts again after it.
    this.history = startHistory(next);
    this.setValue(next, 'transition');
    this.dispatchEvent(
      new ShnroRoadmapTransitionEvent({ action, from: roadmap.status, to: next.status, roadmap: next }),
    );
    this.announce(this.t('transitioned', { status: roadmapStatusLabels[next.status][this.localize.locale] }));
    this.focusAfter = '#status-line';
  }

  // ——— editing ———

  private onHeader(part: 'title' | 'school' | 'start' | 'end', value: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    let next: Roadmap =
      part === 'title'
        ? { ...roadmap, title: value }
        : part === 'school'
          ? { ...roadmap, school: { ...roadmap.school, name: value } }
          : { ...roadmap, period: { ...roadmap.period, [part]: value } };
    const header = part === 'start' || part === 'end' ? 'period' : part;
    const parsed = parseOrExplain(roadmapSchema, next, { locale: this.localize.locale });
    const problems = parsed.ok ? [] : parsed.issues.filter((issue) => issue.path.startsWith(header));
    if (problems.length > 0) {
      // The field keeps what was typed; the roadmap keeps its last valid header.
      this.headerProblem = problems.map((issue) => issue.message).join(' ');
      return;
    }
    this.headerProblem = undefined;
    // A new period moves year-less deadlines («в январе») into it: the core reads them again.
    if (header === 'period') next = refreshDeadlines(next);
    this.commit(next, 'edit', `header:${part}`);
  }

  private readonly rowHandlers: ActivityRowHandlers = {
    text: (sectionId, activityId, field, value) => this.onText(sectionId, activityId, field, value),
    form: (sectionId, activityId, value) =>
      this.editActivity(sectionId, activityId, (activity) => {
        if (value === '') {
          const { form: _form, ...rest } = activity;
          return rest;
        }
        return { ...activity, form: value as ActivityForm };
      }),
    status: (sectionId, activityId, value) =>
      this.editActivity(sectionId, activityId, (activity) => ({
        ...activity,
        status: value as ActivityStatus,
      })),
    target: (sectionId, activityId, part, value) => this.onTarget(sectionId, activityId, part, value),
    toggleTarget: (activityId, open) => {
      if ((this.rowUi.get(activityId)?.targetOpen ?? false) !== open) {
        this.setRowUi(activityId, { ...this.rowUi.get(activityId), targetOpen: open });
      }
    },
    seal: this.seal,
    move: (sectionId, activityId, delta, control) => this.moveBy(sectionId, activityId, delta, control),
    remove: (sectionId, activityId) => this.removeActivityById(sectionId, activityId),
    keydown: (event, sectionId, activityId) => this.reorder.keydown(event, sectionId, activityId),
    dragStart: (event, sectionId, activityId) => this.reorder.start(event, sectionId, activityId),
    dragEnd: () => this.reorder.end(),
    dragOver: (event, activityId) => this.reorder.overRow(event, activityId),
    dragLeave: (event, activityId) => this.reorder.leaveRow(event, activityId),
    drop: (event, _sectionId, activityId) => this.reorder.dropOnRow(event, activityId),
    focusIn: (event, activityId) => {
      // Focus reached a light row (Tab, «Перейти»): make it editable and put focus in its first field.
      if (!this.rows.wake(activityId)) return;
      if (event.target === event.currentTarget) {
        this.focusAfter = `[data-row="${this.domId(activityId)}"] [data-field="problem"]`;
      }
      this.requestUpdate();
    },
    startDismiss: (activityId, key) => {
      this.setRowUi(activityId, { ...this.rowUi.get(activityId), dismissing: key });
      this.focusAfter = `[data-row="${this.domId(activityId)}"] input[name="reason"]`;
    },
    cancelDismiss: (activityId) =>
      this.setRowUi(activityId, { ...this.rowUi.get(activityId), dismissing: undefined }),
    dismiss: (remark, reason) => this.dismiss(remark, reason),
    accept: (remark) => this.accept(remark),
    startRemark: (activityId, open) => {
      this.setRowUi(activityId, { ...this.rowUi.get(activityId), addingRemark: open });
      if (open) this.focusAfter = `#${this.domId(activityId)}-new-remark`;
    },
    addRemark: (sectionId, activityId, text) => this.addRemark({ sectionId, activityId }, text),
    resolve: (remarkId) => this.resolve(remarkId),
  };

  private editActivity(
    sectionId: string,
    activityId: string,
    update: Parameters<typeof updateActivity>[3],
    group?: string,
  ): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.commit(updateActivity(roadmap, sectionId, activityId, update), 'edit', group);
  }

  private onText(sectionId: string, activityId: string, field: ActivityTextField, value: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.editActivity(
      sectionId,
      activityId,
      (activity) => {
        if (field === 'activity') return { ...activity, activity: value };
        if (field !== 'deadline') return withOptionalText(activity, field, value);
        if (value.trim() === '') {
          const { deadline: _deadline, ...rest } = activity;
          return rest;
        }
        // The text is kept as typed; the core reads the dates from it against the period.
        return { ...activity, deadline: parseDeadline(value, deadlineContextOf(roadmap)) };
      },
      `${activityId}:${field}`,
    );
  }

  private onTarget(
    sectionId: string,
    activityId: string,
    part: keyof Omit<TargetText, 'problems'>,
    value: string,
  ): void {
    const roadmap = this.roadmap;
    const found = roadmap && findActivity(roadmap, activityId);
    if (!found) return;
    const { problems: _problems, ...before } =
      this.targetTexts.get(activityId) ?? targetTextOf(found.activity.target);
    const typed = { ...before, [part]: value };
    const empty = [typed.indicator, typed.target, typed.unit, typed.baseline].every(
      (text) => text.trim() === '',
    );
    let target: MeasurableTarget | undefined;
    let problems: string | undefined;
    if (!empty) {
      const number = (text: string): unknown => {
        const read = readTypedNumber(text);
        return read.kind === 'number' ? read.value : read.kind === 'empty' ? undefined : text;
      };
      const candidate = {
        indicator: typed.indicator.trim(),
        target: number(typed.target),
        unit: typed.unit.trim(),
        ...(typed.baseline.trim() === '' ? {} : { baseline: number(typed.baseline) }),
        ...(typed.comparison ? { comparison: typed.comparison } : {}),
      };
      // The core's schema decides whether the target is complete, and says what is missing.
      const parsed = parseOrExplain(measurableTargetSchema, candidate, { locale: this.localize.locale });
      if (parsed.ok) target = parsed.value;
      else problems = parsed.issues.map((issue) => issue.message).join(' ');
    }
    this.targetTexts.set(activityId, { ...typed, ...(problems ? { problems } : {}) });
    this.editActivity(
      sectionId,
      activityId,
      (activity) => {
        if (target) return { ...activity, target };
        const { target: _target, ...rest } = activity;
        return rest;
      },
      `${activityId}:target-${part}`,
    );
  }

  private addActivity = (sectionId: string): void => {
    const roadmap = this.roadmap;
    const section = roadmap?.sections.find((candidate) => candidate.id === sectionId);
    if (!roadmap || !section) return;
    const id = freshId('activity', usedIds(roadmap));
    const activity = createActivity({ id, activity: '' }, roadmap);
    this.rows.wake(id);
    this.commit(insertActivity(roadmap, sectionId, section.activities.length, activity), 'edit');
    const sectionNumber = roadmap.sections.indexOf(section) + 1;
    this.announce(
      this.t('activityAdded', { number: activityNumber(sectionNumber, section.activities.length) }),
    );
    this.focusAfter = `[data-row="${this.domId(id)}"] [data-field="activity"]`;
  };

  private removeActivityById(sectionId: string, activityId: string): void {
    const roadmap = this.roadmap;
    const found = roadmap && findActivity(roadmap, activityId);
    if (!roadmap || !found) return;
    this.commit(removeActivity(roadmap, sectionId, activityId), 'edit');
    this.announce(this.t('removed', { number: activityNumber(found.sectionIndex + 1, found.index) }));
    const neighbour = found.section.activities[found.index + 1] ?? found.section.activities[found.index - 1];
    this.focusAfter = neighbour
      ? `[data-row="${this.domId(neighbour.id)}"] [data-field="activity"]`
      : `[data-add-activity="${sectionId}"]`;
  }

  private moveBy(sectionId: string, activityId: string, delta: -1 | 1, control?: string): void {
    const roadmap = this.roadmap;
    const found = roadmap && findActivity(roadmap, activityId);
    if (!roadmap || !found || found.section.id !== sectionId) return;
    const to = found.index + delta;
    const count = found.section.activities.length;
    if (to < 0 || to >= count) return;
    this.commit(moveActivity(roadmap, { sectionId, index: found.index }, { sectionId, index: to }), 'edit');
    this.announce(this.t('moved', { position: to + 1, count }));
    const focused = control ? `[data-control="${control}"]` : this.focusedControl();
    if (focused) this.focusAfter = `[data-row="${this.domId(activityId)}"] ${focused}`;
  }

  /** How to find the focused control again once its row has moved. */
  private focusedControl(): string | undefined {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!(active instanceof HTMLElement)) return undefined;
    if (active.dataset['field']) return `[data-field="${active.dataset['field']}"]`;
    if (active.dataset['control']) return `[data-control="${active.dataset['control']}"]`;
    return undefined;
  }

  private addSection = (): void => {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const id = freshId('section', usedIds(roadmap));
    const section: RoadmapSection = { id, title: '', targetGroup: 'teachers', activities: [] };
    this.commit(insertSection(roadmap, roadmap.sections.length, section), 'edit');
    this.announce(this.t('sectionAdded', { number: roadmap.sections.length + 1 }));
    this.focusAfter = `#${this.domId(id)}-group`;
  };

  private removeSectionById(sectionId: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const index = roadmap.sections.findIndex((section) => section.id === sectionId);
    this.commit(removeSection(roadmap, sectionId), 'edit');
    this.announce(this.t('sectionRemoved', { number: index + 1 }));
    const neighbour = roadmap.sections[index + 1] ?? roadmap.sections[index - 1];
    this.focusAfter = neighbour ? `#${this.domId(neighbour.id)}-group` : '.add-section';
  }

  private moveSectionBy(sectionId: string, delta: -1 | 1): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const index = roadmap.sections.findIndex((section) => section.id === sectionId);
    const to = index + delta;
    if (index < 0 || to < 0 || to >= roadmap.sections.length) return;
    this.commit(moveSection(roadmap, index, to), 'edit');
    this.announce(this.t('sectionMoved', { position: to + 1, count: roadmap.sections.length }));
    this.focusAfter = `[data-section-row="${this.domId(sectionId)}"] [data-control="${delta < 0 ? 'section-up' : 'section-down'}"]`;
  }

  private onSectionGroup(sectionId: string, group: TargetGroup): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.commit(
      updateSection(roadmap, sectionId, (section) => {
        const direction = findDirection(this.catalogue, section.directionId);
        const next = { ...section, targetGroup: group };
        if (direction && direction.targetGroup !== group) delete next.directionId;
        return next;
      }),
      'edit',
    );
  }

  private onSectionDirection(sectionId: string, directionId: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const locale = this.localize.locale;
    this.commit(
      updateSection(roadmap, sectionId, (section) => {
        const before = findDirection(this.catalogue, section.directionId);
        const after = findDirection(this.catalogue, directionId);
        const next = { ...section };
        if (after) next.directionId = after.id;
        else delete next.directionId;
        // The title follows the direction unless the school wrote its own.
        const ownTitle =
          section.title.trim() !== '' &&
          section.title !== before?.title.ru &&
          section.title !== before?.title.en;
        if (after && !ownTitle) next.title = after.title[locale];
        return next;
      }),
      'edit',
    );
  }

  private onSectionTitle(sectionId: string, value: string): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    this.commit(
      updateSection(roadmap, sectionId, (section) => ({ ...section, title: value })),
      'edit',
      `${sectionId}:title`,
    );
  }

  private setRowUi(activityId: string, ui: RowUi): void {
    const next = new Map(this.rowUi);
    next.set(activityId, ui);
    this.rowUi = next;
  }

  private setSectionUi(sectionId: string, ui: SectionUi, focus?: string): void {
    const next = new Map(this.sectionUi);
    next.set(sectionId, ui);
    this.sectionUi = next;
    if (focus) this.focusAfter = focus;
  }

  // ——— drag and drop (the reorder controller decides; the rows show its markers) ———

  private setDropEdge(activityId: string, edge: DropEdge | undefined): void {
    const ui = this.rowUi.get(activityId) ?? noUi;
    if (ui.dropEdge === edge) return;
    this.setRowUi(activityId, { ...ui, dropEdge: edge });
  }

  private clearDropEdges(): void {
    const marked = [...this.rowUi].filter(([, ui]) => ui.dropEdge !== undefined);
    if (marked.length === 0) return;
    const next = new Map(this.rowUi);
    for (const [id, ui] of marked) next.set(id, { ...ui, dropEdge: undefined });
    this.rowUi = next;
  }

  private dropAt(from: FoundActivity, sectionId: string, index: number): void {
    const roadmap = this.roadmap;
    if (!roadmap) return;
    const next = moveActivity(
      roadmap,
      { sectionId: from.section.id, index: from.index },
      { sectionId, index },
    );
    if (next === roadmap) return;
    this.commit(next, 'edit');
    const sectionIndex = next.sections.findIndex((section) => section.id === sectionId);
    const count = next.sections[sectionIndex]?.activities.length ?? 0;
    this.announce(
      from.section.id === sectionId
        ? this.t('moved', { position: index + 1, count })
        : this.t('movedToSection', { section: sectionIndex + 1, position: index + 1, count }),
    );
  }

  // ——— files and print ———

  private readonly onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.importProblem = { message: this.t('importUnread', { name: file.name }), issues: [] };
      return;
    }
    this.importRoadmap(text, file.name);
  };

  private closePrintView(): void {
    this.print.show(false);
    this.focusAfter = '[part~="print-preview"]';
  }

  // ——— drafts ———

  private draftData(): RoadmapEditorDraft {
    return { roadmap: this.roadmap as Roadmap, dismissed: this.dismissedRemarks };
  }

  /** The stored draft is back: applied, unless it was written at another lifecycle step (offered then). */
  private onDraftFound(data: RoadmapEditorDraft, at: number): void {
    const current = this.roadmap;
    if (current && !sameRoadmapStage(data.roadmap, current)) {
      this.stale = { data, at };
      return;
    }
    if (current && JSON.stringify(data) === JSON.stringify(this.draftData())) return;
    this.applyDraft(data);
    this.restored = { at, overValue: current !== undefined };
  }

  private applyDraft(data: RoadmapEditorDraft): void {
    this.dismissedRemarks = [...data.dismissed];
    this.targetTexts.clear();
    this.rows.reset(activityIds(data.roadmap));
    this.history = this.history
      ? recordEdit(this.history, data.roadmap, { at: performance.now() })
      : startHistory(data.roadmap);
    this.setValue(data.roadmap, 'draft', { save: false });
  }

  private readonly openStale = (): void => {
    const stale = this.stale;
    if (!stale) return;
    this.applyDraft(stale.data);
    this.restored = { at: stale.at, overValue: true };
    this.stale = undefined;
  };

  private async backToOriginal(): Promise<void> {
    const original = this.original;
    this.restored = undefined;
    if (!original) return;
    this.targetTexts.clear();
    this.commit(original, 'draft');
    await this.drafts.discard();
  }
}
