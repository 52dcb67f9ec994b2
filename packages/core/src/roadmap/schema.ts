import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { documentIdSchema, textSchema } from '../record/schema.js';
import { reportIssue } from '../mentorship/issue.js';
import { calendarDateSchema, dateRangeSchema, parsedDeadlineSchema } from '../deadline/schema.js';
import { activityFormSchema } from './activity-form.js';
import { targetGroupSchema } from './target-group.js';

/** A text in both languages of the SDK: Russian for the users, English for integrators. */
export const bilingualTextSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ ru: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  { title: 'BilingualText', description: 'Текст на русском и английском языках.' },
);

/** A text in Russian and English. */
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** The school a roadmap belongs to (образовательная организация). */
export const roadmapSchoolSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ id: documentIdSchema, name: textSchema }),
  { title: 'RoadmapSchool', description: 'Школа (ОО), для которой составлена дорожная карта.' },
);

/** The school of a roadmap. */
export type RoadmapSchool = z.infer<typeof roadmapSchoolSchema>;

/** The order (приказ) that approves a roadmap: «приказ № 1699-осн от 30.12.2022». */
export const orderReferenceSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    number: textSchema,
    date: calendarDateSchema,
    /** Who issued it: «управления образования администрации …». */
    issuer: z.optional(textSchema),
    /** Its title: «О проведении мониторинга …». */
    title: z.optional(textSchema),
  }),
  {
    title: 'OrderReference',
    description: 'Реквизиты приказа: номер и дата, при наличии — кем издан и название.',
  },
);

/** The reference of an order (реквизиты приказа). */
export type OrderReference = z.infer<typeof orderReferenceSchema>;

/** A measurable target of an activity: indicator, baseline, target value, unit. */
export const measurableTargetSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    indicator: textSchema,
    baseline: z.optional(z.number()),
    target: z.number(),
    unit: textSchema,
    /** Whether the target is a floor («не ниже 45%»), a ceiling («не более 5%») or exact. */
    comparison: z.optional(z.enum(['at-least', 'at-most', 'exactly'])),
  }),
  {
    title: 'MeasurableTarget',
    description: 'Измеримый показатель: показатель, исходное и целевое значение, единица.',
  },
);

/** A measurable target (целевой показатель). */
export type MeasurableTarget = z.infer<typeof measurableTargetSchema>;

/** The state of one activity as the school reports it. */
export const activityStatusSchema = /* @__PURE__ */ withMeta(
  z.enum(['planned', 'in-progress', 'done', 'cancelled']),
  {
    title: 'ActivityStatus',
    description: 'Состояние мероприятия: запланировано, выполняется, выполнено, отменено.',
  },
);

/** The state of an activity (отметка о выполнении). */
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

/** A proof that an activity was carried out: a document, a link, a publication. */
export const evidenceSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    description: textSchema,
    url: z.optional(z.url()),
    date: z.optional(calendarDateSchema),
  }),
  { title: 'Evidence', description: 'Подтверждение выполнения: документ, ссылка, публикация.' },
);

/** Evidence of completion (подтверждение выполнения). */
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * One row of a roadmap (мероприятие): the problem it answers, the activity, its form, the planned
 * result (прогнозируемый результат), an optional measurable target, the deadline as typed plus the
 * dates read from it, the responsible person, the state and the evidence.
 */
export const roadmapActivitySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: documentIdSchema,
    problem: z.optional(z.string()),
    activity: z.string(),
    form: z.optional(activityFormSchema),
    plannedResult: z.optional(z.string()),
    target: z.optional(measurableTargetSchema),
    deadline: z.optional(parsedDeadlineSchema),
    responsible: z.optional(z.string()),
    status: activityStatusSchema,
    evidence: z.optional(z.array(evidenceSchema)),
  }),
  { title: 'RoadmapActivity', description: 'Мероприятие дорожной карты.' },
);

/** An activity of a roadmap (мероприятие). */
export type RoadmapActivity = z.infer<typeof roadmapActivitySchema>;

/**
 * A section of a roadmap: a direction of work with one target group. `directionId` points into the
 * direction catalogue; `riskFactorIds` name the «500+» risk factors the section answers, as an
 * anti-risk programme does.
 */
export const roadmapSectionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: documentIdSchema,
    title: z.string(),
    targetGroup: targetGroupSchema,
    directionId: z.optional(documentIdSchema),
    riskFactorIds: z.optional(z.array(documentIdSchema)),
    activities: z.array(roadmapActivitySchema),
  }),
  {
    title: 'RoadmapSection',
    description: 'Раздел дорожной карты: направление работы с целевой группой.',
  },
);

/** A section of a roadmap (раздел, направление работы). */
export type RoadmapSection = z.infer<typeof roadmapSectionSchema>;

