import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { flagNameSchema } from '../record/schema.js';
import {
  resourceRiskSchema,
  schoolCategorySchema,
  schoolRoleSchema,
  type ResourceRisk,
  type SchoolCategory,
  type SchoolRole,
} from '../school/schema.js';

// The predicate types are recursive, and TypeScript cannot print the inferred type of a
// recursive zod schema into declaration files; so they are written out once here and the
// schemas below are annotated with them (the compiler checks that schema and type agree).

/**
 * A category in a condition: a built-in one (`low-results`, …) or a region's own from its
 * catalogue (`small-rural`), which the registry hands the calculator as a school flag of that id.
 */
export type ConditionCategory = SchoolCategory | (string & {});

/** One value or a non-empty list of values meaning «any of». */
export type OneOrMany<T> = T | T[];

/**
 * A condition on a school (условие отбора школ): one key per test, combined with
 * `all` / `any` / `not` / `{ atLeast, of }`. `{ all: [] }` holds for every school.
 */
export type SchoolPredicate =
  | { category: OneOrMany<ConditionCategory> }
  | { role: OneOrMany<SchoolRole> }
  | { flag: string }
  | { resourceRisk: OneOrMany<ResourceRisk> }
  | { resourceRisks: { atLeast: number; of?: ResourceRisk[] | undefined } }
  | { all: SchoolPredicate[] }
  | { any: SchoolPredicate[] }
  | { not: SchoolPredicate }
  | { atLeast: number; of: SchoolPredicate[] };

/**
 * A condition on a teacher (условие отбора педагогов): its own flags, or its school through
 * `{ school: SchoolPredicate }`, combined with `all` / `any` / `not` / `{ atLeast, of }`.
 */
export type TeacherPredicate =
  | { flag: string }
  | { school: SchoolPredicate }
  | { all: TeacherPredicate[] }
  | { any: TeacherPredicate[] }
  | { not: TeacherPredicate }
  | { atLeast: number; of: TeacherPredicate[] };

// A value or a non-empty list of values: `{ role: 'internship-site' }` reads better than a
// one-element list, and `{ category: ['low-results', 'unfavourable-conditions'] }` means «any of».
function oneOrMany<T extends z.ZodMiniType>(item: T) {
  return z.union([item, z.array(item).check(z.minLength(1))]);
}

// The built-in categories first, so the JSON Schema lists them; then any id a region may define.
const conditionCategorySchema = /* @__PURE__ */ z.union([
  schoolCategorySchema,
  z.string().check(
    z.refine((id) => /^[a-z][a-z0-9-]*$/.test(id), {
      message: 'a category id: built in (low-results, …) or the region’s own, lower-case Latin with hyphens',
      params: {
        reason: 'invalid-category',
        messages: {
          ru: 'категория записывается идентификатором: встроенным (low-results, unfavourable-conditions, risk-of-decline) или своим из справочника региона — латиницей в нижнем регистре, через дефис (например, small-rural).',
          en: 'a category is an id: built in (low-results, unfavourable-conditions, risk-of-decline) or the region’s own from its catalogue, lower-case Latin with hyphens (e.g. small-rural).',
        },
      },
    }),
  ),
]);

/** `{ category: … }`: the school has any of the listed categories (категория школы), built in or the region's. */
const categoryTest = /* @__PURE__ */ z.strictObject({ category: oneOrMany(conditionCategorySchema) });
/** `{ role: … }`: the school has any of the listed roles. */
const roleTest = /* @__PURE__ */ z.strictObject({ role: oneOrMany(schoolRoleSchema) });
/** `{ flag: 'hasIom' }`: the record's flag is set (an absent flag is «нет»). */
const flagTest = /* @__PURE__ */ z.strictObject({ flag: flagNameSchema });
/** `{ resourceRisk: … }`: the school has any of the listed resource risks. */
const resourceRiskTest = /* @__PURE__ */ z.strictObject({ resourceRisk: oneOrMany(resourceRiskSchema) });
/** `{ resourceRisks: { atLeast: 2 } }`: at least N of the listed (by default all three) risks hold. */
const resourceRiskCountTest = /* @__PURE__ */ z.strictObject({
  resourceRisks: z.strictObject({
    atLeast: z.number().check(z.int(), z.minimum(1)),
    of: z.optional(z.array(resourceRiskSchema).check(z.minLength(1))),
  }),
});

