import {
  formatDateRange,
  isOpenRemark,
  type CalendarDate,
  type ParsedDeadline,
  type ReviewRemark,
  type RoadmapRemark,
  type RoadmapRole,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import type { RoadmapEditorMessageKey } from './messages.js';

// Small templates the rows, sections and panels share. Every text is bound as text, never HTML.

/** A message of the editor in the locale in force. */
export type Term = (key: RoadmapEditorMessageKey, values?: Record<string, string | number>) => string;

/** A calendar date as a report prints it: «15.12.2020». */
export function formatDay(date: CalendarDate, locale: WidgetLocale): string {
  return formatDateRange({ start: date, end: date }, locale);
}

/** The dates a deadline was read as: «до 15.12.2020», «I квартал 2021, II квартал 2021, и ещё 2». */
export function describeDeadline(deadline: ParsedDeadline, locale: WidgetLocale, t: Term): string {
  if (deadline.kind === 'by-date') {
    const last = deadline.ranges[deadline.ranges.length - 1];
    if (last) return t('deadlineBy', { date: formatDay(last.end, locale) });
  }
  const shown = deadline.ranges.slice(0, 4).map((range) => formatDateRange(range, locale));
  const more = deadline.ranges.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, ${t('deadlineMore', { count: more })}` : shown.join(', ');
}

/** The first letter in upper case: the core's labels are lower case, as they read inside a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const severityKey = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
} as const;

/** A keydown handler that cancels an inline form on Escape. */
export function escape(onCancel: (() => void) | undefined): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || !onCancel) return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}

/** What a person can do with one automatic review remark where it is shown. */
export interface ReviewRemarkActions {
  /** The reason form is open for this remark. */
  readonly dismissing: boolean;
  /** The label of the field the remark is about, for the hide button's name. */
  readonly fieldLabel: string;
  readonly onStartDismiss?: () => void;
  readonly onCancelDismiss?: () => void;
  readonly onDismiss?: (reason: string) => void;
  readonly onAccept?: () => void;
  /** Shown already next to the field (the deadline parser's own remark), so not repeated. */
  readonly hideMessage?: boolean;
}

/** One automatic review remark: severity, message, the core's suggestion, and its buttons. */
export function reviewRemarkTemplate(
  remark: ReviewRemark,
  id: string,
  locale: WidgetLocale,
  t: Term,
  actions: ReviewRemarkActions,
): TemplateResult {
  return html`<div
    class="remark remark--${remark.severity}"
    part="remark review-remark"
    id=${id}
    data-rule=${remark.ruleId}
  >
    <p class="remark-message">
      <span class="severity" part="severity">${t(severityKey[remark.severity])}</span>
      ${actions.hideMessage ? nothing : remark.message[locale]}
    </p>
    <p class="remark-suggestion">
      <span class="suggestion-label">${t('suggestion')}</span> ${remark.suggestion[locale]}
    </p>
    ${
      actions.dismissing && actions.onDismiss
        ? reasonForm(id, t, actions.onDismiss, actions.onCancelDismiss)
        : html`${
            actions.onStartDismiss
              ? html`<button
                  type="button"
                  class="link"
                  part="button dismiss"
                  aria-label=${t('dismissLabel', { field: actions.fieldLabel })}
                  @click=${actions.onStartDismiss}
                >
                  ${t('dismiss')}
                </button>`
              : nothing
          }
          ${
            actions.onAccept
              ? html`<button type="button" class="link" part="button accept" @click=${actions.onAccept}>
                  ${t('acceptRemark')}
                </button>`
              : nothing
          }`
    }
  </div>`;
}

function reasonForm(
  id: string,
  t: Term,
  onDismiss: (reason: string) => void,
  onCancel: (() => void) | undefined,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('reason') as HTMLInputElement;
    const reason = input.value.trim();
    if (reason) onDismiss(reason);
    else input.reportValidity();
  };
  return html`<form
    class="inline-form dismiss-form"
    part="dismiss-form"
    @submit=${submit}
    @keydown=${escape(onCancel)}
  >
    <label for="${id}-reason">${t('dismissReason')}</label>
    <input id="${id}-reason" name="reason" required autocomplete="off" data-autofocus />
    <div class="inline-actions">
      <button type="submit" part="button">${t('dismissConfirm')}</button>
      <button type="button" part="button" @click=${onCancel}>${t('cancel')}</button>
    </div>
  </form>`;
}

/** What a person can do with a reviewer's remark where it is shown. */
export interface ReviewerRemarkActions {
  readonly onResolve?: () => void;
}

/** A reviewer's remark: who, when, the text, whether resolved; «Отметить как устранённое» for the reviewer. */
export function reviewerRemarkTemplate(
  remark: RoadmapRemark,
  locale: WidgetLocale,
  t: Term,
  actions: ReviewerRemarkActions,
  place?: string,
): TemplateResult {
  const resolved = !isOpenRemark(remark)
    ? remark.resolvedOn
      ? t('remarkResolvedOn', { date: formatDay(remark.resolvedOn, locale) })
      : t('remarkResolved')
    : '';
  return html`<div
    class="remark remark--reviewer remark--${remark.status}"
    part="remark reviewer-remark${isOpenRemark(remark) ? ' reviewer-remark-open' : ''}"
    data-remark=${remark.id}
  >
    <p class="remark-head">
      <strong>${t('reviewerRemark')}</strong>
      · ${t('remarkMeta', { author: remark.author, date: formatDay(remark.date, locale) })}
      ${resolved ? html`· <span class="resolved-label">${resolved}</span>` : nothing}
      ${place ? html`<span class="remark-place">${place}</span>` : nothing}
    </p>
    <p class="remark-text">${remark.text}</p>
    ${
      actions.onResolve && isOpenRemark(remark)
        ? html`<button type="button" class="link" part="button resolve" @click=${actions.onResolve}>
            ${t('resolve')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The reviewer's form for a new remark: a labelled text and «Добавить». */
export function remarkFormTemplate(
  id: string,
  label: string,
  t: Term,
  onAdd: (text: string) => void,
  onCancel?: () => void,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLTextAreaElement;
    const text = input.value.trim();
    if (!text) {
      input.reportValidity();
      return;
    }
    onAdd(text);
    form.reset();
  };
  return html`<form
    class="inline-form remark-form"
    part="remark-form"
    @submit=${submit}
    @keydown=${escape(onCancel)}
  >
    <label for=${id}>${label}</label>
    <textarea id=${id} name="text" rows="2" required data-autofocus></textarea>
    <div class="inline-actions">
      <button type="submit" part="button">${t('addRemarkConfirm')}</button>
      ${onCancel ? html`<button type="button" part="button" @click=${onCancel}>${t('cancel')}</button>` : nothing}
    </div>
  </form>`;
}

/** What `reviewerRemarksBlock` needs from an activity row or a section. */
export interface ReviewerRemarksBlock {
  /** The reviewer's remarks on the place; an author sees only the open ones. */
  readonly remarks: readonly RoadmapRemark[];
  readonly mode: RoadmapRole;
  readonly locale: WidgetLocale;
  readonly t: Term;
  /** Whether this person may add and resolve remarks here (the edit policy). */
  readonly canRemark: boolean;
  /** Whether the form for a new remark is open. */
  readonly adding: boolean;
  /** The id of the new remark's text field. */
  readonly formId: string;
  readonly onResolve: (remarkId: string) => void;
  readonly onAdd: (text: string) => void;
  /** Opens (`true`) or closes (`false`) the form for a new remark. */
  readonly onAdding: (open: boolean) => void;
}

/**
 * The reviewer's remarks on an activity or a section, then «Добавить замечание» or its form:
 * the same layout in both places.
 */
export function reviewerRemarksBlock(block: ReviewerRemarksBlock): TemplateResult {
  const { t, locale, canRemark } = block;
  const shown = block.remarks.filter((remark) => block.mode !== 'author' || isOpenRemark(remark));
  return html`${
    shown.length > 0
      ? html`<div class="reviewer-remarks">
          ${shown.map((remark) =>
            reviewerRemarkTemplate(
              remark,
              locale,
              t,
              canRemark ? { onResolve: () => block.onResolve(remark.id) } : {},
            ),
          )}
        </div>`
      : nothing
  }
  ${
    canRemark
      ? block.adding
        ? remarkFormTemplate(block.formId, t('remarkText'), t, block.onAdd, () => block.onAdding(false))
        : html`<button
            type="button"
            class="link"
            part="button add-remark"
            @click=${() => block.onAdding(true)}
          >
            ${t('addRemark')}
          </button>`
      : nothing
  }`;
}
