import { z } from 'zod';
import { flagsSchema, recordIdSchema } from '../record/schema.js';

/**
 * A municipality (муниципалитет) and its education system (МСО). Its flags answer the
 * «Наличие …» indicators when a set is computed from records.
 */
export const municipalitySchema = z
  .strictObject({
    id: recordIdSchema,
    name: z.string().trim().min(1),
    region: z.string().trim().min(1).optional(),
    flags: flagsSchema.optional(),
  })
  .meta({ title: 'Municipality', description: 'Муниципалитет (муниципальная система образования, МСО).' });

/** A municipality (муниципалитет, МСО). */
export type Municipality = z.infer<typeof municipalitySchema>;
