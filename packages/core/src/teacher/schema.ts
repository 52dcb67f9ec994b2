import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { flagsSchema, recordIdSchema, textSchema } from '../record/schema.js';

/**
 * A teacher (педагогический работник). Belongs to one school by `schoolId`; what the
 * monitoring counts about a teacher (diagnosed, has an ИОМ, …) lives in open `flags`.
 */
export const teacherSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    schoolId: recordIdSchema,
    /** Optional: the monitoring counts teachers and needs no personal data. */
    name: z.optional(textSchema),
    subjects: z.optional(z.array(textSchema)),
    flags: z.optional(flagsSchema),
  }),
  { title: 'Teacher', description: 'Педагогический работник школы.' },
);

/** A teacher (педагог). */
export type Teacher = z.infer<typeof teacherSchema>;
