import { css } from 'lit';

/**
 * A bordered table with a tinted header row and regular-weight row headers: the workspace tables
 * (`dataTableStyles`) and the indicator table.
 */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) * 0.6) var(--_space);
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
`;
