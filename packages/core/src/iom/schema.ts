import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { calendarDateSchema, parsedDeadlineSchema } from '../deadline/schema.js';
import { reportIssue } from '../mentorship/issue.js';
import { periodSchema } from '../mentorship/period.js';
import { eventLevelSchema } from '../mentorship/schema.js';
import { recordIdSchema, textSchema } from '../record/schema.js';
import { activityStatusSchema } from '../roadmap/schema.js';

/**
 * The area of a professional deficit: `subject` (предметный), `methodological` (методический),
 * `psycho-pedagogical` (психолого-педагогический), `communicative` (коммуникативный).
 */
export const deficitAreaSchema = /* @__PURE__ */ withMeta(
  z.enum(['subject', 'methodological', 'psycho-pedagogical', 'communicative']),
  {
    title: 'DeficitArea',
    description:
      'Область профессионального дефицита: предметная, методическая, психолого-педагогическая, коммуникативная.',
  },
);

/** The area of a professional deficit (вид дефицита). */
export type DeficitArea = z.infer<typeof deficitAreaSchema>;

/** Every deficit area, in the order seed 001 lists them. */
export const deficitAreas: readonly DeficitArea[] = deficitAreaSchema.options;

/** The level of professional competence a diagnosis found: `low`, `medium`, `high`. */
export const competenceLevelSchema = /* @__PURE__ */ withMeta(z.enum(['low', 'medium', 'high']), {
  title: 'CompetenceLevel',
  description: 'Уровень профессиональной компетентности по итогам диагностики: низкий, средний, высокий.',
});

/** The level of professional competence (уровень по итогам диагностики). */
export type CompetenceLevel = z.infer<typeof competenceLevelSchema>;

/** One professional deficit a diagnosis found: its area and topic («формирование функциональной грамотности»). */
export const professionalDeficitSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    id: recordIdSchema,
    area: deficitAreaSchema,
    topic: textSchema,
    /** The subject for a subject deficit: «математика». */
    subject: z.optional(textSchema),
    /** The level of competence on this topic, when the diagnosis gives one per topic. */
    level: z.optional(competenceLevelSchema),
  }),
  { title: 'ProfessionalDeficit', description: 'Профессиональный дефицит: область и тема.' },
);

/** A professional deficit (профессиональный дефицит). */
export type ProfessionalDeficit = z.infer<typeof professionalDeficitSchema>;

function checkUniqueIds<T>(
  items: readonly { id: string }[],
  list: string,
  context: z.core.$RefinementCtx<T>,
  what: { ru: string; en: string },
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      reportIssue(context, [list, index, 'id'], 'duplicate-id', {
        ru: `${what.ru} с идентификатором «${item.id}» уже есть выше; идентификаторы должны быть уникальны.`,
        en: `the ${what.en} "${item.id}" appears above already; ids must be unique.`,
      });
    }
    seen.add(item.id);
  });
}

/**
 * A diagnosis of a teacher's professional deficits (диагностика профессиональных дефицитов): when,
 * by whom, the overall level, and the deficits found (seed 004: муниципальные мониторинги
 * «уровня профессионального развития и потребностей, дефицитов педагогических работников»).
 */
export const deficitDiagnosisSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: recordIdSchema,
      teacherId: recordIdSchema,
      date: calendarDateSchema,
      /** Who diagnosed: «МКУ ДПО «Центр развития образования»», «муниципальный тьютор Иванова Н. П.». */
      diagnosedBy: textSchema,
      /** How: the instrument or procedure. */
      method: z.optional(textSchema),
      level: z.optional(competenceLevelSchema),
      /** May be empty: a teacher diagnosed without deficits still counts as diagnosed. */
      deficits: z.array(professionalDeficitSchema),
    })
    .check(
      z.superRefine((diagnosis, context) =>
        checkUniqueIds(diagnosis.deficits, 'deficits', context, { ru: 'дефицит', en: 'deficit' }),
      ),
    ),
  {
    title: 'DeficitDiagnosis',
    description: 'Диагностика профессиональных дефицитов педагога: дата, кто проводил, уровень, дефициты.',
  },
);

/** A diagnosis of professional deficits (диагностика). */
export type DeficitDiagnosis = z.infer<typeof deficitDiagnosisSchema>;

/**
 * The kind of an ИОМ activity: `course` (курсы повышения квалификации), `internship` (стажировка),
 * `open-lesson` (открытый урок), `lesson-visits` (взаимопосещение уроков), `mentoring` (занятия с
 * наставником или тьютором), `network-association` (сетевое методическое объединение), `seminar`,
 * `masterclass`, `self-study` (самообразование).
 */
export const iomItemKindSchema = /* @__PURE__ */ withMeta(
  z.enum([
    'course',
    'internship',
    'open-lesson',
    'lesson-visits',
    'mentoring',
    'network-association',
    'seminar',
    'masterclass',
    'self-study',
  ]),
  {
    title: 'IomItemKind',
    description:
      'Форма мероприятия ИОМ: курсы, стажировка, открытый урок, взаимопосещение уроков, занятия с наставником (тьютором), сетевое методическое объединение, семинар, мастер-класс, самообразование.',
  },
);

/** The kind of an ИОМ activity (форма мероприятия). */
export type IomItemKind = z.infer<typeof iomItemKindSchema>;

/** Every ИОМ activity kind. */
export const iomItemKinds: readonly IomItemKind[] = iomItemKindSchema.options;

