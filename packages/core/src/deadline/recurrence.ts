import { clipRange, fromCalendarDate, localDate, toCalendarDate } from './calendar.js';
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

const monthsPerWindow = { monthly: 1, quarterly: 3, annually: 12 } as const;

/** The windows of a recurring activity inside `span`: each quarter, month, week or year, clipped. */
export function occurrences(recurrence: Recurrence, span: DateRange): DateRange[] {
  const first = fromCalendarDate(span.start);
  const last = fromCalendarDate(span.end);
  // The window holding the first day (weeks from Monday), then one window after another while
  // they start inside the span; each ends the day before the next begins.
  let start: Date;
  let next: (date: Date) => Date;
  if (recurrence === 'weekly') {
    start = localDate(first.getFullYear(), first.getMonth(), first.getDate() - ((first.getDay() + 6) % 7));
    next = (date) => localDate(date.getFullYear(), date.getMonth(), date.getDate() + 7);
  } else {
    const months = monthsPerWindow[recurrence];
    start = localDate(first.getFullYear(), first.getMonth() - (first.getMonth() % months), 1);
    next = (date) => localDate(date.getFullYear(), date.getMonth() + months, 1);
  }
  const windows: DateRange[] = [];
  for (; start <= last; start = next(start)) {
    const following = next(start);
    const end = localDate(following.getFullYear(), following.getMonth(), following.getDate() - 1);
    const clipped = clipRange({ start: toCalendarDate(start), end: toCalendarDate(end) }, span);
    if (clipped) windows.push(clipped);
  }
  return windows;
}
