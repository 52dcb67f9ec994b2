import { css } from 'lit';

/** Layout of `<shnro-mentorship-map>`: the totals, then a row per school with its supporters. */
export const mentorshipMapStyles = css`
  table + table {
    margin-top: calc(var(--_space) * 3);
  }
  .party {
    display: block;
  }
  .mark + .mark {
    margin-left: 0.3em;
  }
  td .mark {
    margin-bottom: 0.2em;
  }
`;