/** What proves an ИОМ activity was done: a certificate, a lesson plan, a lesson analysis, a report, a publication. */
export const iomEvidenceKindSchema = /* @__PURE__ */ withMeta(
  z.enum(['certificate', 'lesson-plan', 'lesson-analysis', 'report', 'publication', 'other']),
  {
    title: 'IomEvidenceKind',
    description:
      'Вид подтверждения: удостоверение (сертификат), технологическая карта урока, анализ урока, отчёт, публикация, иное.',
  },
);

/** The kind of evidence (вид подтверждения). */
export type IomEvidenceKind = z.infer<typeof iomEvidenceKindSchema>;

/** Evidence that an ИОМ activity was done. */
export const iomEvidenceSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: iomEvidenceKindSchema,
    /** «Удостоверение о повышении квалификации № 2316…». */
    description: z.optional(textSchema),
    url: z.optional(z.url()),
    date: z.optional(calendarDateSchema),
  }),
  { title: 'IomEvidence', description: 'Подтверждение выполнения мероприятия ИОМ.' },
);

/** Evidence of an ИОМ activity (подтверждение). */
export type IomEvidence = z.infer<typeof iomEvidenceSchema>;

interface RawItem {
  kind: IomItemKind;
  hours?: number | undefined;
  provider?: string | undefined;
  status: string;
  completedOn?: string | undefined;
}

function checkItem(item: RawItem, context: z.core.$RefinementCtx<RawItem>): void {
  if (item.kind === 'course' && item.hours === undefined) {
    reportIssue(context, ['hours'], 'course-without-hours', {
      ru: 'для курсов повышения квалификации укажите объём в часах.',
      en: 'give the number of hours of the course.',
    });
  }
  if (item.kind === 'course' && item.provider === undefined) {
    reportIssue(context, ['provider'], 'course-without-provider', {
      ru: 'для курсов повышения квалификации укажите организацию, которая их проводит (например, ГБОУ ИРО Краснодарского края).',
      en: 'give the organisation that runs the course.',
    });
  }
  if (item.completedOn !== undefined && item.status !== 'done') {
    reportIssue(context, ['completedOn'], 'completed-but-not-done', {
      ru: 'указана дата выполнения, но мероприятие не отмечено как выполненное (status: done).',
      en: 'a completion date is given, but the activity is not marked done.',
    });
  }
}

/**
 * One activity of an ИОМ: what is done (a course of N hours at a provider, an open lesson, …),
 * which deficits it closes (`deficitIds`), the deadline as typed with its dates, the state, when
 * it was done, and the evidence (certificate, lesson plan).
 */
export const iomItemSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: recordIdSchema,
      kind: iomItemKindSchema,
      title: textSchema,
      /** The deficits of the diagnosis this activity closes. */
      deficitIds: z.array(recordIdSchema),
      /** Hours of a course (объём, ч). */
      hours: z.optional(z.number().check(z.int(), z.positive())),
      /** Who runs a course or hosts an internship: «ГБОУ ИРО Краснодарского края». */
      provider: z.optional(textSchema),
      /** The level of a network association, seminar or course: municipal, regional, federal. */
      level: z.optional(eventLevelSchema),
      deadline: z.optional(parsedDeadlineSchema),
      status: activityStatusSchema,
      completedOn: z.optional(calendarDateSchema),
      evidence: z.optional(z.array(iomEvidenceSchema)),
      responsible: z.optional(textSchema),
    })
    .check(z.superRefine(checkItem)),
  { title: 'IomItem', description: 'Мероприятие индивидуального образовательного маршрута.' },
);

/** An activity of an ИОМ (мероприятие маршрута). */
export type IomItem = z.infer<typeof iomItemSchema>;

/** The state of an ИОМ: `draft` (составляется), `active` (реализуется), `completed` (завершён), `cancelled`. */
export const iomStatusSchema = /* @__PURE__ */ withMeta(
  z.enum(['draft', 'active', 'completed', 'cancelled']),
  {
    title: 'IomStatus',
    description: 'Состояние ИОМ: составляется, реализуется, завершён, отменён.',
  },
);

/** The state of an ИОМ. */
export type IomStatus = z.infer<typeof iomStatusSchema>;

/**
 * An individual educational route of a teacher (индивидуальный образовательный маршрут, ИОМ):
 * the diagnosis it answers, its period, who accompanies it, and its activities. Seed 004: drawn up
 * with tutors and mentors, tracked quarterly (`quarterlyCheckpoints`).
 */
export const iomSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: recordIdSchema,
      teacherId: recordIdSchema,
      /** The diagnosis whose deficits the route closes. */
      diagnosisId: z.optional(recordIdSchema),
      title: z.optional(textSchema),
      period: periodSchema,
      status: iomStatusSchema,
      /** When it was approved (утверждён). */
      approvedOn: z.optional(calendarDateSchema),
      /** Who accompanies it: a tutor or mentor, by name. */
      supervisor: z.optional(textSchema),
      items: z.array(iomItemSchema),
    })
    .check(
      z.superRefine((iom, context) =>
        checkUniqueIds(iom.items, 'items', context, { ru: 'мероприятие', en: 'activity' }),
      ),
    ),
  {
    title: 'Iom',
    description:
      'Индивидуальный образовательный маршрут (ИОМ) педагога: период, мероприятия, сроки, отметки о выполнении.',
  },
);

/** An individual educational route (ИОМ). */
export type Iom = z.infer<typeof iomSchema>;
