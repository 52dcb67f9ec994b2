import { format } from 'date-fns';
import { ru } from 'date-fns/locale/ru';
import type { DisplayLocale } from '../share/index.js';
import { academicYearRange, fromCalendarDate, monthRange, quarterRange, yearRange } from './calendar.js';
import type { DateRange } from './schema.js';

const romanQuarters = ['I', 'II', 'III', 'IV'];

function sameRange(a: DateRange, b: DateRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Prints a date range the way a report names it: «15.12.2020», «сентябрь 2021», «I квартал 2024»,
 * «2024 год», «2023/2024 учебный год», otherwise «01.02.2023–31.08.2023».
 */
export function formatDateRange(range: DateRange, locale: DisplayLocale = 'ru'): string {
  const start = fromCalendarDate(range.start);
  const year = start.getFullYear();
  const day = (date: Date) => (locale === 'ru' ? format(date, 'dd.MM.yyyy') : format(date, 'd MMM yyyy'));
  if (range.start === range.end) return day(start);
  if (sameRange(range, monthRange(year, start.getMonth()))) {
    return locale === 'ru' ? format(start, 'LLLL yyyy', { locale: ru }) : format(start, 'MMMM yyyy');
  }
  const quarter = Math.floor(start.getMonth() / 3) + 1;
  if (sameRange(range, quarterRange(year, quarter))) {
    return locale === 'ru' ? `${romanQuarters[quarter - 1]} квартал ${year}` : `Q${quarter} ${year}`;
  }
  if (sameRange(range, yearRange(year))) return locale === 'ru' ? `${year} год` : String(year);
  if (sameRange(range, academicYearRange(year))) {
    return locale === 'ru' ? `${year}/${year + 1} учебный год` : `school year ${year}/${year + 1}`;
  }
  return `${day(start)}–${day(fromCalendarDate(range.end))}`;
}
