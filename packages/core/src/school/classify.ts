import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { schoolPredicateSchema } from '../predicate/schema.js';
import { localizedTextSchema } from '../text/schema.js';
import { schoolCategorySchema } from './schema.js';

/**
 * A classification rule as data: a school gets `category` when it meets `when`. Regions
 * store their rules as JSON; the default is seed 001's «хотя бы два из трёх рисков».
 */
export const classificationRuleSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    category: schoolCategorySchema,
    when: schoolPredicateSchema,
    description: z.optional(localizedTextSchema),
  }),
  { title: 'ClassificationRule', description: 'Правило отнесения школы к категории.' },
);

/** A classification rule (правило отнесения школы к категории). */
export type ClassificationRule = z.infer<typeof classificationRuleSchema>;

/** A list of classification rules. */
export const classificationRulesSchema = /* @__PURE__ */ z.array(classificationRuleSchema);

// The rules' functions and seed 001's rule live apart from the schemas, with no zod.
export {
  classifySchool,
  classifySchools,
  compileClassificationRules,
  defaultClassificationRules,
} from './classify-rules.js';
