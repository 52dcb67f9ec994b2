import { html, nothing, type TemplateResult } from 'lit';
import type { MessageValues, WidgetLocale } from '../../shared/localize.js';
import type { DraftListMessageKey } from '../messages.js';
import { formatDraftDateTime } from '../messages.js';
import { setAsideMessage } from '../notice-messages.js';
import type { DraftExportSelection, DraftKey, DraftSummary, QuarantinedDraft } from '../types.js';
import { keyOf } from '../validate.js';

// The items of `<shnro-draft-list>`: one saved draft with its buttons (or the question before
// deleting it), and the records kept aside. Every text is bound as text, never HTML.

/** A message of the list in the locale in force. */
export type DraftListTerm = (key: DraftListMessageKey, values?: MessageValues) => string;

/** The id of a draft's item, for the delete confirmation and the focus after it. */
export const itemId = (key: DraftKey): string => JSON.stringify([key.kind, key.documentId]);

/** What the items show, besides the drafts themselves. */
export interface DraftItemsView {
  readonly locale: WidgetLocale;
  readonly t: DraftListTerm;
  /** The title a draft or a kept-aside record is listed under. */
  readonly titleOf: (entry: DraftKey & { title?: string; raw?: unknown }) => string;
}

/** What the buttons of the items ask the list to do. */
export interface DraftItemHandlers {
  restore(draft: DraftSummary): void;
  restoreAside(entry: QuarantinedDraft): void;
  exportSelection(selection: DraftExportSelection): void;
  askDiscard(id: string): void;
  cancelDiscard(id: string): void;
  discard(draft: DraftSummary): void;
}

/** One saved draft: its title, kind and time, and restore / save to a file / delete (asked first). */
export function draftItemTemplate(
  draft: DraftSummary,
  kind: string | undefined,
  confirming: boolean,
  view: DraftItemsView,
  h: DraftItemHandlers,
): TemplateResult {
  const { t } = view;
  const title = view.titleOf(draft);
  const id = itemId(draft);
  return html`<li part="item" data-document-id=${draft.documentId}>
    <span class="title" part="title">${title}</span>
    <p class="meta">
      ${kind ? html`${kind} · ` : nothing}<time part="time" datetime=${new Date(draft.savedAt).toISOString()}
        >${t('list-saved', { time: formatDraftDateTime(draft.savedAt, view.locale) })}</time
      >
    </p>
    ${
      confirming
        ? html`<div class="confirm" role="group" aria-label=${t('list-discard-label', { title })}>
            <p>${t('list-discard-confirm', { title })}</p>
            <button
              type="button"
              part="button discard"
              class="danger confirm-yes"
              @click=${() => h.discard(draft)}
            >
              ${t('list-discard-yes')}
            </button>
            <button type="button" part="button" class="confirm-no" @click=${() => h.cancelDiscard(id)}>
              ${t('list-discard-no')}
            </button>
          </div>`
        : html`<div class="actions" role="group" aria-label=${title}>
            <button
              type="button"
              part="button restore"
              class="restore"
              aria-label=${t('list-restore-label', { title })}
              @click=${() => h.restore(draft)}
            >
              ${t('list-restore')}
            </button>
            <button
              type="button"
              part="button export"
              class="export"
              aria-label=${t('list-export-label', { title })}
              @click=${() => h.exportSelection({ keys: [keyOf(draft)] })}
            >
              ${t('list-export')}
            </button>
            <button
              type="button"
              part="button discard"
              class="danger discard"
              data-id=${id}
              aria-label=${t('list-discard-label', { title })}
              @click=${() => h.askDiscard(id)}
            >
              ${t('list-discard')}
            </button>
          </div>`
    }
  </li>`;
}

/**
 * The records kept aside (never dropped): why and when each was, restore for the ones that can
 * still be read as a draft (`readable`), and save to a file for every one.
 */
export function asideTemplate(
  aside: readonly QuarantinedDraft[],
  readable: (entry: QuarantinedDraft) => boolean,
  view: DraftItemsView,
  h: DraftItemHandlers,
): TemplateResult | typeof nothing {
  if (aside.length === 0) return nothing;
  const { t, locale } = view;
  return html`<section class="aside" part="aside" aria-labelledby="aside-heading">
    <h3 id="aside-heading">${t('list-aside-heading')}</h3>
    <p class="hint">${t('list-aside-hint')}</p>
    <ul aria-labelledby="aside-heading">
      ${aside.map((entry) => {
        const title = view.titleOf(entry);
        return html`<li part="item" data-aside-id=${entry.id}>
          <span class="title" part="title">${title}</span>
          <p class="meta">
            ${setAsideMessage(entry.reason.code, locale)} ·
            <time part="time" datetime=${new Date(entry.quarantinedAt).toISOString()}
              >${t('list-aside-at', { time: formatDraftDateTime(entry.quarantinedAt, locale) })}</time
            >
          </p>
          <div class="actions" role="group" aria-label=${title}>
            ${
              readable(entry)
                ? html`<button
                    type="button"
                    part="button restore"
                    class="restore"
                    aria-label=${t('list-restore-label', { title })}
                    @click=${() => h.restoreAside(entry)}
                  >
                    ${t('list-restore')}
                  </button>`
                : nothing
            }
            <button
              type="button"
              part="button export"
              class="export"
              aria-label=${t('list-export-label', { title })}
              @click=${() => h.exportSelection({ setAsideIds: [entry.id] })}
            >
              ${t('list-export')}
            </button>
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}
