import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { reportIssue } from '../mentorship/issue.js';
import { textSchema } from '../record/schema.js';
import { reportNounKeys } from './phrases/nouns.js';

// Value objects: every number a report prints is one of these (see schema.ts).

export const countSchema = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0));
export const precisionSchema = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0), z.maximum(6));
const formsSchema = /* @__PURE__ */ z.tuple([textSchema, textSchema, textSchema]);

/** A grammatical gender, or the plural: what a past-tense verb agrees with. */
export const agreementSchema = /* @__PURE__ */ withMeta(
  z.enum(['masculine', 'feminine', 'neuter', 'plural']),
  {
    title: 'Agreement',
    description: 'С чем согласуется глагол: мужской, женский, средний род или множественное число.',
  },
);

/**
 * A noun counted after a number: a built-in key (`school`, `teacher`, `organisation`, …) or its own
 * forms for 1, 2–4 and 5 (школа, школы, школ), optionally in the genitive for «из 18 школ».
 */
export const nounSchema = /* @__PURE__ */ withMeta(
  z.union([
    z.enum(reportNounKeys),
    z.strictObject({ forms: formsSchema, genitive: z.optional(formsSchema) }),
  ]),
  {
    title: 'CountedNoun',
    description:
      'Существительное при числе: ключ (school, teacher, …) или три формы (1 школа, 2 школы, 5 школ).',
  },
);

/** A noun counted after a number. */
export type NounInput = z.infer<typeof nounSchema>;

/**
 * How a share is printed: `percent` «38,9%», `count` «7», `count-percent` «18 (100%)»,
 * `percent-count` «38,9% (7 школ)», `fraction` «7 из 18», `fraction-percent` «7 из 18 (38,9%)»,
 * `percent-fraction` «38,9% (7 из 18 школ)».
 */
export const shareShowSchema = /* @__PURE__ */ withMeta(
  z.enum([
    'percent',
    'count',
    'count-percent',
    'percent-count',
    'fraction',
    'fraction-percent',
    'percent-fraction',
  ]),
  {
    title: 'ShareShow',
    description: 'Как печатается доля: процент, количество, «7 из 18» и их сочетания.',
  },
);

/** How a share is printed. */
export type ShareShow = z.infer<typeof shareShowSchema>;

/** A count over a population, for a share or a share change. */
const fractionSchema = /* @__PURE__ */ z.strictObject({ numerator: countSchema, denominator: countSchema });

function checkFraction(
  fraction: { numerator: number; denominator: number },
  context: z.core.$RefinementCtx<unknown>,
  path: PropertyKey[],
): void {
  if (fraction.numerator <= fraction.denominator) return;
  reportIssue(context, [...path, 'numerator'], 'numerator-above-denominator', {
    ru: `числитель (${fraction.numerator}) больше знаменателя (${fraction.denominator}): доля не может превышать 100%.`,
    en: `the numerator (${fraction.numerator}) is above the denominator (${fraction.denominator}): a share cannot exceed 100%.`,
  });
}

/**
 * A share (доля) as a report states it: the count and the population it is over. The percentage is
 * not part of it: it is computed by `computeShare` (rounded half-up to `precision`) when rendered.
 */
export const shareValueSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      kind: z.literal('share'),
      numerator: countSchema,
      denominator: countSchema,
      precision: precisionSchema,
      show: z.optional(shareShowSchema),
      noun: z.optional(nounSchema),
    })
    .check(z.superRefine((value, context) => checkFraction(value, context, []))),
  {
    title: 'ShareValue',
    description: 'Доля: числитель и знаменатель; процент вычисляется при выводе, вручную не вводится.',
  },
);

/** A share value: numerator, denominator, precision. */
export type ReportShareValue = z.infer<typeof shareValueSchema>;

/** A count (количество), with the noun it counts («7 школ», «из 18 школ»). */
export const countValueSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('count'),
    value: countSchema,
    noun: z.optional(nounSchema),
    case: z.optional(z.enum(['nominative', 'genitive'])),
  }),
  { title: 'CountValue', description: 'Количество, при необходимости с существительным.' },
);

/** A count value. */
export type ReportCountValue = z.infer<typeof countValueSchema>;

/** A presence (наличие): «имеется» or «отсутствует». */
export const presenceValueSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('presence'), present: z.boolean() }),
  { title: 'PresenceValue', description: 'Наличие: «имеется» или «отсутствует».' },
);