const schoolAll = /* @__PURE__ */ z.strictObject({
  get all() {
    return z.array(schoolPredicateSchema);
  },
});
const schoolAny = /* @__PURE__ */ z.strictObject({
  get any() {
    return z.array(schoolPredicateSchema).check(z.minLength(1));
  },
});
const schoolNot = /* @__PURE__ */ z.strictObject({
  get not() {
    return schoolPredicateSchema;
  },
});
const schoolAtLeast = /* @__PURE__ */ z.strictObject({
  atLeast: z.number().check(z.int(), z.minimum(1)),
  get of() {
    return z.array(schoolPredicateSchema).check(z.minLength(1));
  },
});

/** Validates a condition on a school (see `SchoolPredicate`). */
export const schoolPredicateSchema: z.ZodMiniType<SchoolPredicate> = /* @__PURE__ */ withMeta(
  z.union([
    categoryTest,
    roleTest,
    flagTest,
    resourceRiskTest,
    resourceRiskCountTest,
    schoolAll,
    schoolAny,
    schoolNot,
    schoolAtLeast,
  ]),
  { title: 'SchoolPredicate', description: 'Условие отбора школ (JSON).' },
);

/** `{ school: … }`: the teacher's school (by `schoolId`) meets a school condition. */
const teacherSchoolTest = /* @__PURE__ */ z.strictObject({ school: schoolPredicateSchema });

const teacherAll = /* @__PURE__ */ z.strictObject({
  get all() {
    return z.array(teacherPredicateSchema);
  },
});
const teacherAny = /* @__PURE__ */ z.strictObject({
  get any() {
    return z.array(teacherPredicateSchema).check(z.minLength(1));
  },
});
const teacherNot = /* @__PURE__ */ z.strictObject({
  get not() {
    return teacherPredicateSchema;
  },
});
const teacherAtLeast = /* @__PURE__ */ z.strictObject({
  atLeast: z.number().check(z.int(), z.minimum(1)),
  get of() {
    return z.array(teacherPredicateSchema).check(z.minLength(1));
  },
});

/** Validates a condition on a teacher (see `TeacherPredicate`). */
export const teacherPredicateSchema: z.ZodMiniType<TeacherPredicate> = /* @__PURE__ */ withMeta(
  z.union([flagTest, teacherSchoolTest, teacherAll, teacherAny, teacherNot, teacherAtLeast]),
  { title: 'TeacherPredicate', description: 'Условие отбора педагогов (JSON).' },
);

/** The kinds of record a condition can select: schools or teachers. */
export const recordEntitySchema = /* @__PURE__ */ z.enum(['school', 'teacher']);

/** The kind of record a population or count is made of. */
export type RecordEntity = z.infer<typeof recordEntitySchema>;

/**
 * What is counted, as data: which records (`entity`) meet which condition (`where`).
 * The calculator counts these from records; a person can also type the count in.
 */
export const recordQuerySchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('entity', [
    z.strictObject({ entity: z.literal('school'), where: schoolPredicateSchema }),
    z.strictObject({ entity: z.literal('teacher'), where: teacherPredicateSchema }),
  ]),
  {
    title: 'RecordQuery',
    description: 'Что считается: записи (школы или педагоги), отвечающие условию.',
  },
);

/** What is counted: schools or teachers meeting a condition. */
export type RecordQuery = z.infer<typeof recordQuerySchema>;
