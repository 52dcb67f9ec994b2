import { z } from 'zod';
import { flagsSchema, recordIdSchema } from '../record/schema.js';

/**
 * A teacher (педагогический работник). Belongs to one school by `schoolId`; what the
 * monitoring counts about a teacher (diagnosed, has an ИОМ, …) lives in open `flags`.
 */
export const teacherSchema = z
  .strictObject({
    id: recordIdSchema,
    schoolId: recordIdSchema,
    /** Optional: the monitoring counts teachers and needs no personal data. */
    name: z.string().trim().min(1).optional(),
    subjects: z.array(z.string().trim().min(1)).optional(),
    flags: flagsSchema.optional(),
  })
  .meta({ title: 'Teacher', description: 'Педагогический работник школы.' });

/** A teacher (педагог). */
export type Teacher = z.infer<typeof teacherSchema>;
