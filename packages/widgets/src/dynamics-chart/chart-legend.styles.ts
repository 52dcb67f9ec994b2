import { css } from 'lit';

/** The tooltip, the legend and the class badges. */
export const chartLegendStyles = css`
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
`;
