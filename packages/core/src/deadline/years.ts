import { differenceInCalendarDays } from 'date-fns';
import {
  academicYearRange,
  clipRange,
  dayRange,
  fromCalendarDate,
  halfYearRange,
  monthRange,
  quarterRange,
  rangeWithin,
  yearRange,
} from './calendar.js';
import { DeadlineNotParsed, type Item, type Point } from './phrase.js';
import type { DateRange, DeadlineContext } from './schema.js';

// Gives every item its year (from its neighbours or the roadmap's period) and turns it into dates.

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
export function inSchoolYear(item: Item, context: DeadlineContext): Item {
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

export function itemRange(item: Item): DateRange {
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
export function resolveYears(items: readonly Item[], context: DeadlineContext): Item[] {
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
