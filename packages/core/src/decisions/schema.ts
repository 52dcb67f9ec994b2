import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { documentIdSchema, textSchema } from '../record/schema.js';
import { calendarDateSchema } from '../deadline/schema.js';
import { evidenceSchema } from '../roadmap/schema.js';

/**
 * To whom a recommendation or decision is addressed (адресат): a school, the municipal education
 * body, the methodological service, teachers of a subject (seed 001's «учителям русского языка,
 * математики»), or another body named in words («региональный координатор»).
 */
export const addresseeSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('school'), schoolId: documentIdSchema, name: textSchema }),
    z.strictObject({ kind: z.literal('municipal-body'), name: textSchema }),
    z.strictObject({ kind: z.literal('methodological-service'), name: textSchema }),
    z.strictObject({
      kind: z.literal('subject-teachers'),
      subjects: z.array(textSchema).check(z.minLength(1)),
    }),
    z.strictObject({ kind: z.literal('other'), name: textSchema }),
  ]),
  {
    title: 'Addressee',
    description:
      'Адресат: школа, муниципальный орган управления образованием, методическая служба, учителя предмета, иной.',
  },
);

/** The addressee of a decision. */
export type Addressee = z.infer<typeof addresseeSchema>;

/**
 * Where a decision stands: `planned`, `in-progress`, `done` (evidence expected), `overdue` (the
 * deadline passed before it was done; `followDecision` also finds it from the date).
 */
export const decisionStatusSchema = /* @__PURE__ */ withMeta(
  z.enum(['planned', 'in-progress', 'done', 'overdue']),
  {
    title: 'DecisionStatus',
    description: 'Состояние: запланировано, выполняется, выполнено, просрочено.',
  },
);

/** The state of a decision. */
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

/** An activity of a roadmap that answers a decision. */
export const activityLinkSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ roadmapId: documentIdSchema, activityId: documentIdSchema }),
  {
    title: 'ActivityLink',
    description: 'Ссылка на мероприятие дорожной карты.',
  },
);

/** A link to a roadmap activity. */
export type ActivityLink = z.infer<typeof activityLinkSchema>;

/**
 * A recommendation (рекомендация) or a management decision (управленческое решение) as a record:
 * the text, the addressee, the deadline as written (read by `parseDeadline` when followed), the
 * responsible, the status, the evidence, the cycle it came from and the roadmap activities that
 * answer it (seed 003: the council's recommendations → a roadmap approved by order).
 */
export const decisionRecordSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: documentIdSchema,
    kind: z.enum(['recommendation', 'management-decision']),
    text: textSchema,
    addressee: addresseeSchema,
    /** As the author wrote it: «до 15 декабря 2020 года», «в течение декабря 2021 года». */
    deadline: z.optional(textSchema),
    responsible: z.optional(textSchema),
    status: z._default(decisionStatusSchema, 'planned'),
    /** The day it was done, for `done`. */
    doneOn: z.optional(calendarDateSchema),
    evidence: z._default(z.array(evidenceSchema), []),
    /** The cycle whose analysis gave rise to it. */
    cycleId: z.optional(documentIdSchema),
    activities: z._default(z.array(activityLinkSchema), []),
  }),
  {
    title: 'DecisionRecord',
    description:
      'Рекомендация или управленческое решение: текст, адресат, срок, ответственный, состояние, подтверждения, связанные мероприятия.',
  },
);

/** A recommendation or a management decision. */
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
/** A decision as written before defaults are filled. */
export type DecisionRecordInput = z.input<typeof decisionRecordSchema>;
