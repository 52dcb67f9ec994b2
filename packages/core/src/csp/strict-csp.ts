import { config } from 'zod/mini';

/**
 * Makes the core's validation run without `new Function`: zod compiles fast parsers with it
 * unless told not to, and a page whose Content-Security-Policy forbids `'unsafe-eval'` reports
 * (and blocks) that attempt. Call once, before the first validation, on such pages; the CDN
 * build of the widgets does. It affects this copy of zod only.
 */
export function enableStrictContentSecurityPolicy(): void {
  config({ jitless: true });
}
