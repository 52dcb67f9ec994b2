import { css } from 'lit';

/**
 * Layout of `<shnro-cycle-compare>`: per section a table with its small chart beside it (below
 * on narrow screens). The bars take their colours from classes, never from inline styles, so the
 * element works under `style-src 'self'`.
 */
export const cycleCompareStyles = css`
  h2 {
    margin-top: 0;
  }
  .summary,
  .joined {
    margin: 0 0 var(--_space);
  }
  .remarks {
    margin-bottom: var(--_space);
  }
  .remarks > p {
    margin: 0;
    font-weight: 600;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .pair > table {
    flex: 1 1 28em;
    width: auto;
  }
  .code {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .of {
    display: block;
    font-size: 0.85em;
  }
  .direction {
    white-space: nowrap;
  }
  .chart {
    flex: 0 0 auto;
    margin: 0;
    font-size: 0.8em;
  }
  .chart figcaption {
    color: var(--_muted);
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .chart svg {
    display: block;
    overflow: visible;
  }
  .chart text {
    fill: var(--_text);
    font-size: 10px;
  }
  .chart text.missing,
  .chart text.code {
    fill: var(--_muted);
  }
  .bar.before,
  .swatch.before {
    fill: var(--_muted);
    background: var(--_muted);
  }
  .bar.after,
  .swatch.after {
    fill: var(--_accent);
    background: var(--_accent);
  }
  .legend {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin: 0 0.3em 0 0.6em;
    vertical-align: middle;
  }
  .swatch:first-child {
    margin-left: 0;
  }
`;
