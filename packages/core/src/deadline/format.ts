import type { DisplayLocale } from '../share/index.js';
import { refuseArgument } from '../errors/argument-error.js';
import {
  academicYearRange,
  fromCalendarDate,
  isCalendarDate,
  monthRange,
  quarterRange,
  toDottedDate,
  yearRange,
} from './calendar.js';
import { englishMonths, russianMonths } from './month-names.js';
import type { DateRange } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

const romanQuarters = ['I', 'II', 'III', 'IV'];

function sameRange(a: DateRange, b: DateRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Prints a date range the way a report names it: «15.12.2020», «сентябрь 2021», «I квартал 2024»,
 * «2024 год», «2023/2024 учебный год», otherwise «01.02.2023–31.08.2023».
 */
export function formatDateRange(range: DateRange, requested: DisplayLocale = 'ru'): string {
  const locale = toDisplayLocale(requested);
  checkRange('formatDateRange', range);
  // A region's roadmaps name the same few months and quarters thousands of times (the review prints
  // a period in every remark): each (range, locale) is formatted once. Bounded, like the deadline cache.
  const key = `${locale}\u0000${range.start}\u0000${range.end}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = formatOnce(range, locale);
  if (formatted.size >= 10_000) formatted.clear();
  formatted.set(key, text);
  return text;
}

const formatted = new Map<string, string>();

function formatOnce(range: DateRange, locale: DisplayLocale): string {
  const start = fromCalendarDate(range.start);
  const year = start.getFullYear();
  // «15.12.2020» / «15 Dec 2020».
  const day = (date: Date) =>
    locale === 'ru'
      ? toDottedDate(date)
      : `${date.getDate()} ${englishMonths[date.getMonth()]?.slice(0, 3)} ${date.getFullYear()}`;
  if (range.start === range.end) return day(start);
  if (sameRange(range, monthRange(year, start.getMonth()))) {
    const names = locale === 'ru' ? russianMonths : englishMonths;
    return `${names[start.getMonth()]} ${year}`;
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

/** Throws `ShnroArgumentError` unless `range` has two existing calendar dates, start not after end. */
export function checkRange(
  functionName: string,
  range: unknown,
  argument = 'range',
): asserts range is DateRange {
  const value: Partial<Record<string, unknown>> = {};
  try {
    if (typeof range === 'object' && range !== null)
      Object.assign(value, { start: (range as DateRange).start, end: (range as DateRange).end });
  } catch {
    // A range that throws when read has no dates: refused below like any other.
  }
  for (const end of ['start', 'end'] as const) {
    if (!isCalendarDate(value[end])) {
      refuseArgument(functionName, `${argument}.${end}`, 'invalid-date', {
        ru: `${functionName}: в «${argument}.${end}» ожидается существующая дата ГГГГ-ММ-ДД, например 2023-09-01.`,
        en: `${functionName}: "${argument}.${end}" must be an existing date YYYY-MM-DD, such as 2023-09-01.`,
      });
    }
  }
  if ((value.start as string) > (value.end as string)) {
    refuseArgument(functionName, `${argument}.end`, 'end-before-start', {
      ru: `${functionName}: в «${argument}» дата окончания раньше даты начала.`,
      en: `${functionName}: in "${argument}" the end date is before the start date.`,
    });
  }
}
