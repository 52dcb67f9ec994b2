import {
  municipalMonitoringSet,
  pickText,
  type CountsInput,
  type IndicatorReport,
  type IndicatorSet,
  type ReportedRow,
} from '@shnro/core';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DraftState, DraftStore } from '../drafts/types.js';
import { downloadFile } from '../shared/download.js';
import { FormAssociated, type FormSnapshot, type FormStateRestoreReason } from '../shared/form-associated.js';
import { LocalizeController } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fullCheck } from '../indicator-table/loaders.js';
import { PendingLoads, updateCompleteWith } from '../indicator-table/pending-loads.js';
import { draftOfState, type IndicatorFormDraft } from './draft.js';
import { FormDraftsController } from './drafts-controller.js';
import { FormEditController } from './edit-controller.js';
import { editViewTemplate, type EditHandlers, type EditView } from './edit-view.js';
import {
  entriesFromInput,
  prefillPopulations,
  type FieldRole,
  type IndicatorFormEntries,
} from './entries.js';
import { indicatorCsv, indicatorJson } from './export.js';
import type { FormTerm } from './field-view.js';
import { actionsTemplate, type ActionHandlers } from './form-panels.js';
import { formSnapshotOf } from './form-value.js';
import { indicatorFormStyles } from './indicator-form.styles.js';
import { indicatorFormMessages } from './messages.js';
import { FormSubmitController } from './submit-controller.js';
import { tableViewTemplate } from './table-view.js';

/** How the form is shown: to fill in, to read, or to review against a printed table. */
export type IndicatorFormMode = 'edit' | 'readonly' | 'review';

const crossing: EventInit = { bubbles: true, composed: true };

/**
 * @tagname shnro-indicator-form
 * @summary A form to fill in a monitoring's indicator set (заполнение показателей мониторинга),
 * such as seed 001's: yes/no for a presence, a whole number for a count, a count and its
 * population for a share with the percentage shown as it is typed.
 *
 * Every rule and every number comes from `@shnro/core` (`computeIndicators`); the form keeps
 * the exact text typed in each field (so «12,5» or «abc» is never lost) and shows each problem
 * next to its field. It is a form control: inside a `<form>` its value (the counts input as
 * JSON) goes into `FormData` under `name`, and `reset()`, `checkValidity()`, `disabled` and
 * `required` work as on native controls. With `document-id` it keeps a draft in the browser
 * (IndexedDB) and brings it back on return, over a host `.value` too, with a button to go back
 * to the host's data. After the server has stored a submission, call `discardDraft()`.
 * Titles are rendered as text, never as HTML.
 *
 * @event {Event} input - The person changed an answer (on every keystroke); read `value`.
 * @event {Event} change - The person committed an answer (left a changed field, picked a choice).
 * @event {ShnroIndicatorsSubmitEvent} shnro-indicators-submit - Submitted with no problem: `detail.input` (validated by `countsInputSchema`) and `detail.report`.
 * @event {ShnroDraftSavedEvent} shnro-draft-saved - The draft was saved.
 * @event {ShnroDraftRestoredEvent} shnro-draft-restored - A saved draft was brought back into the form.
 * @event {ShnroDraftConflictEvent} shnro-draft-conflict - Another tab saved this document; the form shows both versions.
 * @event {ShnroDraftStorageUnavailableEvent} shnro-draft-storage-unavailable - Drafts are kept in memory only; the form says so.
 * @event {ShnroDraftDiscardedEvent} shnro-draft-discarded - The draft was deleted.
 * @event {ShnroDraftQuarantinedEvent} shnro-draft-quarantined - A stored draft could not be used and was kept aside.
 *
 * @csspart base - The wrapper of everything.
 * @csspart section - The block of one section (раздел).
 * @csspart indicator - The block of one indicator; also `indicator-invalid`.
 * @csspart input - Every text input and radio button.
 * @csspart message - An error next to a field.
 * @csspart hint - A remark next to a field that is no error (no population size yet).
 * @csspart result - The live percentage of a share.
 * @csspart summary - The line that counts indicators and answers.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart submit - The submit button (shown outside a host `<form>`).
 * @csspart export-json - The «Скачать JSON» button.
 * @csspart export-csv - The «Скачать CSV (Excel)» button.
 * @csspart draft-status - The line saying where the draft is.
 * @csspart notice - The notice that a draft was restored.
 * @csspart conflict - The two versions of a draft changed in another tab.
 * @csspart quarantine - A stored draft that could not be opened, with its text (also `notice`).
 * @csspart paste-problem - Why a paste from a spreadsheet was refused, under its field.
 * @csspart table - The table of the read-only and review modes.
 *
 * @cssprop --shnro-color-text - Text colour.
 * @cssprop --shnro-color-text-muted - Codes, hints and units.
 * @cssprop --shnro-color-surface - Background of inputs.
 * @cssprop --shnro-color-border - Borders of inputs and indicators.
 * @cssprop --shnro-color-accent - Buttons and focus rings.
 * @cssprop --shnro-color-danger - Errors.
 * @cssprop --shnro-color-success - The saved draft state.
 * @cssprop --shnro-font-family - Font family.
 * @cssprop --shnro-radius - Corner radius.
 * @cssprop --shnro-space - The spacing unit.
 *
 * @cssstate invalid - Some answer has a problem (as `:invalid`).
 * @cssstate user-invalid - Problems are being shown after a submit or a validity report.
 */
