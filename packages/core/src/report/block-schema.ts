import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { reportIssue } from '../mentorship/issue.js';
import { textSchema } from '../record/schema.js';
import { inlineSchema, textPartSchema, valueSchemas } from './value-schema.js';

// The blocks of a report's sections: rich text, tables, lists, paragraphs (see schema.ts).

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
