import { formatDateRange } from '../deadline/format.js';
import type { CalendarDate } from '../deadline/schema.js';
import type { DisplayLocale } from '../share/index.js';

/** Prints a day as messages show it: «30.12.2022» (ru), «30 Dec 2022» (en). */
export function formatDay(date: CalendarDate, locale: DisplayLocale = 'ru'): string {
  return formatDateRange({ start: date, end: date }, locale); // formatDateRange reads unknown tags as Russian
}
