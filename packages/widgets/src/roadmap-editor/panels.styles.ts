import { css } from 'lit';

/** The panels around the sections: toolbar and notices, header and lifecycle, remarks. */
export const panelsStyles = css`
  /* toolbar and notices */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-bottom: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
  }
  .draft-status {
    margin-left: auto;
    color: var(--_success);
    font-size: 0.9em;
  }
  .notice {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .notice > p,
  .notice > ul,
  .notice > h2 {
    flex-basis: 100%;
  }
  .notice h2 {
    font-size: 1em;
  }
  .notice--warning {
    border-left-color: var(--_warning);
  }
  .notice--error {
    border-left-color: var(--_danger);
  }
  .issues {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .issues code {
    font-size: 0.95em;
  }

  /* header and lifecycle */
  .header {
    margin-bottom: var(--_space);
  }
  .doc-title {
    font-size: 1.35em;
    font-weight: 650;
    margin-bottom: 2px;
  }
  .header-fields {
    display: grid;
    grid-template-columns: 2fr 2fr 1fr 1fr;
    gap: var(--_space);
  }
  .lifecycle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) 0;
    margin-bottom: var(--_space);
  }
  .lifecycle .error,
  .lifecycle form {
    flex-basis: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .badge {
    display: inline-block;
    padding: 1px 10px;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .badge--returned {
    color: var(--_warning);
    border-color: currentColor;
  }
  .badge--approved,
  .badge--in-progress,
  .badge--reported {
    color: var(--_success);
    border-color: currentColor;
  }
  .badge--submitted {
    color: var(--_accent);
    border-color: currentColor;
  }
  .inline-form {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-width: 40em;
    margin-top: calc(var(--_space) * 0.5);
  }
  .inline-actions {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    color: var(--_text);
    font-weight: 400;
    font-size: 1em;
  }
  .check input {
    width: auto;
  }

  /* remarks */
  .remarks-panel {
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }
  .remarks-panel h2 {
    font-size: 1.05em;
    margin-bottom: var(--_space);
  }
  .remarks-panel .count {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .remarks-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .remark {
    font-size: 0.9em;
    border-left: 3px solid var(--_border);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-top: calc(var(--_space) * 0.5);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .remark p + p {
    margin-top: 2px;
  }
  .remark--warning {
    border-left-color: var(--_warning);
  }
  .remark--error {
    border-left-color: var(--_danger);
  }
  .remark--info {
    border-left-color: var(--_accent);
  }
  .severity {
    font-weight: 700;
  }
  .remark--warning .severity {
    color: var(--_warning);
  }
  .remark--error .severity {
    color: var(--_danger);
  }
  .suggestion-label {
    font-weight: 600;
  }
  .remark--reviewer.remark--open {
    border-left-color: var(--_warning);
    border-left-width: 4px;
  }
  .remark--resolved {
    color: var(--_muted);
  }
  .remark-place {
    display: block;
    color: var(--_muted);
  }
  .resolved-label {
    color: var(--_success);
  }
`;
