import type { Issue } from '@shnro/core';
import { html, type TemplateResult } from 'lit';

/**
 * The alert listing why data failed the core's check: a heading in the element's words, then each
 * issue as its field path and message (free text, rendered as text).
 */
export function issuesTemplate(heading: string, issues: readonly Issue[]): TemplateResult {
  return html`<div role="alert" part="remark">
    <p>${heading}</p>
    <ul class="issues">
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </div>`;
}
