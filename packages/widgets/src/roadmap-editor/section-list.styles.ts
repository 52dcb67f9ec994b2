import { css } from 'lit';

/**
 * Sections and their activities. Cards far from the viewport skip layout and paint
 * (`content-visibility: auto`), which keeps a 1,000-activity roadmap smooth.
 */
export const sectionListStyles = css`
  /* sections and activities */
  .summary {
    margin: var(--_space) 0;
  }
  .sections {
    /* What a card is taken to measure before it was ever laid out. */
    --_row-estimate: 420px;
  }
  /* The room of activities not rendered yet, just after a large roadmap is loaded. */
  .rows-pending {
    height: calc(var(--rows-pending, 0) * (var(--_row-estimate) + var(--_space)));
  }
  .section {
    /*
     * A section far from the screen is skipped whole (style, layout, paint and the browser's
     * watch of its cards), its room kept from its number of cards until it was laid out once.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--rows, 0) * (var(--_row-estimate) + var(--_space)) + 16em);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    padding: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  .section-head,
  .activity-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .section-head h3 {
    font-size: 1.1em;
    flex: 1;
  }
  .section-fields {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) minmax(14em, 2fr) minmax(14em, 3fr);
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .row-actions {
    display: flex;
    gap: 4px;
    margin-left: auto;
  }
  /*
   * Block flow, not a grid: when one card grows as the person types, the browser places the
   * cards after it again from their cached layout, instead of sizing a grid of 250 rows anew.
   */
  .activities {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flow-root;
  }
  .activities > * + * {
    margin-top: var(--_space);
  }
  .activity {
    position: relative;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.25);
    box-shadow: var(--_card-shadow);
    /* Off-screen cards skip layout and paint: a thousand of them stay light. */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_row-estimate);
  }
  /* A light card's texts, a line per field, in one text node. */
  .light-text {
    white-space: pre-line;
    margin: var(--_space) 0 0;
  }
  .activity.has-open-remarks {
    border-left: 4px solid var(--_warning);
  }
  .activity.drop-before::before,
  .activity.drop-after::after {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    height: 3px;
    background: var(--_accent);
    border-radius: 2px;
  }
  .activity.drop-before::before {
    top: calc(var(--_space) / -2 - 2px);
  }
  .activity.drop-after::after {
    bottom: calc(var(--_space) / -2 - 2px);
  }
  .activity-number {
    font-size: 0.95em;
    font-weight: 650;
  }
  .handle {
    cursor: grab;
    user-select: none;
    color: var(--_muted);
    font-size: 1.2em;
    line-height: 1;
    padding: 2px 4px;
  }
  .chip {
    font-size: 0.8em;
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .chip--overdue {
    color: var(--_danger);
    border-color: currentColor;
  }
  .chip--done {
    color: var(--_success);
    border-color: currentColor;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.25);
    margin: var(--_space) 0 0;
    align-items: start;
  }
  .fields > * {
    grid-column: span 4;
  }
  .fields > .field-problem,
  .fields > .field-activity {
    grid-column: span 6;
  }
  .fields > .field-form {
    grid-column: span 3;
  }
  .fields > .field-plannedResult {
    grid-column: span 9;
  }
  .fields > .field-responsible {
    grid-column: span 5;
  }
  .fields > .field-status {
    grid-column: span 3;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  .parsed {
    display: block;
    font-size: 0.85em;
    color: var(--_success);
    margin-top: 2px;
  }
  .parsed--unparsed {
    color: var(--_warning);
  }
  .target {
    margin-top: var(--_space);
    font-size: 0.95em;
  }
  .target summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .target-summary {
    color: var(--_text);
  }
  .target-fields {
    display: grid;
    grid-template-columns: 3fr 1fr 1fr 1fr 1fr;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 0.5);
  }
  .add-activity,
  .add-section {
    margin-top: var(--_space);
  }
  .drop-zone {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: center;
  }
  .dismissed,
  .history {
    margin-top: calc(var(--_space) * 2);
  }
  .dismissed summary,
  .history summary {
    cursor: pointer;
    font-weight: 600;
  }
  .dismissed ul {
    padding-left: 1.2em;
  }
  .dismissed li + li {
    margin-top: var(--_space);
  }

  @media (max-width: 720px) {
    .sections {
      --_row-estimate: 1000px;
    }
    .header-fields,
    .section-fields,
    .target-fields {
      grid-template-columns: 1fr;
    }
    .fields {
      grid-template-columns: 1fr;
    }
    .fields > * {
      grid-column: auto !important;
    }
  }
`;
