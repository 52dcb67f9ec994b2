import { css } from 'lit';
import { indicatorSectionStyles } from '../shared/indicator-section.styles.js';

/** Layout of `<shnro-indicator-form>`: sections of indicators, each with its fields, messages and live share. */
export const indicatorFormStyles = css`
  ${indicatorSectionStyles}
  .indicator {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  .indicator[part~='indicator-invalid'] {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  legend,
  .count > label {
    display: block;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.75);
    font-weight: 500;
  }
  legend {
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    margin-right: 0.3em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
  }
  .share-fields {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) minmax(10em, 1fr) minmax(8em, auto);
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: start;
  }
  @media (max-width: 640px) {
    .share-fields {
      grid-template-columns: 1fr;
    }
  }
  .field > label {
    display: block;
    font-size: 0.9em;
    margin-bottom: 0.25em;
  }
  .line {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  input[type='text'] {
    box-sizing: border-box;
    width: 8em;
    max-width: 100%;
    padding: 0.35em 0.5em;
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  input:disabled {
    opacity: 0.6;
  }
  input[type='radio'] {
    accent-color: var(--_accent);
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }
  .description,
  .unit,
  .hint {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .description {
    display: block;
    margin-top: 0.25em;
  }
  .message:empty,
  .hint:empty {
    display: none;
  }
  .message {
    color: var(--_danger);
    font-size: 0.9em;
    margin-top: 0.35em;
  }
  .message p {
    margin: 0;
  }
  .hint {
    margin-top: 0.35em;
  }
  .result {
    display: block;
    align-self: end;
    text-align: right;
    padding-bottom: 0.35em;
    font-variant-numeric: tabular-nums;
  }
  .percent {
    font-size: 1.25em;
    font-weight: 600;
  }
  .of {
    color: var(--_muted);
    margin-left: 0.3em;
  }
  .summary {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  button {
    font: inherit;
    padding: 0.45em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  button.primary {
    color: var(--_surface);
    background: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.link {
    vertical-align: top;
    border: none;
    padding: 0;
    background: none;
    color: inherit;
    text-align: left;
    text-decoration: underline;
  }
  .draft-status {
    min-height: 1.45em;
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .general,
  .error-summary,
  .notice,
  .conflict {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .general,
  .error-summary {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .general {
    padding-left: calc(var(--_space) * 3.5);
  }
  .error-summary p,
  .notice p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .notice p {
    margin: 0;
  }
  .conflict {
    border-color: var(--_warning);
  }
  .conflict table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
  }
  .conflict th,
  .conflict td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: left;
    vertical-align: top;
  }
  .empty {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-width: 3px;
    }
  }
`;
