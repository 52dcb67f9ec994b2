export {
  calendarDateSchema,
  dateRangeSchema,
  deadlineKindSchema,
  recurrenceSchema,
  deadlineRemarkCodeSchema,
  deadlineRemarkSchema,
  parsedDeadlineSchema,
  deadlineContextSchema,
  type CalendarDate,
  type DateRange,
  type DeadlineKind,
  type Recurrence,
  type DeadlineRemarkCode,
  type DeadlineRemark,
  type ParsedDeadline,
  type DeadlineContext,
} from './schema.js';
export { parseDeadline, isSchoolYearPeriod } from './parse.js';
export { deadlineStatus, deadlineStatusSchema, deadlineStatusLabels, type DeadlineStatus } from './status.js';
export { formatDateRange } from './format.js';
export { rangeWithin, rangesOverlap, spanOf, toCalendarDate } from './calendar.js';
