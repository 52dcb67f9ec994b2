import { css } from 'lit';

/**
 * Design tokens every widget shares. Public `--shnro-*` custom properties with private
 * fallbacks, so a portal themes the widgets without a global stylesheet. `light-dark()`
 * follows the page's `color-scheme`, inherited on purpose (never set here): a light page gets
 * light widgets, a dark page dark ones, a page that declares «light dark» follows the system.
 */
export const themeStyles = css`
  :host {
    --_font: var(--shnro-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--shnro-color-text, light-dark(#1c2430, #e6e9ee));
    --_muted: var(--shnro-color-text-muted, light-dark(#56606e, #a7b0bc));
    --_surface: var(--shnro-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--shnro-color-surface-alt, light-dark(#f3f5f8, #1f2630));
    --_border: var(--shnro-color-border, light-dark(#cfd6df, #3a4350));
    --_accent: var(--shnro-color-accent, light-dark(#0b5cad, #6cb0f5));
    --_danger: var(--shnro-color-danger, light-dark(#b3261e, #f2948d));
    --_warning: var(--shnro-color-warning, light-dark(#8a5a00, #f0c264));
    --_success: var(--shnro-color-success, light-dark(#1e6b35, #7fd69a));
    --_radius: var(--shnro-radius, 6px);
    --_space: var(--shnro-space, 8px);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    font-size: var(--shnro-font-size, 15px);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
