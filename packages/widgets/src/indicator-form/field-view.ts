import { pickText, type IndicatorDefinition, type IndicatorResult, type ShareResult } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetLocale } from '../shared/localize.js';
import { fieldKey, type FieldRole, type IndicatorFormEntries } from './entries.js';
import type { FieldProblem, FormEvaluation } from './evaluate.js';
import type { indicatorFormMessages } from './messages.js';

// One indicator's fields as the form shows them: a yes/no choice, a number, or a count and its
// population with the percentage. Every text is bound as text, never HTML.

/** A message of the form in the locale in force. */
export type FormTerm = (
  key: keyof (typeof indicatorFormMessages)['ru'],
  values?: Record<string, string | number>,
) => string;

export const inputId = (code: string, role: FieldRole): string => `f-${code}-${role}`;
const messageId = (code: string, role: FieldRole): string => `m-${code}-${role}`;
const hintId = (code: string, role: FieldRole): string => `h-${code}-${role}`;

/** What the fields show. */
export interface FieldView {
  readonly evaluation: FormEvaluation;
  /** The problems shown now, by field key. */
  readonly shown: ReadonlyMap<string, FieldProblem[]>;
  readonly entries: IndicatorFormEntries;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly locale: WidgetLocale;
  /** Why the last paste from a spreadsheet was refused, under the field it was pasted into. */
  readonly pasteProblem?: { readonly key: string; readonly message: string } | undefined;
}

/** What the fields tell the form. */
export interface FieldHandlers {
  /** A keystroke in a number field. */
  input(key: string, event: Event): void;
  /** A field was left changed. */
  commit(key: string, code: string, event: Event): void;
  /** A choice was picked. */
  choose(key: string, value: string, code: string, event: Event): void;
  /** Cells pasted into a number field, perhaps from a spreadsheet. */
  paste(key: string, event: ClipboardEvent): void;
}

/** One indicator: its title, its fields, the problems and hints next to each. */
export function indicatorTemplate(
  definition: IndicatorDefinition,
  result: IndicatorResult,
  view: FieldView,
  h: FieldHandlers,
  t: FormTerm,
): TemplateResult {
  const { shown } = view;
  const invalid =
    definition.kind === 'share'
      ? shown.has(fieldKey(definition.code, 'numerator')) ||
        shown.has(fieldKey(definition.code, 'denominator'))
      : shown.has(fieldKey(definition.code, definition.kind));
  const part = invalid ? 'indicator indicator-invalid' : 'indicator';
  const title = html`<span class="code">${definition.code}</span> ${result.title}`;
  switch (definition.kind) {
    case 'presence':
      return html`
        <fieldset part=${part} class="indicator presence" data-code=${definition.code}>
          <legend id="t-${definition.code}">${title}</legend>
          ${choicesTemplate(definition, view, h, t)} ${notesTemplate(definition.code, 'presence', view)}
        </fieldset>
      `;
    case 'count': {
      const unit = definition.unit ? pickText(definition.unit, view.locale) : '';
      return html`
        <div part=${part} class="indicator count" data-code=${definition.code}>
          <label id="t-${definition.code}" for=${inputId(definition.code, 'count')}>${title}</label>
          <div class="line">
            ${numberTemplate(definition.code, 'count', `t-${definition.code}`, view, h, unit)}
            ${unit ? html`<span class="unit" id="u-${definition.code}">${unit}</span>` : nothing}
          </div>
          ${notesTemplate(definition.code, 'count', view)}
        </div>
      `;
    }
    case 'share': {
      const share = result as ShareResult;
      const code = definition.code;
      return html`
        <fieldset part=${part} class="indicator share" data-code=${code}>
          <legend id="t-${code}">${title}</legend>
          <div class="share-fields">
            <div class="field">
              <label id="l-${code}-numerator" for=${inputId(code, 'numerator')}>${t('countLabel')}</label>
              ${numberTemplate(code, 'numerator', `l-${code}-numerator t-${code}`, view, h)}
              <span class="description" id="d-${code}">${share.numeratorDescription}</span>
              ${notesTemplate(code, 'numerator', view)}
            </div>
            <div class="field">
              <label id="l-${code}-denominator" for=${inputId(code, 'denominator')}>
                ${t('populationLabel', { population: share.populationTitle })}
              </label>
              ${numberTemplate(code, 'denominator', `l-${code}-denominator t-${code}`, view, h)}
              ${notesTemplate(code, 'denominator', view)}
            </div>
            <output
              part="result"
              class="result"
              for="${inputId(code, 'numerator')} ${inputId(code, 'denominator')}"
              aria-live="off"
              >${percentTemplate(share, t)}</output
            >
          </div>
        </fieldset>
      `;
    }
  }
}

