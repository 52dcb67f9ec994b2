import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { reportIssue } from '../mentorship/issue.js';

/** A calendar date without time or time zone, `YYYY-MM-DD` (as the seeds' «15.12.2020» means a day, not an instant). */
export const calendarDateSchema = /* @__PURE__ */ withMeta(z.iso.date(), {
  title: 'CalendarDate',
  description: 'Календарная дата без времени: ГГГГ-ММ-ДД.',
});

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof calendarDateSchema>;

/** An inclusive range of calendar days (both ends belong to it). */
export const dateRangeSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ start: calendarDateSchema, end: calendarDateSchema }).check(
    z.superRefine((range, context) => {
      if (range.start <= range.end) return;
      reportIssue(context, ['end'], 'end-before-start', {
        ru: `дата окончания ${range.end} раньше даты начала ${range.start}.`,
        en: `the end date ${range.end} is before the start date ${range.start}.`,
      });
    }),
  ),
  { title: 'DateRange', description: 'Период с первого по последний день включительно.' },
);

/** An inclusive range of calendar days. */
export type DateRange = z.infer<typeof dateRangeSchema>;

/**
 * How a deadline was written: `on-date` «15.12.2020», `by-date` «до 15 декабря 2020 года»,
 * `within` one span («сентябрь 2021 года», «I квартал 2024»), `several` spans («январь, август 2023»),
 * `recurring` («ежеквартально»), `unparsed` (kept as written with a remark).
 */
export const deadlineKindSchema = /* @__PURE__ */ withMeta(
  z.enum(['on-date', 'by-date', 'within', 'several', 'recurring', 'unparsed']),
  {
    title: 'DeadlineKind',
    description: 'Вид срока: дата, «до» даты, период, несколько периодов, периодичность, не распознан.',
  },
);

/** The kind of a deadline (вид срока). */
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

/** How often a recurring activity happens (ежемесячно, ежеквартально, …). */
export const recurrenceSchema = /* @__PURE__ */ withMeta(
  z.enum(['weekly', 'monthly', 'quarterly', 'annually']),
  {
    title: 'Recurrence',
    description: 'Периодичность: еженедельно, ежемесячно, ежеквартально, ежегодно.',
  },
);

/** How often a recurring activity happens. */
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** Why a deadline has no dates (or fewer than written). */
export const deadlineRemarkCodeSchema = /* @__PURE__ */ z.enum([
  'empty',
  'unrecognised',
  'needs-year',
  'needs-period',
  'invalid-date',
  'reversed-range',
]);

/** The code of a deadline remark. */
export type DeadlineRemarkCode = z.infer<typeof deadlineRemarkCodeSchema>;

/** A remark on a deadline that could not be turned into dates, in Russian and English. */
export const deadlineRemarkSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    code: deadlineRemarkCodeSchema,
    ru: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
  { title: 'DeadlineRemark', description: 'Замечание к сроку, который не удалось распознать.' },
);

/** A remark on a deadline (замечание к сроку). */
export type DeadlineRemark = z.infer<typeof deadlineRemarkSchema>;

/**
 * A deadline as the methodologist typed it plus the date ranges read from it. The text is always kept:
 * nothing typed is thrown away, and an empty `ranges` comes with a `remark` saying why.
 */
export const parsedDeadlineSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    text: z.string(),
    kind: deadlineKindSchema,
    ranges: z.array(dateRangeSchema),
    recurrence: z.optional(recurrenceSchema),
    remark: z.optional(deadlineRemarkSchema),
  }),
  { title: 'ParsedDeadline', description: 'Срок: текст, как он написан, и распознанные периоды.' },
);

/** A deadline: the typed text and the date ranges read from it (срок выполнения). */
export type ParsedDeadline = z.infer<typeof parsedDeadlineSchema>;

/**
 * What a year-less deadline is read against: the roadmap period (preferred) and/or a reference year.
 * «в январе» in a roadmap for 2023–2024 is the January inside that period.
 */
export const deadlineContextSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    period: z.optional(dateRangeSchema),
    referenceYear: z.optional(z.number().check(z.int(), z.minimum(1900), z.maximum(2200))),
  }),
  {
    title: 'DeadlineContext',
    description: 'Период дорожной карты и/или год, к которым относятся сроки без года.',
  },
);

/** The period or year that year-less deadlines resolve against. */
export type DeadlineContext = z.infer<typeof deadlineContextSchema>;
