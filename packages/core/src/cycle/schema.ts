import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { documentIdSchema, textSchema } from '../record/schema.js';
import { calendarDateSchema } from '../deadline/schema.js';
import { indicatorAnswerSchema } from '../indicator/input.js';
import { reportIssue } from '../mentorship/issue.js';

/** An instant, ISO 8601 with a time zone: the history says exactly when. */
const instantSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/**
 * A school year as Russian documents write it: «2021-2022» (учебный год). The second year follows
 * the first.
 */
export const schoolYearSchema = /* @__PURE__ */ withMeta(
  z.string().check(
    z.regex(/^\d{4}-\d{4}$/u, 'учебный год пишется как «2021-2022»'),
    z.refine((year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1, {
      message: 'второй год учебного года должен следовать за первым: «2021-2022»',
    }),
  ),
  { title: 'SchoolYear', description: 'Учебный год: «2021-2022».' },
);

/** A school year (учебный год), «2021-2022». */
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/**
 * The state of a monitoring cycle: `open` (created, not yet sent to schools), `collecting` (schools
 * answer), `closed` (after the deadline; nothing changes without a traced unlock).
 */
export const cycleStatusSchema = /* @__PURE__ */ withMeta(z.enum(['open', 'collecting', 'closed']), {
  title: 'CycleStatus',
  description: 'Состояние цикла мониторинга: открыт, идёт сбор данных, закрыт.',
});

/** The state of a cycle. */
export type CycleStatus = z.infer<typeof cycleStatusSchema>;

/**
 * Where an answer stands on the approval ladder (уровни согласования): `draft` (the school fills
 * it in), `submitted` (sent to the municipality), `returned` (sent back with a comment),
 * `approved` (by the municipality: locked), `accepted` (by the region: locked).
 */
export const approvalStateSchema = /* @__PURE__ */ withMeta(
  z.enum(['draft', 'submitted', 'returned', 'approved', 'accepted']),
  {
    title: 'ApprovalState',
    description:
      'Уровень согласования: черновик, отправлено, возвращено, утверждено муниципалитетом, принято регионом.',
  },
);

/** The approval state of a unit's answers. */
export type ApprovalState = z.infer<typeof approvalStateSchema>;

/** One change of an answer (история изменений): who, when, the old and the new value. */
export const answerChangeSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    at: instantSchema,
    by: textSchema,
    from: indicatorAnswerSchema,
    to: indicatorAnswerSchema,
    note: z.optional(textSchema),
  }),
  { title: 'AnswerChange', description: 'Изменение ответа: кто, когда, прежнее и новое значение.' },
);

/** One change of an answer. */
export type AnswerChange = z.infer<typeof answerChangeSchema>;

/** One answer of a unit: the value, a comment, the explanation of an outlier, and the history. */
export const cycleAnswerSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    value: indicatorAnswerSchema,
    comment: z.optional(textSchema),
    /** Why the value moved so far from the previous cycle (required for a flagged outlier). */
    explanation: z.optional(textSchema),
    history: z._default(z.array(answerChangeSchema), []),
  }),
  {
    title: 'CycleAnswer',
    description: 'Ответ по показателю: значение, комментарий, пояснение, история.',
  },
);

/** One answer of a unit in a cycle. */
export type CycleAnswer = z.infer<typeof cycleAnswerSchema>;

/** One step on the approval ladder, kept for ever: submit, approve, return, accept, unlock. */
export const approvalStepSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    at: instantSchema,
    by: textSchema,
    action: z.enum(['submit', 'approve', 'return', 'accept', 'unlock']),
    comment: z.optional(textSchema),
  }),
  { title: 'ApprovalStep', description: 'Шаг согласования: кто, когда, что сделал, комментарий.' },
);

/** One step of approval. */
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

/**
 * The answers of one unit in a cycle: a school (its own monitoring form) or the municipality (the
 * municipal indicators), with the approval state and its trace.
 */
