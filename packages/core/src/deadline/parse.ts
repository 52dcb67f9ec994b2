import { academicYearRange, spanOf, yearRange } from './calendar.js';
import { refuseArgument } from '../errors/argument-error.js';
import { requireArgument } from '../errors/require-argument.js';
import {
  academicStems,
  contextPeriodStems,
  Cursor,
  DeadlineNotParsed,
  fillerStems,
  isWord,
  periodFillerStems,
  wordStem,
  yearWordStem,
} from './phrase.js';
import { readList } from './read.js';
import { extractRecurrence, occurrences } from './recurrence.js';
import { deadlineRemark } from './remarks.js';
import {
  deadlineContextSchema,
  type DateRange,
  type DeadlineContext,
  type ParsedDeadline,
} from './schema.js';
import { tokenizeDeadline, type DeadlineToken } from './tokens.js';
import { inSchoolYear, itemRange, resolveYears } from './years.js';

export { isSchoolYearPeriod } from './years.js';

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