function percentTemplate(share: ShareResult, t: FormTerm): TemplateResult {
  if (share.display === null || share.numerator === null || share.denominator === null) {
    return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t('noPercent')}</span>`;
  }
  return html`<span class="percent">${share.display}</span>
    <span class="of">${t('resultOf', { count: share.numerator, population: share.denominator })}</span>`;
}

function numberTemplate(
  code: string,
  role: FieldRole,
  labelledBy: string,
  view: FieldView,
  h: FieldHandlers,
  unit = '',
): TemplateResult {
  const key = fieldKey(code, role);
  const described = [messageId(code, role), hintId(code, role)];
  if (role === 'numerator') described.push(`d-${code}`);
  if (unit) described.push(`u-${code}`);
  // type="text", not "number": a number input empties itself on «12,5» or «abc», and what was typed would be lost.
  return html`<input
    part="input"
    id=${inputId(code, role)}
    class=${role}
    type="text"
    inputmode="numeric"
    autocomplete="off"
    spellcheck="false"
    aria-labelledby=${labelledBy}
    aria-describedby=${described.join(' ')}
    aria-invalid=${view.shown.has(key) ? 'true' : 'false'}
    ?required=${view.required}
    ?disabled=${view.disabled}
    .value=${live(view.entries[key] ?? '')}
    @input=${(event: Event) => h.input(key, event)}
    @change=${(event: Event) => h.commit(key, code, event)}
    @paste=${(event: ClipboardEvent) => h.paste(key, event)}
  />`;
}

function choicesTemplate(
  definition: IndicatorDefinition,
  view: FieldView,
  h: FieldHandlers,
  t: FormTerm,
): TemplateResult {
  const code = definition.code;
  const key = fieldKey(code, 'presence');
  const raw = view.entries[key] ?? '';
  const choices = [
    ['yes', t('presenceYes')],
    ['no', t('presenceNo')],
    ['', t('presenceUnset')],
  ] as const;
  return html`<div class="choices">
    ${choices.map(
      ([value, label], index) =>
        html`<label class="choice">
          <input
            part="input"
            type="radio"
            name="p-${code}"
            id=${index === 0 ? inputId(code, 'presence') : `${inputId(code, 'presence')}-${value || 'unset'}`}
            .value=${value}
            .checked=${live(raw === value)}
            aria-describedby="${messageId(code, 'presence')} ${hintId(code, 'presence')}"
            aria-invalid=${view.shown.has(key) ? 'true' : 'false'}
            ?disabled=${view.disabled}
            @input=${(event: Event) => event.stopPropagation()}
            @change=${(event: Event) => h.choose(key, value, code, event)}
          />
          ${label}
        </label>`,
    )}
  </div>`;
}

function notesTemplate(code: string, role: FieldRole, view: FieldView): TemplateResult {
  const key = fieldKey(code, role);
  const problems = view.shown.get(key) ?? [];
  const hint = problems.length === 0 ? view.evaluation.hints.get(key) : undefined;
  return html`<div class="message" part="message" id=${messageId(code, role)}>
      ${problems.map((problem) => html`<p>${problem.issue.message}</p>`)}
      ${
        view.pasteProblem?.key === key
          ? html`<p part="paste-problem" role="alert">${view.pasteProblem.message}</p>`
          : nothing
      }
    </div>
    <div class="hint" part="hint" id=${hintId(code, role)}>${hint ?? nothing}</div>`;
}
