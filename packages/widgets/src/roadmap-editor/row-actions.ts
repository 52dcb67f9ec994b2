import { html, nothing, type TemplateResult } from 'lit';

/** The three buttons of a row or a section: up, down, remove (↑ ↓ ✕). */
export interface RowActions {
  /** The part and `data-control` names of the buttons, such as `move-up` or `section-up`. */
  readonly controls: { readonly up: string; readonly down: string; readonly remove: string };
  /** Their accessible names (also their tooltips). */
  readonly labels: { readonly up: string; readonly down: string; readonly remove: string };
  /** The first and the last of their list cannot move further (the button says so, it stays focusable). */
  readonly first: boolean;
  readonly last: boolean;
  move(delta: -1 | 1, control: string): void;
  remove(): void;
}

function iconButton(
  control: string,
  label: string,
  glyph: string,
  onClick: () => void,
  disabled?: boolean,
): TemplateResult {
  return html`<button
    type="button"
    class=${glyph === '✕' ? 'icon danger' : 'icon'}
    part="icon-button ${control}"
    data-control=${control}
    aria-label=${label}
    title=${label}
    aria-disabled=${disabled === undefined ? nothing : disabled ? 'true' : 'false'}
    @click=${onClick}
  >
    ${glyph}
  </button>`;
}

/** Moving a row or a section up or down, and removing it: one template for both. */
export function rowActionsTemplate(actions: RowActions): TemplateResult {
  const { controls, labels, first, last } = actions;
  return html`<div class="row-actions">
    ${iconButton(controls.up, labels.up, '↑', () => !first && actions.move(-1, controls.up), first)}
    ${iconButton(controls.down, labels.down, '↓', () => !last && actions.move(1, controls.down), last)}
    ${iconButton(controls.remove, labels.remove, '✕', () => actions.remove())}
  </div>`;
}
