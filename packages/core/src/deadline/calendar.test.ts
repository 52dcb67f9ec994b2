import {
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachWeekOfInterval,
  eachYearOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  format,
  parseISO,
  type Month,
} from 'date-fns';
import { ru } from 'date-fns/locale/ru';
import { describe, expect, it } from 'vitest';
import { formatDateRange } from './format.js';
import { fromCalendarDate, toCalendarDate, toDottedDate } from './calendar.js';
import { englishMonths, russianMonths } from './month-names.js';
import { foldWord, monthOfWord, stemWord } from './months.js';
import { occurrences } from './recurrence.js';
import type { DateRange, Recurrence } from './schema.js';

// The core prints and reads dates without date-fns' `format`, `parseISO` and Russian locale (they
// weighed 36 kB in every element that shows a date); these cases hold it to what date-fns gives.

/** Every day of a few years, leap and not, and of a year before 1000. */
function days(): Date[] {
  const out: Date[] = [];
  for (const year of [999, 2020, 2023, 2024, 2100]) {
    for (let dayOfYear = 1; dayOfYear <= 366; dayOfYear += 1) {
      const day = new Date(0);
      day.setFullYear(year, 0, dayOfYear);
      day.setHours(0, 0, 0, 0);
      if (day.getFullYear() === year) out.push(day);
    }
  }
  return out;
}

describe('dates printed and read without date-fns format', () => {
  it('prints YYYY-MM-DD and ДД.ММ.ГГГГ as format does, and reads them back as parseISO does', () => {
    const all = days();
    expect(all.length).toBeGreaterThan(1800);
    for (const day of all) {
      const text = toCalendarDate(day);
      expect(text).toBe(format(day, 'yyyy-MM-dd'));
      expect(toDottedDate(day)).toBe(format(day, 'dd.MM.yyyy'));
      expect(fromCalendarDate(text).getTime()).toBe(parseISO(text).getTime());
    }
  });

  it('reads a day that does not exist, or other text, as an invalid date, as parseISO does', () => {
    for (const text of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-9-1', 'вчера', '']) {
      expect(Number.isNaN(fromCalendarDate(text).getTime())).toBe(true);
      expect(Number.isNaN(parseISO(text).getTime())).toBe(true);
    }
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('names months as date-fns does: formatDateRange for every month, in both languages', () => {
    for (let month = 0; month < 12; month += 1) {
      const start = new Date(2025, month, 1);
      const range = { start: toCalendarDate(start), end: toCalendarDate(new Date(2025, month + 1, 0)) };
      expect(russianMonths[month]).toBe(
        ru.localize.month(month as Month, { width: 'wide', context: 'standalone' }),
      );
      expect(formatDateRange(range)).toBe(format(start, 'LLLL yyyy', { locale: ru }));
      expect(formatDateRange(range, 'en')).toBe(format(start, 'MMMM yyyy'));
      expect(englishMonths[month]).toBe(format(start, 'MMMM'));
      const day = { start: range.start, end: range.start };
      expect(formatDateRange(day, 'en')).toBe(format(start, 'd MMM yyyy'));
    }
  });

  it('reads a month word exactly as the date-fns based reading did', () => {
    // The former monthOfWord, built on date-fns' Russian locale, kept here as the reference.
    const byStem = new Map<string, number>();
    for (let month = 0; month < 12; month += 1)
      for (const context of ['formatting', 'standalone'] as const)
        byStem.set(stemWord(ru.localize.month(month as Month, { width: 'wide', context })), month);
    const reference = (word: string): number | undefined => {
      const folded = foldWord(word);
      const found = byStem.get(stemWord(folded));
      if (found !== undefined) return found;
      const match = ru.match.month(folded, { width: 'abbreviated' });
      if (match && (match.rest === '' || match.rest === '.') && folded.length <= 5)
        return match.value as number;
      return undefined;
    };
    const words = [
      ...Array.from({ length: 12 }, (_, month) =>
        (['wide', 'abbreviated', 'narrow'] as const).flatMap((width) =>
          (['formatting', 'standalone'] as const).map((context) =>
            ru.localize.month(month as Month, { width, context }),
          ),
        ),
      ).flat(),
      ...[
        'янв',
        'Фев',
        'мар',
        'март.',
        'ма',
        'мае',
        'июн',
        'Июля',
        'сен',
        'сент',
        'сен.',
        'нояб',
        'ноя.',
        'ДЕК',
      ],
      ...['маршрут', 'декада', 'сентябре', 'в', 'январе', 'ноябрьский', 'июнь-июль', 'ию', 'апрель.', 'ёж'],
      ...['авг.', 'окт', 'октяб', 'июнь.', 'маяк', 'март', 'апр.', 'февр', 'дек..', 'сентяб', 'ян'],
    ];
    let found = 0;
    for (const word of words) {
      const expected = reference(word);
      if (expected !== undefined) found += 1;
      expect(monthOfWord(word), word).toBe(expected);
    }
    expect(found).toBeGreaterThan(50);
  });

  it('cuts a span into weeks, months, quarters and years as date-fns eachXOfInterval did', () => {
    // The former occurrences(), built on date-fns, kept here as the reference.
    const reference = (recurrence: Recurrence, span: DateRange): DateRange[] => {
      const interval = { start: parseISO(span.start), end: parseISO(span.end) };
      const windows = {
        weekly: () =>
          eachWeekOfInterval(interval, { weekStartsOn: 1 }).map((start) => [
            start,
            endOfWeek(start, { weekStartsOn: 1 }),
          ]),
        monthly: () => eachMonthOfInterval(interval).map((start) => [start, endOfMonth(start)]),
        quarterly: () => eachQuarterOfInterval(interval).map((start) => [start, endOfQuarter(start)]),
        annually: () => eachYearOfInterval(interval).map((start) => [start, endOfYear(start)]),
      }[recurrence]();
      return windows.flatMap(([start, end]) => {
        const window = { start: format(start as Date, 'yyyy-MM-dd'), end: format(end as Date, 'yyyy-MM-dd') };
        const clipped = {
          start: window.start > span.start ? window.start : span.start,
          end: window.end < span.end ? window.end : span.end,
        };
        return window.start <= span.end && span.start <= window.end ? [clipped] : [];
      });
    };
    const all = days().filter((day) => day.getFullYear() === 2023 || day.getFullYear() === 2024);
    let compared = 0;
    for (let i = 0; i < all.length; i += 13) {
      for (const length of [0, 6, 30, 95, 400]) {
        const end = all[Math.min(i + length, all.length - 1)] as Date;
        const span = { start: toCalendarDate(all[i] as Date), end: toCalendarDate(end) };
        for (const recurrence of ['weekly', 'monthly', 'quarterly', 'annually'] as const) {
          expect(occurrences(recurrence, span), `${recurrence} ${span.start}–${span.end}`).toEqual(
            reference(recurrence, span),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
