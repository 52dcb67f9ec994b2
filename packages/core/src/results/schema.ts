import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { assessmentSchema } from '../dynamics/schema.js';
import { reportIssue } from '../mentorship/issue.js';
import { recordIdSchema, textSchema } from '../record/schema.js';

const countSchema = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0));
const percentSchema = /* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(100));

interface RawResult {
  participants: number;
  count2?: number | undefined;
  count4?: number | undefined;
  count5?: number | undefined;
  countBelowMinimum?: number | undefined;
}

function checkCounts(result: RawResult, context: z.core.$RefinementCtx<RawResult>): void {
  for (const key of ['count2', 'count4', 'count5', 'countBelowMinimum'] as const) {
    const count = result[key];
    if (count !== undefined && count > result.participants)
      reportIssue(context, [key], 'count-above-participants', {
        ru: `${count} больше числа участников (${result.participants}).`,
        en: `${count} is more than the ${result.participants} participants.`,
      });
  }
}

/**
 * A school's result in one assessment, subject (and grade) and year (результат оценочной
 * процедуры): participants, mean score or mark, and the marks «2» and «5» and the share below
 * the minimum as counts (preferred: a share is then exact) or as percentages when only those
 * are exported. `year` is the calendar year the school year ends in (ВПР 2023 = 2022/2023).
 */
export const assessmentResultSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      schoolId: recordIdSchema,
      assessment: assessmentSchema,
      /** As the region names it: «Математика», «Русский язык». */
      subject: textSchema,
      /** Grade (класс): ВПР 4–11; ОГЭ 9 and ЕГЭ 11 may leave it out. */
      grade: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(11))),
      year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
      participants: countSchema,
      /** Mean score (средний балл: первичный или тестовый, as the export gives it). */
      meanScore: z.optional(z.number().check(z.minimum(0))),
      /** Mean mark (средняя отметка) on the 2–5 scale. */
      meanMark: z.optional(z.number().check(z.minimum(1), z.maximum(5))),
      count2: z.optional(countSchema),
      share2: z.optional(percentSchema),
      /** Marks «4» (needed with «5» for качество знаний, the share of «4» and «5»). */
      count4: z.optional(countSchema),
      share4: z.optional(percentSchema),
      count5: z.optional(countSchema),
      share5: z.optional(percentSchema),
      /** Did not reach the minimum score (не преодолели минимальный порог). */
      countBelowMinimum: z.optional(countSchema),
      shareBelowMinimum: z.optional(percentSchema),
    })
    .check(z.superRefine(checkCounts)),
  {
    title: 'AssessmentResult',
    description: 'Результат школы по оценочной процедуре, предмету, классу и году.',
  },
);

/** A school's result in one assessment, subject, grade and year. */
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;

/** A list of results (e.g. a region's five years of ВПР, ОГЭ and ЕГЭ). */
export const assessmentResultsSchema = /* @__PURE__ */ withMeta(z.array(assessmentResultSchema), {
  title: 'AssessmentResults',
  description: 'Результаты оценочных процедур по школам.',
});

// The count behind a share lives apart, so that code reading results loads no zod.
export { shareCount, type ResultShareMeasure, type ResultMeanMeasure } from './share-count.js';
