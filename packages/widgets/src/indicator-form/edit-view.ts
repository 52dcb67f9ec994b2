import type { IndicatorSet, Issue } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { RestoredDraft } from '../drafts/draft-restore.js';
import type { DraftState } from '../drafts/types.js';
import type { IndicatorFormDraft } from './draft.js';
import type { FormField } from './entries.js';
import { indicatorTemplate, type FieldHandlers, type FieldView, type FormTerm } from './field-view.js';
import {
  conflictTemplate,
  errorSummaryTemplate,
  generalTemplate,
  restoredTemplate,
  summaryTemplate,
} from './form-panels.js';

// The form in the edit mode, top to bottom: a draft conflict, drafts kept aside, the restored
// draft's notice, problems of the whole set, the list of problems after a submit, the sections
// with their indicators, the summary, the buttons and the draft's status line.

/** What the edit mode shows of the drafts. */
export interface DraftsView {
  readonly draftState: DraftState<IndicatorFormDraft> | undefined;
  /** The notices of drafts kept aside. */
  readonly draftNotices: TemplateResult | typeof nothing;
  /** The draft's status line, or undefined without drafts. */
  readonly draftStatus: string | undefined;
  readonly restored: RestoredDraft | undefined;
}

/** What the edit mode shows. */
export interface EditView extends DraftsView {
  readonly set: IndicatorSet;
  /** The set's title, the group's label. */
  readonly title: string;
  /** The fields, their text and their problems. */
  readonly fields: FieldView;
  /** Problems of no single field: the schema's refusal and the core's general issues. */
  readonly general: readonly Issue[];
  /** Whether every problem is listed at the top (after a submit). */
  readonly showAll: boolean;
  /** The row of buttons. */
  readonly actions: TemplateResult;
  /** What a screen reader hears after a change. */
  readonly announcement: string;
}

/** What the edit mode asks the form. */
export interface EditHandlers {
  readonly fields: FieldHandlers;
  resolveConflict(choice: 'mine' | 'theirs'): void;
  backToOriginal(): void;
  focusField(field: FormField): void;
}

/** The whole form in the edit mode. */
export function editViewTemplate(view: EditView, h: EditHandlers, t: FormTerm): TemplateResult {
  const { evaluation, locale } = view.fields;
  const definitions = new Map(view.set.indicators.map((indicator) => [indicator.code, indicator]));
  return html`
    <div part="base" role="group" aria-label=${view.title}>
      ${conflictTemplate(view.draftState, view.set, evaluation.fields, locale, t, h.resolveConflict)}
      ${view.draftNotices} ${restoredTemplate(view.restored, locale, t, h.backToOriginal)}
      ${generalTemplate(view.general)}
      ${
        view.showAll && evaluation.problems.length > 0
          ? errorSummaryTemplate(evaluation, t, h.focusField)
          : nothing
      }
      ${
        evaluation.report.sections.length === 0 && view.general.length === 0
          ? html`<p class="empty">${t('empty')}</p>`
          : nothing
      }
      ${evaluation.report.sections.map(
        (section) => html`
          <section part="section" role="group" aria-labelledby="s-${section.code}">
            <h3 id="s-${section.code}">${section.code}. ${section.title}</h3>
            ${section.results.map((result) => {
              const definition = definitions.get(result.code);
              return definition ? indicatorTemplate(definition, result, view.fields, h.fields, t) : nothing;
            })}
          </section>
        `,
      )}
      ${summaryTemplate(evaluation.view, t)} ${view.actions}
      ${
        view.draftStatus !== undefined
          ? html`<p part="draft-status" class="draft-status" role="status">${view.draftStatus}</p>`
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${view.announcement}</p>
    </div>
  `;
}
