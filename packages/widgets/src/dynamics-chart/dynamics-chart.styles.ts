import { css } from 'lit';
import { chartLegendStyles } from './chart-legend.styles.js';
import { chartSvgStyles } from './chart-svg.styles.js';

// The frame around the drawing: colours, toolbar, caption, notices (first), then the summary,
// the table and forced colours (last); the drawing and the legend have their own files, in between.
const frameStyles = css`
  :host {
    --_c1: var(--shnro-chart-color-1, light-dark(#0072b2, #56b4e9));
    --_c2: var(--shnro-chart-color-2, light-dark(#c25400, #ef8354));
    --_c3: var(--shnro-chart-color-3, light-dark(#007a5a, #2fbf8f));
    --_c4: var(--shnro-chart-color-4, light-dark(#b4498c, #dc8ab8));
    --_c5: var(--shnro-chart-color-5, light-dark(#946000, #e69f00));
    --_c6: var(--shnro-chart-color-6, light-dark(#1c2430, #e6e9ee));
    --_c7: var(--shnro-chart-color-7, light-dark(#7a7200, #f0e442));
    --_c8: var(--shnro-chart-color-8, light-dark(#3c8dbf, #9ad0f5));
    --_grid: var(--shnro-chart-grid-color, light-dark(#e2e6eb, #2b333e));
    --_reference: var(--shnro-chart-reference-color, light-dark(#1c2430, #f3f5f8));
    --_band: var(--shnro-chart-band-color, light-dark(#b3261e, #f2948d));
  }
  .s1 {
    --_series: var(--_c1);
  }
  .s2 {
    --_series: var(--_c2);
  }
  .s3 {
    --_series: var(--_c3);
  }
  .s4 {
    --_series: var(--_c4);
  }
  .s5 {
    --_series: var(--_c5);
  }
  .s6 {
    --_series: var(--_c6);
  }
  .s7 {
    --_series: var(--_c7);
  }
  .s8 {
    --_series: var(--_c8);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: flex-end;
    margin-bottom: var(--_space);
  }
  .toolbar [role='group'] {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 10px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }

  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
  }
  .notice {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
`;

const pageStyles = css`
  .summary {
    margin-top: calc(var(--_space) * 1.5);
  }
  .summary p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .issues {
    margin: 0 0 var(--_space);
    padding-left: 1.2em;
    color: var(--_warning);
  }

  .table-wrap {
    margin-top: calc(var(--_space) * 1.5);
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 4px 8px;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  td.number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  tr.municipal-row th {
    font-style: italic;
  }

  .empty {
    color: var(--_muted);
  }

  @media print {
    /* Paper is white whatever the screen's scheme: light colours, and a background of its own. */
    :host {
      color-scheme: light;
      color: #000;
      background: #fff;
    }
    .toolbar,
    .tooltip,
    .focus-ring {
      display: none;
    }
    .chart.dim .series-layer .series {
      opacity: 1;
    }
    .plot,
    table,
    tr {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .line,
    .bar,
    .municipal {
      stroke: CanvasText;
    }
    .marker,
    .pattern-bg {
      fill: CanvasText;
    }
    .pattern-ink {
      stroke: Canvas;
      fill: Canvas;
    }
  }
`;

/**
 * Layout of `<shnro-dynamics-chart>`. Series colours are the Okabe–Ito hues, darkened on light
 * surfaces and lightened on dark ones (every one at least 3:1 against its surface); shapes, dashes
 * and fill patterns carry the same distinction for colour-blind readers and grey print.
 */
export const dynamicsChartStyles = [frameStyles, chartSvgStyles, chartLegendStyles, pageStyles];
