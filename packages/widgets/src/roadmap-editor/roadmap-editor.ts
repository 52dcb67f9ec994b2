import {
  defaultDirectionCatalogue,
  openRemarks,
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
import type { DraftState, DraftStore } from '../drafts/types.js';
import { formatMessage, LocalizeController, type WidgetLocale } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { RoadmapEditorDraft } from './draft.js';
import { prefetchWhenIdle } from './editor-chunks.js';
import { createEditorControllers } from './editor-controllers.js';
import type { RoadmapImportResult } from './io.js';
import { historyTemplate, lifecycleTemplate } from './lifecycle-panel.js';
import { roadmapEditorMessages } from './messages.js';
import { draftNoticesTemplate, headerTemplate, importProblemsTemplate, toolbarTemplate } from './panels.js';
import type { Term } from './parts.js';
import { printScreenTemplate } from './print-view.js';
import { printViewStyles } from './print-view.styles.js';
import { panelsStyles } from './panels.styles.js';
import { dismissedTemplate, remarksPanelTemplate } from './remarks-panel.js';
import { roadmapEditorStyles } from './roadmap-editor.styles.js';
import { sectionListTemplate } from './section-list.js';
import { sectionListStyles } from './section-list.styles.js';

/** A new roadmap is reviewed just after its first frame, so that the review never delays it. */
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
  static override styles = [
    themeStyles,
    roadmapEditorStyles,
    panelsStyles,
    sectionListStyles,
    printViewStyles,
  ];

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
  /** The locale of the update under way: found once per render, not once per message (a walk up the DOM). */
  private renderLocale?: WidgetLocale;
  private readonly t: Term = (key, values) =>
    formatMessage(roadmapEditorMessages[this.renderLocale ?? this.localize.locale][key], values);
  /** The value the editor last set or accepted: another value in `roadmap` came from the host. */
  private committed?: Roadmap;

  // Controllers: each owns one behaviour and is tested alone (editor-controllers.ts wires them).
  private readonly parts = createEditorControllers(this, {
    t: this.t,
    locale: () => this.localize.locale,
    announce: (text) => this.announce(text),
    show: (next) => {
      this.committed = next;
      this.roadmap = next;
    },
    renderNow: () => this.performUpdate(),
  });

  // ——— public API ———

  /** The automatic review's remarks now shown (hidden ones left out), from the last review run. */
  get reviewRemarks(): readonly ReviewRemark[] {
    return this.parts.reviewer.shown;
  }

  /**
   * Runs the automatic review now and returns the remarks it shows. Asynchronous: the review's
   * engine loads after the first paint, not with the editor; once loaded, the run is immediate.
   */
  async runReview(): Promise<readonly ReviewRemark[]> {
    await this.parts.reviewer.ready();
    return this.parts.reviewer.run();
  }

  /** Whether there is an edit to undo (and the mode lets this person edit at all). */
  get canUndo(): boolean {
    return this.parts.history.canUndo;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.parts.history.canRedo;
  }

  /** Undoes the last edit (typing in one field counts as one edit). */
  undo(): void {
    if (this.parts.changes.step('undo')) this.announce(this.t('undone'));
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (this.parts.changes.step('redo')) this.announce(this.t('redone'));
  }

  /**
   * Loads a roadmap from JSON text, checked by the core's `roadmapSchema`. A bad file changes
   * nothing: the editor shows why, field by field, and the result says so too. Asynchronous: the
   * check is loaded with the first file (or at idle time), not with the editor.
   */
  importRoadmap(text: string, fileName = 'roadmap.json'): Promise<RoadmapImportResult> {
    return this.parts.files.load(text, fileName);
  }

  /** Downloads the roadmap as `roadmap-<школа>.json`. */
  exportRoadmap(): void {
    this.parts.files.save();
  }

  /** Shows the print version in place of the editor (or the editor again). */
  showPrintView(on = true): void {
    this.parts.print.show(on);
  }

  /** What the draft is doing now (`saved`, `conflict`…), or undefined without drafts. */
  get draftState(): DraftState<RoadmapEditorDraft> | undefined {
    return this.parts.drafts.state;
  }

  /** Writes pending edits to the draft now. */
  async saveDraft(): Promise<void> {
    await this.parts.drafts.flush();
  }

  /** Deletes the stored draft (call it once the server has stored the roadmap); the editor keeps what it shows. */
  async discardDraft(): Promise<void> {
    this.parts.restore.clear();
    await this.parts.drafts.discard();
  }

  // ——— lifecycle of the element ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.renderLocale = this.localize.locale;
    if (changed.has('roadmap') && this.roadmap !== this.committed) {
      // A value from the host: a new document, so a new history.
      this.committed = this.roadmap;
      this.parts.history.adopt(this.roadmap);
      this.parts.edits.forget();
      this.parts.rows.reset(activityIds(this.roadmap));
      this.parts.files.clear();
      this.parts.lifecycle.reset();
      this.parts.reviewer.scheduleAfterPaint(FIRST_REVIEW_DELAY);
    }
    if (changed.has('catalogue') || changed.has('reviewOptions'))
      this.parts.reviewer.scheduleAfterPaint(FIRST_REVIEW_DELAY);
    if (changed.has('dismissedRemarks')) this.parts.reviewer.refilter();
    const draftProps = ['documentId', 'draftScope', 'draftDatabase', 'draftStore', 'mode'] as const;
    if (draftProps.some((name) => changed.has(name))) this.parts.drafts.sync();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const roadmap = this.roadmap;
    if (!roadmap) return html`<p class="empty">${this.t('noRoadmap')}</p>`;
    const locale = this.renderLocale ?? this.localize.locale;
    const wiring = this.parts.wiring;
    const view = wiring.panelView(roadmap, locale);
    const h = wiring.panelHandlers;
    const t = this.t;
    return html`
      <div class="screen" ?hidden=${this.parts.print.preview}>
        ${toolbarTemplate(view, h, t)} ${draftNoticesTemplate(view, h, t)}
        ${this.parts.drafts.notices(locale)} ${importProblemsTemplate(view, h, t)}
        ${headerTemplate(view, h, t)} ${lifecycleTemplate(view, h, t)} ${remarksPanelTemplate(view, h, t)}
        <p class="summary" part="summary">
          ${t('summary', {
            sections: roadmap.sections.length,
            activities: roadmap.sections.reduce((sum, section) => sum + section.activities.length, 0),
            review: this.parts.reviewer.shown.length,
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
                @click=${() => this.parts.edits.addSection()}
              >
                + ${t('addSection')}
              </button>`
            : nothing
        }
        ${dismissedTemplate(view, h, t)} ${historyTemplate(view, t)}
      </div>
      ${
        this.parts.print.rendered
          ? printScreenTemplate(roadmap, this.catalogue, locale, t, () => this.closePrintView())
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" data-live>${this.announcement}</div>
    `;
  }

  // ——— implementation ———

  private announce(text: string): void {
    // A repeated message must still be spoken: alternate an invisible trailing space.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private closePrintView(): void {
    this.parts.print.show(false);
    this.parts.focusing.later('[part~="print-preview"]');
  }

  protected override firstUpdated(): void {
    // The parts loaded on first use (the review's engine, the lifecycle's steps, a file's check)
    // come once the page is idle, so that each then works at once, offline too.
    prefetchWhenIdle();
  }

  protected override updated(): void {
    this.renderLocale = undefined;
  }
}
