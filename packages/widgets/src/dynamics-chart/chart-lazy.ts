import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A part of the chart loaded on demand (часть по запросу): its module once loaded, and the load. */
export class LazyPart<T> {
  /** The module, once loaded: a render that finds it draws the part at once. */
  value?: T;
  private loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** Loads the module once; a load that failed (offline) is tried again on the next call. */
  get(): Promise<T> {
    this.loading ??= this.load().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

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
