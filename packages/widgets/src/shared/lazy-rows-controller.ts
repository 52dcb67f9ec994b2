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
  /**
   * The rows are styled `content-visibility: auto`: the browser already watches each of them for
   * the viewport, and says when one comes near (`contentvisibilityautostatechange`). The
   * controller then listens for that instead of watching every light row a second time with an
   * IntersectionObserver, whose work on every frame grows with the number of rows.
   */
  readonly contentVisibility?: boolean;
  /**
   * In a long list, only this many rows (in list order) are rendered by the first update; the
   * rest follow in small chunks once the first frame is on screen (all rows by default).
   */
  readonly renderAtFirst?: number;
  /** The placeholders of rows not yet rendered, watched for the viewport (`[data-rows-pending]`). */
  readonly pendingSelector?: string;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** Rows rendered per chunk after the first frame; the size then follows the time a chunk takes. */
const FIRST_CHUNK = 100;
/** The work a chunk aims at: well under a frame, so that typing and scrolling stay smooth. */
const CHUNK_BUDGET_MS = 8;

const autoStateEvent = 'contentvisibilityautostatechange';

/** Whether the browser says when a `content-visibility: auto` element comes near the viewport. */
const hasAutoStateEvent = () =>
  typeof HTMLElement !== 'undefined' && `on${autoStateEvent}` in HTMLElement.prototype;

/**
 * Keeps a long list fast: from `from` rows on, only rows near the viewport are live (fully
 * rendered and editable); the rest are light until they come within a screen of it, or get focus
 * (`wake`). A list shorter than `from` is all live.
 *
 * With `renderAtFirst`, a long list's first update renders only its first rows; the others
 * (light) are rendered in chunks after the first frame, at once when the person scrolls near them
 * (`isRendered`, `pendingIn`), or at once on `watch` and on waking a row not rendered yet.
 */
