import { z } from 'zod';

/** A number as a report prints it: `7`, `"7"`, `"38,9%"`, `"38,8 %"`, `"72,22%"`, `38.9`. */
const printedNumberSchema = z.union([z.number(), z.string()]);

/**
 * One row of a table as a report printed it: the indicator's code, the count and the percentage
 * it states, and the population if the report states one. `null` or «-» means not stated.
 */
export const reportedRowSchema = z
  .strictObject({
    code: z.string().min(1),
    count: printedNumberSchema.nullable().optional(),
    percent: printedNumberSchema.nullable().optional(),
    population: printedNumberSchema.nullable().optional(),
  })
  .meta({
    title: 'ReportedRow',
    description:
      'Строка таблицы отчёта: код показателя, количество, процент и (если указана) численность совокупности.',
  });

/** One row of a printed table. */
export type ReportedRow = z.infer<typeof reportedRowSchema>;

/** A table as a report printed it. */
export const reportedTableSchema = z.array(reportedRowSchema).meta({
  title: 'ReportedTable',
  description: 'Таблица показателей в том виде, в каком она напечатана в отчёте.',
});

/** A table as a report printed it. */
export type ReportedTable = z.infer<typeof reportedTableSchema>;
