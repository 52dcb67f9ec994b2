import { z } from 'zod';
import { calendarDateSchema } from '../deadline/schema.js';
import { evidenceSchema } from '../roadmap/schema.js';

const idSchema = z.string().trim().min(1);
const textSchema = z.string().trim().min(1);

/**
 * To whom a recommendation or decision is addressed (адресат): a school, the municipal education
 * body, the methodological service, teachers of a subject (seed 001's «учителям русского языка,
 * математики»), or another body named in words («региональный координатор»).
 */
export const addresseeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('school'), schoolId: idSchema, name: textSchema }),
    z.strictObject({ kind: z.literal('municipal-body'), name: textSchema }),
    z.strictObject({ kind: z.literal('methodological-service'), name: textSchema }),
    z.strictObject({ kind: z.literal('subject-teachers'), subjects: z.array(textSchema).min(1) }),
    z.strictObject({ kind: z.literal('other'), name: textSchema }),
  ])
  .meta({
    title: 'Addressee',
    description:
      'Адресат: школа, муниципальный орган управления образованием, методическая служба, учителя предмета, иной.',
  });

/** The addressee of a decision. */
export type Addressee = z.infer<typeof addresseeSchema>;

/**
 * Where a decision stands: `planned`, `in-progress`, `done` (evidence expected), `overdue` (the
 * deadline passed before it was done; `followDecision` also finds it from the date).
 */
export const decisionStatusSchema = z.enum(['planned', 'in-progress', 'done', 'overdue']).meta({
  title: 'DecisionStatus',
  description: 'Состояние: запланировано, выполняется, выполнено, просрочено.',
});

/** The state of a decision. */
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

/** An activity of a roadmap that answers a decision. */
export const activityLinkSchema = z
  .strictObject({ roadmapId: idSchema, activityId: idSchema })
  .meta({ title: 'ActivityLink', description: 'Ссылка на мероприятие дорожной карты.' });

/** A link to a roadmap activity. */
export type ActivityLink = z.infer<typeof activityLinkSchema>;

/**
 * A recommendation (рекомендация) or a management decision (управленческое решение) as a record:
 * the text, the addressee, the deadline as written (read by `parseDeadline` when followed), the
 * responsible, the status, the evidence, the cycle it came from and the roadmap activities that
 * answer it (seed 003: the council's recommendations → a roadmap approved by order).
 */
export const decisionRecordSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['recommendation', 'management-decision']),
    text: textSchema,
    addressee: addresseeSchema,
    /** As the author wrote it: «до 15 декабря 2020 года», «в течение декабря 2021 года». */
    deadline: textSchema.optional(),
    responsible: textSchema.optional(),
    status: decisionStatusSchema.default('planned'),
    /** The day it was done, for `done`. */
    doneOn: calendarDateSchema.optional(),
    evidence: z.array(evidenceSchema).default([]),
    /** The cycle whose analysis gave rise to it. */
    cycleId: idSchema.optional(),
    activities: z.array(activityLinkSchema).default([]),
  })
  .meta({
    title: 'DecisionRecord',
    description:
      'Рекомендация или управленческое решение: текст, адресат, срок, ответственный, состояние, подтверждения, связанные мероприятия.',
  });

/** A recommendation or a management decision. */
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
/** A decision as written before defaults are filled. */
export type DecisionRecordInput = z.input<typeof decisionRecordSchema>;
