import { css } from 'lit';
import { fieldStyles } from './field.styles.js';
import { tableStyles } from './table.styles.js';

/**
 * The tables of the methodologist's workspace (board, registry, ИОМ, mentorship, decisions,
 * cycles, scorecard) look alike: bordered cells, a tinted header, right-aligned tabular
 * figures, muted «нет данных», and status marks that carry a word as well as a colour.
 */
export const dataTableStyles = css`
  h2,
  h3 {
    font-size: 1.05em;
    font-weight: 600;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  ${tableStyles}
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: var(--_space);
  }
  .number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .muted,
  .missing {
    color: var(--_muted);
  }
  .missing {
    font-style: italic;
  }
  .mark {
    display: inline-block;
    font-size: 0.85em;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .mark.danger,
  .error {
    color: var(--_danger);
  }
  .mark.warning,
  .warning {
    color: var(--_warning);
  }
  .mark.success,
  .ok {
    color: var(--_success);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.4) var(--_space);
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  th button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  ${fieldStyles}
  [role='alert'] {
    color: var(--_danger);
  }
  ul.issues {
    margin: var(--_space) 0;
    padding-left: 1.2em;
  }
  .empty {
    color: var(--_muted);
  }
`;
