import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';

/** An identifier of a record (school, teacher, municipality): any non-empty text, unique in its list, compared exactly. */
export const recordIdSchema = /* @__PURE__ */ z.string().check(z.minLength(1));

/** A flag name: a Latin identifier such as `hasIom`, so that it reads the same in JSON and in code. */
export const flagNameSchema = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/));

/**
 * Open yes/no attributes of a record (признаки). Regions add their own without a schema change;
 * a flag that is absent reads as «нет».
 */
export const flagsSchema = /* @__PURE__ */ withMeta(z.record(flagNameSchema, z.boolean()), {
  description: 'Признаки записи: имя признака → да/нет. Отсутствующий признак означает «нет».',
});

/** Open yes/no attributes of a record. */
export type Flags = z.infer<typeof flagsSchema>;
