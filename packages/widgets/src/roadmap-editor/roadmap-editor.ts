import {
  canEditRoadmap,
  defaultDirectionCatalogue,
  openRemarks,
  roadmapStatusLabels,
  sameRoadmapStage,
  type CalendarDate,
  type DirectionCatalogue,
  type RemarkDismissal,
  type ReviewOptions,
  type ReviewRemark,
  type Roadmap,
  type RoadmapRole,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DraftBinding } from '../drafts/draft-binding.js';
import { DraftRestoreController } from '../drafts/draft-restore.js';
import type { DraftState, DraftStore } from '../drafts/types.js';
import { LazyRowsController } from '../shared/lazy-rows-controller.js';
import { LocalizeController } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { localToday } from '../shared/today.js';
import { UndoKeysController } from '../shared/undo-keys-controller.js';
import { RoadmapChangeController } from './change-controller.js';
import { DismissalsController } from './dismissals-controller.js';
import { ROADMAP_EDITOR_DRAFT_KIND, roadmapEditorDraftKinds, type RoadmapEditorDraft } from './draft.js';
import { RoadmapEditController } from './edit-controller.js';
import { EditorWiring } from './editor-wiring.js';
import { RoadmapFileController } from './file-controller.js';
import type { RoadmapImportResult } from './io.js';
import { FocusController } from './focus-controller.js';
import { HistoryController } from './history-controller.js';
import { LifecycleController } from './lifecycle-controller.js';
import { roadmapEditorMessages } from './messages.js';
import {
  dismissedTemplate,
  draftNoticesTemplate,
  headerTemplate,
  historyTemplate,
  importProblemsTemplate,
  lifecycleTemplate,
  remarksPanelTemplate,
  toolbarTemplate,
} from './panels.js';
import type { Term } from './parts.js';
import { printScreenTemplate } from './print-view.js';
import { RemarksController } from './remarks-controller.js';
import { ReorderController } from './reorder-controller.js';
import { OverrideReasonController } from './override-reason.js';
import { ReviewController } from './review-controller.js';
import { roadmapEditorStyles } from './roadmap-editor.styles.js';
import { RowUiController } from './row-ui-controller.js';
import { sectionListTemplate } from './section-list.js';

/** A new roadmap is reviewed just after its first paint, so that the review never delays it. */
const FIRST_REVIEW_DELAY = 50;

