import { html, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { draftMessage } from './messages.js';

/** Which version a person keeps when two tabs saved the same draft. */
export type DraftConflictChoice = 'mine' | 'theirs';

/**
 * The two buttons every editor shows under a draft conflict (after it has shown both
 * versions its own way): keep this tab's version, or take the other tab's.
 */
export function draftConflictActions(
  locale: WidgetLocale,
  resolve: (choice: DraftConflictChoice) => void,
): TemplateResult {
  return html`<button type="button" part="button" class="keep-mine" @click=${() => resolve('mine')}>
      ${draftMessage('conflict-keep-mine', locale)}
    </button>
    <button type="button" part="button" class="take-theirs" @click=${() => resolve('theirs')}>
      ${draftMessage('conflict-take-theirs', locale)}
    </button>`;
}
