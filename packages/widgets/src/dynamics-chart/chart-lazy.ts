import { LazyPart } from '../shared/lazy-part.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export { LazyPart };

/**
 * The chart's parts not needed for its first frame (the export, the data table while hidden,
 * the tooltip's words): loaded at idle time after the first render, so that they work offline
 * once the page has loaded, or at once when used first. The host's `updateComplete` waits for
 * the work started on them (`pending`), as for any other step of an update.
 */
export class LazyParts implements ReactiveController {
  private readonly work = new Set<Promise<unknown>>();
  private prefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: readonly LazyPart<unknown>[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    const prefetch = (): void => {
      for (const part of this.parts) part.get().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  }

  /** Whether work started on a part is still running. */
  get pending(): Promise<unknown> | undefined {
    return this.work.size > 0 ? Promise.allSettled([...this.work]) : undefined;
  }

  /** Runs `work` and keeps the host's `updateComplete` waiting for it; re-renders when done. */
  track<T>(work: Promise<T>): Promise<T> {
    const tracked = work.finally(() => {
      this.work.delete(tracked);
      this.host.requestUpdate();
    });
    this.work.add(tracked);
    return tracked;
  }
}
