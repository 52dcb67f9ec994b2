import { css } from 'lit';

/** Layout of `<shnro-school-registry>`: the drop zone, the mapping, the windowed preview, the diff, the proposals. */
export const schoolRegistryStyles = css`
  h2 {
    font-size: 1.15em;
    margin-top: 0;
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    background: var(--_surface-alt);
  }
  .drop.dragging {
    border-color: var(--_accent);
  }
  .drop p {
    margin: 0 0 var(--_space);
  }
  .notice:empty {
    display: none;
  }
  .rejected,
  .problems .error,
  .error {
    color: var(--_danger);
  }
  .problems .warning {
    color: var(--_warning);
  }
  .mapping {
    width: auto;
  }
  .mapping th,
  .mapping td {
    vertical-align: middle;
  }
  label.only,
  label.sheet {
    display: block;
    margin: var(--_space) 0;
  }
  .scroller {
    height: var(--shnro-registry-preview-height, 24em);
    overflow: auto;
    border: 1px solid var(--_border);
    contain: strict;
  }
  .scroller table {
    table-layout: auto;
  }
  .scroller caption {
    text-align: left;
    padding: var(--_space);
  }
  .scroller thead th {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .scroller tbody td,
  .scroller tbody th {
    white-space: nowrap;
    max-width: 24em;
    overflow: hidden;
    text-overflow: ellipsis;
    height: 1.6em;
    padding-top: 0.2em;
    padding-bottom: 0.2em;
  }
  .scroller tr.spacer td {
    padding: 0;
    border: 0;
  }
  .scroller .said {
    max-width: 40em;
  }
  tr.error > th {
    box-shadow: inset 3px 0 0 var(--_danger);
  }
  tr.warning > th {
    box-shadow: inset 3px 0 0 var(--_warning);
  }
  td.problem {
    outline: 2px solid var(--_danger);
    outline-offset: -2px;
  }
  tr.warning td.problem {
    outline-color: var(--_warning);
  }
  .flag {
    font-weight: 700;
    margin-right: 0.3em;
  }
  .letter {
    font-weight: 400;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }
  button {
    font: inherit;
    padding: 0.3em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_surface);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  article {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  article h4 {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .reject textarea {
    display: block;
    width: 100%;
    max-width: 40em;
    font: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
