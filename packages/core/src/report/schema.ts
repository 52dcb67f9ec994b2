import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { calendarDateSchema, parsedDeadlineSchema } from '../deadline/schema.js';
import { reportIssue } from '../mentorship/issue.js';
import { reportNounKeys } from './phrases/nouns.js';

// The analytical report (аналитическая справка) as data. Numbers are never typed as text: every
// number in a table or a sentence is a value object (a share keeps its numerator and denominator),
// and the percentage is computed when the report is rendered. The author's own words (paragraphs,
// conclusions, recommendations) are kept exactly as typed.

const textSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));
const countSchema = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0));
const precisionSchema = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0), z.maximum(6));
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

const valueSchemas = [
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

/** Text as typed (a string), or a sentence of text runs and values (generated, editable). */
export const richTextSchema = /* @__PURE__ */ withMeta(
  z.union([textSchema, z.array(inlineSchema).check(z.minLength(1))]),
  {
    title: 'RichText',
    description: 'Текст, как он набран, или предложение из фрагментов текста и значений.',
  },
);

/** Text as typed, or text runs and values. */
export type RichText = z.infer<typeof richTextSchema>;

/** An empty table cell, printed «—». */
export const emptyCellSchema = /* @__PURE__ */ withMeta(z.strictObject({ kind: z.literal('empty') }), {
  title: 'EmptyCell',
  description: 'Пустая ячейка (печатается «—»).',
});

/** A table cell: text, empty, or a value. */
export const cellSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [textPartSchema, emptyCellSchema, ...valueSchemas]),
  { title: 'TableCell', description: 'Ячейка таблицы: текст, пусто или значение.' },
);

/** A table cell. */
export type TableCell = z.infer<typeof cellSchema>;

/** A column of a table: its heading, alignment and relative width. */
export const tableColumnSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    title: textSchema,
    align: z.optional(z.enum(['left', 'center', 'right'])),
    /** Relative width (weights are summed over the columns); equal when left out. */
    width: z.optional(z.number().check(z.positive())),
  }),
  { title: 'TableColumn', description: 'Столбец таблицы: заголовок, выравнивание, ширина.' },
);

/** A column of a table. */
export type TableColumn = z.infer<typeof tableColumnSchema>;

/** A row of cells, one per column; `total` prints it as a total (Итого) row. */
export const tableRowSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ cells: z.array(cellSchema).check(z.minLength(1)), total: z.optional(z.boolean()) }),
  { title: 'TableRow', description: 'Строка таблицы: по ячейке на столбец.' },
);

/** A row of cells. */
export type TableRow = z.infer<typeof tableRowSchema>;

/** A row spanning the table that heads a group of rows («1. По выявлению школ …»). */
export const tableGroupRowSchema = /* @__PURE__ */ withMeta(z.strictObject({ group: textSchema }), {
  title: 'TableGroupRow',
  description: 'Строка-заголовок группы строк во всю ширину таблицы.',
});

/** A group heading row. */
export type TableGroupRow = z.infer<typeof tableGroupRowSchema>;

/** A paragraph of the author's own words, kept as typed. */
export const paragraphBlockSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('paragraph'), text: textSchema }),
  { title: 'ParagraphBlock', description: 'Абзац текста автора.' },
);

/** A sentence generated from data: text runs and values, editable by the author. */
export const sentenceBlockSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('sentence'), parts: z.array(inlineSchema).check(z.minLength(1)) }),
  { title: 'SentenceBlock', description: 'Предложение из фрагментов текста и значений.' },
);

/** A sub-heading inside a section. */
export const headingBlockSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ kind: z.literal('heading'), text: textSchema }),
  {
    title: 'HeadingBlock',
    description: 'Подзаголовок внутри раздела.',
  },
);

/** An item of a list, with an optional bulleted sub-list («1) … : · с учителями – 18 (100%)»). */
export const listItemSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ text: richTextSchema, items: z.optional(z.array(richTextSchema)) }),
  { title: 'ListItem', description: 'Пункт списка с необязательным вложенным списком.' },
);

/** An item of a list. */
export type ListItem = z.infer<typeof listItemSchema>;

/** A numbered («1)») or bulleted list. */
export const listBlockSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    kind: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(listItemSchema).check(z.minLength(1)),
  }),
  { title: 'ListBlock', description: 'Нумерованный или маркированный список.' },
);

/** A table: columns, rows (each a cell per column) and group rows, with notes under it. */
export const tableBlockSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      kind: z.literal('table'),
      caption: z.optional(textSchema),
      columns: z.array(tableColumnSchema).check(z.minLength(1)),
      rows: z.array(z.union([tableRowSchema, tableGroupRowSchema])),
      notes: z.optional(z.array(richTextSchema)),
    })
    .check(
      z.superRefine((table, context) => {
        table.rows.forEach((row, index) => {
          if (!('cells' in row) || row.cells.length === table.columns.length) return;
          reportIssue(context, ['rows', index, 'cells'], 'row-length', {
            ru: `в строке ${row.cells.length} ${row.cells.length === 1 ? 'ячейка' : row.cells.length < 5 ? 'ячейки' : 'ячеек'}, а столбцов в таблице ${table.columns.length}.`,
            en: `the row has ${row.cells.length} cells but the table has ${table.columns.length} columns.`,
          });
        });
      }),
    ),
  { title: 'TableBlock', description: 'Таблица: столбцы, строки значений и строки-заголовки групп.' },
);

/** A table block. */
export type TableBlock = z.infer<typeof tableBlockSchema>;

/** A block of a section: paragraph, generated sentence, sub-heading, list or table. */
export const reportBlockSchema = /* @__PURE__ */ withMeta(
  z.discriminatedUnion('kind', [
    paragraphBlockSchema,
    sentenceBlockSchema,
    headingBlockSchema,
    listBlockSchema,
    tableBlockSchema,
  ]),
  {
    title: 'ReportBlock',
    description: 'Блок раздела: абзац, предложение, подзаголовок, список, таблица.',
  },
);

/** A block of a section. */
export type ReportBlock = z.infer<typeof reportBlockSchema>;

/** A section of the report («Результаты анализа», «1. По выявлению школ …»). */
export const reportSectionSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    /** A stable name for links and tests (`indicators`, `clusters`); not printed. */
    id: z.optional(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/))),
    title: textSchema,
    blocks: z.array(reportBlockSchema),
  }),
  { title: 'ReportSection', description: 'Раздел справки: заголовок и блоки.' },
);

/** A section of the report. */
export type ReportSection = z.infer<typeof reportSectionSchema>;

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