export class ShnroIndicatorForm extends FormAssociated(LitElement) {
  static override styles = [themeStyles, indicatorFormStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // ——— API to set: properties and attributes ———

  /** `edit` (default), `readonly` (values and percentages), or `review` (also checked against `printed`). */
  @property({ reflect: true }) mode: IndicatorFormMode = 'edit';

  /** Review: the table as a report printed it; each printed percentage is checked against its count. */
  @property({ attribute: false }) printed?: ReportedRow[];

  /** The document the drafts belong to (a monitoring of one municipality and year); no drafts without it. */
  @property({ attribute: 'document-id' }) documentId?: string;

  /** Partition of the drafts, such as the portal user's id. */
  @property({ attribute: 'draft-scope' }) draftScope = '';

  /** The title the drafts list shows; the set's title by default. */
  @property({ attribute: 'draft-title' }) draftTitle?: string;

  /** The IndexedDB database of drafts (`shnro-drafts`). */
  @property({ attribute: 'draft-database' }) draftDatabase?: string;

  /** A drafts store the page shares with `<shnro-draft-list>`; the form then opens none itself. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** Every answer is required to submit. */
  @property({ type: Boolean, reflect: true }) required = false;

  private currentSet: IndicatorSet = municipalMonitoringSet;
  private knownPopulations?: Record<string, number>;
  private initial?: CountsInput;

  // ——— controllers: each owns one behaviour and is tested alone ———

  private readonly localize = new LocalizeController(this, indicatorFormMessages);
  private readonly t: FormTerm = (key, values) => this.localize.term(key, values);
  /** The core's wording of a problem (or the built-in set) while it loads. */
  private readonly loads = new PendingLoads(this);
  /** The typed text, the fields left, the problems shown, paste and announcements. */
  private readonly edit = new FormEditController(this, {
    initial: entriesFromInput(municipalMonitoringSet, undefined, undefined),
    set: () => this.currentSet,
    locale: () => this.localize.locale,
    editing: () => this.mode === 'edit',
    required: () => this.required && this.mode === 'edit',
    t: this.t,
    typed: () => {
      this.drafts.typed();
      this.submitter.clearIssues();
    },
    root: () => this.renderRoot,
    loading: (load) => this.loads.track(load),
  });
  private readonly drafts = new FormDraftsController(this, {
    editing: () => this.mode === 'edit',
    title: () => this.draftTitle ?? this.setTitle(this.localize.locale),
    current: () => this.draftData(),
    apply: (data) =>
      this.edit.show(
        prefillPopulations(this.currentSet, { ...this.edit.entries, ...data.entries }, this.knownPopulations),
      ),
    takeTheirs: (data) => {
      this.edit.show({ ...this.edit.entries, ...data.entries });
      this.dispatchEvent(new Event('input', crossing));
      this.dispatchEvent(new Event('change', crossing));
    },
    overValue: () => this.initial !== undefined,
  });
  private readonly submitter = new FormSubmitController(this, {
    disabled: () => this.isDisabled,
    editing: () => this.mode === 'edit',
    evaluation: () => this.edit.evaluation(),
    locale: () => this.localize.locale,
    checkValidity: () => this.checkValidity(),
    reportValidity: () => this.reportValidity(),
    loading: (load) => this.loads.track(load),
  });

  constructor() {
    super();
    // `invalid` fires when a host form's submit, `checkValidity()` or `reportValidity()` finds a problem.
    this.addEventListener('invalid', () => this.edit.showProblems(true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The schemas validate the set once and word what the submit refuses: fetched at idle
    // time, so that they are there offline too; the form renders again with the set checked.
    void fullCheck.prefetch().then(() => this.requestUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteWith(this.loads, () => super.getUpdateComplete());
  }

  // `set`, `populations` and `value` are declared with `noAccessor`, so a value a framework set
  // before the element was defined is handed to these accessors instead of hiding them.

  /** The indicator set to fill in (набор показателей); `municipalMonitoringSet` by default. */
  @property({ attribute: false, noAccessor: true })
  get set(): IndicatorSet {
    return this.currentSet;
  }

  set set(next: IndicatorSet | undefined) {
    const old = this.currentSet;
    this.currentSet = next ?? municipalMonitoringSet;
    // Text typed for a code the new set also has is kept; new fields start from the host's value.
    this.edit.show({
      ...entriesFromInput(this.currentSet, this.initial, this.knownPopulations),
      ...this.edit.entries,
    });
    this.requestUpdate('set', old);
  }

  /** Known population sizes by population id (`{ 'municipality-schools': 18 }`); they prefill empty population fields. */
  @property({ attribute: false, noAccessor: true })
  get populations(): Record<string, number> | undefined {
    return this.knownPopulations;
  }

  set populations(next: Record<string, number> | undefined) {
    const old = this.knownPopulations;
    this.knownPopulations = next;
    this.edit.show(prefillPopulations(this.currentSet, this.edit.entries, next));
    this.requestUpdate('populations', old);
  }

  /**
   * The answers as the core's counts input, each share with its own population. Setting it
   * shows those answers (known populations fill the shares that name none) and makes them
   * the value `reset()` returns to. Text that is no number is not in it; see `report`.
   */
  @property({ attribute: false, noAccessor: true })
  get value(): CountsInput {
    return structuredClone(this.edit.evaluation().built.input);
  }

  set value(next: CountsInput | undefined) {
    const old = this.initial;
    // A JSON copy, not structuredClone: a Vue reactive proxy cannot be structured-cloned.
    this.initial = next === undefined ? undefined : (JSON.parse(JSON.stringify(next)) as CountsInput);
    this.edit.reset(this.hostEntries());
    this.edit.showProblems(false);
    this.drafts.forgetRestored();
    this.requestUpdate('value', old);
    this.syncForm();
  }

  // ——— shared API: what a host reads and calls ———

  /** The core's report on the answers, with text that is no number marked invalid. */
  get report(): IndicatorReport {
    return this.edit.evaluation().view;
  }

  /** What the draft is doing now (`saved`, `conflict`…), or undefined without drafts. */
  get draftState(): DraftState<IndicatorFormDraft> | undefined {
    return this.drafts.state;
  }

  /**
   * Submits: inside a host `<form>`, that form (which validates this element); otherwise checks
   * the answers, shows the problems, or fires `shnro-indicators-submit` when there are none.
   */
  requestSubmit(): void {
    this.submitter.request();
  }

  /** The filled set as JSON (the counts input), for a download or an upload. */
  exportJson(): Blob {
    return new Blob([indicatorJson(this.edit.evaluation().built.input)], { type: 'application/json' });
  }

  /** The filled set as a CSV for Excel: UTF-8 with BOM, `;`, decimal comma, quoted cells. */
  exportCsv(): Blob {
    return new Blob([indicatorCsv(this.edit.evaluation().view, this.localize.locale)], {
      type: 'text/csv;charset=utf-8',
    });
  }

  /** Writes pending edits to the draft now. */
  async saveDraft(): Promise<void> {
    await this.drafts.flush();
  }

  /** Deletes the stored draft (call it once the server has stored a submission); the form keeps what it shows. */
  async discardDraft(): Promise<void> {
    await this.drafts.discard();
  }

  // ——— form participation (ElementInternals) ———

  protected override formOwnerChanged(form: HTMLFormElement | null): void {
    this.submitter.watch(form);
  }

  protected override formReset(): void {
    this.edit.reset(this.hostEntries());
    this.edit.showProblems(false);
    this.drafts.forgetRestored();
    this.submitter.clearIssues();
    // The draft follows what the person sees: a reset form is not brought back on return.
    this.drafts.save();
  }

  protected override formStateRestore(state: string, _reason: FormStateRestoreReason): void {
    const data = draftOfState(state);
    if (data) this.edit.show({ ...this.edit.entries, ...data.entries });
  }

  protected override formSnapshot(): FormSnapshot {
    return formSnapshotOf(this.edit.evaluation(), {
      state: JSON.stringify(this.draftData()),
      editing: this.mode === 'edit',
      schemaIssues: this.submitter.schemaIssues,
      anchor: (code, role) => (this.renderRoot ? this.edit.input(code, role as FieldRole) : undefined),
    });
  }

  // ——— lifecycle and rendering ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'edit') this.edit.showProblems(false);
    // Before rendering, so that the first render already has the draft's status line.
    const draftProps = ['documentId', 'draftScope', 'draftDatabase', 'draftStore', 'mode'] as const;
    if (draftProps.some((name) => changed.has(name))) this.drafts.sync();
  }

  protected override updated(): void {
    this.syncForm();
    this.toggleState('user-invalid', this.edit.showAll && this.edit.evaluation().problems.length > 0);
  }

  protected override render(): TemplateResult {
    const evaluation = this.edit.evaluation();
    const locale = this.localize.locale;
    const edit = this.mode === 'edit';
    const submit = { shown: edit && !this.submitter.form, disabled: this.isDisabled };
    const actions = actionsTemplate(submit, this.actionHandlers, this.t);
    const { currentSet: set, printed, knownPopulations: populations } = this;
    const review = this.mode === 'review';
    if (!edit)
      return tableViewTemplate({
        set,
        report: evaluation.view,
        locale,
        actions,
        review,
        printed,
        populations,
      });
    const view: EditView = {
      set,
      title: this.setTitle(locale),
      fields: this.edit.fieldView({ required: this.required, disabled: this.isDisabled }),
      general: [...this.submitter.schemaIssues, ...evaluation.general],
      showAll: this.edit.showAll,
      ...this.drafts.view(locale),
      actions,
      announcement: this.edit.announcement,
    };
    return editViewTemplate(view, this.editHandlers, this.t);
  }

  // ——— implementation ———

  private readonly editHandlers: EditHandlers = {
    fields: this.edit.handlers,
    resolveConflict: (choice) => void this.drafts.resolveConflict(choice),
    backToOriginal: () => void this.backToOriginal(),
    focusField: (field) => this.edit.focusField(field),
  };

  private readonly actionHandlers: ActionHandlers = {
    submit: () => this.requestSubmit(),
    exportJson: () => downloadFile(this.exportJson(), `${this.fileName()}.json`),
    exportCsv: () => downloadFile(this.exportCsv(), `${this.fileName()}.csv`),
  };

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private draftData(): IndicatorFormDraft {
    return { setId: this.currentSet.id, entries: this.edit.entries };
  }

  /** The entries of the host's value, with known populations. */
  private hostEntries(): IndicatorFormEntries {
    return entriesFromInput(this.currentSet, this.initial, this.knownPopulations);
  }

  private setTitle(locale: 'ru' | 'en'): string {
    const title = this.currentSet.title as IndicatorSet['title'] | undefined;
    return title ? pickText(title, locale) : '';
  }

  private fileName(): string {
    return this.documentId ? `${this.currentSet.id}-${this.documentId}` : this.currentSet.id;
  }

  /** The restored notice's way back: the host's value again, and the draft deleted. */
  private async backToOriginal(): Promise<void> {
    this.edit.reset(this.hostEntries());
    this.dispatchEvent(new Event('input', crossing));
    this.dispatchEvent(new Event('change', crossing));
    await this.drafts.leave();
  }
}
