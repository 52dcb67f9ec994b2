/**
 * A part of the editor loaded on first use (отложенная загрузка): the code a roadmap does not need
 * to be shown and typed into (the review's rules, the lifecycle's steps, a file's check, a
 * conflict's table). Once loaded it is used at once, so a step taken after the page's idle
 * prefetch is as immediate as before; before that, the step waits for the chunk.
 */
export interface LazyPart<T> {
  /** The module, once loaded. */
  readonly loaded: T | undefined;
  /** Loads the module (once; a failed load, such as a lost connection, is tried again next time). */
  load(): Promise<T>;
}

/** A part loaded by `loader` (a dynamic `import()`). */
export function lazyPart<T>(loader: () => Promise<T>): LazyPart<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get loaded() {
      return module;
    },
    load() {
      loading ??= loader().then(
        (value) => (module = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** Runs `use` with the part: now when it is loaded, once it is otherwise. */
export function withPart<T, R>(part: LazyPart<T>, use: (module: T) => R): R | Promise<R> {
  const module = part.loaded;
  return module !== undefined ? use(module) : part.load().then(use);
}
