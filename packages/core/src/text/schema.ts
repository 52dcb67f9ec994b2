import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';

/**
 * A text in Russian with an optional English version. Russian is required because the users
 * (municipal methodologists) read Russian; English serves integrators and foreign reviewers.
 */
export const localizedTextSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    ru: z.string().check(z.trim(), z.minLength(1)),
    en: z.optional(z.string().check(z.trim(), z.minLength(1))),
  }),
  {
    title: 'LocalizedText',
    description: 'Текст на русском языке (обязательно) и на английском (по желанию).',
  },
);

/** A Russian text with an optional English version. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
