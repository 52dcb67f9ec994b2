import {
  countAnswered,
  countInvalid,
  pickText,
  type IndicatorDefinition,
  type IndicatorReport,
  type IndicatorSet,
  type Issue,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { draftConflictActions } from '../drafts/conflict-actions.js';
import type { RestoredDraft } from '../drafts/draft-restore.js';
import { draftMessage, formatDraftTime } from '../drafts/messages.js';
import type { DraftState } from '../drafts/types.js';
import type { WidgetLocale } from '../shared/localize.js';
import type { IndicatorFormDraft } from './draft.js';
import type { FieldRole, FormField } from './entries.js';
import type { FormEvaluation } from './evaluate.js';
import type { FormTerm } from './field-view.js';

// The parts of the form around its indicators: problems, the summary line, the buttons, and the
// draft's notices. Every text is bound as text, never HTML.

/** Problems of the whole set (not of one field), as an alert. */
export function generalTemplate(issues: readonly Issue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<ul class="general" role="alert">
    ${issues.map((issue) => html`<li>${issue.message}</li>`)}
  </ul>`;
}

/** After a failed submit: every problem, each a link to its field. */
export function errorSummaryTemplate(
  evaluation: FormEvaluation,
  t: FormTerm,
  focusField: (field: FormField) => void,
): TemplateResult {
  return html`<div part="error-summary" class="error-summary" role="alert">
    <p>${t('errorSummary', { count: evaluation.problems.length })}</p>
    <ul>
      ${evaluation.problems.map(
        (problem) =>
          html`<li>
            <button type="button" class="link" @click=${() => focusField(problem.field)}>
              ${problem.issue.message}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** «Показателей: 12, заполнено: 5» with the count of problems, from the core's counts. */
export function summaryTemplate(report: IndicatorReport, t: FormTerm): TemplateResult {
  const total = report.results.length;
  const answered = countAnswered(report.results);
  const invalid = countInvalid(report.results);
  const text = invalid
    ? t('summaryWithProblems', { total, answered, invalid })
    : t('summary', { total, answered });
  return html`<p part="summary" class="summary">${text}</p>`;
}

/** What the buttons do. */
export interface ActionHandlers {
  submit(): void;
  exportJson(): void;
  exportCsv(): void;
}

/** Submit (when no host form submits), and the two downloads. */
export function actionsTemplate(
  submit: { readonly shown: boolean; readonly disabled: boolean },
  h: ActionHandlers,
  t: FormTerm,
): TemplateResult {
  return html`<div part="actions" class="actions" role="group" aria-label=${t('actions')}>
    ${
      submit.shown
        ? html`<button
            type="button"
            part="button submit"
            class="primary"
            ?disabled=${submit.disabled}
            @click=${h.submit}
          >
            ${t('submit')}
          </button>`
        : nothing
    }
    <button type="button" part="button export-json" @click=${h.exportJson}>${t('exportJson')}</button>
    <button type="button" part="button export-csv" @click=${h.exportCsv}>${t('exportCsv')}</button>
  </div>`;
}

/** «Восстановлен черновик от …», with the way back to the host's data when it went over it. */
export function restoredTemplate(
  restored: RestoredDraft | undefined,
  locale: WidgetLocale,
  t: FormTerm,
  backToOriginal: () => void,
): TemplateResult | typeof nothing {
  if (!restored) return nothing;
  return html`<div part="notice" class="notice">
    <p>${t('restoredNotice', { time: formatDraftTime(restored.at, locale) })}</p>
    ${
      restored.overValue
        ? html`<button type="button" part="button" @click=${backToOriginal}>${t('restoreOriginal')}</button>`
        : nothing
    }
  </div>`;
}

/** A field's name in the conflict table: the indicator's title, «Количество» or its population. */
export function fieldName(
  set: IndicatorSet,
  definition: IndicatorDefinition,
  role: FieldRole,
  locale: WidgetLocale,
  t: FormTerm,
): string {
  if (role === 'presence' || role === 'count') return pickText(definition.title, locale);
  if (role === 'numerator') return t('countLabel');
  const population =
    definition.kind === 'share'
      ? set.populations.find((candidate) => candidate.id === definition.population)
      : undefined;
  return t('populationLabel', { population: population ? pickText(population.title, locale) : '' });
}

/** Another tab saved this document: the fields that differ, ours and theirs, and the choice. */
export function conflictTemplate(
  state: DraftState<IndicatorFormDraft> | undefined,
  set: IndicatorSet,
  fields: readonly FormField[],
  locale: WidgetLocale,
  t: FormTerm,
  resolve: (choice: 'mine' | 'theirs') => void,
): TemplateResult | typeof nothing {
  if (state?.status !== 'conflict') return nothing;
  const ours = state.ours.entries;
  const theirs = state.theirs.data.entries;
  const definitions = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));
  const keys = fields.filter((field) => (ours[field.key] ?? '') !== (theirs[field.key] ?? ''));
  const show = (field: FormField, raw: string | undefined) => {
    if (!raw) return t('conflictEmpty');
    if (field.role !== 'presence') return raw;
    return raw === 'yes' ? t('presenceYes') : raw === 'no' ? t('presenceNo') : raw;
  };
  return html`<section part="conflict" class="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title">${draftMessage('state-conflict', locale)}</h3>
    <p>${draftMessage('conflict-hint', locale)}</p>
    ${
      keys.length === 0
        ? html`<p>${t('conflictSame')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${t('conflictIndicator')}</th>
                <th scope="col">${t('conflictOurs')}</th>
                <th scope="col">${t('conflictTheirs')}</th>
              </tr>
            </thead>
            <tbody>
              ${keys.map((field) => {
                const definition = definitions.get(field.code);
                return html`<tr data-key=${field.key}>
                  <th scope="row">
                    ${field.code} ${definition ? fieldName(set, definition, field.role, locale, t) : ''}
                  </th>
                  <td>${show(field, ours[field.key])}</td>
                  <td>${show(field, theirs[field.key])}</td>
                </tr>`;
              })}
            </tbody>
          </table>`
    }
    <div class="actions">${draftConflictActions(locale, resolve)}</div>
  </section>`;
}
