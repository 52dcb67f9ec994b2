import {
  formatOrderReference,
  openRemarks,
  parseOrderReference,
  roadmapActionLabels,
  roadmapStatusLabels,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PanelHandlers, PanelView } from './panels.js';
import { capitalize, escape, formatDay, type Term } from './parts.js';

// The lifecycle of the roadmap: its status with the steps the mode takes, and the steps taken.

/** Status, version and approving order; the lifecycle buttons the core allows and the mode takes. */
export function lifecycleTemplate(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  const { roadmap, locale, policy } = view;
  const approval = roadmap.approval
    ? ` · ${t('approvedBy', { order: formatOrderReference(roadmap.approval, locale, { case: 'instrumental' }) })}`
    : '';
  return html`<section class="lifecycle" part="lifecycle" aria-labelledby="lifecycle-heading">
    <h2 id="lifecycle-heading" class="visually-hidden">${t('lifecycle')}</h2>
    <p class="status-line" id="status-line" tabindex="-1">
      ${t('status')}:
      <span class="badge badge--${roadmap.status}" part="status" data-status=${roadmap.status}>
        ${roadmapStatusLabels[roadmap.status][locale]}
      </span>
      · ${t('version', { version: roadmap.version })}${approval}
    </p>
    ${
      policy.actions.length > 0
        ? html`<div class="actions">
            ${policy.actions.map(
              (action) =>
                html`<button
                  type="button"
                  class="primary"
                  part="button action action-${action}"
                  data-action=${action}
                  aria-expanded=${action === 'approve' || action === 'return' ? String(view.pendingAction === action) : nothing}
                  @click=${() => h.action(action)}
                >
                  ${capitalize(roadmapActionLabels[action][locale])}
                </button>`,
            )}
          </div>`
        : nothing
    }
    ${view.pendingAction === 'approve' ? approveForm(view, h, t) : nothing}
    ${view.pendingAction === 'return' ? returnForm(view, h, t) : nothing}
    ${view.transitionError ? html`<p class="error" part="error" role="alert">${view.transitionError}</p>` : nothing}
  </section>`;
}

/** The approving order, as documents write it, with what the core read from it. */
function approveForm(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  const order = parseOrderReference(view.orderText);
  const hint = order
    ? t('approvePreview', { order: formatOrderReference(order, view.locale, { withIssuer: true }) })
    : t('approveHint');
  return html`<form
    class="inline-form approve-form"
    part="approve-form"
    @submit=${h.approve}
    @keydown=${escape(h.cancelAction)}
  >
    <label for="approve-order">${t('approveOrder')}</label>
    <input
      id="approve-order"
      name="order"
      part="input"
      autocomplete="off"
      placeholder="приказ № 1699-осн от 30.12.2022"
      aria-describedby="approve-hint"
      .value=${live(view.orderText)}
      @input=${(event: InputEvent) => h.orderText((event.target as HTMLInputElement).value)}
    />
    <p id="approve-hint" class="hint">${hint}</p>
    ${view.overrideField ?? nothing}
    <div class="inline-actions">
      <button type="submit" class="primary" part="button">${t('approveConfirm')}</button>
      <button type="button" part="button" @click=${h.cancelAction}>${t('cancel')}</button>
    </div>
  </form>`;
}

/** The return: how many remarks go with it, and whether the automatic review's go too. */
function returnForm(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  return html`<form
    class="inline-form return-form"
    part="return-form"
    @submit=${h.returnWith}
    @keydown=${escape(h.cancelAction)}
  >
    <p>${t('returnOpen', { count: openRemarks(view.roadmap).length })}</p>
    ${
      view.reviewCandidates > 0
        ? html`<label class="check">
            <input type="checkbox" name="review" />
            ${t('returnIncludeReview', { count: view.reviewCandidates })}
          </label>`
        : nothing
    }
    <div class="inline-actions">
      <button type="submit" class="primary" part="button">${t('returnConfirm')}</button>
      <button type="button" part="button" @click=${h.cancelAction}>${t('cancel')}</button>
    </div>
  </form>`;
}

/** The lifecycle steps taken: when, what, who. */
export function historyTemplate(view: PanelView, t: Term): TemplateResult | typeof nothing {
  const { roadmap, locale } = view;
  if (roadmap.history.length === 0) return nothing;
  return html`<details class="history" part="history">
    <summary>${t('history', { count: roadmap.history.length })}</summary>
    <ol>
      ${roadmap.history.map(
        (entry) =>
          html`<li>
            ${t('historyEntry', {
              date: entry.date ? formatDay(entry.date, locale) : '—',
              action: roadmapActionLabels[entry.action][locale],
              from: roadmapStatusLabels[entry.from][locale],
              to: roadmapStatusLabels[entry.to][locale],
            })}${entry.by ? t('historyBy', { by: entry.by }) : ''}
          </li>`,
      )}
    </ol>
  </details>`;
}
