import { z } from 'zod';

/**
 * A text in Russian with an optional English version. Russian is required because the users
 * (municipal methodologists) read Russian; English serves integrators and foreign reviewers.
 */
export const localizedTextSchema = z
  .strictObject({
    ru: z.string().trim().min(1),
    en: z.string().trim().min(1).optional(),
  })
  .meta({
    title: 'LocalizedText',
    description: 'Текст на русском языке (обязательно) и на английском (по желанию).',
  });

/** A Russian text with an optional English version. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
