import { css } from 'lit';

/** Layout of `<shnro-indicator-table>`: a table per section that prints as the seeds' tables do. */
export const indicatorTableStyles = css`
  section + section {
    margin-top: calc(var(--_space) * 3);
  }
  h3 {
    font-size: 1em;
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) * 0.75) var(--_space);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    font-weight: 600;
    font-size: 0.9em;
  }
  tbody th {
    font-weight: 400;
  }
  td.number {
    width: 7.5em;
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .code {
    color: var(--_muted);
    font-size: 0.85em;
    margin-right: 0.4em;
  }
  .population {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  .remark {
    display: block;
    margin-top: calc(var(--_space) / 2);
    font-size: 0.85em;
  }
  .remark.error {
    color: var(--_danger);
  }
  .remark.warning {
    color: var(--_warning);
  }
  .remark.ok {
    color: var(--_success);
  }
  .empty {
    color: var(--_muted);
  }
  @media print {
    :host {
      color: #000;
    }
    table {
      page-break-inside: auto;
    }
    tr {
      page-break-inside: avoid;
    }
  }
`;
