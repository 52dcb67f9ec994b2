import { css } from 'lit';

/** The drawing: grid, axes, band, series, markers, bars, the reference line, the pointed value. */
export const chartSvgStyles = css`
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
`;
