import { css } from 'lit';

/** Layout of `<shnro-iom-tracker>`: facts as a definition list, then the tables. */
export const iomTrackerStyles = css`
  section + section {
    margin-top: calc(var(--_space) * 4);
  }
  h2[tabindex] {
    outline: none;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts dt,
  .deficits dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
  }
  .deficits dt {
    margin-top: var(--_space);
    text-transform: capitalize;
  }
  .deficits dd {
    margin: 0.2em 0 0 1em;
  }
  table {
    margin-top: calc(var(--_space) * 2);
  }
  .remarks {
    padding-left: 1.2em;
  }
  .routes button {
    text-align: left;
  }
`;
