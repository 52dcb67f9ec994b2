import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { calendarDateSchema, parsedDeadlineSchema } from '../deadline/schema.js';
import { reportSectionSchema, richTextSchema } from './block-schema.js';
import { textSchema } from '../record/schema.js';

// The analytical report (аналитическая справка) as data. Numbers are never typed as text: every
// number in a table or a sentence is a value object (a share keeps its numerator and denominator),
// and the percentage is computed when the report is rendered. The author's own words (paragraphs,
// conclusions, recommendations) are kept exactly as typed.
// The value objects are in value-schema.ts, the blocks of a section in block-schema.ts; this file
// puts them together and re-exports them, so `./schema.js` stays the one import.

export {
  agreementSchema,
  nounSchema,
  type NounInput,
  shareShowSchema,
  type ShareShow,
  shareValueSchema,
  type ReportShareValue,
  countValueSchema,
  type ReportCountValue,
  presenceValueSchema,
  type ReportPresenceValue,
  measureValueSchema,
  type ReportMeasureValue,
  changeStyleSchema,
  type ChangeStyle,
  changeValueSchema,
  type ReportChangeValue,
  shareChangeValueSchema,
  type ReportShareChangeValue,
  textPartSchema,
  type TextPart,
  reportValueSchema,
  type ReportValue,
  inlineSchema,
  type InlinePart,
} from './value-schema.js';
export {
  richTextSchema,
  type RichText,
  emptyCellSchema,
  cellSchema,
  type TableCell,
  tableColumnSchema,
  type TableColumn,
  tableRowSchema,
  type TableRow,
  tableGroupRowSchema,
  type TableGroupRow,
  paragraphBlockSchema,
  sentenceBlockSchema,
  headingBlockSchema,
  listItemSchema,
  type ListItem,
  listBlockSchema,
  tableBlockSchema,
  type TableBlock,
  reportBlockSchema,
  type ReportBlock,
  reportSectionSchema,
  type ReportSection,
} from './block-schema.js';

/** The heading of the document: organisation, title and number, subject, date, place. */
export const reportHeaderSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    /** The issuing organisation, printed above the title («МКУ РМЦ г. Канска»). */
    organisation: z.optional(textSchema),
    /** The kind of document: «Аналитическая справка», «Аналитическая записка», «Отчёт». */
    title: textSchema,
    /** «1» for «Аналитическая справка № 1». */
    number: z.optional(textSchema),
    /** What the report is about: «по результатам мониторинга формирования «дорожных карт» …». */
    subtitle: z.optional(textSchema),
    date: calendarDateSchema,
    /** `long` «30 ноября 2020 г.» (default) or `numeric` «20.06.2022». */
    dateStyle: z.optional(z.enum(['long', 'numeric'])),
    /** «г. Канск»; seed 000 names none. */
    place: z.optional(textSchema),
  }),
  {
    title: 'ReportHeader',
    description: 'Заголовочная часть: организация, вид и номер документа, тема, дата, место.',
  },
);

/** The heading of the document. */
export type ReportHeader = z.infer<typeof reportHeaderSchema>;

/** Who wrote the report: signed at the end. */
export const reportAuthorSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ name: textSchema, position: textSchema }),
  {
    title: 'ReportAuthor',
    description: 'Автор справки: ФИО и должность.',
  },
);

/** Who wrote the report. */
export type ReportAuthor = z.infer<typeof reportAuthorSchema>;

/** Recommendations to one addressee («Методистам ММС», «Управленческим командам ОО»). */
export const recommendationGroupSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ addressee: textSchema, items: z.array(richTextSchema).check(z.minLength(1)) }),
  { title: 'RecommendationGroup', description: 'Рекомендации одному адресату.' },
);

/** Recommendations to one addressee. */
export type RecommendationGroup = z.infer<typeof recommendationGroupSchema>;

/** A management decision (управленческое решение) with its deadline as typed and parsed, and who is responsible. */
export const managementDecisionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ text: textSchema, deadline: parsedDeadlineSchema, responsible: textSchema }),
  {
    title: 'ManagementDecision',
    description: 'Управленческое решение: текст, срок (как написан и распознанный), ответственный.',
  },
);

/** A management decision. */
export type ManagementDecision = z.infer<typeof managementDecisionSchema>;

/** Headings that replace the standard ones («Выводы по итогам мониторинга …» instead of «Выводы»). */
export const reportHeadingsSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    purpose: z.optional(textSchema),
    tasks: z.optional(textSchema),
    conclusions: z.optional(textSchema),
    recommendations: z.optional(textSchema),
    decisions: z.optional(textSchema),
  }),
  { title: 'ReportHeadings', description: 'Заголовки, заменяющие стандартные.' },
);

/** Headings that replace the standard ones. */
export type ReportHeadings = z.infer<typeof reportHeadingsSchema>;

/**
 * The analytical report (аналитическая справка) of seeds 000, 001 and 004: heading, author, purpose,
 * tasks, sections of paragraphs, generated sentences, lists and tables, conclusions, recommendations
 * per addressee and management decisions with deadlines and responsible parties.
 */
export const analyticalReportSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    header: reportHeaderSchema,
    author: reportAuthorSchema,
    purpose: z.optional(textSchema),
    tasks: z._default(z.array(textSchema), []),
    sections: z.array(reportSectionSchema).check(z.minLength(1)),
    conclusions: z._default(z.array(richTextSchema), []),
    recommendations: z._default(z.array(recommendationGroupSchema), []),
    decisions: z._default(z.array(managementDecisionSchema), []),
    headings: z.optional(reportHeadingsSchema),
  }),
  {
    title: 'AnalyticalReport',
    description:
      'Аналитическая справка: заголовок, автор, цель, задачи, разделы с таблицами и предложениями, выводы, рекомендации, управленческие решения.',
  },
);

/** The analytical report, as validated (lists always present). */
export type AnalyticalReport = z.output<typeof analyticalReportSchema>;

/** The analytical report as written in JSON (empty lists may be left out). */
export type AnalyticalReportInput = z.input<typeof analyticalReportSchema>;
