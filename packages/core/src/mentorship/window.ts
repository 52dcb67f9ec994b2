import type { CalendarDate } from '../deadline/schema.js';
import type { OpenPeriod, Period } from './period.js';

/**
 * The days the monitoring looks at. No start: since always; no end: for ever. A monitoring for a
 * school year passes the year as `period`; «as of today» passes `asOf`.
 */
export interface TimeWindow {
  start?: CalendarDate;
  end?: CalendarDate;
}

/** What the aggregate functions read the window from. */
export interface WindowOptions {
  /** The monitored period, e.g. the school year 2022/2023. */
  period?: Period;
  /** The day of the report: nothing later counts (it has not happened yet). */
  asOf?: CalendarDate;
}

/**
 * The window of a monitoring: the period, cut at `asOf` when that comes earlier; only `asOf` means
 * everything up to that day; neither means every record counts.
 */
export function windowOf(options: WindowOptions): TimeWindow {
  const window: TimeWindow = {};
  if (options.period) {
    window.start = options.period.start;
    window.end = options.period.end;
  }
  if (options.asOf !== undefined && (window.end === undefined || options.asOf < window.end))
    window.end = options.asOf;
  return window;
}

/** Whether a range of days (an open end reaches for ever) shares at least one day with the window. */
export function overlapsWindow(range: OpenPeriod, window: TimeWindow): boolean {
  if (window.end !== undefined && range.start > window.end) return false;
  if (window.start !== undefined && range.end !== undefined && range.end < window.start) return false;
  return true;
}

/** Whether a day lies in the window. */
export function dayInWindow(date: CalendarDate, window: TimeWindow): boolean {
  return overlapsWindow({ start: date, end: date }, window);
}
