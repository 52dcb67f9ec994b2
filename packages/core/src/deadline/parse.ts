import {
  differenceInCalendarDays,
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachWeekOfInterval,
  eachYearOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
} from 'date-fns';
import {
  academicYearRange,
  clipRange,
  dayRange,
  fromCalendarDate,
  halfYearRange,
  monthRange,
  quarterRange,
  rangeWithin,
  spanOf,
  toCalendarDate,
  yearRange,
} from './calendar.js';
import { refuseArgument } from '../errors/argument-error.js';
import { requireArgument } from '../errors/require-argument.js';
import { stemWord } from './months.js';
import { deadlineRemark } from './remarks.js';
import {
  deadlineContextSchema,
  type DateRange,
  type DeadlineContext,
  type DeadlineRemarkCode,
  type ParsedDeadline,
  type Recurrence,
} from './schema.js';
import { tokenizeDeadline, type DeadlineToken } from './tokens.js';

/** A calendar unit as written, possibly still without its year («в январе»). */
interface Point {
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
interface Item {
  from: Point;
  to?: Point;
}

/** Thrown inside the parser only; `parseDeadline` turns it into a remark. */
class DeadlineNotParsed extends Error {
  constructor(readonly code: DeadlineRemarkCode) {
    super(code);
  }
}

const stems = (...words: string[]): Set<string> => new Set(words.map(stemWord));

// Words that carry no date: «в течение», «срок», «г.». «период» is filler only next to dates.
const fillerStems = stems('в', 'во', 'на', 'течение', 'срок', 'сроки', 'весь', 'всего', 'всей', 'г', 'гг');
const periodFillerStems = stems('период', 'периода');
const contextPeriodStems = stems(
  'период',
  'постоянно',
  'реализации',
  'программы',
  'дорожной',
  'карты',
  'проекта',
);
const yearWordStem = stemWord('год');
const academicStems = stems('учебный', 'уч');
const ordinalStems = new Map(
  ['первый', 'второй', 'третий', 'четвертый'].map((word, index) => [stemWord(word), index + 1]),
);
const quarterStem = stemWord('квартал'); // «квартал» stems to «кварта», «квартале» to «квартал»: compare by prefix
const halfStem = stemWord('полугодие');
const schoolQuarterStem = stemWord('четверть').slice(0, 5); // «четверть», «четверти», «четвертях»: «четве»
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

function wordStem(token: DeadlineToken | undefined): string | undefined {
  return token?.type === 'word' ? token.stem : undefined;
}

function isWord(token: DeadlineToken | undefined, ...words: string[]): boolean {
  const stem = wordStem(token);
  return stem !== undefined && words.some((word) => stemWord(word) === stem);
}

function startsWithStem(token: DeadlineToken | undefined, prefix: string): boolean {
  return wordStem(token)?.startsWith(prefix) ?? false;
}

/** A cursor over the tokens of one phrase. */
class Cursor {
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

function readList(cursor: Cursor): Item[] {
  const items = [readItem(cursor)];
  while (cursor.peek()?.type === 'comma' || isWord(cursor.peek(), 'и')) {
    cursor.next();
    items.push(readItem(cursor));
  }
  if (!cursor.done) throw new DeadlineNotParsed('unrecognised');
  return items;
}

/** Where a point falls inside its year, to tell «сентябрь–май» (crosses New Year) from «февраль–август». */
function positionInYear(point: Point): number {
  switch (point.unit) {
    case 'day':
      return (point.month ?? 0) * 100 + (point.day ?? 0);
    case 'month':
      return (point.month ?? 0) * 100;
    case 'quarter':
      return ((point.index ?? 1) - 1) * 300;
    case 'half':
      return ((point.index ?? 1) - 1) * 600;
    case 'school-half':
      return point.index === 2 ? 0 : 800;
    case 'school-quarter':
      return schoolQuarterMonths[(point.index ?? 1) - 1]![0] * 100;
    default:
      return 0;
  }
}

/** Gives a year to the side of a range that lacks one, from the side that has it. */
function fillRangeYears(item: Item): Item {
  const { from, to } = item;
  if (!to) return item;
  if (from.year === undefined && to.year !== undefined) {
    const year = positionInYear(from) > positionInYear(to) ? to.year - 1 : to.year;
    return { from: { ...from, year }, to };
  }
  if (to.year === undefined && from.year !== undefined) {
    const year = positionInYear(to) < positionInYear(from) ? from.year + 1 : from.year;
    return { from, to: { ...to, year } };
  }
  return item;
}

function withStartYear(item: Item, year: number): Item {
  return fillRangeYears({ from: { ...item.from, year }, to: item.to });
}

/** The months of the school terms (четверти): I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May. */
const schoolQuarterMonths: ReadonlyArray<readonly [number, number]> = [
  [8, 9],
  [10, 11],
  [0, 2],
  [3, 4],
];

function monthsRange(year: number, first: number, last: number): DateRange {
  return { start: monthRange(year, first).start, end: monthRange(year, last).end };
}

/**
 * Whether a roadmap's period is a school year (or several): it starts between August and December and
 * ends between May and August of a later year. Then a year-less «I полугодие» is the school's half.
 */
export function isSchoolYearPeriod(period: DateRange | undefined): boolean {
  if (!period) return false;
  const start = fromCalendarDate(period.start);
  const end = fromCalendarDate(period.end);
  return (
    start.getMonth() >= 7 &&
    end.getFullYear() > start.getFullYear() &&
    end.getMonth() >= 4 &&
    end.getMonth() <= 7
  );
}

/** A year-less half in a school-year roadmap is the school's half. */
function inSchoolYear(item: Item, context: DeadlineContext): Item {
  if (!isSchoolYearPeriod(context.period)) return item;
  const school = (point: Point): Point =>
    point.unit === 'half' && point.year === undefined ? { ...point, unit: 'school-half' } : point;
  return { from: school(item.from), ...(item.to ? { to: school(item.to) } : {}) };
}

function pointRange(point: Point): DateRange {
  const year = point.year;
  if (year === undefined) throw new DeadlineNotParsed('needs-year');
  switch (point.unit) {
    case 'day': {
      const range = dayRange(year, point.month ?? 0, point.day ?? 0);
      if (!range) throw new DeadlineNotParsed('invalid-date');
      return range;
    }
    case 'month':
      return monthRange(year, point.month ?? 0);
    case 'quarter':
      return quarterRange(year, point.index ?? 1);
    case 'half':
      return halfYearRange(year, point.index ?? 1);
    case 'school-half':
      // A school's I полугодие is September–December, its II полугодие January–May.
      return point.index === 2 ? monthsRange(year, 0, 4) : monthsRange(year, 8, 11);
    case 'school-quarter': {
      const [first, last] = schoolQuarterMonths[(point.index ?? 1) - 1]!;
      return monthsRange(year, first, last);
    }
    case 'year':
      return yearRange(year);
    case 'academic-year':
      return academicYearRange(year);
    default:
      throw new DeadlineNotParsed('unrecognised');
  }
}

function itemRange(item: Item): DateRange {
  const start = pointRange(item.from).start;
  const end = pointRange(item.to ?? item.from).end;
  if (start > end) throw new DeadlineNotParsed('reversed-range');
  return { start, end };
}

// 29 февраля exists only in some of the candidate years: those years are skipped, not fatal.
function rangeOrUndefined(item: Item): DateRange | undefined {
  try {
    return itemRange(item);
  } catch (error) {
    if (error instanceof DeadlineNotParsed && error.code === 'invalid-date') return undefined;
    throw error;
  }
}

const hasYear = (item: Item): boolean => item.from.year !== undefined;

/** Reads a year-less item against the roadmap period: «в январе» is the January inside it. */
function resolveByContext(item: Item, context: DeadlineContext): Item {
  const { period, referenceYear } = context;
  if (period) {
    const firstYear = fromCalendarDate(period.start).getFullYear();
    const lastYear = fromCalendarDate(period.end).getFullYear();
    // A candidate wholly inside the period wins; otherwise the one that overlaps it most.
    let best: { item: Item; overlap: number } | undefined;
    for (let year = firstYear - 1; year <= lastYear; year += 1) {
      const candidate = withStartYear(item, year);
      const range = rangeOrUndefined(candidate);
      if (!range) continue;
      if (rangeWithin(range, period)) return candidate;
      const shared = clipRange(range, period);
      const overlap = shared
        ? differenceInCalendarDays(fromCalendarDate(shared.end), fromCalendarDate(shared.start)) + 1
        : 0;
      if (overlap > (best?.overlap ?? 0)) best = { item: candidate, overlap };
    }
    return best?.item ?? withStartYear(item, firstYear);
  }
  if (referenceYear !== undefined) return withStartYear(item, referenceYear);
  throw new DeadlineNotParsed('needs-year');
}

/**
 * Years written once for a list apply to all of it («январь, август 2023»); items after the last
 * written year continue from the one before them; a list with no year at all is read in context.
 */
function resolveYears(items: readonly Item[], context: DeadlineContext): Item[] {
  const resolved = items.map(fillRangeYears);
  let carried: number | undefined;
  for (let index = resolved.length - 1; index >= 0; index -= 1) {
    const item = resolved[index] as Item;
    if (!hasYear(item) && carried !== undefined) resolved[index] = withStartYear(item, carried);
    carried = resolved[index]?.from.year ?? carried;
  }
  for (let index = 0; index < resolved.length; index += 1) {
    const item = resolved[index] as Item;
    if (hasYear(item)) continue;
    const previous = resolved[index - 1];
    if (!previous) {
      resolved[index] = resolveByContext(item, context);
      continue;
    }
    const previousEnd = previous.to ?? previous.from;
    const year = (previousEnd.year ?? 0) + (positionInYear(item.from) < positionInYear(previousEnd) ? 1 : 0);
    resolved[index] = withStartYear(item, year);
  }
  return resolved;
}

function contextPeriodRange(
  context: DeadlineContext,
  phrase: 'period' | 'year' | 'academic-year',
): DateRange {
  if (context.period) return context.period;
  if (context.referenceYear === undefined)
    throw new DeadlineNotParsed(phrase === 'period' ? 'needs-period' : 'needs-year');
  return phrase === 'academic-year'
    ? academicYearRange(context.referenceYear)
    : yearRange(context.referenceYear);
}

/** «в течение года», «в течение учебного года», «постоянно», «в течение периода реализации». */
function readContextPhrase(
  tokens: readonly DeadlineToken[],
  context: DeadlineContext,
): DateRange | undefined {
  const words = tokens.map(wordStem);
  if (words.length === 0 || words.some((stem) => stem === undefined)) return undefined;
  if (words.length === 1 && words[0] === yearWordStem) return contextPeriodRange(context, 'year');
  if (
    academicStems.has(words[0] ?? '') &&
    (words.length === 1 || (words.length === 2 && words[1] === yearWordStem))
  ) {
    return contextPeriodRange(context, 'academic-year');
  }
  if (words.every((stem) => contextPeriodStems.has(stem ?? ''))) return contextPeriodRange(context, 'period');
  return undefined;
}

/** Finds «ежеквартально» or «1 раз в квартал» and returns the frequency and the tokens left. */
function extractRecurrence(tokens: readonly DeadlineToken[]): {
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
function occurrences(recurrence: Recurrence, span: DateRange): DateRange[] {
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

/** Reads the body of a phrase (after «до» / the recurrence word) as one or several spans. */
function readSpans(tokens: readonly DeadlineToken[], context: DeadlineContext): DateRange[] {
  const meaningful = tokens.filter((token) => !fillerStems.has(wordStem(token) ?? ''));
  const contextual = readContextPhrase(meaningful, context);
  if (contextual) return [contextual];
  const dated = meaningful.filter((token) => !periodFillerStems.has(wordStem(token) ?? ''));
  if (dated.length === 0) throw new DeadlineNotParsed('unrecognised');
  const items = readList(new Cursor(dated)).map((item) => inSchoolYear(item, context));
  return resolveYears(items, context).map(itemRange);
}

/** «до», «к», «не позднее», «не позже», optionally followed by «конца»: the deadline is a last day. */
function extractByPrefix(tokens: readonly DeadlineToken[]): DeadlineToken[] | undefined {
  const start = tokens.findIndex((token) => !fillerStems.has(wordStem(token) ?? ''));
  let at = start;
  if (isWord(tokens[at], 'до', 'к')) at += 1;
  else if (isWord(tokens[at], 'не') && isWord(tokens[at + 1], 'позднее', 'позже')) at += 2;
  else return undefined;
  if (isWord(tokens[at], 'конца', 'окончания')) at += 1;
  return tokens.slice(at);
}

function parsed(text: string, fields: Omit<ParsedDeadline, 'text'>): ParsedDeadline {
  return { text, ...fields };
}

/**
 * Reads a deadline as methodologists write it («до 15 декабря 2020 года», «январь, август 2023»,
 * «в феврале-августе 2023 года», «ежеквартально», «I квартал 2024», «2023–2024 учебный год»,
 * «в течение года») into date ranges. Year-less phrases resolve against `context`. What cannot be
 * read comes back as `unparsed` with the text intact and a remark: no text makes it throw. Only a
 * programming error does: `text` not a string, or a `context` outside `deadlineContextSchema` (a
 * reference year from 1900 to 2200) throws `ShnroArgumentError`.
 */
export function parseDeadline(text: string, context: DeadlineContext = {}): ParsedDeadline {
  if (typeof text !== 'string') {
    refuseArgument('parseDeadline', 'text', 'invalid-type', {
      ru: 'parseDeadline: аргумент «text» (срок) должен быть текстом, например «до 15 декабря 2020 года».',
      en: 'parseDeadline: the argument "text" (the deadline) must be a string, such as «до 15 декабря 2020 года».',
    });
  }
  // A year outside the calendar (2147483648) would reach the date library and throw there.
  context = requireArgument('parseDeadline', 'context', deadlineContextSchema, context);
  const tokens = tokenizeDeadline(text);
  if (tokens.length === 0)
    return parsed(text, { kind: 'unparsed', ranges: [], remark: deadlineRemark('empty', text) });
  const { recurrence, rest } = extractRecurrence(tokens);
  try {
    if (recurrence) {
      const body = rest.filter((token) => !fillerStems.has(wordStem(token) ?? ''));
      const span =
        body.length === 0 ? contextPeriodRange(context, 'period') : spanOf(readSpans(body, context));
      return parsed(text, {
        kind: 'recurring',
        recurrence,
        ranges: span ? occurrences(recurrence, span) : [],
      });
    }
    const byBody = extractByPrefix(tokens);
    if (byBody) {
      const ranges = readSpans(byBody, context);
      const last = ranges.at(-1);
      if (ranges.length !== 1 || !last) throw new DeadlineNotParsed('unrecognised');
      const periodStart = context.period?.start;
      const start = periodStart !== undefined && periodStart <= last.end ? periodStart : last.end;
      return parsed(text, { kind: 'by-date', ranges: [{ start, end: last.end }] });
    }
    const ranges = readSpans(tokens, context);
    const only = ranges.length === 1 ? ranges[0] : undefined;
    const kind = only ? (only.start === only.end ? 'on-date' : 'within') : 'several';
    return parsed(text, { kind, ranges });
  } catch (error) {
    if (!(error instanceof DeadlineNotParsed)) throw error;
    return parsed(text, {
      kind: recurrence ? 'recurring' : 'unparsed',
      ...(recurrence ? { recurrence } : {}),
      ranges: [],
      remark: deadlineRemark(error.code, text),
    });
  }
}
