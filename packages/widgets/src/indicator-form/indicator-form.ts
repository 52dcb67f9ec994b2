import {
  countsInputSchema,
  municipalMonitoringSet,
  parseOrExplain,
  pickText,
  type CountsInput,
  type IndicatorReport,
  type IndicatorSet,
  type Issue,
  type ReportedRow,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DraftBinding } from '../drafts/draft-binding.js';
import { DraftRestoreController } from '../drafts/draft-restore.js';
import { planFormPaste } from './paste.js';
import type { DraftState, DraftStore } from '../drafts/types.js';
import { downloadFile } from '../shared/download.js';
import { ShnroIndicatorsSubmitEvent } from '../events/indicators-submit.js';
import { FormAssociated, type FormSnapshot, type FormStateRestoreReason } from '../shared/form-associated.js';
import { LocalizeController } from '../shared/localize.js';
import { OwnerFormController } from '../shared/owner-form-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  checkIndicatorFormDraft,
  INDICATOR_FORM_DRAFT_KIND,
  indicatorFormDraftKinds,
  type IndicatorFormDraft,
} from './draft.js';
import {
  entriesFromInput,
  prefillPopulations,
  type FieldRole,
  type FormField,
  type IndicatorFormEntries,
} from './entries.js';
import { evaluateForm, type FieldProblem, type FormEvaluation } from './evaluate.js';
import { indicatorCsv, indicatorJson } from './export.js';
import { describeIndicator, formSnapshotOf } from './form-value.js';
import { indicatorTemplate, inputId, type FieldHandlers, type FormTerm } from './field-view.js';
import {
  actionsTemplate,
  conflictTemplate,
  fieldName,
  errorSummaryTemplate,
  generalTemplate,
  restoredTemplate,
  summaryTemplate,
  type ActionHandlers,
} from './form-panels.js';
import { indicatorFormStyles } from './indicator-form.styles.js';
import { indicatorFormMessages } from './messages.js';

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

  @state() private entries: IndicatorFormEntries = entriesFromInput(
    municipalMonitoringSet,
    undefined,
    undefined,
  );
  @state() private showAll = false;
  @state() private schemaIssues: Issue[] = [];
  @state() private announcement = '';
  @state() private pasteProblem?: { key: string; message: string };

  private currentSet: IndicatorSet = municipalMonitoringSet;
  private knownPopulations?: Record<string, number>;
  private initial?: CountsInput;
  private touched = new Set<string>();
  private memo?: { key: unknown[]; evaluation: FormEvaluation };
  private readonly drafts = new DraftBinding<IndicatorFormDraft>(this, {
    kind: INDICATOR_FORM_DRAFT_KIND,
    migrations: indicatorFormDraftKinds,
    enabled: () => this.mode === 'edit',
    title: () => this.draftTitle ?? this.setTitle(this.localize.locale),
    current: () => this.draftData(),
    found: (data, at) => this.restore.found(data, at),
    takeTheirs: (data) => {
      this.entries = { ...this.entries, ...data.entries };
      this.dispatchEvent(new Event('input', crossing));
      this.dispatchEvent(new Event('change', crossing));
    },
  });
  /** The stored draft is back and the person has not typed yet: its entries fill the form. */
  private readonly restore = new DraftRestoreController<IndicatorFormDraft>(this, {
    apply: (data) => {
      this.entries = prefillPopulations(
        this.currentSet,
        { ...this.entries, ...data.entries },
        this.knownPopulations,
      );
    },
    overValue: () => this.initial !== undefined,
  });
  private readonly owner = new OwnerFormController(this, () => this.onFormSubmit());
  private readonly localize = new LocalizeController(this, indicatorFormMessages);
  private readonly t: FormTerm = (key, values) => this.localize.term(key, values);

  constructor() {
    super();
    // `invalid` fires when a host form's submit, `checkValidity()` or `reportValidity()` finds a problem.
    this.addEventListener('invalid', () => {
      this.showAll = true;
    });
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
    this.entries = {
      ...entriesFromInput(this.currentSet, this.initial, this.knownPopulations),
      ...this.entries,
    };
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
    this.entries = prefillPopulations(this.currentSet, this.entries, next);
    this.requestUpdate('populations', old);
  }

  /**
   * The answers as the core's counts input, each share with its own population. Setting it
   * shows those answers (known populations fill the shares that name none) and makes them
   * the value `reset()` returns to. Text that is no number is not in it; see `report`.
   */
  @property({ attribute: false, noAccessor: true })
  get value(): CountsInput {
    return structuredClone(this.evaluation().built.input);
  }

  set value(next: CountsInput | undefined) {
    const old = this.initial;
    // A JSON copy, not structuredClone: a Vue reactive proxy cannot be structured-cloned.
    this.initial = next === undefined ? undefined : (JSON.parse(JSON.stringify(next)) as CountsInput);
    this.entries = entriesFromInput(this.currentSet, this.initial, this.knownPopulations);
    this.touched.clear();
    this.showAll = false;
    this.restore.clear();
    this.requestUpdate('value', old);
    this.syncForm();
  }

  /** The core's report on the answers, with text that is no number marked invalid. */
  get report(): IndicatorReport {
    return this.evaluation().view;
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
    // A disabled control is not validated, so it must not submit either.
    if (this.isDisabled) return;
    if (this.owner.form) {
      this.owner.form.requestSubmit();
      return;
    }
    if (this.reportValidity()) this.emitSubmit();
  }

  /** The filled set as JSON (the counts input), for a download or an upload. */
  exportJson(): Blob {
    return new Blob([indicatorJson(this.evaluation().built.input)], { type: 'application/json' });
  }

  /** The filled set as a CSV for Excel: UTF-8 with BOM, `;`, decimal comma, quoted cells. */
  exportCsv(): Blob {
    return new Blob([indicatorCsv(this.evaluation().view, this.localize.locale)], {
      type: 'text/csv;charset=utf-8',
    });
  }

  /** Writes pending edits to the draft now. */
  async saveDraft(): Promise<void> {
    await this.drafts.flush();
  }

  /** Deletes the stored draft (call it once the server has stored a submission); the form keeps what it shows. */
  async discardDraft(): Promise<void> {
    this.restore.clear();
    await this.drafts.discard();
  }

  protected override formOwnerChanged(form: HTMLFormElement | null): void {
    this.owner.watch(form);
  }

  protected override formReset(): void {
    this.entries = entriesFromInput(this.currentSet, this.initial, this.knownPopulations);
    this.touched.clear();
    this.showAll = false;
    this.restore.clear();
    this.schemaIssues = [];
    // The draft follows what the person sees: a reset form is not brought back on return.
    this.drafts.schedule(this.draftData());
  }

  protected override formStateRestore(state: string, _reason: FormStateRestoreReason): void {
    let data: unknown;
    try {
      data = JSON.parse(state);
    } catch {
      return;
    }
    if (checkIndicatorFormDraft(data) !== undefined) return;
    this.entries = { ...this.entries, ...(data as IndicatorFormDraft).entries };
  }

  protected override formSnapshot(): FormSnapshot {
    return formSnapshotOf(this.evaluation(), {
      state: JSON.stringify(this.draftData()),
      editing: this.mode === 'edit',
      schemaIssues: this.schemaIssues,
      anchor: (code, role) =>
        this.renderRoot?.querySelector<HTMLElement>(`[id="${inputId(code, role as FieldRole)}"]`) ??
        undefined,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'edit') this.showAll = false;
    // Before rendering, so that the first render already has the draft's status line.
    const draftProps = ['documentId', 'draftScope', 'draftDatabase', 'draftStore', 'mode'] as const;
    if (draftProps.some((name) => changed.has(name))) this.drafts.sync();
  }

  protected override updated(): void {
    this.syncForm();
    this.toggleState('user-invalid', this.showAll && this.evaluation().problems.length > 0);
  }

  protected override render(): TemplateResult {
    const evaluation = this.evaluation();
    if (this.mode !== 'edit') return this.renderTable(evaluation);
    const locale = this.localize.locale;
    const t = this.t;
    const general = [...this.schemaIssues, ...evaluation.general];
    const definitions = new Map(this.currentSet.indicators.map((indicator) => [indicator.code, indicator]));
    const view = {
      evaluation,
      shown: this.shownProblems(evaluation),
      entries: this.entries,
      required: this.required,
      disabled: this.isDisabled,
      locale,
      pasteProblem: this.pasteProblem,
    };
    return html`
      <div part="base" role="group" aria-label=${this.setTitle(locale)}>
        ${conflictTemplate(this.drafts.state, this.currentSet, evaluation.fields, locale, t, (choice) => {
          void this.drafts.resolveConflict(choice);
        })}
        ${this.drafts.notices(locale)}
        ${restoredTemplate(this.restore.restored, locale, t, () => void this.backToOriginal())}
        ${generalTemplate(general)}
        ${
          this.showAll && evaluation.problems.length > 0
            ? errorSummaryTemplate(evaluation, t, (field) => this.focusField(field))
            : nothing
        }
        ${
          evaluation.report.sections.length === 0 && general.length === 0
            ? html`<p class="empty">${t('empty')}</p>`
            : nothing
        }
        ${evaluation.report.sections.map(
          (section) => html`
            <section part="section" role="group" aria-labelledby="s-${section.code}">
              <h3 id="s-${section.code}">${section.code}. ${section.title}</h3>
              ${section.results.map((result) => {
                const definition = definitions.get(result.code);
                return definition
                  ? indicatorTemplate(definition, result, view, this.fieldHandlers, t)
                  : nothing;
              })}
            </section>
          `,
        )}
        ${summaryTemplate(evaluation.view, t)} ${this.renderActions(true)}
        ${this.drafts.active ? html`<p part="draft-status" class="draft-status" role="status">${this.drafts.message}</p>` : nothing}
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      </div>
    `;
  }

  // ——— rendering ———

  private renderTable(evaluation: FormEvaluation): TemplateResult {
    const review = this.mode === 'review';
    return html`
      <div part="base">
        <shnro-indicator-table
          part="table"
          exportparts="section, row, remark, summary"
          lang=${this.localize.locale}
          .set=${this.currentSet}
          .report=${evaluation.view}
          .printed=${review ? this.printed : undefined}
          .populations=${review ? this.knownPopulations : undefined}
        ></shnro-indicator-table>
        ${this.renderActions(false)}
      </div>
    `;
  }

  private renderActions(edit: boolean): TemplateResult {
    const submit = { shown: edit && !this.owner.form, disabled: this.isDisabled };
    return actionsTemplate(submit, this.actionHandlers, this.t);
  }

  // ——— template wiring ———

  private readonly fieldHandlers: FieldHandlers = {
    input: (key, event) => this.onTextInput(key, event),
    commit: (key, code, event) => this.onCommit(key, code, event),
    choose: (key, value, code, event) => {
      this.setEntry(key, value);
      this.onCommit(key, code, event);
    },
    paste: (key, event) => this.onPaste(key, event),
  };

  private readonly actionHandlers: ActionHandlers = {
    submit: () => this.requestSubmit(),
    exportJson: () => downloadFile(this.exportJson(), `${this.fileName()}.json`),
    exportCsv: () => downloadFile(this.exportCsv(), `${this.fileName()}.csv`),
  };

  // ——— state ———

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private evaluation(): FormEvaluation {
    const locale = this.localize.locale;
    const required = this.required && this.mode === 'edit';
    const key = [this.currentSet, this.entries, locale, required];
    if (this.memo && this.memo.key.every((part, index) => part === key[index])) return this.memo.evaluation;
    const evaluation = evaluateForm(this.currentSet, this.entries, locale, required);
    this.memo = { key, evaluation };
    return evaluation;
  }

  /** The problems shown now: wrong text and the core's rules at once, missing answers once asked for. */
  private shownProblems(evaluation: FormEvaluation): Map<string, FieldProblem[]> {
    const shown = new Map<string, FieldProblem[]>();
    for (const problem of evaluation.problems) {
      if (problem.kind === 'missing' && !this.showAll && !this.touched.has(problem.field.key)) continue;
      shown.set(problem.field.key, [...(shown.get(problem.field.key) ?? []), problem]);
    }
    return shown;
  }

  private draftData(): IndicatorFormDraft {
    return { setId: this.currentSet.id, entries: this.entries };
  }

  private setEntry(key: string, raw: string): void {
    this.setEntries({ [key]: raw });
  }

  private setEntries(changed: Record<string, string>): void {
    this.entries = { ...this.entries, ...changed };
    this.pasteProblem = undefined;
    this.drafts.edited();
    this.restore.closeRestored();
    this.schemaIssues = [];
    this.drafts.schedule(this.draftData());
    this.dispatchEvent(new Event('input', crossing));
  }

  private onTextInput(key: string, event: Event): void {
    // The inner input's own event would reach the page before the value is read; ours replaces it.
    event.stopPropagation();
    this.setEntry(key, (event.target as HTMLInputElement).value);
  }

  /** Cells pasted from a spreadsheet fill this field and the next ones, or none (the core's rule). */
  private onPaste(key: string, event: ClipboardEvent): void {
    const locale = this.localize.locale;
    const definitions = new Map(this.currentSet.indicators.map((indicator) => [indicator.code, indicator]));
    const plan = planFormPaste(event, key, this.evaluation().fields, (field) => {
      const definition = definitions.get(field.code);
      return definition
        ? `${field.code} ${fieldName(this.currentSet, definition, field.role, locale, this.t)}`
        : field.code;
    });
    if (plan.status === 'single') return;
    event.preventDefault();
    if (plan.status === 'refused') {
      this.pasteProblem = { key, message: plan.messages[locale] };
      return;
    }
    this.setEntries(Object.fromEntries(plan.values.map((value) => [value.key, value.text])));
    for (const value of plan.values) this.touched.add(value.key);
  }

  private onCommit(key: string, code: string, event: Event): void {
    event.stopPropagation();
    // A field removed by a switch to read-only reports its last change on the way out.
    if (this.mode !== 'edit') return;
    this.touched.add(key);
    this.requestUpdate();
    this.announcement = describeIndicator(this.evaluation(), code, this.touched, this.t);
    this.dispatchEvent(new Event('change', crossing));
  }

  private focusField(field: FormField): void {
    this.renderRoot.querySelector<HTMLElement>(`[id="${inputId(field.code, field.role)}"]`)?.focus();
  }

  private setTitle(locale: 'ru' | 'en'): string {
    const title = this.currentSet.title as IndicatorSet['title'] | undefined;
    return title ? pickText(title, locale) : '';
  }

  private fileName(): string {
    return this.documentId ? `${this.currentSet.id}-${this.documentId}` : this.currentSet.id;
  }

  // ——— submit ———

  private readonly onFormSubmit = (): void => {
    if (this.isDisabled) return;
    // A form with `novalidate` submits whatever it holds: the event still goes out only for valid data.
    if (this.mode === 'edit' && !this.checkValidity()) return;
    this.emitSubmit();
  };

  private emitSubmit(): void {
    const evaluation = this.evaluation();
    if (evaluation.view.issues.length > 0) return;
    const parsed = parseOrExplain(countsInputSchema, evaluation.built.input, {
      locale: this.localize.locale,
    });
    if (!parsed.ok) {
      this.schemaIssues = parsed.issues;
      return;
    }
    this.dispatchEvent(new ShnroIndicatorsSubmitEvent({ input: parsed.value, report: evaluation.report }));
  }

  // ——— drafts ———

  private async backToOriginal(): Promise<void> {
    this.entries = entriesFromInput(this.currentSet, this.initial, this.knownPopulations);
    this.touched.clear();
    this.restore.closeRestored();
    this.dispatchEvent(new Event('input', crossing));
    this.dispatchEvent(new Event('change', crossing));
    await this.drafts.discard();
  }
}
