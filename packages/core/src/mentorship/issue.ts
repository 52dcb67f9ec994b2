import type * as z from 'zod/mini';

/** A message in both languages of the SDK, for a custom validation issue. */
export interface IssueMessages {
  ru: string;
  en: string;
}

/**
 * Adds a custom issue that `parseOrExplain` turns into a Russian (or English) sentence: `reason`
 * becomes the issue code, `messages` the text after the field's name.
 */
export function reportIssue<T>(
  context: z.core.$RefinementCtx<T>,
  path: PropertyKey[],
  reason: string,
  messages: IssueMessages,
): void {
  context.addIssue({ code: 'custom', path, message: messages.en, params: { reason, messages } });
}
