import * as z from 'zod/mini';

/**
 * A copy of a schema described for its JSON Schema (title, description, examples) in zod's
 * global registry, as classic zod's `.meta()` made it. Not `.check(z.meta(…))`: that adds a
 * check, and an object schema with a check can no longer be extended.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const described = schema.clone();
  z.globalRegistry.add(described, meta as z.core.$replace<z.core.GlobalMeta, T>);
  return described;
}
