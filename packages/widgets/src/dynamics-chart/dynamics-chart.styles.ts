import { css } from 'lit';

/**
 * Layout of `<shnro-dynamics-chart>`. Series colours are the Okabe–Ito hues, darkened on light
 * surfaces and lightened on dark ones (every one at least 3:1 against its surface); shapes, dashes
 * and fill patterns carry the same distinction for colour-blind readers and grey print.
 */
export const dynamicsChartStyles = css`
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
  .plot {
    position: relative;
    background: var(--_surface);
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
    color: var(--_text);
    touch-action: pan-y;
  }
  svg.chart:focus {
    outline: none;
  }

  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .tick {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .axis-title {
    fill: var(--_muted);
  }
  .axis-line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .year {
    fill: var(--_text);
    font-weight: 600;
  }

  .band {
    fill: url(#band-hatch);
    stroke: none;
  }
  .band-hatch-bg {
    fill: var(--_band);
    fill-opacity: 0.07;
  }
  .band-hatch-ink {
    stroke: var(--_band);
    stroke-opacity: 0.35;
    stroke-width: 1;
  }
  .band-label {
    fill: var(--_band);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3;
  }

  .series:focus {
    outline: none;
  }
  .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .marker {
    fill: var(--_series);
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .bar {
    stroke: var(--_series);
    stroke-width: 1;
  }
  .pattern-bg {
    fill: var(--_series);
  }
  .pattern-ink {
    stroke: var(--_surface);
    fill: var(--_surface);
    stroke-width: 1.4;
  }
  .bar-value {
    fill: var(--_text);
    font-size: 11px;
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .small-sample {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.25;
    stroke-dasharray: 2 2;
  }
  .chart.dim .series-layer .series {
    opacity: 0.22;
  }
  .chart.many .line {
    stroke-width: 1.25;
  }
  .chart.many .active-line {
    stroke-width: 3;
  }
  .chart[data-variant='bars'] .band-hatch-bg {
    fill-opacity: 0.04;
  }
  .chart[data-variant='bars'] .band-hatch-ink {
    stroke-opacity: 0.2;
  }

  .municipal-halo {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .municipal {
    fill: none;
    stroke: var(--_reference);
    stroke-width: 2.5;
    stroke-dasharray: 9 4;
  }
  .municipal-value {
    fill: var(--_reference);
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .end-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .end-label.municipal-label {
    font-weight: 400;
  }
  .active-line {
    stroke-width: 3.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    min-width: 12em;
    max-width: 22em;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
    font-size: 0.85em;
    line-height: 1.4;
    transform: translate(14px, -50%);
  }
  .tooltip.flip {
    transform: translate(calc(-100% - 14px), -50%);
  }
  .tooltip strong {
    display: block;
  }
  .tooltip span {
    display: block;
  }
  .tooltip .badge {
    display: inline-flex;
    margin-top: 4px;
  }

  .legend {
    list-style: none;
    padding: 0;
    margin: var(--_space) 0 0;
    columns: 28rem auto;
    column-gap: calc(var(--_space) * 3);
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    break-inside: avoid;
    padding: 3px 0;
  }
  .legend li[data-legend] {
    flex-wrap: nowrap;
  }
  .legend li[data-legend] > span {
    flex: 1 1 auto;
    min-width: 0;
  }
  .swatch {
    flex: none;
    width: 30px;
    height: 16px;
    overflow: visible;
  }
  .legend .name {
    font-weight: 600;
  }
  .legend .change {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .legend .note {
    color: var(--_muted);
  }
  .legend-details {
    margin-top: var(--_space);
  }
  .legend-details summary {
    cursor: pointer;
    font-weight: 600;
  }
  .legend-details summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 0 6px;
    border: 1px solid var(--_badge, var(--_muted));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_badge, var(--_muted)) 12%, transparent);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .badge svg {
    width: 11px;
    height: 11px;
    fill: var(--_badge, var(--_muted));
    stroke: var(--_badge, var(--_muted));
    stroke-width: 1.2;
    stroke-dasharray: 1.5 1.5;
  }
  .badge svg path:first-child {
    stroke: none;
  }
  .badge.improving {
    --_badge: var(--_success);
  }
  .badge.declining {
    --_badge: var(--_danger);
  }
  .badge.stable-low {
    --_badge: var(--_warning);
  }
  .badge.stable {
    --_badge: var(--_muted);
  }
  .badge.insufficient-data {
    --_badge: var(--_muted);
    border-style: dashed;
    background: transparent;
  }
  .small-note {
    font-size: 0.85em;
    color: var(--_muted);
  }

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
