import { isExists } from 'date-fns';
import { dayRange, toDottedDate } from '../deadline/calendar.js';
import { monthOfWord } from '../deadline/months.js';
import type { DisplayLocale } from '../share/index.js';
import type { OrderReference } from './schema.js';

interface FoundDate {
  date: string;
  index: number;
  length: number;
}

const numericDate = /(\d{1,2})\.(\d{1,2})\.(\d{4})/g;
// «30 декабря 2022 г.», also with the day in quotes as forms print it: «"30" декабря 2022».
const verbalDate = /["«]?(\d{1,2})["»]?\s+([а-яё]+)\s+(\d{4})/gi;

function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(numericDate)) {
    const [raw, day, month, year] = match;
    if (isExists(Number(year), Number(month) - 1, Number(day))) {
      found.push({
        date: dayRange(Number(year), Number(month) - 1, Number(day))?.start ?? '',
        index: match.index,
        length: raw.length,
      });
    }
  }
  for (const match of text.matchAll(verbalDate)) {
    const [raw, day, monthWord, year] = match;
    const month = monthOfWord(monthWord ?? '');
    const range = month === undefined ? undefined : dayRange(Number(year), month, Number(day));
    if (range) found.push({ date: range.start, index: match.index, length: raw.length });
  }
  return found.sort((a, b) => a.index - b.index);
}

const numberPattern = /№\s*([^\s,;:«»"()]+)/;

/**
 * Reads an order reference from text as documents write it: «приказ № 1699-осн от 30.12.2022»,
 * «приказом управления образования … 30 декабря 2022 г. № 1699-осн», «от 20.05.2021г. №130/1 «О …»».
 * Returns `undefined` unless both a number and a date are found.
 */
export function parseOrderReference(text: string): OrderReference | undefined {
  if (typeof text !== 'string') return undefined;
  const numberMatch = numberPattern.exec(text);
  const number = numberMatch?.[1]?.replace(/[.:]+$/, '');
  if (!numberMatch || !number) return undefined;
  const dates = findDates(text);
  // The date introduced by «от» is the order's own; other dates may belong to the text around it.
  const dated = dates.find((found) => /от\s*$/i.test(text.slice(0, found.index))) ?? dates[0];
  if (!dated) return undefined;

  const order: OrderReference = { number, date: dated.date };
  const issuerMatch = /приказ[а-яё]*\s+(.+)/i.exec(text.slice(0, Math.min(numberMatch.index, dated.index)));
  const issuer = issuerMatch?.[1]?.replace(/\s+от\s*$/i, '').trim();
  if (issuer) order.issuer = issuer;
  const afterNumber = text.slice(numberMatch.index + numberMatch[0].length);
  const title = /^\s*[«"]\s*([^»"]+?)\s*[»"]/.exec(afterNumber)?.[1];
  if (title) order.title = title;
  return order;
}

/**
 * Prints an order reference: «приказ № 1699-осн от 30.12.2022» (with the issuer when asked:
 * «приказ управления образования … № 1699-осн от 30.12.2022»), or in English «order No. 1699-осн of 30.12.2022».
 */
export function formatOrderReference(
  order: OrderReference,
  locale: DisplayLocale = 'ru',
  options: { withIssuer?: boolean; case?: 'nominative' | 'instrumental' } = {},
): string {
  const [year, month, day] = order.date.split('-').map(Number) as [number, number, number];
  const date = toDottedDate(new Date(year, month - 1, day));
  const issuer = options.withIssuer && order.issuer ? ` ${order.issuer}` : '';
  if (locale === 'en') return `order${issuer} No. ${order.number} of ${date}`;
  // «утверждена приказом … от 30.12.2022 № 1699-осн»: the verb governs the instrumental, and an
  // approval stamp (гриф утверждения) gives the date before the number.
  if (options.case === 'instrumental') return `приказом${issuer} от ${date} № ${order.number}`;
  return `приказ${issuer} № ${order.number} от ${date}`;
}