const activityIds = (roadmap: Roadmap | undefined): string[] =>
  roadmap?.sections.flatMap((section) => section.activities.map((activity) => activity.id)) ?? [];

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

  @state() private announcement = '';

  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  private readonly t: Term = (key, values) => this.localize.term(key, values);
  /** The value the editor last set or accepted: another value in `roadmap` came from the host. */
  private committed?: Roadmap;
  private readonly focusing = new FocusController(this);
  private readonly changes: RoadmapChangeController = new RoadmapChangeController(this, {
    show: (next) => {
      this.committed = next;
      this.roadmap = next;
    },
    draft: () => this.draftData(),
    parts: () => this.wiring.parts,
  });
  /** A reviewer does not undo the school's typing, nor the school a reviewer's remark. */
  private readonly history = new HistoryController<Roadmap>(
    this,
    () => this.roadmap !== undefined && canEditRoadmap(this.wiring.policy(this.roadmap)),
  );

  // ——— controllers: each owns one behaviour and is tested alone ———

  private readonly reviewer = new ReviewController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => this.catalogue,
    options: () => this.reviewOptions,
    dismissals: () => this.dismissedRemarks,
    delay: () => this.reviewDelay,
  });
  private readonly ui = new RowUiController(this);
  private readonly edits = new RoadmapEditController(this, {
    roadmap: () => this.roadmap,
    catalogue: () => this.catalogue,
    locale: () => this.localize.locale,
    t: (key, values) => this.t(key, values),
    commit: (next, reason, group) => this.changes.commit(next, reason, group),
    announce: (text) => this.announce(text),
    focus: (selector) => this.focusing.later(selector),
    domId: (id) => this.focusing.id(id),
    wake: (activityId) => void this.rows.wake(activityId),
    focusedControl: () => this.focusing.focusedControl(),
  });
  private readonly remarks = new RemarksController(this, {
    roadmap: () => this.roadmap,
    reviewerName: () => this.reviewerName,
    date: () => this.currentDate(),
    locale: () => this.localize.locale,
    t: (key, values) => this.t(key, values),
    review: () => this.reviewer.shown,
    commit: (next, reason) => this.changes.commit(next, reason),
    announce: (text) => this.announce(text),
    closeRemarkForm: (activityId) => this.ui.patchRow(activityId, { addingRemark: false }),
    root: () => this.renderRoot,
    domId: (id) => this.focusing.id(id),
    focus: (selector) => this.focusing.later(selector),
  });
  private readonly approvalOverride = new OverrideReasonController(this);
  private readonly dismissals = new DismissalsController(this, {
    roadmap: () => this.roadmap,
    list: () => this.dismissedRemarks,
    keep: (list) => {
      this.dismissedRemarks = list;
      this.reviewer.refilter();
      this.drafts.schedule(this.draftData());
    },
    date: () => this.currentDate(),
    author: () => this.authorName || undefined,
    closeForm: ({ activityId, sectionId, field }) => {
      if (activityId !== undefined) {
        this.ui.patchRow(activityId, { dismissing: undefined });
        this.focusing.later(this.focusing.field(activityId, field));
      } else {
        this.ui.patchSection(sectionId, { dismissing: undefined });
        this.focusing.later(`#${this.focusing.id(sectionId)}-title`);
      }
    },
    announce: (text) => this.announce(text),
    t: (key, values) => this.t(key, values),
  });
  private readonly lifecycle = new LifecycleController(this, {
    roadmap: () => this.roadmap,
    mode: () => this.mode,
    by: () => (this.mode === 'reviewer' ? this.reviewerName : this.authorName),
    date: () => this.currentDate(),
    locale: () => this.localize.locale,
    reviewRemarks: (roadmap) => this.remarks.candidatesAsRemarks(roadmap),
    taken: (next, from, action) => {
      this.changes.transition(next, from, action);
      this.announce(
        this.t('transitioned', { status: roadmapStatusLabels[next.status][this.localize.locale] }),
      );
    },
    focus: (selector) => this.focusing.later(selector),
    override: this.approvalOverride,
  });
  private readonly restore = new DraftRestoreController<RoadmapEditorDraft>(this, {
    apply: (data) => this.applyDraft(data),
    overValue: () => this.roadmap !== undefined,
    // A draft written at another lifecycle step is offered, not applied.
    fits: (data) => !this.roadmap || sameRoadmapStage(data.roadmap, this.roadmap),
    same: (data) => this.roadmap !== undefined && JSON.stringify(data) === JSON.stringify(this.draftData()),
  });
  private readonly drafts = new DraftBinding<RoadmapEditorDraft>(this, {
    kind: ROADMAP_EDITOR_DRAFT_KIND,
    migrations: roadmapEditorDraftKinds,
    enabled: () => this.mode !== 'readonly',
    title: (data) => this.draftTitle ?? `${this.t('printTitle')}: ${data.roadmap.school.name}`,
    current: () => (this.roadmap ? this.draftData() : undefined),
    found: (data, at) => this.restore.found(data, at),
    takeTheirs: (data) => this.applyDraft(data),
  });
  /** A large roadmap: rows far from the viewport render as light text cards. */
  private readonly rows = new LazyRowsController(this, {
    selector: 'li[data-light]',
    idOf: (row) => (row as HTMLElement).dataset['activity'],
  });
  private readonly reorder = new ReorderController(this, {
    roadmap: () => this.roadmap,
    enabled: () => this.roadmap !== undefined && this.wiring.policy(this.roadmap).content,
    markEdge: (activityId, edge) => this.ui.markDrop(activityId, edge),
    clearEdges: () => this.ui.clearDrops(),
    moveTo: (from, sectionId, index) => this.edits.dropAt(from, sectionId, index),
    moveBy: (sectionId, activityId, delta) => this.edits.moveActivityBy(sectionId, activityId, delta),
  });
  private readonly files = new RoadmapFileController(this, {
    roadmap: () => this.roadmap,
    locale: () => this.localize.locale,
    t: (key, values) => this.t(key, values),
    loaded: (roadmap, name) => {
      this.changes.load(roadmap, 'import');
      this.announce(this.t('imported', { name }));
    },
  });
  private readonly print = new PrintController(this, () => this.performUpdate());
  // Text not yet part of the roadmap (a remark, a reason, an order) keeps the browser's own undo.
  private readonly undoKeys = new UndoKeysController(this, {
    enabled: () => this.mode !== 'readonly',
    undo: () => this.undo(),
    redo: () => this.redo(),
    nativeWithin: '.inline-form',
  });
  private readonly wiring: EditorWiring = new EditorWiring({
    host: this,
    t: (key, values) => this.t(key, values),
    today: () => this.currentDate(),
    backToOriginal: () => this.changes.backToOriginal(),
    history: this.history,
    edits: this.edits,
    remarks: this.remarks,
    reviewer: this.reviewer,
    dismissals: this.dismissals,
    lifecycle: this.lifecycle,
    override: this.approvalOverride,
    reorder: this.reorder,
    files: this.files,
    restore: this.restore,
    drafts: this.drafts,
    rows: this.rows,
    ui: this.ui,
    focusing: this.focusing,
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
    return this.history.canUndo;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Undoes the last edit (typing in one field counts as one edit). */
  undo(): void {
    if (this.changes.step('undo')) this.announce(this.t('undone'));
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (this.changes.step('redo')) this.announce(this.t('redone'));
  }

  /**
   * Loads a roadmap from JSON text, checked by the core's `roadmapSchema`. A bad file changes
   * nothing: the editor shows why, field by field, and the result says so too.
   */
  importRoadmap(text: string, fileName = 'roadmap.json'): RoadmapImportResult {
    return this.files.load(text, fileName);
  }

  /** Downloads the roadmap as `roadmap-<школа>.json`. */
  exportRoadmap(): void {
    this.files.save();
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
    this.restore.clear();
    await this.drafts.discard();
  }

  // ——— lifecycle of the element ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roadmap') && this.roadmap !== this.committed) {
      // A value from the host: a new document, so a new history.
      this.committed = this.roadmap;
      this.history.adopt(this.roadmap);
      this.edits.forget();
      this.rows.reset(activityIds(this.roadmap));
      this.files.clear();
      this.lifecycle.reset();
      this.reviewer.schedule(FIRST_REVIEW_DELAY);
    }
    if (changed.has('catalogue') || changed.has('reviewOptions')) this.reviewer.schedule(FIRST_REVIEW_DELAY);
    if (changed.has('dismissedRemarks')) this.reviewer.refilter();
    const draftProps = ['documentId', 'draftScope', 'draftDatabase', 'draftStore', 'mode'] as const;
    if (draftProps.some((name) => changed.has(name))) this.drafts.sync();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const roadmap = this.roadmap;
    if (!roadmap) return html`<p class="empty">${this.t('noRoadmap')}</p>`;
    const locale = this.localize.locale;
    const wiring = this.wiring;
    const view = wiring.panelView(roadmap, locale);
    const h = wiring.panelHandlers;
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
        ${sectionListTemplate(wiring.sectionListView(roadmap, locale), wiring.sectionHandlers, wiring.rowHandlers, t)}
        ${roadmap.sections.length === 0 ? html`<p class="empty">${t('emptyRoadmap')}</p>` : nothing}
        ${
          view.policy.content
            ? html`<button
                type="button"
                class="add-section"
                part="button add-section"
                @click=${() => this.edits.addSection()}
              >
                + ${t('addSection')}
              </button>`
            : nothing
        }
        ${dismissedTemplate(view, h, t)} ${historyTemplate(view, t)}
      </div>
      ${
        this.print.rendered
          ? printScreenTemplate(roadmap, this.catalogue, locale, t, () => this.closePrintView())
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" data-live>${this.announcement}</div>
    `;
  }

  // ——— implementation ———

  private currentDate(): CalendarDate {
    return this.today ?? localToday();
  }

  private announce(text: string): void {
    // A repeated message must still be spoken: alternate an invisible trailing space.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private closePrintView(): void {
    this.print.show(false);
    this.focusing.later('[part~="print-preview"]');
  }

  private draftData(): RoadmapEditorDraft {
    return { roadmap: this.roadmap as Roadmap, dismissed: this.dismissedRemarks };
  }

  private applyDraft(data: RoadmapEditorDraft): void {
    this.dismissedRemarks = [...data.dismissed];
    this.changes.load(data.roadmap, 'draft', { save: false });
  }
}