export class LazyRowsController implements ReactiveController {
  private lightList = false;
  private changes = 0;
  private readonly live = new Set<string>();
  private observer?: IntersectionObserver;
  private pendingObserver?: IntersectionObserver;
  private listening = false;
  private reaching = false;
  private watchNext = false;
  private readonly from: number;
  private readonly liveAtFirst: number;
  private readonly selector: string;
  private readonly pendingSelector: string;
  private readonly idOf: (element: Element) => string | undefined;
  private readonly useAutoState: boolean;
  private readonly renderAtFirst: number;
  /** Each row's place in the list at the last `reset`. */
  private order = new Map<string, number>();
  /** Rows before this place are rendered (every row once it is past the end). */
  private renderedUpTo = Infinity;
  private chunk = FIRST_CHUNK;
  private chunkStarted?: number;
  private chunkTimer?: ReturnType<typeof setTimeout>;
  private chunkFrame?: number;
  private allRendered?: () => void;
  private rendering: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    options: LazyRowsOptions = {},
  ) {
    this.from = options.from ?? 150;
    this.liveAtFirst = options.liveAtFirst ?? 30;
    this.selector = options.selector ?? '[data-light]';
    this.pendingSelector = options.pendingSelector ?? '[data-rows-pending]';
    this.idOf = options.idOf ?? ((element) => (element as HTMLElement).dataset['rowId']);
    this.useAutoState = options.contentVisibility === true && hasAutoStateEvent();
    this.renderAtFirst = options.renderAtFirst ?? Infinity;
    host.addController(this);
  }

  /** Whether the list is long enough to have light rows. */
  get enabled(): boolean {
    return this.lightList;
  }

  /** Changes whenever a row turns live or rendered, or the list is reset: a list may skip rendering while it stays. */
  get version(): number {
    return this.changes;
  }

  /** Resolves once every row of the list is rendered (after that update). */
  get rendered(): Promise<void> {
    return this.rendering;
  }

  /** Whether the row with this id renders light now. */
  isLight(id: string): boolean {
    return this.lightList && !this.live.has(id);
  }

  /** Whether the row with this id is rendered now (a row the list did not have at `reset` is). */
  isRendered(id: string): boolean {
    return (this.order.get(id) ?? -1) < this.renderedUpTo || this.live.has(id);
  }

  /** How many rows of `items` (a part of the list, in order) are rendered, from its start. */
  renderedCount<T>(items: readonly T[], idOf: (item: T) => string): number {
    if (this.renderedUpTo === Infinity) return items.length;
    let count = 0;
    while (count < items.length && this.isRendered(idOf(items[count] as T))) count += 1;
    return count;
  }

  /** A new list: the first rows live, the rest light if the list is long. */
  reset(ids: readonly string[]): void {
    this.live.clear();
    this.changes += 1;
    this.lightList = ids.length >= this.from;
    for (const id of ids.slice(0, this.liveAtFirst)) this.live.add(id);
    this.watchNext = this.lightList;
    this.cancelChunk();
    this.order = new Map(ids.map((id, index) => [id, index]));
    const later = this.lightList && ids.length > this.renderAtFirst;
    this.renderedUpTo = later ? this.renderAtFirst : Infinity;
    this.chunk = FIRST_CHUNK;
    if (later) {
      this.allRendered?.();
      this.rendering = new Promise((resolve) => (this.allRendered = resolve));
    } else {
      this.finishRendering();
      this.rendering = Promise.resolve();
    }
  }

  /** Makes a row live (a new row, or one that got focus); true when it was light. */
  wake(id: string): boolean {
    if (!this.isRendered(id)) this.renderAll();
    if (!this.isLight(id)) {
      this.live.add(id);
      return false;
    }
    this.live.add(id);
    this.changes += 1;
    return true;
  }

  /**
   * Rows may have appeared, moved or gone (undo, a move, an import): every row is rendered from
   * now on, so that nothing the person reaches is missing, and the light ones are watched after
   * the next render.
   */
  watch(): void {
    this.renderAll();
    this.watchNext = this.lightList;
  }

  hostConnected(): void {
    this.watchNext = this.lightList;
    // Back in the page with rows still to render: the chunks go on after the next update.
    if (this.renderedUpTo !== Infinity) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.renderedUpTo !== Infinity) this.scheduleChunk();
    else if (this.allRendered) this.finishRendering();
    if (!this.watchNext) return;
    this.watchNext = false;
    if (!this.lightList || typeof IntersectionObserver === 'undefined') return;
    this.watchPending();
    if (this.useAutoState) {
      // One listener for every row: the event does not bubble, so it is heard on its way down.
      if (!this.listening) this.host.renderRoot.addEventListener(autoStateEvent, this.onAutoState, true);
      this.listening = true;
      return;
    }
    // A screen ahead and behind: rows are editable before the person scrolls to them.
    this.observer ??= new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: '100% 0px',
    });
    for (const row of this.host.renderRoot.querySelectorAll(this.selector)) this.observer.observe(row);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.pendingObserver?.disconnect();
    this.pendingObserver = undefined;
    if (this.listening) this.host.renderRoot.removeEventListener(autoStateEvent, this.onAutoState, true);
    this.listening = false;
    this.stopListeningForReach();
    this.cancelChunk();
  }

  private readonly onAutoState = (event: Event): void => {
    if ((event as Event & { skipped?: boolean }).skipped !== false) return;
    const id = this.idOf(event.target as Element);
    if (id === undefined || this.live.has(id) || !(event.target as Element).matches(this.selector)) return;
    this.live.add(id);
    this.changes += 1;
    this.host.requestUpdate();
  };

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

  // ——— rows rendered after the first frame ———

  /** The placeholders of rows not rendered yet (one per part of the list): near the viewport, all rows render. */
  private watchPending(): void {
    if (this.renderedUpTo === Infinity) return;
    this.listenForReach();
    this.pendingObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.renderAll();
      },
      { rootMargin: '100% 0px' },
    );
    for (const pending of this.host.renderRoot.querySelectorAll(this.pendingSelector))
      this.pendingObserver.observe(pending);
  }

  /**
   * The person may reach any row before the chunks are done: a pointer or key in the list, focus
   * coming into it, or the browser's find (Ctrl+F, F3) renders every row at once.
   */
  private listenForReach(): void {
    if (this.reaching) return;
    this.reaching = true;
    for (const type of ['pointerdown', 'keydown', 'focusin'])
      this.host.renderRoot.addEventListener(type, this.onReach, true);
    if (typeof window !== 'undefined') window.addEventListener('keydown', this.onFind, true);
  }

  private stopListeningForReach(): void {
    if (!this.reaching) return;
    this.reaching = false;
    for (const type of ['pointerdown', 'keydown', 'focusin'])
      this.host.renderRoot.removeEventListener(type, this.onReach, true);
    if (typeof window !== 'undefined') window.removeEventListener('keydown', this.onFind, true);
  }

  private readonly onReach = (): void => this.renderAll();

  private readonly onFind = (event: Event): void => {
    const { key, ctrlKey, metaKey } = event as KeyboardEvent;
    if (key === 'F3' || ((ctrlKey || metaKey) && (key === 'f' || key === 'F' || key === 'а' || key === 'А')))
      this.renderAll();
  };

  private renderAll(): void {
    if (this.renderedUpTo === Infinity) return;
    this.cancelChunk();
    this.renderedUpTo = Infinity;
    this.changes += 1;
    this.watchNext = this.lightList;
    this.host.requestUpdate();
  }

  private finishRendering(): void {
    this.stopListeningForReach();
    this.pendingObserver?.disconnect();
    this.pendingObserver = undefined;
    this.allRendered?.();
    this.allRendered = undefined;
  }

  /** The next chunk after a frame and a task, so that the frame is painted before it and input comes first. */
  private scheduleChunk(): void {
    if (this.chunkStarted !== undefined) {
      // The chunk just rendered: the next one is sized to take about CHUNK_BUDGET_MS.
      const took = Math.max(1, performance.now() - this.chunkStarted);
      this.chunk = Math.round(Math.min(400, Math.max(20, (this.chunk * CHUNK_BUDGET_MS) / took)));
      this.chunkStarted = undefined;
    }
    if (this.chunkFrame !== undefined || this.chunkTimer !== undefined) return;
    const run = () => {
      this.chunkTimer = undefined;
      this.chunkStarted = performance.now();
      this.renderedUpTo += this.chunk;
      if (this.renderedUpTo >= this.order.size) this.renderedUpTo = Infinity;
      this.changes += 1;
      // Without the browser's event, the new light rows are watched too.
      this.watchNext = this.lightList && !this.useAutoState;
      this.host.requestUpdate();
    };
    const afterFrame = () => {
      this.chunkFrame = undefined;
      this.chunkTimer = setTimeout(run, 0);
    };
    if (typeof requestAnimationFrame === 'function') this.chunkFrame = requestAnimationFrame(afterFrame);
    else afterFrame();
  }

  private cancelChunk(): void {
    if (this.chunkFrame !== undefined) cancelAnimationFrame(this.chunkFrame);
    if (this.chunkTimer !== undefined) clearTimeout(this.chunkTimer);
    this.chunkFrame = undefined;
    this.chunkTimer = undefined;
    this.chunkStarted = undefined;
  }
}
