import { draftConflictActions } from '../drafts/conflict-actions.js';
import {
  roadmapStatusLabels,
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
import type { roadmapConflictDiffTemplate } from './conflict-diff.js';
import type { RoadmapEditorDraft } from './draft.js';
import { formatDay, type Term } from './parts.js';

// The editor's panels around the sections: toolbar, notices, header (the lifecycle in
// lifecycle-panel.ts, the remarks in remarks-panel.ts); the view and handlers all of them take.

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
  /** The table of what differs in a draft conflict, once loaded (a conflict is rare: it loads with the first one). */
  readonly conflictDiff: typeof roadmapConflictDiffTemplate | undefined;
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
            ${view.conflictDiff?.(state.ours.roadmap, state.theirs.data.roadmap, locale) ?? nothing}
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
