import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { flagsSchema, recordIdSchema, textSchema } from '../record/schema.js';
import { resourceRiskIds, schoolCategoryIds, schoolRoleIds } from './lists.js';

/**
 * A school category: `low-results` (ШНОР/ШНРО), `unfavourable-conditions` (ШНСУ),
 * `risk-of-decline` (школа в зоне риска снижения образовательных результатов).
 */
export const schoolCategorySchema = /* @__PURE__ */ withMeta(z.enum(schoolCategoryIds), {
  title: 'SchoolCategory',
  description: 'Категория школы: ШНОР/ШНРО, ШНСУ, зона риска снижения результатов.',
});

/** A school category (категория школы). */
export type SchoolCategory = z.infer<typeof schoolCategorySchema>;

/** Every school category, in the order reports list them. */
export const schoolCategories: readonly SchoolCategory[] = schoolCategoryIds;

/**
 * A role a school plays for others: `curator-school` (школа-куратор), `leader-school`
 * (школа-лидер, проект 500+), `internship-site` (стажировочная площадка).
 */
export const schoolRoleSchema = /* @__PURE__ */ withMeta(z.enum(schoolRoleIds), {
  title: 'SchoolRole',
  description: 'Роль школы: школа-куратор, школа-лидер, стажировочная площадка.',
});

/** A school role (роль школы). */
export type SchoolRole = z.infer<typeof schoolRoleSchema>;

/** Every school role. */
export const schoolRoles: readonly SchoolRole[] = schoolRoleIds;

/**
 * A resource risk of declining results named by seed 001: no stable internet access,
 * not enough computers, shortage of teaching staff.
 */
export const resourceRiskSchema = /* @__PURE__ */ withMeta(z.enum(resourceRiskIds), {
  title: 'ResourceRisk',
  description:
    'Риск снижения образовательных результатов: отсутствие устойчивого доступа в интернет, ' +
    'отсутствие достаточного количества компьютерной техники, дефицит педагогических кадров.',
});

/** A resource risk (риск снижения образовательных результатов). */
export type ResourceRisk = z.infer<typeof resourceRiskSchema>;

/** Every resource risk. */
export const resourceRisks: readonly ResourceRisk[] = resourceRiskIds;

/**
 * A school (образовательная организация, ОО). Categories are those assigned by the regional
 * methodology; `classifySchool` adds the ones that follow from rules (e.g. risk of decline).
 */
export const schoolSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    name: textSchema,
    municipalityId: z.optional(recordIdSchema),
    categories: z.optional(z.array(schoolCategorySchema)),
    roles: z.optional(z.array(schoolRoleSchema)),
    resourceRisks: z.optional(z.array(resourceRiskSchema)),
    flags: z.optional(flagsSchema),
  }),
  { title: 'School', description: 'Школа (образовательная организация, ОО).' },
);

/** A school (ОО). */
export type School = z.infer<typeof schoolSchema>;
