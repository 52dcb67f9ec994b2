import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { municipalitySchema } from '../municipality/schema.js';
import { schoolSchema } from '../school/schema.js';
import { teacherSchema } from '../teacher/schema.js';
import { codeSchema } from './schema.js';

/**
 * One answer typed in by a person: yes/no for a presence, a whole number for a count,
 * numerator and denominator for a share (the denominator may come from `populations`),
 * `null` for «not answered yet». Whole and non-negative numbers are checked by the
 * calculator, which names the indicator in its message.
 */
export const indicatorAnswerSchema = /* @__PURE__ */ withMeta(
  z.union([
    z.boolean(),
    z.number(),
    z.strictObject({ numerator: z.number(), denominator: z.optional(z.number()) }),
    z.null(),
  ]),
  {
    title: 'IndicatorAnswer',
    description: 'Ответ по показателю: да/нет, число или числитель со знаменателем.',
  },
);

/** One answer typed in by a person. */
export type IndicatorAnswer = z.infer<typeof indicatorAnswerSchema>;

/**
 * Counts typed in by a person (ввод количеств вручную): answers by indicator code, and
 * optionally the size of each population once, so shares need only their numerators.
 */
export const countsInputSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('counts'),
    populations: z.optional(z.record(codeSchema, z.number())),
    answers: z.record(z.string(), indicatorAnswerSchema),
  }),
  { title: 'CountsInput', description: 'Количества, введённые вручную: ответы по кодам показателей.' },
);

/** Counts typed in by a person. */
export type CountsInput = z.infer<typeof countsInputSchema>;

/**
 * Records to count from (записи): the municipality (its flags answer presences), its schools
 * and their teachers. Without `teachers`, teacher indicators are reported missing, not zero.
 */
export const recordsInputSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('records'),
    municipality: z.optional(municipalitySchema),
    schools: z.array(schoolSchema),
    teachers: z.optional(z.array(teacherSchema)),
  }),
  {
    title: 'RecordsInput',
    description: 'Записи о муниципалитете, школах и педагогах, по которым считаются показатели.',
  },
);

/** Records to count from. */
export type RecordsInput = z.infer<typeof recordsInputSchema>;

/** The calculator's input: counts typed in, or records to count from. */
export const indicatorInputSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [countsInputSchema, recordsInputSchema]),
  {
    title: 'IndicatorInput',
    description: 'Входные данные калькулятора: введённые количества или записи.',
  },
);

/** The calculator's input. */
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
