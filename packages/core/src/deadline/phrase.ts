import { stemWord } from './months.js';
import type { DeadlineRemarkCode } from './schema.js';
import type { DeadlineToken } from './tokens.js';

// The pieces a deadline phrase is read into, and the words the readers look for.

/** A calendar unit as written, possibly still without its year («в январе»). */
export interface Point {
  unit:
    | 'day'
    | 'month'
    | 'quarter'
    | 'half'
    | 'school-half'
    | 'school-quarter'
    | 'year'
    | 'academic-year'
    | 'bare';
  year?: number;
  month?: number;
  day?: number;
  /** Quarter 1–4, half-year 1–2, or the number of a bare «15–» / «I–». */
  index?: number;
}

/** One span of a deadline: a point («сентябрь») or a range («февраль–август»). */
export interface Item {
  from: Point;
  to?: Point;
}

/** Thrown inside the parser only; `parseDeadline` turns it into a remark. */
export class DeadlineNotParsed extends Error {
  constructor(readonly code: DeadlineRemarkCode) {
    super(code);
  }
}

const stems = (...words: string[]): Set<string> => new Set(words.map(stemWord));

// Words that carry no date: «в течение», «срок», «г.». «период» is filler only next to dates.
export const fillerStems = stems(
  'в',
  'во',
  'на',
  'течение',
  'срок',
  'сроки',
  'весь',
  'всего',
  'всей',
  'г',
  'гг',
);
export const periodFillerStems = stems('период', 'периода');
export const contextPeriodStems = stems(
  'период',
  'постоянно',
  'реализации',
  'программы',
  'дорожной',
  'карты',
  'проекта',
);
export const yearWordStem = stemWord('год');
export const academicStems = stems('учебный', 'уч');
export const ordinalStems = new Map(
  ['первый', 'второй', 'третий', 'четвертый'].map((word, index) => [stemWord(word), index + 1]),
);
export const quarterStem = stemWord('квартал'); // «квартал» stems to «кварта», «квартале» to «квартал»: compare by prefix
export const halfStem = stemWord('полугодие');
export const schoolQuarterStem = stemWord('четверть').slice(0, 5); // «четверть», «четверти», «четвертях»: «четве»

export function wordStem(token: DeadlineToken | undefined): string | undefined {
  return token?.type === 'word' ? token.stem : undefined;
}

export function isWord(token: DeadlineToken | undefined, ...words: string[]): boolean {
  const stem = wordStem(token);
  return stem !== undefined && words.some((word) => stemWord(word) === stem);
}

export function startsWithStem(token: DeadlineToken | undefined, prefix: string): boolean {
  return wordStem(token)?.startsWith(prefix) ?? false;
}

/** A cursor over the tokens of one phrase. */
export class Cursor {
  private at = 0;
  constructor(private readonly tokens: readonly DeadlineToken[]) {}
  peek(offset = 0): DeadlineToken | undefined {
    return this.tokens[this.at + offset];
  }
  next(): DeadlineToken | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }
  get done(): boolean {
    return this.at >= this.tokens.length;
  }
}
