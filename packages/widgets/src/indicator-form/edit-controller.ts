import type { IndicatorSet } from '@shnro/core';
import { fullCheck } from '../indicator-table/loaders.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import type { FieldRole, FormField, IndicatorFormEntries } from './entries.js';
import { evaluateForm, type FieldProblem, type FormEvaluation } from './evaluate.js';
import { inputId, type FieldHandlers, type FieldView, type FormTerm } from './field-view.js';
import { fieldName } from './form-panels.js';
import { describeIndicator } from './form-value.js';
import { planFormPaste } from './paste.js';

/** What the editing of the form reads from the element and tells it. */
export interface FormEditOptions {
  /** The text the form starts with (the default set, empty). */
  readonly initial: IndicatorFormEntries;
  readonly set: () => IndicatorSet;
  readonly locale: () => WidgetLocale;
  /** Whether the form is being filled in (not read or reviewed). */
  readonly editing: () => boolean;
  /** Whether every answer is asked for now (`required`, in the edit mode). */
  readonly required: () => boolean;
  readonly t: FormTerm;
  /** The person changed the text: the draft, the restored notice and the schema's issues follow. */
  readonly typed: () => void;
  /** Where the fields are, to move focus to one. */
  readonly root: () => ParentNode;
  /** The core's wording of a problem is loading: the form renders again once it is there. */
  readonly loading?: (load: Promise<unknown>) => void;
}

const crossing: EventInit = { bubbles: true, composed: true };

/**
 * The text typed in the form and what follows from it (ввод показателей): each field's exact
 * text, the fields the person has left (their missing answers are shown), whether every problem
 * is shown (after a submit), a paste from a spreadsheet refused, the core's evaluation kept while
 * its inputs stay the same, and what a screen reader hears after a change. The element's `input`
 * and `change` events go out from here; the host renders again on every change.
 */
export class FormEditController implements ReactiveController {
  /** Every problem is shown, not only those of fields left (after a submit or a validity report). */
  showAll = false;
  /** Why the last paste from a spreadsheet was refused, under the field it was pasted into. */
  pasteProblem?: { key: string; message: string };
  /** What a screen reader hears after the last committed change. */
  announcement = '';
  private current: IndicatorFormEntries;
  private readonly touched = new Set<string>();
  private memo?: { key: unknown[]; evaluation: FormEvaluation };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FormEditOptions,
  ) {
    this.current = options.initial;
    host.addController(this);
  }

  hostConnected(): void {
    // Edits come from the person; nothing to start.
  }

  /** The text of every field, by field key. */
  get entries(): IndicatorFormEntries {
    return this.current;
  }

  /** Shows `entries` as they are (a new set, known populations, a draft); nothing else changes. */
  show(entries: IndicatorFormEntries): void {
    this.current = entries;
    this.host.requestUpdate();
  }

  /** Shows `entries` afresh (a host value, a reset): no field counts as left. */
  reset(entries: IndicatorFormEntries): void {
    this.touched.clear();
    this.show(entries);
  }

  /** Shows every problem (a submit was tried), or only those of fields left. */
  showProblems(on: boolean): void {
    if (this.showAll === on) return;
    this.showAll = on;
    this.host.requestUpdate();
  }

  /** The person typed: `changed` fields take the new text, and `input` goes out. */
  type(changed: Readonly<Record<string, string>>): void {
    this.current = { ...this.current, ...changed };
    this.pasteProblem = undefined;
    this.host.requestUpdate();
    this.options.typed();
    this.host.dispatchEvent(new Event('input', crossing));
  }

  /**
   * The core's evaluation of the text, computed again only when the set, text, language or
   * requirement changed, or the validating calculator arrived.
   */
  evaluation(): FormEvaluation {
    const { set, locale, required } = this.options;
    // The validating calculator, once loaded, may word the same text differently: a new key.
    const key = [set(), this.current, locale(), required(), fullCheck.value];
    if (this.memo && this.memo.key.every((part, index) => part === key[index])) return this.memo.evaluation;
    const evaluation = evaluateForm(set(), this.current, locale(), required());
    this.memo = { key, evaluation };
    if (evaluation.pending) this.options.loading?.(evaluation.pending);
    return evaluation;
  }

  /** The problems shown now: wrong text and the core's rules at once, missing answers once asked for. */
  shownProblems(evaluation: FormEvaluation): Map<string, FieldProblem[]> {
    const shown = new Map<string, FieldProblem[]>();
    for (const problem of evaluation.problems) {
      if (problem.kind === 'missing' && !this.showAll && !this.touched.has(problem.field.key)) continue;
      shown.set(problem.field.key, [...(shown.get(problem.field.key) ?? []), problem]);
    }
    return shown;
  }

  /** What the fields show now: their text, the problems shown, a refused paste. */
  fieldView(options: { readonly required: boolean; readonly disabled: boolean }): FieldView {
    const evaluation = this.evaluation();
    return {
      evaluation,
      shown: this.shownProblems(evaluation),
      entries: this.current,
      required: options.required,
      disabled: options.disabled,
      locale: this.options.locale(),
      pasteProblem: this.pasteProblem,
    };
  }

  /** The input of an indicator's field, once rendered. */
  input(code: string, role: FieldRole): HTMLElement | undefined {
    return this.options.root().querySelector<HTMLElement>(`[id="${inputId(code, role)}"]`) ?? undefined;
  }

  /** Moves focus to a field (from the list of problems). */
  focusField(field: FormField): void {
    this.input(field.code, field.role)?.focus();
  }

  /** What the fields tell the form. */
  readonly handlers: FieldHandlers = {
    input: (key, event) => {
      // The inner input's own event would reach the page before the value is read; ours replaces it.
      event.stopPropagation();
      this.type({ [key]: (event.target as HTMLInputElement).value });
    },
    commit: (key, code, event) => this.commit(key, code, event),
    choose: (key, value, code, event) => {
      this.type({ [key]: value });
      this.commit(key, code, event);
    },
    paste: (key, event) => this.paste(key, event),
  };

  /** Cells pasted from a spreadsheet fill this field and the next ones, or none (the core's rule). */
  private paste(key: string, event: ClipboardEvent): void {
    const set = this.options.set();
    const locale = this.options.locale();
    const definitions = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));
    const plan = planFormPaste(event, key, this.evaluation().fields, (field) => {
      const definition = definitions.get(field.code);
      return definition
        ? `${field.code} ${fieldName(set, definition, field.role, locale, this.options.t)}`
        : field.code;
    });
    if (plan.status === 'single') return;
    event.preventDefault();
    if (plan.status === 'refused') {
      this.pasteProblem = { key, message: plan.messages[locale] };
      this.host.requestUpdate();
      return;
    }
    this.type(Object.fromEntries(plan.values.map((value) => [value.key, value.text])));
    for (const value of plan.values) this.touched.add(value.key);
  }

  private commit(key: string, code: string, event: Event): void {
    event.stopPropagation();
    // A field removed by a switch to read-only reports its last change on the way out.
    if (!this.options.editing()) return;
    this.touched.add(key);
    this.announcement = describeIndicator(this.evaluation(), code, this.touched, this.options.t);
    this.host.requestUpdate();
    this.host.dispatchEvent(new Event('change', crossing));
  }
}
