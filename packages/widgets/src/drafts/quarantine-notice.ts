import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { buildDraftFile, draftFileToFile } from './draft-file.js';
import { noticeMessage as draftMessage, setAsideMessage } from './notice-messages.js';
import type { QuarantinedDraft } from './types.js';

/** A kept-aside draft the person is told of, and whether its data can go back into the editor. */
export interface QuarantineNoticeEntry {
  readonly entry: QuarantinedDraft;
  readonly restorable: boolean;
}

/** What the person can do with a kept-aside draft. */
export interface QuarantineNoticeActions {
  restore(id: number): void;
  dismiss(id: number): void;
  download(file: File): void;
}

/** Fields that carry bookkeeping, not the person's words. */
const bookkeeping = new Set([
  'id',
  'scope',
  'kind',
  'documentId',
  'tabId',
  'schemaVersion',
  'revision',
  'savedAt',
]);

/**
 * Every piece of text a kept-aside value holds, one per line, in the order found: what can be
 * read of a damaged draft whatever its shape. Bounded, so a huge or cyclic value cannot hang the page.
 */
export function recoveredText(raw: unknown, maxLines = 5000): string {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): void => {
    if (lines.length >= maxLines || depth > 64) return;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text && lines[lines.length - 1] !== text) lines.push(text);
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      lines.push(String(value));
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      if (Array.isArray(value)) {
        for (const item of value) walk(item, depth + 1);
      } else {
        for (const [name, item] of Object.entries(value)) if (!bookkeeping.has(name)) walk(item, depth + 1);
      }
    }
  };
  const data = (raw as { data?: unknown } | null)?.data;
  walk(data === undefined ? raw : data, 0);
  return lines.join('\n');
}

/** The kept-aside draft as a drafts file that `<shnro-draft-list>` can load again. */
export function quarantineJsonFile(entry: QuarantinedDraft, now: Date = new Date()): File {
  const file = draftFileToFile(buildDraftFile([], [entry], now));
  return new File([file], `${entry.documentId}-${file.name}`, { type: file.type });
}

/** The text that could be read of a kept-aside draft, as a plain text file. */
export function quarantineTextFile(entry: QuarantinedDraft): File {
  return new File([recoveredText(entry.raw)], `${entry.documentId}-draft.txt`, {
    type: 'text/plain;charset=utf-8',
  });
}

// Loaded by dynamic import when a draft is kept aside (lazy.ts), and at idle time for offline use.

/**
 * The notice an editing widget shows when its stored draft could not be opened and was kept
 * aside: why, the text that could be read, and the ways to get it back.
 */
export function draftQuarantineNotice(
  locale: WidgetLocale,
  entries: readonly QuarantineNoticeEntry[],
  actions: QuarantineNoticeActions,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`${entries.map(({ entry, restorable }) => {
    const id = `draft-aside-${entry.id}`;
    return html`<section
      part="notice quarantine"
      class="notice notice--warning quarantine"
      role="region"
      aria-labelledby=${`${id}-title`}
      data-aside-id=${entry.id}
    >
      <h2 id=${`${id}-title`}>
        ${draftMessage('quarantine-heading', locale, { reason: setAsideMessage(entry.reason.code, locale) })}
      </h2>
      <p>${draftMessage('quarantine-hint', locale)}</p>
      <label for=${`${id}-text`}>${draftMessage('quarantine-text-label', locale)}</label>
      <textarea
        id=${`${id}-text`}
        part="input"
        class="recovered"
        readonly
        rows="4"
        .value=${recoveredText(entry.raw)}
      ></textarea>
      ${restorable ? nothing : html`<p>${draftMessage('quarantine-no-restore', locale)}</p>`}
      <div class="actions">
        ${
          restorable
            ? html`<button
                type="button"
                part="button"
                class="restore"
                @click=${() => actions.restore(entry.id)}
              >
                ${draftMessage('quarantine-restore', locale)}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="button"
          class="save-json"
          @click=${() => actions.download(quarantineJsonFile(entry))}
        >
          ${draftMessage('quarantine-save-json', locale)}
        </button>
        <button
          type="button"
          part="button"
          class="save-text"
          @click=${() => actions.download(quarantineTextFile(entry))}
        >
          ${draftMessage('quarantine-save-text', locale)}
        </button>
        <button type="button" part="button" class="dismiss" @click=${() => actions.dismiss(entry.id)}>
          ${draftMessage('quarantine-dismiss', locale)}
        </button>
      </div>
    </section>`;
  })}`;
}
