import { z } from 'zod';
import { calendarDateSchema } from '../deadline/schema.js';

// The options of the ИОМ functions as schemas, so a wrong one is refused by name, not crashed on.

// Any language tag: the functions read it with `toDisplayLocale` (en, en-GB → English; else Russian).
const localeSchema = z.string();

/** Options of `routeProgress`. */
export const progressOptionsSchema = z.strictObject({
  locale: localeSchema.optional(),
  precision: z.number().int().min(0).max(6).optional(),
});

/** Options of `quarterlyCheckpoints`. */
export const checkpointOptionsSchema = z.strictObject({
  calendar: z.enum(['calendar', 'school']).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  asOf: calendarDateSchema.optional(),
  locale: localeSchema.optional(),
  precision: z.number().int().min(0).max(6).optional(),
});

/** Options of `iomRemarks`. */
export const remarksOptionsSchema = z.strictObject({ asOf: calendarDateSchema.optional() });
