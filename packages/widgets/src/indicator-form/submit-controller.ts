import { looksLikeCountsInput, type CountsInput, type Issue } from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShnroIndicatorsSubmitEvent } from '../events/indicators-submit.js';
import { fullCheck } from '../indicator-table/loaders.js';
import type { WidgetLocale } from '../shared/localize.js';
import { OwnerFormController } from '../shared/owner-form-controller.js';
import type { FormEvaluation } from './evaluate.js';

/** What submitting reads from the form. */
export interface FormSubmitOptions {
  /** Whether the form is disabled (by itself or by a disabled fieldset): it then submits nothing. */
  readonly disabled: () => boolean;
  /** Whether the form is being filled in (a read-only form has nothing to check). */
  readonly editing: () => boolean;
  readonly evaluation: () => FormEvaluation;
  readonly locale: () => WidgetLocale;
  /** The element's own validity checks (they show the problems). */
  readonly checkValidity: () => boolean;
  readonly reportValidity: () => boolean;
  /** The schema's wording is loading: the host's `updateComplete` waits for it. */
  readonly loading?: (load: Promise<unknown>) => void;
}

/**
 * Submitting the form (отправка): inside a host `<form>` that form submits and validates the
 * element; on its own the element checks the answers and fires `shnro-indicators-submit` with the
 * counts input in the shape the core's `countsInputSchema` accepts (checked by hand, no zod). Input
 * the hand check refuses goes to the schema, loaded then: what it refused is kept to show.
 */
export class FormSubmitController implements ReactiveController {
  /** What the core's schema refused at the last submit; cleared when the person types or resets. */
  schemaIssues: Issue[] = [];
  private readonly owner: OwnerFormController;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FormSubmitOptions,
  ) {
    this.owner = new OwnerFormController(host, () => this.formSubmitted());
    host.addController(this);
  }

  hostConnected(): void {
    // The owner form is followed through `watch`.
  }

  /** The host `<form>` the element belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.owner.form;
  }

  /** The element's form changed (from `formOwnerChanged`). */
  watch(form: HTMLFormElement | null): void {
    this.owner.watch(form);
  }

  /** The person or the host asked to submit. */
  request(): void {
    // A disabled control is not validated, so it must not submit either.
    if (this.options.disabled()) return;
    if (this.owner.form) {
      this.owner.form.requestSubmit();
      return;
    }
    if (this.options.reportValidity()) this.emit();
  }

  /** The schema's issues go (the person typed, the form was reset). */
  clearIssues(): void {
    if (this.schemaIssues.length === 0) return;
    this.schemaIssues = [];
    this.host.requestUpdate();
  }

  private formSubmitted(): void {
    if (this.options.disabled()) return;
    // A form with `novalidate` submits whatever it holds: the event still goes out only for valid data.
    if (this.options.editing() && !this.options.checkValidity()) return;
    this.emit();
  }

  private emit(): void {
    const evaluation = this.options.evaluation();
    if (evaluation.view.issues.length > 0) return;
    const { input } = evaluation.built;
    // What the form builds always has the schema's shape; a copy, so the host cannot change ours.
    if (looksLikeCountsInput(input)) {
      this.dispatch(structuredClone(input), evaluation);
      return;
    }
    const locale = this.options.locale();
    const checked = fullCheck.load().then(({ countsInputSchema, parseOrExplain }) => {
      const parsed = parseOrExplain(countsInputSchema, input, { locale });
      if (parsed.ok) return this.dispatch(parsed.value, evaluation);
      this.schemaIssues = parsed.issues;
      this.host.requestUpdate();
    });
    // Prefetched at idle time, so it is there offline; a failed load leaves the form as it is.
    this.options.loading?.(checked.catch(() => undefined));
  }

  private dispatch(input: CountsInput, evaluation: FormEvaluation): void {
    this.host.dispatchEvent(new ShnroIndicatorsSubmitEvent({ input, report: evaluation.report }));
  }
}
