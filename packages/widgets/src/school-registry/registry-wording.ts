import { parseOrExplain, registrySchema, type DisplayLocale } from '@shnro/core';

// Loaded only when a registry handed to the element fails the core's cheap shape check
// (`registryShapeProblem`): zod and the core's wording are never downloaded for a good registry.

/** What is wrong with a registry, each problem with its place, in Russian or English. */
export function explainRegistry(value: unknown, locale: DisplayLocale): string[] {
  const parsed = parseOrExplain(registrySchema, value, { locale, pathPrefix: ['registry'] });
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}: ${issue.message}`);
}
