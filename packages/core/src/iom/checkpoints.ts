import { endOfMonth } from 'date-fns';
import { quarterRange, toCalendarDate } from '../deadline/calendar.js';
import type { CalendarDate } from '../deadline/schema.js';
import type { Period } from '../mentorship/period.js';
import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import { itemDueDate } from './progress.js';
import type { Iom, IomItem } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';
import { assertArgument } from '../errors/require-argument.js';
import { iomSchema } from './schema.js';
import { checkpointOptionsSchema } from './options.js';

/**
 * Which quarters the checkpoints follow: `calendar` (январь–март, …) or `school`, the school year
 * cut in three-month quarters from 1 September (сентябрь–ноябрь, декабрь–февраль, март–май,
 * июнь–август) — not the four school terms (четверти), which are unequal and differ by region.
 */
export type QuarterCalendar = 'calendar' | 'school';

/** Options of `quarterlyCheckpoints`. */
export interface CheckpointOptions {
  /** Default `calendar`. */
  calendar?: QuarterCalendar;
  /** The calendar year, or the year a school year starts in; default: the one the ИОМ starts in. */
  year?: number;
  /** The day of the check: marks which checkpoints are already behind. */
  asOf?: CalendarDate;
  locale?: DisplayLocale;
  precision?: number;
}

/** One quarterly checkpoint (ежеквартальное отслеживание, seed 004): what was due and what was done by the quarter's end. */
export interface Checkpoint {
  quarter: 1 | 2 | 3 | 4;
  range: Period;
  /** «I квартал 2023 года», «II квартал 2023/2024 учебного года». */
  label: string;
  /** Activities whose deadline ends in this quarter. */
  dueInQuarter: string[];
  /** Activities due by the quarter's end, this quarter's and earlier ones. */
  dueByEnd: number;
  /** Of those, the ones done by the quarter's end. */
  doneByEnd: number;
  /** Done by the end over due by the end. */
  share: ShareValue;
  /** Due by the quarter's end but not done by then. */
  notDoneByEnd: string[];
  /** Activities done within the quarter, whenever they were due. */
  doneInQuarter: string[];
  /** Done activities with no completion date or dated evidence, counted as done on their deadline. */
  assumedOnTime: string[];
  /** Whether the quarter is over on `asOf`; `null` without `asOf`. */
  reached: boolean | null;
}

/** The four checkpoints of an ИОМ for a year. */
export interface QuarterlyCheckpoints {
  iomId: string;
  calendar: QuarterCalendar;
  year: number;
  checkpoints: Checkpoint[];
  /** Activities without a readable deadline: they fall due at no checkpoint. */
  withoutDeadline: string[];
}

const roman = ['I', 'II', 'III', 'IV'] as const;

function schoolQuarterRange(startYear: number, quarter: number): Period {
  const start = new Date(startYear, 8 + (quarter - 1) * 3, 1);
  return {
    start: toCalendarDate(start),
    end: toCalendarDate(endOfMonth(new Date(startYear, 8 + (quarter - 1) * 3 + 2, 1))),
  };
}

function defaultYear(iom: Iom, calendar: QuarterCalendar): number {
  const year = Number(iom.period.start.slice(0, 4));
  const month = Number(iom.period.start.slice(5, 7));
  return calendar === 'school' && month < 9 ? year - 1 : year;
}

function quarterLabel(
  quarter: number,
  year: number,
  calendar: QuarterCalendar,
  locale: DisplayLocale,
): string {
  if (calendar === 'school') {
    return locale === 'ru'
      ? `${roman[quarter - 1]} квартал ${year}/${year + 1} учебного года`
      : `Q${quarter} of school year ${year}/${year + 1}`;
  }
  return locale === 'ru' ? `${roman[quarter - 1]} квартал ${year} года` : `Q${quarter} ${year}`;
}

/** When an activity was done: its completion date, else its latest dated evidence. */
function completionDate(item: IomItem): CalendarDate | undefined {
  if (item.completedOn !== undefined) return item.completedOn;
  const dates = (item.evidence ?? []).flatMap((evidence) =>
    evidence.date === undefined ? [] : [evidence.date],
  );
  return dates.sort().at(-1);
}

/**
 * The four quarterly checkpoints of an ИОМ (seed 004: «ежеквартальное отслеживание реализации
 * мероприятий ИОМ»): for each quarter, what fell due, what was done by its end, and what was late.
 * An activity falls due on the last day of its deadline; cancelled ones are left out.
 */
export function quarterlyCheckpoints(iom: Iom, options: CheckpointOptions = {}): QuarterlyCheckpoints {
  assertArgument('quarterlyCheckpoints', 'iom', iomSchema, iom);
  assertArgument('quarterlyCheckpoints', 'options', checkpointOptionsSchema, options);
  const calendar = options.calendar ?? 'calendar';
  const year = options.year ?? defaultYear(iom, calendar);
  const locale = toDisplayLocale(options.locale);
  const items = iom.items.filter((item) => item.status !== 'cancelled');
  const withoutDeadline = items.filter((item) => itemDueDate(item) === undefined).map((item) => item.id);
  const dated = items.flatMap((item) => {
    const due = itemDueDate(item);
    if (due === undefined) return [];
    const completed = completionDate(item);
    const assumed = item.status === 'done' && completed === undefined;
    const doneOn = item.status !== 'done' ? undefined : (completed ?? due);
    return [{ id: item.id, due, doneOn, assumed }];
  });

  const checkpoints = ([1, 2, 3, 4] as const).map((quarter): Checkpoint => {
    const range = calendar === 'school' ? schoolQuarterRange(year, quarter) : quarterRange(year, quarter);
    const due = dated.filter((item) => item.due <= range.end);
    const done = due.filter((item) => item.doneOn !== undefined && item.doneOn <= range.end);
    return {
      quarter,
      range,
      label: quarterLabel(quarter, year, calendar, locale),
      dueInQuarter: due.filter((item) => item.due >= range.start).map((item) => item.id),
      dueByEnd: due.length,
      doneByEnd: done.length,
      share: computeShare(done.length, due.length, { locale, precision: options.precision ?? 1 }),
      notDoneByEnd: due.filter((item) => !done.includes(item)).map((item) => item.id),
      doneInQuarter: iom.items
        .filter((item) => item.status === 'done')
        .filter((item) => {
          const on = completionDate(item);
          return on !== undefined && on >= range.start && on <= range.end;
        })
        .map((item) => item.id),
      assumedOnTime: done.filter((item) => item.assumed).map((item) => item.id),
      reached: options.asOf === undefined ? null : range.end <= options.asOf,
    };
  });
  return { iomId: iom.id, calendar, year, checkpoints, withoutDeadline };
}
