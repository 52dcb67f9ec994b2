/**
 * A part of an element loaded by dynamic `import()` the first time it is needed (часть по
 * запросу): `value` is set once it has arrived, so a render can use it synchronously; a load that
 * failed (offline) is forgotten, so the next need tries again.
 */
export class LazyPart<T> {
  /** The part, once loaded. */
  value?: T;
  private loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** The part, loading it (once) if it is not there yet. */
  get(): Promise<T> {
    this.loading ??= this.load().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
