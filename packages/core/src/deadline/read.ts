import type { Cursor } from './phrase.js';
import {
  academicStems,
  DeadlineNotParsed,
  halfStem,
  isWord,
  ordinalStems,
  quarterStem,
  schoolQuarterStem,
  startsWithStem,
  wordStem,
  yearWordStem,
  type Item,
  type Point,
} from './phrase.js';
import type { DeadlineToken } from './tokens.js';

// Reads the tokens of one phrase into items: points («сентябрь 2021 года») and ranges («февраль–август»).

function isYearNumber(
  token: DeadlineToken | undefined,
): token is { type: 'number'; value: number; digits: number } {
  return token?.type === 'number' && token.digits === 4;
}

/** «2023–2024 учебный год», «2023/24 уч. г.» starts here. */
function startsAcademicYear(cursor: Cursor): boolean {
  const separator = cursor.peek(1)?.type;
  return (
    isYearNumber(cursor.peek()) &&
    (separator === 'dash' || separator === 'slash') &&
    cursor.peek(2)?.type === 'number' &&
    academicStems.has(wordStem(cursor.peek(3)) ?? '')
  );
}

function skipYearWords(cursor: Cursor): void {
  while (isWord(cursor.peek(), 'г', 'гг') || wordStem(cursor.peek()) === yearWordStem) cursor.next();
}

/** A year written after a month, quarter or day («сентябрь 2021 года»). */
function readYearSuffix(cursor: Cursor): number | undefined {
  const token = cursor.peek();
  if (!isYearNumber(token) || startsAcademicYear(cursor)) return undefined;
  cursor.next();
  skipYearWords(cursor);
  return token.value;
}

/** The unit a counted number refers to: «I квартал», «2 полугодие». */
function readCountedUnit(cursor: Cursor, index: number): Point | undefined {
  const unitToken = cursor.peek();
  if (startsWithStem(unitToken, quarterStem)) {
    if (index < 1 || index > 4) throw new DeadlineNotParsed('invalid-date');
    cursor.next();
    return { unit: 'quarter', index, year: readYearSuffix(cursor) };
  }
  if (startsWithStem(unitToken, halfStem)) {
    if (index < 1 || index > 2) throw new DeadlineNotParsed('invalid-date');
    cursor.next();
    return (
      readSchoolYearSuffix(cursor, 'half', index) ?? { unit: 'half', index, year: readYearSuffix(cursor) }
    );
  }
  if (startsWithStem(unitToken, schoolQuarterStem)) {
    if (index < 1 || index > 4) throw new DeadlineNotParsed('invalid-date');
    cursor.next();
    return (
      readSchoolYearSuffix(cursor, 'school-quarter', index) ?? {
        unit: 'school-quarter',
        index,
        year: readYearSuffix(cursor),
      }
    );
  }
  return undefined;
}

/**
 * Reads «2023–2024 учебный год» / «2023/24 уч. г.» and returns its first year. The second year must
 * follow the first: «2024–2023 учебный год» is reversed, «2023–2025 учебный год» is no school year.
 */
function readAcademicYear(cursor: Cursor): number {
  const startYear = (cursor.next() as { value: number }).value;
  cursor.next();
  const second = cursor.next() as { value: number; digits: number };
  cursor.next();
  skipYearWords(cursor);
  let endYear = second.value;
  if (second.digits <= 2) {
    // «2023/24»: the century of the first year; «2099/00» rolls over into the next one.
    endYear = startYear - (startYear % 100) + second.value;
    if (endYear <= startYear && (startYear + 1) % 100 === second.value) endYear += 100;
  }
  if (endYear <= startYear) throw new DeadlineNotParsed('reversed-range');
  if (endYear !== startYear + 1) throw new DeadlineNotParsed('invalid-date');
  return startYear;
}

/**
 * After «I полугодие» / «II четверть»: «2023/2024 учебного года» names the school year, and the half
 * or the term falls in its first (I полугодие, I–II четверть) or second calendar year.
 */
