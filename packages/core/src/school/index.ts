export {
  schoolSchema,
  schoolCategorySchema,
  schoolRoleSchema,
  resourceRiskSchema,
  schoolCategories,
  schoolRoles,
  resourceRisks,
  type School,
  type SchoolCategory,
  type SchoolRole,
  type ResourceRisk,
} from './schema.js';
export { schoolCategoryLabels, schoolRoleLabels, resourceRiskLabels } from './labels.js';
export {
  classifySchool,
  classifySchools,
  compileClassificationRules,
  classificationRuleSchema,
  classificationRulesSchema,
  defaultClassificationRules,
  type ClassificationRule,
} from './classify.js';
export { readSchool } from './light.js';
