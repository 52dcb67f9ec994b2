export {
  identificationMethodologySchema,
  identificationCriterionSchema,
  identificationRuleSchema,
  identificationDecisionSchema,
  criteriaExpressionSchema,
  exampleIdentificationMethodology,
  type IdentificationMethodology,
  type IdentificationCriterion,
  type IdentificationRule,
  type IdentificationDecision,
  type CriteriaExpression,
} from './schema.js';
export { percentileCutoff, compareShareToPercent, compareDecimals } from './exact.js';
export {
  identifySchools,
  type Identification,
  type IdentifyOptions,
  type SchoolProposal,
  type CategoryProposal,
  type CriterionOutcome,
  type IdentificationFigure,
  type ProposalStatus,
} from './identify.js';
export {
  decideIdentification,
  applyIdentification,
  type DecisionProblem,
  type ApplyIdentificationOptions,
} from './decide.js';
export {
  checkMethodologyCatalogue,
  methodologyCatalogue,
  type MethodologyCatalogueProblem,
} from './catalogue.js';