/** What a reviewer's remark is about: a section, an activity, a field of it; empty for the roadmap as a whole. */
export const remarkTargetSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    sectionId: z.optional(documentIdSchema),
    activityId: z.optional(documentIdSchema),
    field: z.optional(z.string()),
  }),
  { title: 'RemarkTarget', description: 'К чему относится замечание: раздел, мероприятие, поле.' },
);

/** What a remark is about. */
export type RemarkTarget = z.infer<typeof remarkTargetSchema>;

/** A reviewer's remark (замечание) on a section or activity; open until the school fixes it. */
export const roadmapRemarkSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: documentIdSchema,
    target: remarkTargetSchema,
    author: textSchema,
    date: calendarDateSchema,
    text: textSchema,
    status: z.enum(['open', 'resolved']),
    /** The automatic review rule that produced it, if any. */
    ruleId: z.optional(z.string()),
    resolvedOn: z.optional(calendarDateSchema),
    /** Why it was marked resolved while its rule still fired (обоснование проверяющего). */
    resolution: z.optional(textSchema),
  }),
  { title: 'RoadmapRemark', description: 'Замечание проверяющего к разделу или мероприятию.' },
);

/** A reviewer's remark (замечание). */
export type RoadmapRemark = z.infer<typeof roadmapRemarkSchema>;

/**
 * The lifecycle of a roadmap: draft (черновик) → submitted (на рассмотрении) → returned with remarks
 * (возвращена на доработку) → approved by an order (утверждена) → in progress (реализуется) → reported
 * (представлен отчёт).
 */
export const roadmapStatusSchema = /* @__PURE__ */ withMeta(
  z.enum(['draft', 'submitted', 'returned', 'approved', 'in-progress', 'reported']),
  { title: 'RoadmapStatus', description: 'Состояние дорожной карты.' },
);

/** The state of a roadmap in its lifecycle. */
export type RoadmapStatus = z.infer<typeof roadmapStatusSchema>;

/** What moves a roadmap along its lifecycle. */
export const roadmapActionSchema = /* @__PURE__ */ withMeta(
  z.enum(['submit', 'return', 'approve', 'start', 'report']),
  {
    title: 'RoadmapAction',
    description: 'Действие: направить, вернуть на доработку, утвердить, начать, отчитаться.',
  },
);

/** An action on a roadmap. */
export type RoadmapAction = z.infer<typeof roadmapActionSchema>;

/** One step of a roadmap's history. */
export const roadmapHistoryEntrySchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    action: roadmapActionSchema,
    from: roadmapStatusSchema,
    to: roadmapStatusSchema,
    date: z.optional(calendarDateSchema),
    by: z.optional(z.string()),
    /**
     * Why the reviewer approved while automatic review rules still fired (обоснование), and which
     * rules they were: an approval over a firing rule is never silent.
     */
    override: z.optional(
      z.strictObject({ reason: z.string().check(z.minLength(1)), ruleIds: z.array(z.string()) }),
    ),
  }),
  { title: 'RoadmapHistoryEntry', description: 'Запись истории дорожной карты.' },
);

/** One step of a roadmap's history. */
export type RoadmapHistoryEntry = z.infer<typeof roadmapHistoryEntrySchema>;

/**
 * A school roadmap (дорожная карта): header (school, period, title, approving order, version),
 * sections by direction of work, reviewers' remarks, and its lifecycle state with history.
 * Section and activity ids are unique within the roadmap.
 */
export const roadmapSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: documentIdSchema,
      school: roadmapSchoolSchema,
      title: textSchema,
      period: dateRangeSchema,
      version: z.number().check(z.int(), z.positive()),
      status: roadmapStatusSchema,
      approval: z.optional(orderReferenceSchema),
      /** Which version of the risk-factor list `riskFactorIds` refer to, e.g. `500plus-2021`. */
      riskFactorListId: z.optional(z.string()),
      sections: z.array(roadmapSectionSchema),
      remarks: z.array(roadmapRemarkSchema),
      history: z.array(roadmapHistoryEntrySchema),
    })
    .check(
      z.superRefine((roadmap, context) => {
        const seen = new Set<string>();
        const claim = (id: string, path: (string | number)[]) => {
          if (seen.has(id))
            reportIssue(context, path, 'duplicate-id', {
              ru: `идентификатор «${id}» уже встречается выше; идентификаторы разделов и мероприятий должны быть уникальны.`,
              en: `the id "${id}" appears above already; section and activity ids must be unique.`,
            });
          seen.add(id);
        };
        roadmap.sections.forEach((section, s) => {
          claim(section.id, ['sections', s, 'id']);
          section.activities.forEach((activity, a) =>
            claim(activity.id, ['sections', s, 'activities', a, 'id']),
          );
        });
      }),
    ),
  { title: 'Roadmap', description: 'Дорожная карта школы.' },
);

/** A school roadmap (дорожная карта). */
export type Roadmap = z.infer<typeof roadmapSchema>;
