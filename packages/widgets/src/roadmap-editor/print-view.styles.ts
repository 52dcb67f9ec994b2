import { css } from 'lit';

/** The print version: a table per section, as the seeds print their roadmaps. */
export const printViewStyles = css`
  /* print version: the seeds' layout */
  .print-toolbar {
    display: flex;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-view {
    font-family: var(--shnro-print-font-family, 'Times New Roman', 'Liberation Serif', serif);
    color: var(--_text);
    background: var(--_surface);
    padding: calc(var(--_space) * 2);
  }
  .print-approval {
    text-align: right;
    margin-left: auto;
    max-width: 22em;
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-title {
    text-align: center;
    font-size: 1.2em;
    font-weight: 700;
  }
  .print-title span {
    display: block;
  }
  .print-subtitle {
    font-weight: 400;
  }
  .print-school,
  .print-period {
    text-align: center;
  }
  .print-period {
    margin-bottom: calc(var(--_space) * 2);
  }
  .print-section {
    margin-top: calc(var(--_space) * 2);
  }
  .print-section h3 {
    font-size: 1.05em;
  }
  .print-meta {
    font-size: 0.9em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .print-view table {
    width: 100%;
    border-collapse: collapse;
  }
  .print-view th,
  .print-view td {
    border: 1px solid currentColor;
    padding: 4px 6px;
    vertical-align: top;
    text-align: left;
    font-size: 0.92em;
  }
  .print-view th {
    font-weight: 700;
    text-align: center;
  }
  .print-number {
    width: 3.5em;
    white-space: nowrap;
  }
  .print-problem {
    display: block;
    font-style: italic;
    margin-top: 2px;
  }

  @media print {
    :host {
      color: #000;
    }
    .screen,
    .print-toolbar {
      display: none !important;
    }
    .print-wrap {
      display: block !important;
    }
    .print-view {
      padding: 0;
      color: #000;
      background: none;
    }
    .print-view tr {
      break-inside: avoid;
    }
    .print-view thead {
      display: table-header-group;
    }
  }
`;
