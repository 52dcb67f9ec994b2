import { foldWord, monthOfWord, stemWord } from './months.js';

/** A piece of a deadline phrase. Months are recognised here so the parser never sees a month as a word. */
export type DeadlineToken =
  | { type: 'date'; day: number; month: number; year: number }
  | { type: 'number'; value: number; digits: number }
  | { type: 'roman'; value: number }
  | { type: 'month'; month: number }
  | { type: 'word'; stem: string }
  | { type: 'dash' }
  | { type: 'comma' }
  | { type: 'slash' };

const romanValues: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// Endings of written ordinals («1-й», «2-го», «3-м квартале»): dropped, the number is what counts.
const ordinalEndings = new Set(['й', 'ый', 'ий', 'ой', 'го', 'м', 'ом', 'е', 'я', 'ая']);

const tokenPattern = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)|\d+|[a-zа-я]+|[-,;/]/g;

/** Splits a deadline phrase into tokens after folding case, «ё» and the several dashes people type. */
export function tokenizeDeadline(text: string): DeadlineToken[] {
  const normalised = foldWord(text).replace(/[\u2010-\u2015\u2212]/g, '-');
  const tokens: DeadlineToken[] = [];
  for (const match of normalised.matchAll(tokenPattern)) {
    const [raw, day, month, year] = match;
    if (day && month && year) {
      const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
      tokens.push({ type: 'date', day: Number(day), month: Number(month) - 1, year: fullYear });
    } else if (/^\d/.test(raw)) {
      tokens.push({ type: 'number', value: Number(raw), digits: raw.length });
    } else if (raw === '-') {
      tokens.push({ type: 'dash' });
    } else if (raw === ',' || raw === ';') {
      tokens.push({ type: 'comma' });
    } else if (raw === '/') {
      tokens.push({ type: 'slash' });
    } else if (raw in romanValues) {
      tokens.push({ type: 'roman', value: romanValues[raw] as number });
    } else if (ordinalEndings.has(raw) && tokens.at(-1)?.type === 'number') {
      continue;
    } else if (
      ordinalEndings.has(raw) &&
      tokens.at(-1)?.type === 'dash' &&
      tokens.at(-2)?.type === 'number'
    ) {
      tokens.pop();
    } else {
      const month = monthOfWord(raw);
      tokens.push(month === undefined ? { type: 'word', stem: stemWord(raw) } : { type: 'month', month });
    }
  }
  return tokens;
}
