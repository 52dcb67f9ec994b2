/**
 * A module loaded once, on demand (загрузка по требованию): `value` once it has arrived. A
 * failed load (offline before it arrived) is forgotten, so the next demand tries again.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  value?: T;
  /** The last load failed (offline): callers then stay with what they have instead of retrying in a loop. */
  failed = false;
  private loading?: Promise<T>;

  constructor(private readonly importer: () => Promise<T>) {}

  /** Loads the module (once) and resolves with it. */
  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (module) => {
        this.failed = false;
        return (this.value = module);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.loading;
  }

  /** Loads the module when the browser is idle, so that it is there (offline too) when needed. */
  prefetch(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    return new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    }).then(() => this.load().catch(() => undefined));
  }
}
