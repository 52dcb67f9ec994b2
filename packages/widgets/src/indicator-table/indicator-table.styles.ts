import { css } from 'lit';
import { indicatorSectionStyles } from '../shared/indicator-section.styles.js';
import { tableStyles } from '../shared/table.styles.js';

/** Layout of `<shnro-indicator-table>`: a table per section that prints as the seeds' tables do. */
export const indicatorTableStyles = css`
  ${indicatorSectionStyles}
  ${tableStyles}
  th,
  td {
    padding-block: calc(var(--_space) * 0.75);
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
