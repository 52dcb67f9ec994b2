import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { assessmentSchema } from '../dynamics/schema.js';
import { catalogueEntrySchema, catalogueIdSchema } from '../registry/catalogue-schema.js';
import { localizedTextSchema } from '../text/schema.js';

const idSchema = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/));

/** Which results a criterion reads: an assessment, and optionally some subjects and grades. */
const resultScope = {
  assessment: assessmentSchema,
  /** Subjects as the results name them («Математика»); all when left out. */
  subjects: z.optional(z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1))),
  /** Grades (классы); all when left out. */
  grades: z.optional(z.array(z.number().check(z.int(), z.minimum(1), z.maximum(11))).check(z.minLength(1))),
  /** Results with fewer participants are not judged (too small a class to say anything). */
  minParticipants: z.optional(z.number().check(z.int(), z.minimum(0))),
  /** The criterion must be met in at least this many of the scope's results in a year (default 1). */
  atLeast: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** Years in a row the criterion must be met, ending with the year identified (default 1). */
  years: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10))),
};

/**
 * `result-share`: a share (of marks «2», of «5», below the minimum) above or below a threshold, e.g.
 * «доля «2» по ВПР выше 25 % не менее чем по 2 предметам, два года подряд».
 */
export const resultShareCriterionSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  kind: z.literal('result-share'),
  label: z.optional(localizedTextSchema),
  ...resultScope,
  measure: z.enum(['share2', 'share5', 'shareBelowMinimum']),
  comparison: z.optional(z.enum(['above', 'below'])),
  /** Percent, e.g. 25 or 12,5. */
  threshold: z.number().check(z.minimum(0), z.maximum(100)),
});

/**
 * `result-percentile`: a mean score or mark (or a share) in the region's lowest (or highest) N %
 * of schools for the same assessment, subject, grade and year — e.g. the lowest decile of the mean
 * ОГЭ score. Nearest-rank percentile; see `percentileCutoff`.
 */
export const resultPercentileCriterionSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  kind: z.literal('result-percentile'),
  label: z.optional(localizedTextSchema),
  ...resultScope,
  measure: z.enum(['meanScore', 'meanMark', 'share2', 'share5', 'shareBelowMinimum']),
  tail: z.enum(['lowest', 'highest']),
  /** Whole percent: 10 is a decile. */
  percent: z.number().check(z.int(), z.minimum(1), z.maximum(99)),
});

/** `category`: the registry gives the school this category (e.g. ШНСУ, the social context). */
export const categoryCriterionSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  kind: z.literal('category'),
  label: z.optional(localizedTextSchema),
  category: catalogueIdSchema,
});

/** `resource-risks`: at least N of the listed resource risks (default the seeds' three) hold. */
export const resourceRiskCriterionSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  kind: z.literal('resource-risks'),
  label: z.optional(localizedTextSchema),
  atLeast: z.number().check(z.int(), z.minimum(1)),
  of: z.optional(z.array(catalogueIdSchema).check(z.minLength(1))),
});

/** One criterion of an identification methodology (критерий методики). */
export const identificationCriterionSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [
    resultShareCriterionSchema,
    resultPercentileCriterionSchema,
    categoryCriterionSchema,
    resourceRiskCriterionSchema,
  ]),
  { title: 'IdentificationCriterion', description: 'Критерий методики определения ОО.' },
);

/** A criterion of the methodology. */
export type IdentificationCriterion = z.infer<typeof identificationCriterionSchema>;

/** How criteria combine into a category: a criterion by id, all, any, at least N of, not. */
export type CriteriaExpression =
  | { criterion: string }
  | { all: CriteriaExpression[] }
  | { any: CriteriaExpression[] }
  | { atLeast: number; of: CriteriaExpression[] }
  | { not: CriteriaExpression };

