/**
 * Vitest's `test.browser` for tests in real Chromium: this machine's, headless. The provider is
 * typed loosely on purpose: each package resolves its own copy of Vitest's types (they differ
 * by `@types/node`), and a provider typed by one copy does not fit the other's config.
 */
export function realChromium(): {
  enabled: true;
  headless: true;
  screenshotFailures: false;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  provider: any;
  instances: { browser: 'chromium' }[];
};

/** `resolve.alias` entries pointing `@shnro/core` and `@shnro/core/examples` at the core's sources. */
export function coreFromSources(): { find: RegExp; replacement: string }[];
