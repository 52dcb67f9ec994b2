/**
 * zod's page-wide settings: zod 4 keeps them on `globalThis.__zod_globalConfig`, which every copy
 * of zod 4 on the page reads (`config()` merges into that same object). Written here without
 * importing zod, so that an element that validates nothing on its usual path (the chart, say)
 * does not download zod to switch one of its settings. `strict-csp.test.ts` checks that zod
 * reads what this writes, so an upgrade of zod that moves the setting fails there.
 */
interface ZodGlobalConfig {
  jitless?: boolean;
}

/**
 * Makes the core's validation run without `new Function`: zod compiles fast parsers with it
 * unless told not to, and a page whose Content-Security-Policy forbids `'unsafe-eval'` reports
 * (and blocks) that attempt. Call once, before the first validation, on such pages; the CDN
 * build of the widgets does. It sets zod 4's page-wide `jitless` setting, which every copy of
 * zod 4 on the page shares, whether it is loaded before or after this call.
 */
export function enableStrictContentSecurityPolicy(): void {
  const scope = globalThis as typeof globalThis & { __zod_globalConfig?: ZodGlobalConfig };
  (scope.__zod_globalConfig ??= {}).jitless = true;
}