/** A presence value. */
export type ReportPresenceValue = z.infer<typeof presenceValueSchema>;

/**
 * A measured value that is not a count over a population: a score (средний балл, 13,1) or a
 * percentage an assessment publishes (качество знаний, 56,3%), rounded half-up to `precision`.
 */
export const measureValueSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('measure'),
    value: z.number(),
    precision: precisionSchema,
    unit: z.optional(z.enum(['none', 'points', 'percent'])),
  }),
  {
    title: 'MeasureValue',
    description: 'Измеренное значение (средний балл, качество знаний по данным оценочной процедуры).',
  },
);

/** A measured value. */
export type ReportMeasureValue = z.infer<typeof measureValueSchema>;

/**
 * How a change is printed: `signed` «+0,7 балла», `amount` «0,7 балла», `verb` «выросла на 0,7 балла»,
 * «снизилась на 2,4 п.п.», «не изменилась» (the verb agrees with `agreement`).
 */
export const changeStyleSchema = /* @__PURE__ */ withMeta(z.enum(['signed', 'amount', 'verb']), {
  title: 'ChangeStyle',
  description: 'Как печатается изменение: со знаком, величиной или глаголом («снизилась на 2,4 п.п.»).',
});

/** How a change is printed. */
export type ChangeStyle = z.infer<typeof changeStyleSchema>;

/**
 * The change between two measured values: computed as `to − from`, in баллы, in п.п. (only for a
 * difference of two percentages) or `number` (bare: a sum of percentages over subjects is no
 * percentage, so its change is no «п.п.»).
 */
export const changeValueSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('change'),
    from: z.number(),
    to: z.number(),
    unit: z.enum(['points', 'percentage-points', 'number']),
    precision: precisionSchema,
    style: z.optional(changeStyleSchema),
    agreement: z.optional(agreementSchema),
  }),
  { title: 'ChangeValue', description: 'Изменение значения: из двух значений, в баллах или п.п.' },
);

/** A change of a measured value. */
export type ReportChangeValue = z.infer<typeof changeValueSchema>;

/**
 * The change of a share between two periods, in percentage points: the difference of the two
 * percentages as printed (each rounded half-up to `precision`), so a reader's subtraction agrees.
 */
export const shareChangeValueSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      kind: z.literal('share-change'),
      from: fractionSchema,
      to: fractionSchema,
      precision: precisionSchema,
      style: z.optional(changeStyleSchema),
      agreement: z.optional(agreementSchema),
    })
    .check(
      z.superRefine((value, context) => {
        checkFraction(value.from, context, ['from']);
        checkFraction(value.to, context, ['to']);
      }),
    ),
  {
    title: 'ShareChangeValue',
    description: 'Изменение доли в п.п.: две доли с числителями и знаменателями.',
  },
);

/** The change of a share. */
export type ReportShareChangeValue = z.infer<typeof shareChangeValueSchema>;

/** A run of the author's or a generator's words inside a sentence, list item or cell. */
export const textPartSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('text'),
    text: z.string().check(z.minLength(1)),
    /**
     * A figure quoted as the source document printed it («указано 27,7%»), where the report flags
     * the source's arithmetic: printed as is and not required to come from a share of the report.
     */
    cited: z.optional(z.literal(true)),
  }),
  { title: 'TextPart', description: 'Фрагмент текста.' },
);

/** A run of text. */
export type TextPart = z.infer<typeof textPartSchema>;

export const valueSchemas = [
  shareValueSchema,
  countValueSchema,
  presenceValueSchema,
  measureValueSchema,
  changeValueSchema,
  shareChangeValueSchema,
] as const;

/** A value object: every number a report prints is one of these. */
export const reportValueSchema = /* @__PURE__ */ withMeta(z.discriminatedUnion('kind', [...valueSchemas]), {
  title: 'ReportValue',
  description: 'Значение в справке: доля, количество, наличие, измеренное значение, изменение.',
});

/** A value object. */
export type ReportValue = z.infer<typeof reportValueSchema>;

/** A part of a sentence: text or a value. */
export const inlineSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [textPartSchema, ...valueSchemas]),
  {
    title: 'InlinePart',
    description: 'Часть предложения: текст или значение.',
  },
);

/** A part of a sentence. */
export type InlinePart = z.infer<typeof inlineSchema>;
