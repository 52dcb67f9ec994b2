import {
  html,
  nothing,
  render,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

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

/** One row of the list as a template, by its index in the list. */
export type RowRenderer = (index: number) => TemplateResult;

/**
 * Renders only the visible rows of a long list of equal-height rows (виртуальная прокрутка) into
 * a `<tbody>` it is handed with `attachBody`, between two spacer rows of the height of the rows
 * left out, inside a scroller handed over with `attach`. The host says what the list is with
 * `list(total, row, width)` when it renders; a scroll renders the rows itself, at most once per
 * frame and only when the first visible row changes, without updating the host: the rest of the
 * element (mapping, diff, proposals, texts) is not rendered again on a scroll.
 */
export class WindowController implements ReactiveController {
  private scroller?: HTMLElement;
  private body?: HTMLElement;
  private rowHeight: number;
  private viewport: number;
  private readonly overscan: number;
  private firstVisible = 0;
  private measured = false;
  private total = 0;
  private width = 1;
  private row: RowRenderer = () => html``;
  // The window last rendered, reused: a scroll allocates no window object.
  private readonly last: RowWindow = { start: -1, end: -1, before: 0, after: 0 };
  private frame = 0;
  private readonly onScroll = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(this.onFrame);
  };
  private readonly onFrame = () => {
    this.frame = 0;
    this.read();
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

  /** The `<tbody>` the rows are rendered into (a `ref` callback); the host renders nothing in it. */
  attachBody = (element: Element | undefined): void => {
    if (element === this.body) return;
    this.body = element as HTMLElement | undefined;
    this.last.start = -1;
  };

  /** The list to show: `total` rows, each rendered by `row`, in a table of `width` columns. */
  list(total: number, row: RowRenderer, width: number): void {
    this.total = total;
    this.row = row;
    this.width = width;
    // A new list (or new texts) is rendered again on the host's update.
    this.last.start = -1;
  }

  /** The rows of a list of `total` to render now. */
  window(total: number): RowWindow {
    const visible = Math.ceil(this.viewport / this.rowHeight) + 1;
    const start = Math.max(0, Math.min(this.firstVisible, Math.max(0, total - visible)) - this.overscan);
    const end = Math.max(start, Math.min(total, this.firstVisible + visible + this.overscan));
    return {
      start,
      end,
      before: start * this.rowHeight,
      after: Math.max(0, total - end) * this.rowHeight,
    };
  }

  /** Scrolls so that row `index` is at the top (its row is rendered at once). */
  scrollToIndex(index: number): void {
    if (!this.scroller) return;
    this.scroller.scrollTop = index * this.rowHeight;
    this.read();
  }

  /** Back to the first row (a new list). */
  reset(): void {
    this.firstVisible = 0;
    this.measured = false;
    this.last.start = -1;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  hostUpdated(): void {
    this.paint();
    // Measure once rows exist (fonts and themes change the row height the CSS asks for), not on
    // every scroll: a forced layout per frame is what virtualising is meant to avoid.
    if (this.measured) return;
    const row = this.body?.querySelector<HTMLElement>('[data-window-row]');
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
      this.last.start = -1;
      this.paint();
    }
  }

  hostDisconnected(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private read(): void {
    if (!this.scroller) return;
    const first = Math.floor(this.scroller.scrollTop / this.rowHeight);
    if (first === this.firstVisible) return;
    this.firstVisible = first;
    this.paint();
  }

  /** Renders the window into the body when it moved; the spacers get their height through the CSSOM (a style attribute would break a strict CSP). */
  private paint(): void {
    const body = this.body;
    if (!body) return;
    const next = this.window(this.total);
    if (next.start === this.last.start && next.end === this.last.end) return;
    Object.assign(this.last, next);
    const rows: TemplateResult[] = [];
    for (let index = next.start; index < next.end; index++) rows.push(this.row(index));
    render(
      html`${next.before > 0 ? spacer(this.width) : nothing}${rows}${next.after > 0 ? spacer(this.width) : nothing}`,
      body,
    );
    const spacers = body.querySelectorAll<HTMLElement>(':scope > tr.spacer > td');
    let at = 0;
    if (next.before > 0) spacers[at++]!.style.height = `${next.before}px`;
    if (next.after > 0) spacers[at]!.style.height = `${next.after}px`;
  }
}

function spacer(width: number): TemplateResult {
  return html`<tr class="spacer" aria-hidden="true">
    <td colspan=${width}></td>
  </tr>`;
}
