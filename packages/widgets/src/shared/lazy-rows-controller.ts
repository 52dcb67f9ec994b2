import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of a `LazyRowsController`. */
export interface LazyRowsOptions {
  /** From this many rows on, rows far from the viewport are light (150). */
  readonly from?: number;
  /** Rows live at once before the viewport is known (30). */
  readonly liveAtFirst?: number;
  /** The light rows in the render root, watched for the viewport (`[data-light]`). */
  readonly selector?: string;
  /** The row id an element stands for (`data-row-id` by default). */
  readonly idOf?: (element: Element) => string | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Keeps a long list fast: from `from` rows on, only rows near the viewport are live (fully
 * rendered and editable); the rest are light until they come within a screen of it, or get focus
 * (`wake`). A list shorter than `from` is all live.
 */
export class LazyRowsController implements ReactiveController {
  private lightList = false;
  private changes = 0;
  private readonly live = new Set<string>();
  private observer?: IntersectionObserver;
  private watchNext = false;
  private readonly from: number;
  private readonly liveAtFirst: number;
  private readonly selector: string;
  private readonly idOf: (element: Element) => string | undefined;

  constructor(
    private readonly host: Host,
    options: LazyRowsOptions = {},
  ) {
    this.from = options.from ?? 150;
    this.liveAtFirst = options.liveAtFirst ?? 30;
    this.selector = options.selector ?? '[data-light]';
    this.idOf = options.idOf ?? ((element) => (element as HTMLElement).dataset['rowId']);
    host.addController(this);
  }

  /** Whether the list is long enough to have light rows. */
  get enabled(): boolean {
    return this.lightList;
  }

  /** Changes whenever a row turns live or the list is reset: a list may skip rendering while it stays. */
  get version(): number {
    return this.changes;
  }

  /** Whether the row with this id renders light now. */
  isLight(id: string): boolean {
    return this.lightList && !this.live.has(id);
  }

  /** A new list: the first rows live, the rest light if the list is long. */
  reset(ids: readonly string[]): void {
    this.live.clear();
    this.changes += 1;
    this.lightList = ids.length >= this.from;
    for (const id of ids.slice(0, this.liveAtFirst)) this.live.add(id);
    this.watchNext = this.lightList;
  }

  /** Makes a row live (a new row, or one that got focus); true when it was light. */
  wake(id: string): boolean {
    if (!this.isLight(id)) {
      this.live.add(id);
      return false;
    }
    this.live.add(id);
    this.changes += 1;
    return true;
  }

  /** Rows may have appeared (undo, a move, an import): watch the light ones after the next render. */
  watch(): void {
    this.watchNext = this.lightList;
  }

  hostConnected(): void {
    this.watchNext = this.lightList;
  }

  hostUpdated(): void {
    if (!this.watchNext) return;
    this.watchNext = false;
    if (!this.lightList || typeof IntersectionObserver === 'undefined') return;
    // A screen ahead and behind: rows are editable before the person scrolls to them.
    this.observer ??= new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: '100% 0px',
    });
    for (const row of this.host.renderRoot.querySelectorAll(this.selector)) this.observer.observe(row);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    let woke = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer?.unobserve(entry.target);
      const id = this.idOf(entry.target);
      if (id !== undefined && !this.live.has(id)) {
        this.live.add(id);
        this.changes += 1;
        woke = true;
      }
    }
    if (woke) this.host.requestUpdate();
  }
}
