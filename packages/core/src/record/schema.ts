import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';

/** An identifier of a record (school, teacher, municipality): any non-empty text, unique in its list, compared exactly. */
export const recordIdSchema = /* @__PURE__ */ z.string().check(z.minLength(1));

/**
 * Text a person writes (a name, a title, a reason, a number of an order): trimmed, never empty. The
 * one rule for free text in every record, so that «  » is refused the same way everywhere.
 */
export const textSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/**
 * The id of a document or of a part of one (a roadmap, its sections and activities, a cycle, a
 * decision): trimmed, never empty, unlike `recordIdSchema`, which compares ids of records exactly.
 */
export const documentIdSchema = textSchema;

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
