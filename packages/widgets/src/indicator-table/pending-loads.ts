import type { ReactiveControllerHost } from 'lit';

/**
 * Modules an element waits for (ожидаемые загрузки): the host renders again when each arrives,
 * and `settled` resolves once none is left, so `updateComplete` can wait for a lazily loaded
 * wording the way it waits for a render.
 */
export class PendingLoads {
  private readonly loads = new Map<Promise<unknown>, Promise<void>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether something is still loading. */
  get busy(): boolean {
    return this.loads.size > 0;
  }

  /** Renders the host again once `load` settles (loaded or failed). */
  track(load: Promise<unknown>): void {
    if (this.loads.has(load)) return;
    const done = load
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.loads.delete(load);
        this.host.requestUpdate();
      });
    this.loads.set(load, done);
  }

  /** Resolves when every load tracked now has settled. */
  async settled(): Promise<void> {
    await Promise.all(this.loads.values());
  }
}

/** `updateComplete` of a host that also waits for its loads: `base` is the host's own. */
export async function updateCompleteWith(
  loads: PendingLoads,
  base: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await base();
  while (loads.busy) {
    await loads.settled();
    complete = await base();
  }
  return complete;
}
