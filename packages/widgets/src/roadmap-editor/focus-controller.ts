import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose rendered content focus moves within. */
export type FocusHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Where focus goes in the editor: after an edit renders, to the control that caused it or its
 * new place (a moved row, a new activity, the neighbour of a deleted one). Rows and sections get
 * short stable DOM ids (`r1`, `r2`…) that survive moves, so a selector finds them again.
 */
export class FocusController implements ReactiveController {
  private readonly ids = new Map<string, string>();
  private pending?: string;

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.pending);
    this.pending = undefined;
    target?.focus();
  }

  /** The DOM id of an activity or a section, the same for as long as the element lives. */
  id(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = `r${this.ids.size + 1}`;
      this.ids.set(key, id);
    }
    return id;
  }

  /** Focus goes to the first match of `selector` after the next render. */
  later(selector: string): void {
    this.pending = selector;
  }

  /** The selector of a field of an activity's row. */
  field(activityId: string, field: string): string {
    return `[data-row="${this.id(activityId)}"] [data-field="${field}"]`;
  }

  /** How to find the focused control again once its row has moved; undefined when focus is elsewhere. */
  focusedControl(): string | undefined {
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    if (!(active instanceof HTMLElement)) return undefined;
    if (active.dataset['field']) return `[data-field="${active.dataset['field']}"]`;
    if (active.dataset['control']) return `[data-control="${active.dataset['control']}"]`;
    return undefined;
  }
}
