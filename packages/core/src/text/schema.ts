import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { textSchema } from '../record/schema.js';

/**
 * A text in Russian with an optional English version. Russian is required because the users
 * (municipal methodologists) read Russian; English serves integrators and foreign reviewers.
 */
export const localizedTextSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    ru: textSchema,
    en: z.optional(textSchema),
  }),
  {
    title: 'LocalizedText',
    description: 'Текст на русском языке (обязательно) и на английском (по желанию).',
  },
);

/** A Russian text with an optional English version. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
