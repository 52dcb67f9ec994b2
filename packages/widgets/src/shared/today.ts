import type { CalendarDate } from '@shnro/core';

/** Today in the person's own time zone, as `YYYY-MM-DD`: what «as of» means when a host gives no date. */
export function localToday(now: Date = new Date()): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
