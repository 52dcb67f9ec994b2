import { css } from 'lit';

/** Styles of `<shnro-draft-list>`; tokens come from the shared theme. */
export const draftListStyles = css`
  :host {
    --_gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0 0 var(--_gap);
    font-size: 1.1em;
    line-height: 1.3;
  }
  h3 {
    margin-top: calc(var(--_gap) * 2);
    font-size: 1em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  li {
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding: var(--_gap) calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta,
  .hint,
  .empty {
    color: var(--_muted);
    font-size: 0.93em;
    margin: 0;
  }
  .actions,
  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
  .file-actions {
    margin-top: calc(var(--_gap) * 1.5);
  }
  button,
  .file-label {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: calc(var(--_gap) / 2) var(--_gap);
    cursor: pointer;
  }
  button:hover,
  .file-label:hover {
    background: var(--_surface-alt);
  }
  button:focus-visible,
  input[type='file']:focus-visible + .file-label {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button.danger {
    color: var(--_danger);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.6;
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .confirm p {
    margin: 0;
    flex: 1 1 16em;
  }
  [role='status']:empty,
  [role='alert']:empty {
    display: none;
  }
  [role='status'] {
    margin: 0 0 var(--_gap);
    color: var(--_success);
  }
  [role='alert'] {
    margin: 0 0 var(--_gap);
    color: var(--_danger);
  }
  .aside li {
    border-style: dashed;
  }
`;
