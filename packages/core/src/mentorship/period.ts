import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { isCalendarDate } from '../deadline/calendar.js';
import { calendarDateSchema, type CalendarDate } from '../deadline/schema.js';
import { formatDay } from './format-day.js';
import { reportIssue } from './issue.js';

// Apart from the schemas, so that an element printing a day pulls no zod.
export { formatDay } from './format-day.js';

// The issue sits on the period itself, so the message names the field «Период» (`period`).
function checkOrder(
  period: { start: CalendarDate; end?: CalendarDate | undefined },
  context: z.core.$RefinementCtx<typeof period>,
): void {
  // Dates in the wrong format are reported by their own fields; comparing them would mean nothing.
  if (period.end === undefined || !isCalendarDate(period.start) || !isCalendarDate(period.end)) return;
  if (period.end >= period.start) return;
  reportIssue(context, [], 'period-end-before-start', {
    ru: `дата окончания (${formatDay(period.end, 'ru')}) раньше даты начала (${formatDay(period.start, 'ru')}).`,
    en: `the end date (${formatDay(period.end, 'en')}) is before the start date (${formatDay(period.start, 'en')}).`,
  });
}

/** A period with both ends, first and last day included (период: с … по …). */
export const periodSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ start: calendarDateSchema, end: calendarDateSchema }).check(z.superRefine(checkOrder)),
  { title: 'Period', description: 'Период с первого по последний день включительно.' },
);

/** A period with both ends (период). */
export type Period = z.infer<typeof periodSchema>;

/**
 * A period that may have no end yet: an order that attaches a mentor «до особого распоряжения»
 * runs until another order ends it.
 */
export const openPeriodSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({ start: calendarDateSchema, end: z.optional(calendarDateSchema) })
    .check(z.superRefine(checkOrder)),
  {
    title: 'OpenPeriod',
    description: 'Период действия: с даты начала; дата окончания не указывается, если срок не ограничен.',
  },
);

/** A period that may have no end (срок действия закрепления). */
export type OpenPeriod = z.infer<typeof openPeriodSchema>;
