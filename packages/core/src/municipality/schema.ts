import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { flagsSchema, recordIdSchema, textSchema } from '../record/schema.js';

/**
 * A municipality (муниципалитет) and its education system (МСО). Its flags answer the
 * «Наличие …» indicators when a set is computed from records.
 */
export const municipalitySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    name: textSchema,
    region: z.optional(textSchema),
    flags: z.optional(flagsSchema),
  }),
  { title: 'Municipality', description: 'Муниципалитет (муниципальная система образования, МСО).' },
);

/** A municipality (муниципалитет, МСО). */
export type Municipality = z.infer<typeof municipalitySchema>;
