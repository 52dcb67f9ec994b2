import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of a `WindowController`. */
export interface WindowOptions {
  /** Row height until a row is measured, in px (32). */
  readonly rowHeight?: number;
  /** Rows rendered above and below the visible ones (8). */
  readonly overscan?: number;
  /** Viewport height until the scroller is measured, in px (400). */
  readonly viewport?: number;
}

/** The rows to render now: `start` to `end` (exclusive), and the space the others take above and below. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * Renders only the visible rows of a long list of equal-height rows (виртуальная прокрутка):
 * the host renders `window(total)` rows between two spacers of the height of the rows left out,
 * inside a scroller it hands over with `attach`. A scroll re-renders only when the first visible
 * row changes, at most once per frame.
 */
export class WindowController implements ReactiveController {
  private scroller?: HTMLElement;
  private rowHeight: number;
  private viewport: number;
  private readonly overscan: number;
  private firstVisible = 0;
  private measured = false;
  private last: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  private frame = 0;
  private readonly onScroll = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.read();
    });
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    options: WindowOptions = {},
  ) {
    this.rowHeight = options.rowHeight ?? 32;
    this.overscan = options.overscan ?? 8;
    this.viewport = options.viewport ?? 400;
    host.addController(this);
  }

  /** The scroller whose scroll position chooses the rows (a `ref` callback; undefined detaches). */
  attach = (element: Element | undefined): void => {
    if (element === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller = element as HTMLElement | undefined;
    this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
  };

  /** The rows of a list of `total` to render now. */
  window(total: number): RowWindow {
    const visible = Math.ceil(this.viewport / this.rowHeight) + 1;
    const start = Math.max(0, Math.min(this.firstVisible, Math.max(0, total - visible)) - this.overscan);
    const end = Math.min(total, this.firstVisible + visible + this.overscan);
    this.last = {
      start,
      end: Math.max(start, end),
      before: start * this.rowHeight,
      after: Math.max(0, total - Math.max(start, end)) * this.rowHeight,
    };
    return this.last;
  }

  /** Scrolls so that row `index` is at the top (its row is rendered on the next update). */
  scrollToIndex(index: number): void {
    if (!this.scroller) return;
    this.scroller.scrollTop = index * this.rowHeight;
    this.read();
  }

  /** Back to the first row (a new list). */
  reset(): void {
    this.firstVisible = 0;
    this.measured = false;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  hostUpdated(): void {
    // Spacers (`data-window-spacer="before|after"`) get their height through the CSSOM.
    for (const spacer of this.scroller?.querySelectorAll<HTMLElement>('[data-window-spacer]') ?? [])
      spacer.style.height = `${spacer.dataset['windowSpacer'] === 'before' ? this.last.before : this.last.after}px`;
    // Measure once rows exist (fonts and themes change the row height the CSS asks for), not on
    // every scroll: a forced layout per frame is what virtualising is meant to avoid.
    if (this.measured) return;
    const row = this.scroller?.querySelector<HTMLElement>('[data-window-row]');
    if (!this.scroller || !row) return;
    this.measured = true;
    const height = row.getBoundingClientRect().height;
    const viewport = this.scroller.clientHeight;
    if (
      (height > 0 && Math.abs(height - this.rowHeight) > 0.5) ||
      (viewport > 0 && viewport !== this.viewport)
    ) {
      if (height > 0) this.rowHeight = height;
      if (viewport > 0) this.viewport = viewport;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private read(): void {
    if (!this.scroller) return;
    const first = Math.floor(this.scroller.scrollTop / this.rowHeight);
    if (first !== this.firstVisible) {
      this.firstVisible = first;
      this.host.requestUpdate();
    }
  }
}
