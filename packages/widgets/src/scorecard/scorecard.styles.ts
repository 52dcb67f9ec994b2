import { css } from 'lit';

/** Layout of `<shnro-scorecard>`: one wide table, scrolled sideways inside its own box. */
export const scorecardStyles = css`
  .scroll {
    overflow-x: auto;
  }
  .legend {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
  }
  th button {
    display: block;
    width: 100%;
    text-align: left;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0;
    font-weight: 600;
  }
  th button .code {
    display: block;
  }
  th button .title {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
  }
  th[aria-sort='ascending'] button::after {
    content: ' ▲';
  }
  th[aria-sort='descending'] button::after {
    content: ' ▼';
  }
  .value {
    display: block;
  }
  .detail {
    display: block;
    font-size: 0.85em;
  }
  .mark + .mark {
    margin-left: 0.3em;
  }
  td.better {
    box-shadow: inset 3px 0 0 var(--_success);
  }
  td.worse {
    box-shadow: inset 3px 0 0 var(--_danger);
  }
  td.outlier {
    outline: 2px dashed var(--_warning);
    outline-offset: -3px;
  }
`;
