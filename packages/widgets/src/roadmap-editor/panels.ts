import { draftConflictActions } from '../drafts/conflict-actions.js';
import {
  formatOrderReference,
  openRemarks,
  parseOrderReference,
  roadmapActionLabels,
  roadmapStatusLabels,
  isOpenRemark,
  type DismissedRemark,
  type RemarkDismissal,
  type RemarkTarget,
  type RoadmapPermissions,
  type RoadmapRole,
  type Roadmap,
  type RoadmapAction,
  type RoadmapRemark,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { draftMessage, formatDraftTime } from '../drafts/messages.js';
import type { DraftState } from '../drafts/types.js';
import type { WidgetLocale } from '../shared/localize.js';
import { roadmapConflictDiffTemplate } from './conflict-diff.js';
import type { RoadmapEditorDraft } from './draft.js';
import {
  capitalize,
  escape,
  formatDay,
  remarkFormTemplate,
  reviewerRemarkTemplate,
  type Term,
} from './parts.js';

// The editor's panels around the sections: toolbar, notices, header, lifecycle, remarks, history.

/** A header field of the roadmap. */
export type HeaderPart = 'title' | 'school' | 'start' | 'end';

/** What the panels show. */
export interface PanelView {
  readonly roadmap: Roadmap;
  readonly policy: RoadmapPermissions;
  readonly mode: RoadmapRole;
  readonly locale: WidgetLocale;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The draft's state in words; undefined when the editor keeps no draft. */
  readonly draftMessage: string | undefined;
  readonly draftState: DraftState<RoadmapEditorDraft> | undefined;
  readonly restored: { readonly at: number; readonly overValue: boolean } | undefined;
  readonly stale: { readonly data: RoadmapEditorDraft; readonly at: number } | undefined;
  readonly importProblem:
    { readonly message: string; readonly issues: readonly { path: string; message: string }[] } | undefined;
  readonly headerProblem: string | undefined;
  readonly transitionError: string | undefined;
  readonly pendingAction: 'approve' | 'return' | undefined;
  readonly orderText: string;
  /** The reason for approving while a review rule fires, once the core asked for one (override-reason.ts). */
  readonly overrideField?: TemplateResult | typeof nothing;
  /** Review remarks the reviewer may add to a return. */
  readonly reviewCandidates: number;
  readonly addingGeneralRemark: boolean;
  readonly hidden: readonly DismissedRemark[];
  placeLabel(remark: RoadmapRemark): string;
}

/** What the panels ask the editor to do. */
export interface PanelHandlers {
  undo(): void;
  redo(): void;
  pickFile(): void;
  file(event: Event): void;
  exportFile(): void;
  printPreview(): void;
  backToOriginal(): void;
  closeRestored(): void;
  openStale(): void;
  discardDraft(): void;
  resolveConflict(choice: 'mine' | 'theirs'): void;
  closeImportProblems(): void;
  header(part: HeaderPart, value: string): void;
  seal(): void;
  action(action: RoadmapAction): void;
  cancelAction(): void;
  approve(event: SubmitEvent): void;
  returnWith(event: SubmitEvent): void;
  orderText(value: string): void;
  resolve(remarkId: string): void;
  goTo(target: RemarkTarget): void;
  addGeneralRemark(text: string): void;
  toggleGeneralRemark(open: boolean): void;
  restoreDismissal(dismissal: RemarkDismissal): void;
}

const activityCount = (roadmap: Roadmap) =>
  roadmap.sections.reduce((sum, section) => sum + section.activities.length, 0);

/** Undo, redo, file and print buttons, and the line saying where the draft is. */
export function toolbarTemplate(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('toolbar')}>
    ${
      view.mode !== 'readonly'
        ? html`<button
              type="button"
              part="button undo"
              aria-keyshortcuts="Control+Z"
              aria-disabled=${view.canUndo ? 'false' : 'true'}
              @click=${h.undo}
            >
              ↶ ${t('undo')}
            </button>
            <button
              type="button"
              part="button redo"
              aria-keyshortcuts="Control+Shift+Z Control+Y"
              aria-disabled=${view.canRedo ? 'false' : 'true'}
              @click=${h.redo}
            >
              ↷ ${t('redo')}
            </button>`
        : nothing
    }
    ${
      view.policy.content
        ? html`<button type="button" part="button import" @click=${h.pickFile}>${t('import')}</button>
            <input
              type="file"
              accept="application/json,.json"
              aria-label=${t('importFile')}
              data-import
              hidden
              @change=${h.file}
            />`
        : nothing
    }
    <button type="button" part="button export" @click=${h.exportFile}>${t('export')}</button>
    <button type="button" part="button print-preview" @click=${h.printPreview}>${t('printPreview')}</button>
    ${
      view.draftMessage !== undefined
        ? html`<p part="draft-status" class="draft-status" role="status">${view.draftMessage}</p>`
        : nothing
    }
  </div>`;
}

/** A restored draft, a stale one, or a conflict with another tab. */
export function draftNoticesTemplate(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  const { restored, stale, draftState: state, locale, roadmap } = view;
  return html`
    ${
      restored
        ? html`<div part="notice" class="notice">
            <p>${t('restoredNotice', { time: formatDraftTime(restored.at, locale) })}</p>
            ${
              restored.overValue
                ? html`<button type="button" part="button" @click=${h.backToOriginal}>
                    ${t('restoreOriginal')}
                  </button>`
                : nothing
            }
            <button type="button" part="button" @click=${h.closeRestored}>${t('close')}</button>
          </div>`
        : nothing
    }
    ${
      stale
        ? html`<div part="notice" class="notice notice--warning">
            <p>
              ${t('staleNotice', {
                time: formatDraftTime(stale.at, locale),
                status: roadmapStatusLabels[stale.data.roadmap.status][locale],
                version: stale.data.roadmap.version,
                current: roadmapStatusLabels[roadmap.status][locale],
              })}
            </p>
            <button type="button" part="button" @click=${h.openStale}>${t('staleOpen')}</button>
            <button type="button" part="button" @click=${h.discardDraft}>${t('staleDiscard')}</button>
          </div>`
        : nothing
    }
    ${
      state?.status === 'conflict'
        ? html`<section
            part="notice conflict"
            class="notice notice--warning"
            aria-labelledby="conflict-title"
          >
            <h2 id="conflict-title">${draftMessage('state-conflict', locale)}</h2>
            <p>${draftMessage('conflict-hint', locale)}</p>
            <ul>
              <li>${t('conflictOurs', { count: activityCount(state.ours.roadmap) })}</li>
              <li>
                ${t('conflictTheirs', {
                  count: activityCount(state.theirs.data.roadmap),
                  time: formatDraftTime(state.theirs.savedAt, locale),
                })}
              </li>
            </ul>
            ${roadmapConflictDiffTemplate(state.ours.roadmap, state.theirs.data.roadmap, locale)}
            ${draftConflictActions(locale, (choice) => h.resolveConflict(choice))}
          </section>`
        : nothing
    }
  `;
}

/** Why a file was not loaded: the editor's sentence, then the core's issues by field path. */
export function importProblemsTemplate(
  view: PanelView,
  h: PanelHandlers,
  t: Term,
): TemplateResult | typeof nothing {
  const problem = view.importProblem;
  if (!problem) return nothing;
  return html`<div part="import-problems" class="notice notice--error" role="alert">
    <p>${problem.message}</p>
    ${
      problem.issues.length > 0
        ? html`<ul class="issues">
            ${problem.issues
              .slice(0, 20)
              .map((issue) => html`<li><code>${issue.path || '—'}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing
    }
    <button type="button" part="button" @click=${h.closeImportProblems}>${t('close')}</button>
  </div>`;
}

/** Title, school and period: fields while the school writes, a heading otherwise. */
export function headerTemplate(view: PanelView, h: PanelHandlers, t: Term): TemplateResult {
  const { roadmap, locale } = view;
  if (!view.policy.content) {
    const period = `${formatDay(roadmap.period.start, locale)} — ${formatDay(roadmap.period.end, locale)}`;
    return html`<header class="header" part="header">
      <h2 class="doc-title">${roadmap.title}</h2>
      <p class="doc-meta">${roadmap.school.name} · ${period}</p>
    </header>`;
  }
  const field = (part: HeaderPart, label: string, value: string, type = 'text') =>
    html`<div class="field field-header-${part}">
      <label for="header-${part}">${label}</label>
      <input
        id="header-${part}"
        part="input"
        type=${type}
        data-field="header-${part}"
        autocomplete="off"
        .value=${live(value)}
        @input=${(event: InputEvent) => h.header(part, (event.target as HTMLInputElement).value)}
        @blur=${h.seal}
      />
    </div>`;
  return html`<section class="header header--edit" part="header" aria-labelledby="header-heading">
    <h2 id="header-heading" class="visually-hidden">${t('header')}</h2>
    <div class="header-fields">
      ${field('title', t('headerTitle'), roadmap.title)} ${field('school', t('school'), roadmap.school.name)}
      ${field('start', t('periodStart'), roadmap.period.start, 'date')}
      ${field('end', t('periodEnd'), roadmap.period.end, 'date')}
    </div>
    ${
      view.headerProblem
        ? html`<p class="error" role="alert">${t('headerNotSaved', { problems: view.headerProblem })}</p>`
        : nothing
    }
  </section>`;
}

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

/**
 * The reviewer's remarks at the top: for the author every open one, prominently, with «Перейти»;
 * for the reviewer those with no place on screen (the roadmap as a whole, deleted activities).
 */
export function remarksPanelTemplate(
  view: PanelView,
  h: PanelHandlers,
  t: Term,
): TemplateResult | typeof nothing {
  const { roadmap, policy, locale } = view;
  const known = new Set<string>();
  for (const section of roadmap.sections) {
    known.add(section.id);
    for (const activity of section.activities) known.add(activity.id);
  }
  const placed = (remark: RoadmapRemark) =>
    remark.target.activityId !== undefined
      ? known.has(remark.target.activityId)
      : remark.target.sectionId !== undefined && known.has(remark.target.sectionId);
  const list = roadmap.remarks.filter((remark) =>
    view.mode === 'author' ? isOpenRemark(remark) : !placed(remark),
  );
  if (list.length === 0 && !policy.remarks) return nothing;
  return html`<section class="remarks-panel" part="remarks-panel" aria-labelledby="remarks-heading">
    <h2 id="remarks-heading">
      ${t('remarksHeading')}
      <span class="count">${t('remarksOpen', { count: openRemarks(roadmap).length })}</span>
    </h2>
    ${
      list.length > 0
        ? html`<ul class="remarks-list">
            ${list.map(
              (remark) =>
                html`<li>
                  ${reviewerRemarkTemplate(
                    remark,
                    locale,
                    t,
                    policy.remarks ? { onResolve: () => h.resolve(remark.id) } : {},
                    view.placeLabel(remark),
                  )}
                  ${
                    placed(remark)
                      ? html`<button
                          type="button"
                          class="link"
                          part="button go-to"
                          @click=${() => h.goTo(remark.target)}
                        >
                          ${t('goTo')}
                        </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      policy.remarks
        ? view.addingGeneralRemark
          ? remarkFormTemplate('general-remark', t('generalRemark'), t, h.addGeneralRemark, () =>
              h.toggleGeneralRemark(false),
            )
          : html`<button
              type="button"
              class="link"
              part="button add-remark"
              @click=${() => h.toggleGeneralRemark(true)}
            >
              ${t('generalRemark')}
            </button>`
        : nothing
    }
  </section>`;
}

/** The review remarks hidden with a reason; the reviewer sees them open, the author may bring them back. */
export function dismissedTemplate(
  view: PanelView,
  h: PanelHandlers,
  t: Term,
): TemplateResult | typeof nothing {
  const { hidden, locale } = view;
  if (hidden.length === 0) return nothing;
  return html`<details class="dismissed" part="dismissed" ?open=${view.mode === 'reviewer'}>
    <summary>${t('dismissedHeading', { count: hidden.length })}</summary>
    <ul>
      ${hidden.map(
        ({ remark, dismissal }) =>
          html`<li>
            <p>${remark.message[locale]}</p>
            <p class="hint">
              ${t('dismissedReason', { reason: dismissal.reason })}
              (${dismissal.by ? `${dismissal.by}, ` : ''}${formatDay(dismissal.date, locale)})
            </p>
            ${
              view.policy.dismiss
                ? html`<button
                    type="button"
                    class="link"
                    part="button restore"
                    @click=${() => h.restoreDismissal(dismissal)}
                  >
                    ${t('restore')}
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </details>`;
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
