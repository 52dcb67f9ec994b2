import * as z from 'zod/mini';
import { calendarDateSchema } from '../deadline/schema.js';

// The options of the ИОМ functions as schemas, so a wrong one is refused by name, not crashed on.

// Any language tag: the functions read it with `toDisplayLocale` (en, en-GB → English; else Russian).
const localeSchema = /* @__PURE__ */ z.string();

/** Options of `routeProgress`. */
export const progressOptionsSchema = /* @__PURE__ */ z.strictObject({
  locale: z.optional(localeSchema),
  precision: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
});

/** Options of `quarterlyCheckpoints`. */
export const checkpointOptionsSchema = /* @__PURE__ */ z.strictObject({
  calendar: z.optional(z.enum(['calendar', 'school'])),
  year: z.optional(z.number().check(z.int(), z.minimum(1900), z.maximum(2200))),
  asOf: z.optional(calendarDateSchema),
  locale: z.optional(localeSchema),
  precision: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
});

/** Options of `iomRemarks`. */
export const remarksOptionsSchema = /* @__PURE__ */ z.strictObject({ asOf: z.optional(calendarDateSchema) });