export const cycleUnitSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    level: z.enum(['school', 'municipality']),
    unitId: documentIdSchema,
    name: textSchema,
    state: z._default(approvalStateSchema, 'draft'),
    answers: z._default(z.record(z.string(), cycleAnswerSchema), {}),
    trace: z._default(z.array(approvalStepSchema), []),
  }),
  { title: 'CycleUnit', description: 'Ответы школы или муниципалитета в цикле мониторинга.' },
);

/** The answers of a school or of the municipality. */
export type CycleUnit = z.infer<typeof cycleUnitSchema>;

/** A unit excused from the cycle when it was closed, with the reason (закрыт с исключениями). */
export const cycleExceptionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ unitId: documentIdSchema, reason: textSchema }),
  {
    title: 'CycleException',
    description: 'Исключение при закрытии цикла: кто и почему.',
  },
);

/** An exception of a closed cycle. */
export type CycleException = z.infer<typeof cycleExceptionSchema>;

interface RawCycle {
  units: { level: string; unitId: string }[];
  exceptions: { unitId: string }[];
  status: string;
  closedAt?: string | undefined;
}

function checkCycle(cycle: RawCycle, context: z.core.$RefinementCtx<RawCycle>): void {
  const seen = new Set<string>();
  cycle.units.forEach((unit, index) => {
    const key = `${unit.level}:${unit.unitId}`;
    if (seen.has(key)) {
      reportIssue(context, ['units', index, 'unitId'], 'duplicate-unit', {
        ru: `«${unit.unitId}» уже есть в цикле выше: у каждой школы одна форма.`,
        en: `"${unit.unitId}" is in the cycle above already: one form per school.`,
      });
    }
    seen.add(key);
  });
  cycle.exceptions.forEach((exception, index) => {
    if (!cycle.units.some((unit) => unit.unitId === exception.unitId)) {
      reportIssue(context, ['exceptions', index, 'unitId'], 'unknown-unit', {
        ru: `исключение для «${exception.unitId}», которого нет среди участников цикла.`,
        en: `an exception for "${exception.unitId}", who is not in the cycle.`,
      });
    }
  });
  if (cycle.status === 'closed' && cycle.closedAt === undefined) {
    reportIssue(context, ['closedAt'], 'closed-without-date', {
      ru: 'закрытый цикл должен иметь дату закрытия.',
      en: 'a closed cycle needs the date it was closed.',
    });
  }
}

/**
 * A monitoring cycle (цикл мониторинга): a municipality or the region, a school year, an indicator
 * set; the answers of each school and of the municipality; the deadline of answers, the status,
 * and the exceptions it was closed with. The schools listed are the registry as it stood in this
 * cycle: a school that left the registry is simply absent from the next one.
 */
export const monitoringCycleSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: documentIdSchema,
      level: z.enum(['municipality', 'region']),
      /** The municipality's (or the region's) id and name: «г. Канск». */
      territoryId: documentIdSchema,
      territoryName: textSchema,
      schoolYear: schoolYearSchema,
      /** What the cycle is: «начальный мониторинг», «итоговый мониторинг» (seed 003). */
      stage: z.optional(textSchema),
      indicatorSetId: documentIdSchema,
      status: cycleStatusSchema,
      /** The last day answers are due (срок представления). */
      deadline: z.optional(calendarDateSchema),
      closedAt: z.optional(calendarDateSchema),
      units: z.array(cycleUnitSchema),
      exceptions: z._default(z.array(cycleExceptionSchema), []),
      /** Population sizes typed once for the municipality (всего школ, ШНОР, их педагогов). */
      populations: z.optional(z.record(z.string(), z.number().check(z.int(), z.minimum(0)))),
    })
    .check(z.superRefine(checkCycle)),
  {
    title: 'MonitoringCycle',
    description:
      'Цикл мониторинга: муниципалитет или регион, учебный год, набор показателей, ответы школ и муниципалитета, срок, состояние.',
  },
);

/** A monitoring cycle (цикл мониторинга). */
export type MonitoringCycle = z.infer<typeof monitoringCycleSchema>;
/** A monitoring cycle as written before defaults are filled. */
export type MonitoringCycleInput = z.input<typeof monitoringCycleSchema>;
