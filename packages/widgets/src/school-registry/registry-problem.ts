import { formatPath, type DisplayLocale } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LazyValidation } from '../shared/lazy-validate.js';

/**
 * A malformed registry from the page, said in place: where it breaks at once (from the core's
 * zod-free check), then the core's words for each problem once they have loaded.
 */
export function renderRegistryProblem(
  check: Pick<LazyValidation<unknown, DisplayLocale>, 'messages' | 'path'>,
  value: unknown,
  locale: DisplayLocale,
  heading: (path: string) => string,
): TemplateResult {
  const messages = check.messages(value, locale);
  const path = formatPath(['registry', ...(check.path() ?? [])]);
  return html`<div role="alert" part="remark" class="error">
    <p>${heading(path)}</p>
    ${
      messages?.length
        ? html`<ul>
            ${messages.map((message) => html`<li>${message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
