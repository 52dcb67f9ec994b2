import { css } from 'lit';

/** Layout of `<shnro-decisions>`: a summary and a filter above one table of decisions. */
export const decisionsStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-bottom: var(--_space);
  }
  .summary {
    margin: 0 0 var(--_space);
  }
  .kind {
    display: block;
    font-size: 0.85em;
  }
  .activity,
  .evidence {
    display: block;
  }
  .activity + .activity,
  .evidence + .evidence {
    margin-top: 0.3em;
  }
  tr.overdue > th {
    box-shadow: inset 3px 0 0 var(--_danger);
  }
`;
