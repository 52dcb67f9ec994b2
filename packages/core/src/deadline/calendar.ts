import { endOfMonth, endOfQuarter, endOfYear, isExists } from 'date-fns';
import type { CalendarDate, DateRange } from './schema.js';

// Dates are built and printed in local time, so no time zone ever shifts a day. Printed by hand
// rather than with date-fns' `format`, which brings its whole token table and English locale.

const two = (value: number) => String(value).padStart(2, '0');

function localParts(date: Date): [year: string, month: string, day: string] {
  // As date-fns' `format` does: an invalid date is a programming error, not a text «NaN».
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return [String(date.getFullYear()).padStart(4, '0'), two(date.getMonth() + 1), two(date.getDate())];
}

/** Prints a date as `YYYY-MM-DD`. */
export function toCalendarDate(date: Date): CalendarDate {
  return localParts(date).join('-');
}

/** Prints a date as a Russian document does: `ДД.ММ.ГГГГ`. */
export function toDottedDate(date: Date): string {
  return localParts(date).reverse().join('.');
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a calendar date `YYYY-MM-DD` that exists (no 30 февраля, no «1 000»). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = calendarDatePattern.exec(value);
  if (match === null) return false;
  return isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Local midnight of a day; `month` and `day` may run over (13th month, day 0) as in `new Date`. */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setFullYear, not the constructor: `new Date(50, 0, 1)` would be 1950.
  date.setFullYear(year, month, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/** Reads a `YYYY-MM-DD` date as local midnight (an invalid date for any other text, as `parseISO` did). */
export function fromCalendarDate(date: CalendarDate): Date {
  const match = calendarDatePattern.exec(date);
  const [year, month, day] = match === null ? [] : [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  if (year === undefined || !isExists(year, month as number, day as number)) return new Date(Number.NaN);
  return localDate(year, month as number, day as number);
}

/** The range of one day, or `undefined` for a day that does not exist (31 февраля). */
export function dayRange(year: number, month: number, day: number): DateRange | undefined {
  if (!isExists(year, month, day)) return undefined;
  const date = toCalendarDate(new Date(year, month, day));
  return { start: date, end: date };
}

/** The range of a month (`month` counts from 0). */
export function monthRange(year: number, month: number): DateRange {
  const start = new Date(year, month, 1);
  return { start: toCalendarDate(start), end: toCalendarDate(endOfMonth(start)) };
}

/** The range of a calendar quarter 1–4. */
export function quarterRange(year: number, quarter: number): DateRange {
  const start = new Date(year, (quarter - 1) * 3, 1);
  return { start: toCalendarDate(start), end: toCalendarDate(endOfQuarter(start)) };
}

/** The range of a half-year 1–2 (полугодие). */
export function halfYearRange(year: number, half: number): DateRange {
  const start = new Date(year, (half - 1) * 6, 1);
  return { start: toCalendarDate(start), end: toCalendarDate(endOfMonth(new Date(year, half * 6 - 1, 1))) };
}

/** The range of a calendar year. */
export function yearRange(year: number): DateRange {
  const start = new Date(year, 0, 1);
  return { start: toCalendarDate(start), end: toCalendarDate(endOfYear(start)) };
}

/** The range of a school year (учебный год): 1 September of `startYear` to 31 August of the next year. */
export function academicYearRange(startYear: number): DateRange {
  return {
    start: toCalendarDate(new Date(startYear, 8, 1)),
    end: toCalendarDate(new Date(startYear + 1, 7, 31)),
  };
}

/** Whether two ranges share at least one day. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether `inner` lies entirely inside `outer`. */
export function rangeWithin(inner: DateRange, outer: DateRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The part of `range` inside `bounds`, or `undefined` when they do not meet. */
export function clipRange(range: DateRange, bounds: DateRange): DateRange | undefined {
  if (!rangesOverlap(range, bounds)) return undefined;
  return {
    start: range.start > bounds.start ? range.start : bounds.start,
    end: range.end < bounds.end ? range.end : bounds.end,
  };
}

/** The smallest range covering all `ranges`, or `undefined` for none. */
export function spanOf(ranges: readonly DateRange[]): DateRange | undefined {
  const [first, ...rest] = ranges;
  if (!first) return undefined;
  return rest.reduce(
    (span, range) => ({
      start: range.start < span.start ? range.start : span.start,
      end: range.end > span.end ? range.end : span.end,
    }),
    first,
  );
}
