import type * as z from 'zod/mini';
import { parsedDeadlineSchema } from '../deadline/schema.js';
import { monitoringCycleSchema } from '../cycle/schema.js';
import { indicatorLinkSchema } from '../cycle/progress.js';
import { decisionRecordSchema } from '../decisions/schema.js';
import { dynamicsPolicySchema } from '../dynamics/policy.js';
import { dynamicsOptionsSchema, resultSeriesSchema } from '../dynamics/schema.js';
import { countsInputSchema, indicatorInputSchema, recordsInputSchema } from '../indicator/input.js';
import { reportedTableSchema } from '../indicator/reconcile/schema.js';
import { indicatorDefinitionSchema, indicatorSetSchema, populationSchema } from '../indicator/schema.js';
import { deficitDiagnosisSchema, iomSchema } from '../iom/schema.js';
import { assignmentSchema, supportEventSchema } from '../mentorship/schema.js';
import { municipalitySchema } from '../municipality/schema.js';
import { recordQuerySchema, schoolPredicateSchema, teacherPredicateSchema } from '../predicate/schema.js';
import { classificationRulesSchema } from '../school/classify.js';
import { schoolSchema } from '../school/schema.js';
import { directionCatalogueSchema } from '../roadmap/catalogue.js';
import { riskFactorListSchema } from '../roadmap/risk-factors.js';
import { analyticalReportSchema } from '../report/schema.js';
import { roadmapSchema } from '../roadmap/schema.js';
import { teacherSchema } from '../teacher/schema.js';
import { regionCatalogueSchema } from '../registry/catalogue.js';
import { registrySchema } from '../registry/schema.js';
import { assessmentResultsSchema } from '../results/schema.js';
import { supportModelsSchema } from '../support-model/schema.js';
import { identificationDecisionSchema, identificationMethodologySchema } from '../identification/schema.js';

/**
 * Every entity the SDK reads as JSON, by name. The build turns each into
 * `schema/<kebab-name>.schema.json` (`z.toJSONSchema`), for integrators in other languages.
 */
export const entitySchemas = {
  municipality: municipalitySchema,
  school: schoolSchema,
  teacher: teacherSchema,
  classificationRules: classificationRulesSchema,
  schoolPredicate: schoolPredicateSchema,
  teacherPredicate: teacherPredicateSchema,
  recordQuery: recordQuerySchema,
  population: populationSchema,
  indicatorDefinition: indicatorDefinitionSchema,
  indicatorSet: indicatorSetSchema,
  indicatorInput: indicatorInputSchema,
  countsInput: countsInputSchema,
  recordsInput: recordsInputSchema,
  reportedTable: reportedTableSchema,
  roadmap: roadmapSchema,
  parsedDeadline: parsedDeadlineSchema,
  directionCatalogue: directionCatalogueSchema,
  riskFactorList: riskFactorListSchema,
  assignment: assignmentSchema,
  supportEvent: supportEventSchema,
  deficitDiagnosis: deficitDiagnosisSchema,
  iom: iomSchema,
  resultSeries: resultSeriesSchema,
  dynamicsOptions: dynamicsOptionsSchema,
  dynamicsPolicy: dynamicsPolicySchema,
  monitoringCycle: monitoringCycleSchema,
  decisionRecord: decisionRecordSchema,
  indicatorLink: indicatorLinkSchema,
  analyticalReport: analyticalReportSchema,
  registry: registrySchema,
  regionCatalogue: regionCatalogueSchema,
  assessmentResults: assessmentResultsSchema,
  identificationMethodology: identificationMethodologySchema,
  identificationDecision: identificationDecisionSchema,
  supportModels: supportModelsSchema,
} satisfies Record<string, z.ZodMiniType>;

/** The name of an entity with a JSON Schema. */
export type EntityName = keyof typeof entitySchemas;

/** The file name of an entity's JSON Schema: `indicatorSet` → `indicator-set.schema.json`. */
export function jsonSchemaFileName(name: string): string {
  return `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.schema.json`;
}