function readSchoolYearSuffix(
  cursor: Cursor,
  unit: 'half' | 'school-quarter',
  index: number,
): Point | undefined {
  if (!startsAcademicYear(cursor)) return undefined;
  const startYear = readAcademicYear(cursor);
  const inFirstYear = unit === 'half' ? index === 1 : index <= 2;
  return {
    unit: unit === 'half' ? 'school-half' : 'school-quarter',
    index,
    year: startYear + (inFirstYear ? 0 : 1),
  };
}

function readPoint(cursor: Cursor): Point {
  if (startsAcademicYear(cursor)) {
    return { unit: 'academic-year', year: readAcademicYear(cursor) };
  }
  const token = cursor.next();
  if (!token) throw new DeadlineNotParsed('unrecognised');
  switch (token.type) {
    case 'date':
      return { unit: 'day', day: token.day, month: token.month, year: token.year };
    case 'month':
      return { unit: 'month', month: token.month, year: readYearSuffix(cursor) };
    case 'number': {
      if (token.digits === 4) {
        skipYearWords(cursor);
        return { unit: 'year', year: token.value };
      }
      const next = cursor.peek();
      if (next?.type === 'month') {
        cursor.next();
        return { unit: 'day', day: token.value, month: next.month, year: readYearSuffix(cursor) };
      }
      return readCountedUnit(cursor, token.value) ?? { unit: 'bare', index: token.value };
    }
    case 'roman':
      return readCountedUnit(cursor, token.value) ?? { unit: 'bare', index: token.value };
    case 'word': {
      const ordinal = ordinalStems.get(token.stem);
      const counted = ordinal === undefined ? undefined : readCountedUnit(cursor, ordinal);
      if (counted) return counted;
      throw new DeadlineNotParsed('unrecognised');
    }
    default:
      throw new DeadlineNotParsed('unrecognised');
  }
}

/** «февраль–август», «с сентября по декабрь», «15–20 декабря» or a single point. */
function readItem(cursor: Cursor): Item {
  const opensWithFrom = isWord(cursor.peek(), 'с', 'со');
  if (opensWithFrom) cursor.next();
  const from = readPoint(cursor);
  const separator = cursor.peek();
  if (separator?.type === 'dash' || isWord(separator, 'по') || (opensWithFrom && isWord(separator, 'до'))) {
    cursor.next();
    return completeBareStart({ from, to: readPoint(cursor) });
  }
  if (opensWithFrom || from.unit === 'bare') throw new DeadlineNotParsed('unrecognised');
  return { from };
}

/** «15–20 декабря» and «I–II квартал» name the unit once, at the end: the start borrows it. */
function completeBareStart(item: Item): Item {
  const { from, to } = item;
  if (!to || to.unit === 'bare') throw new DeadlineNotParsed('unrecognised');
  if (from.unit !== 'bare') return item;
  if (to.unit === 'day')
    return { from: { unit: 'day', day: from.index, month: to.month, year: to.year }, to };
  if (
    to.unit === 'quarter' ||
    to.unit === 'half' ||
    to.unit === 'school-half' ||
    to.unit === 'school-quarter'
  ) {
    const limit = to.unit === 'half' || to.unit === 'school-half' ? 2 : 4;
    if ((from.index ?? 0) < 1 || (from.index ?? 0) > limit) throw new DeadlineNotParsed('invalid-date');
    return { from: { unit: to.unit, index: from.index, year: to.year }, to };
  }
  throw new DeadlineNotParsed('unrecognised');
}

export function readList(cursor: Cursor): Item[] {
  const items = [readItem(cursor)];
  while (cursor.peek()?.type === 'comma' || isWord(cursor.peek(), 'и')) {
    cursor.next();
    items.push(readItem(cursor));
  }
  if (!cursor.done) throw new DeadlineNotParsed('unrecognised');
  return items;
}
