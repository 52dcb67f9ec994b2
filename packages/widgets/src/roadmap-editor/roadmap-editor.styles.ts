import { css } from 'lit';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * Layout of `<shnro-roadmap-editor>`: a document-like editor, each activity a light card. This file
 * holds what every part shares (fonts, buttons, fields); the panels, the section list and the print
 * version have their own sheets, composed after it in this order in the element's `static styles`.
 */
export const roadmapEditorStyles = css`
  :host {
    --_gap: var(--_space);
    --_card-shadow: 0 1px 2px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.4));
    max-width: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    cursor: pointer;
    line-height: 1.3;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: default;
    opacity: 0.75;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    padding: 2px 0;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button.icon {
    min-width: 2.2em;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    color: var(--_text);
  }
  button.danger {
    color: var(--_danger);
  }
  :is(button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  ${fieldStyles}
  input,
  select,
  textarea {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    width: 100%;
    min-width: 0;
  }
  textarea {
    resize: vertical;
    field-sizing: content;
    min-height: 2.6em;
  }
  label,
  dt {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    margin-bottom: 2px;
  }
  .hint,
  .summary,
  .section-meta,
  .doc-meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
    margin: var(--_space) 0;
  }
  .error {
    color: var(--_danger);
    margin-top: var(--_space);
  }
`;
