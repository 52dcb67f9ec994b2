const lazyValidationUnset = Symbol('unset');

/**
 * A value a host hands to an element, checked without zod: `shape` is the core's cheap check
 * (the path of the first problem, or `undefined`), and only when it fails is `explain` loaded (a
 * module with the core's schema and wording, by dynamic `import()`) to say the problem in words.
 * A good value costs one walk over it and no download.
 */
export class LazyValidation<T, Locale extends string = string> {
  private checked: unknown = lazyValidationUnset;
  private problem?: (string | number)[] | undefined;
  private explained?: { value: unknown; locale: Locale; messages: string[] };
  private loading?: { value: unknown; locale: Locale };

  constructor(
    private readonly shape: (value: unknown) => (string | number)[] | undefined,
    private readonly explain: () => Promise<(value: unknown, locale: Locale) => string[]>,
    private readonly changed: () => void,
  ) {}

  /** The value if it passes its shape check (checked once per value), else `undefined`. */
  valid(value: T | undefined): T | undefined {
    if (value === undefined) return undefined;
    if (value !== this.checked) {
      this.checked = value;
      this.problem = this.shape(value);
    }
    return this.problem === undefined ? value : undefined;
  }

  /**
   * The words for a value that failed its check: `undefined` while the wording loads (the path is
   * there at once, `path()`), then the messages; the host is asked to render again when they come.
   */
  messages(value: unknown, locale: Locale): string[] | undefined {
    if (this.explained && this.explained.value === value && this.explained.locale === locale)
      return this.explained.messages;
    if (this.loading === undefined || this.loading.value !== value || this.loading.locale !== locale) {
      const loading = (this.loading = { value, locale });
      void this.explain()
        .then((explain) => explain(value, locale))
        .catch(() => [] as string[])
        .then((messages) => {
          if (this.loading !== loading) return;
          this.explained = { value, locale, messages };
          this.changed();
        });
    }
    return undefined;
  }

  /** The path of the first problem of the value last checked. */
  path(): (string | number)[] | undefined {
    return this.problem;
  }
}
