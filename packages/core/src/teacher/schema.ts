import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { flagsSchema, recordIdSchema } from '../record/schema.js';

/**
 * A teacher (педагогический работник). Belongs to one school by `schoolId`; what the
 * monitoring counts about a teacher (diagnosed, has an ИОМ, …) lives in open `flags`.
 */
export const teacherSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    schoolId: recordIdSchema,
    /** Optional: the monitoring counts teachers and needs no personal data. */
    name: z.optional(z.string().check(z.trim(), z.minLength(1))),
    subjects: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
    flags: z.optional(flagsSchema),
  }),
  { title: 'Teacher', description: 'Педагогический работник школы.' },
);

/** A teacher (педагог). */
export type Teacher = z.infer<typeof teacherSchema>;
