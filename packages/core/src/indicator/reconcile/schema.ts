import * as z from 'zod/mini';
import { withMeta } from '../../json-schema/meta.js';

/** A number as a report prints it: `7`, `"7"`, `"38,9%"`, `"38,8 %"`, `"72,22%"`, `38.9`. */
const printedNumberSchema = /* @__PURE__ */ z.union([z.number(), z.string()]);

/**
 * One row of a table as a report printed it: the indicator's code, the count and the percentage
 * it states, and the population if the report states one. `null` or «-» means not stated.
 */
export const reportedRowSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    code: z.string().check(z.minLength(1)),
    count: z.optional(z.nullable(printedNumberSchema)),
    percent: z.optional(z.nullable(printedNumberSchema)),
    population: z.optional(z.nullable(printedNumberSchema)),
  }),
  {
    title: 'ReportedRow',
    description:
      'Строка таблицы отчёта: код показателя, количество, процент и (если указана) численность совокупности.',
  },
);

/** One row of a printed table. */
export type ReportedRow = z.infer<typeof reportedRowSchema>;

/** A table as a report printed it. */
export const reportedTableSchema = /* @__PURE__ */ withMeta(z.array(reportedRowSchema), {
  title: 'ReportedTable',
  description: 'Таблица показателей в том виде, в каком она напечатана в отчёте.',
});

/** A table as a report printed it. */
export type ReportedTable = z.infer<typeof reportedTableSchema>;
