import { css } from 'lit';

/** Form fields in the SDK's look: the page's font, the theme's colours, border and radius. */
export const fieldStyles = css`
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
  }
`;