/** Validates how criteria combine (see `CriteriaExpression`). */
export const criteriaExpressionSchema: z.ZodMiniType<CriteriaExpression> = /* @__PURE__ */ z.union([
  z.strictObject({ criterion: idSchema }),
  z.strictObject({
    get all() {
      return z.array(criteriaExpressionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(criteriaExpressionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    atLeast: z.number().check(z.int(), z.minimum(1)),
    get of() {
      return z.array(criteriaExpressionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return criteriaExpressionSchema;
    },
  }),
]);

/** A rule: the category a school is proposed for when the criteria combine as `when` says. */
export const identificationRuleSchema = /* @__PURE__ */ z.strictObject({
  category: catalogueIdSchema,
  when: criteriaExpressionSchema,
});

/** A rule of the methodology. */
export type IdentificationRule = z.infer<typeof identificationRuleSchema>;

/**
 * A region's methodology of identifying schools (методика определения ОО с низкими
 * образовательными результатами, seed 002) as data: criteria over results, social context and
 * resource risks, with the region's thresholds, and rules that combine them into categories.
 */
export const identificationMethodologySchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: idSchema,
      name: localizedTextSchema,
      /**
       * Categories the methodology itself introduces (e.g. «малокомплектная школа с низкими
       * результатами»), beside the built-in ones and the registry's catalogue; a confirmed proposal
       * brings its entry into the registry's catalogue.
       */
      categories: z.optional(z.array(catalogueEntrySchema)),
      criteria: z.array(identificationCriterionSchema).check(z.minLength(1)),
      rules: z.array(identificationRuleSchema).check(z.minLength(1)),
    })
    .check(
      z.superRefine((methodology, context) => {
        const ids = new Set<string>();
        methodology.criteria.forEach((criterion, index) => {
          if (ids.has(criterion.id))
            context.addIssue({
              code: 'custom',
              path: ['criteria', index, 'id'],
              message: `criterion ${criterion.id} is defined twice`,
              params: {
                reason: 'duplicate-criterion',
                messages: {
                  ru: `критерий ${criterion.id} задан дважды.`,
                  en: `criterion ${criterion.id} is defined twice.`,
                },
              },
            });
          ids.add(criterion.id);
        });
        const check = (expression: CriteriaExpression, path: (string | number)[]): void => {
          if ('criterion' in expression) {
            if (!ids.has(expression.criterion))
              context.addIssue({
                code: 'custom',
                path: [...path, 'criterion'],
                message: `unknown criterion ${expression.criterion}`,
                params: {
                  reason: 'unknown-criterion',
                  messages: {
                    ru: `критерий ${expression.criterion} не задан в методике.`,
                    en: `criterion ${expression.criterion} is not defined.`,
                  },
                },
              });
          } else if ('all' in expression) expression.all.forEach((e, i) => check(e, [...path, 'all', i]));
          else if ('any' in expression) expression.any.forEach((e, i) => check(e, [...path, 'any', i]));
          else if ('of' in expression) expression.of.forEach((e, i) => check(e, [...path, 'of', i]));
          else check(expression.not, [...path, 'not']);
        };
        methodology.rules.forEach((rule, index) => check(rule.when, ['rules', index, 'when']));
      }),
    ),
  {
    title: 'IdentificationMethodology',
    description: 'Методика определения ОО: критерии, пороги и правила их сочетания.',
  },
);

/** A region's identification methodology. */
export type IdentificationMethodology = z.infer<typeof identificationMethodologySchema>;

/** A methodologist's decision on a proposed category: confirm or reject, with a reason (обоснование). */
export const identificationDecisionSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      schoolId: z.string().check(z.minLength(1)),
      category: catalogueIdSchema,
      decision: z.enum(['confirm', 'reject']),
      /** Required when rejecting: why the school is not given the category despite its figures. */
      reason: z.optional(z.string().check(z.trim(), z.minLength(1))),
      by: z.optional(z.string().check(z.trim(), z.minLength(1))),
      /** ISO date of the decision. */
      date: z.optional(z.iso.date()),
    })
    .check(
      z.superRefine((decision, context) => {
        if (decision.decision === 'reject' && decision.reason === undefined)
          context.addIssue({
            code: 'custom',
            path: ['reason'],
            message: 'a rejection needs a reason',
            params: {
              reason: 'reason-required',
              messages: {
                ru: 'укажите причину, по которой предложение отклонено.',
                en: 'give the reason the proposal is rejected.',
              },
            },
          });
      }),
    ),
  {
    title: 'IdentificationDecision',
    description: 'Решение методиста по предложению: подтвердить или отклонить с причиной.',
  },
);

/** A methodologist's decision on a proposal. */
export type IdentificationDecision = z.infer<typeof identificationDecisionSchema>;

/**
 * An example methodology in the spirit of seed 002, for trying the SDK: thresholds are the
 * region's to set. ШНОР: «2» по ВПР above 25 % in at least two subject-grade results, two years in
 * a row, or the mean ОГЭ score in the region's lowest decile in at least one subject two years in a
 * row; зона риска: at least two of the three resource risks (seed 001).
 */
export const exampleIdentificationMethodology: IdentificationMethodology = {
  id: 'example-2-years',
  name: {
    ru: 'Пример методики: результаты ВПР и ОГЭ за два года, ресурсные риски',
    en: 'Example methodology',
  },
  criteria: [
    {
      id: 'vpr-share2',
      kind: 'result-share',
      assessment: 'vpr',
      measure: 'share2',
      threshold: 25,
      atLeast: 2,
      years: 2,
      minParticipants: 5,
    },
    {
      id: 'oge-lowest-decile',
      kind: 'result-percentile',
      assessment: 'gia-9',
      measure: 'meanScore',
      tail: 'lowest',
      percent: 10,
      years: 2,
      minParticipants: 5,
    },
    { id: 'resource-risks', kind: 'resource-risks', atLeast: 2 },
  ],
  rules: [
    {
      category: 'low-results',
      when: { any: [{ criterion: 'vpr-share2' }, { criterion: 'oge-lowest-decile' }] },
    },
    { category: 'risk-of-decline', when: { criterion: 'resource-risks' } },
  ],
};
