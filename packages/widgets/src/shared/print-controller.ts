import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The print version of an element: shown on request (`show`) as a preview, and by itself while
 * the browser prints (Ctrl+P included), rendered before the browser lays the page out.
 */
export class PrintController implements ReactiveController {
  private previewing = false;
  private printing = false;

  /**
   * @param renderNow renders the host at once (its `performUpdate`), since the browser lays the
   *   page out for print right after `beforeprint`.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the print version is shown as a preview in place of the element. */
  get preview(): boolean {
    return this.previewing;
  }

  /** Whether the print version is in the page (a preview, or the browser printing). */
  get rendered(): boolean {
    return this.printing || this.previewing;
  }

  /** Shows the print version as a preview (or the element again). */
  show(on = true): void {
    this.previewing = on;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
