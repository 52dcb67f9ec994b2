import {
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachWeekOfInterval,
  eachYearOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
} from 'date-fns';
import { clipRange, fromCalendarDate, toCalendarDate } from './calendar.js';
import { stemWord } from './months.js';
import { isWord, quarterStem, wordStem, yearWordStem } from './phrase.js';
import type { DateRange, Recurrence } from './schema.js';
import type { DeadlineToken } from './tokens.js';

// «ежеквартально», «1 раз в месяц»: the frequency of a recurring activity and its windows.

const recurrenceByStem: ReadonlyArray<[string, Recurrence]> = [
  [stemWord('еженедельно'), 'weekly'],
  [stemWord('ежемесячно'), 'monthly'],
  [stemWord('ежеквартально'), 'quarterly'],
  [stemWord('ежегодно'), 'annually'],
];
const recurrenceUnitStems: ReadonlyArray<[string, Recurrence]> = [
  [stemWord('неделю'), 'weekly'],
  [stemWord('месяц'), 'monthly'],
  [quarterStem, 'quarterly'],
  [yearWordStem, 'annually'],
];

/** Finds «ежеквартально» or «1 раз в квартал» and returns the frequency and the tokens left. */
export function extractRecurrence(tokens: readonly DeadlineToken[]): {
  recurrence?: Recurrence;
  rest: DeadlineToken[];
} {
  for (const [index, token] of tokens.entries()) {
    const found = recurrenceByStem.find(([stem]) => wordStem(token)?.startsWith(stem));
    if (found) return { recurrence: found[1], rest: tokens.filter((_, i) => i !== index) };
  }
  for (const [index, token] of tokens.entries()) {
    if (!isWord(token, 'раз')) continue;
    const unitAt = isWord(tokens[index + 1], 'в') ? index + 2 : index + 1;
    const found = recurrenceUnitStems.find(([stem]) => wordStem(tokens[unitAt])?.startsWith(stem));
    if (!found) continue;
    const previous = tokens[index - 1];
    const first = previous?.type === 'number' && previous.value === 1 ? index - 1 : index;
    return { recurrence: found[1], rest: tokens.filter((_, i) => i < first || i > unitAt) };
  }
  return { rest: [...tokens] };
}

/** The windows of a recurring activity inside `span`: each quarter, month, week or year, clipped. */
export function occurrences(recurrence: Recurrence, span: DateRange): DateRange[] {
  const interval = { start: fromCalendarDate(span.start), end: fromCalendarDate(span.end) };
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
    const clipped = clipRange(
      { start: toCalendarDate(start as Date), end: toCalendarDate(end as Date) },
      span,
    );
    return clipped ? [clipped] : [];
  });
}
