import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import type { ActivityStatus } from '../roadmap/schema.js';
import { spanOf, toCalendarDate } from './calendar.js';
import type { CalendarDate, ParsedDeadline } from './schema.js';

/**
 * Where an activity stands on a date: `done`, `in-progress`, `overdue`, `not-started`, `cancelled`,
 * or `unknown` when its deadline has no dates and nothing says it has begun.
 */
export const deadlineStatusSchema = /* @__PURE__ */ withMeta(
  z.enum(['done', 'in-progress', 'overdue', 'not-started', 'cancelled', 'unknown']),
  {
    title: 'DeadlineStatus',
    description: 'Состояние мероприятия на дату: выполнено, выполняется, просрочено, не начато.',
  },
);

/** Where an activity stands on a date (состояние выполнения). */
export type DeadlineStatus = z.infer<typeof deadlineStatusSchema>;

/** Russian and English labels of the deadline statuses, as a monitoring table prints them. */
export const deadlineStatusLabels: Readonly<Record<DeadlineStatus, { ru: string; en: string }>> = {
  done: { ru: 'выполнено', en: 'done' },
  'in-progress': { ru: 'выполняется', en: 'in progress' },
  overdue: { ru: 'просрочено', en: 'overdue' },
  'not-started': { ru: 'не начато', en: 'not started' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
  unknown: { ru: 'срок не распознан', en: 'deadline not recognised' },
};

/**
 * The status of an activity as of `asOf`: what the school reported wins for `done`/`cancelled`;
 * otherwise the calendar decides. Past the last day of the deadline it is `overdue`; inside the
 * deadline's span (or already begun) it is `in-progress`; before it, `not-started`.
 */
export function deadlineStatus(
  deadline: ParsedDeadline | undefined,
  activityStatus: ActivityStatus,
  asOf: CalendarDate | Date,
): DeadlineStatus {
  if (activityStatus === 'done') return 'done';
  if (activityStatus === 'cancelled') return 'cancelled';
  const today = typeof asOf === 'string' ? asOf : toCalendarDate(asOf);
  const span = spanOf(deadline?.ranges ?? []);
  if (!span) return activityStatus === 'in-progress' ? 'in-progress' : 'unknown';
  if (today > span.end) return 'overdue';
  if (activityStatus === 'in-progress' || today >= span.start) return 'in-progress';
  return 'not-started';
}
