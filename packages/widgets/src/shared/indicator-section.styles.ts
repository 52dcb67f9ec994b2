import { css } from 'lit';

/** The sections of a set of indicators, in the table and in the form alike: spaced, with a heading. */
export const indicatorSectionStyles = css`
  section + section {
    margin-top: calc(var(--_space) * 3);
  }
  h3 {
    font-size: 1em;
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
`;
