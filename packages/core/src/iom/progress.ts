import { differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate, spanOf } from '../deadline/calendar.js';
import type { CalendarDate } from '../deadline/schema.js';
import { deadlineStatus } from '../deadline/status.js';
import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import type { Iom, IomItem, IomItemKind } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';
import { assertArgument } from '../errors/require-argument.js';
import { calendarDateSchema } from '../deadline/schema.js';
import { iomSchema } from './schema.js';
import { progressOptionsSchema } from './options.js';

/** An activity past its deadline and not done, as of a date. */
export interface OverdueItem {
  itemId: string;
  title: string;
  kind: IomItemKind;
  /** The deadline as typed: «до 1 апреля 2023 г.». */
  deadline: string;
  /** The last day of the deadline. */
  lastDay: CalendarDate;
  /** Days since the last day of the deadline. */
  daysOverdue: number;
}

/** How far an ИОМ has got on a date. */
export interface RouteProgress {
  iomId: string;
  teacherId: string;
  asOf: CalendarDate;
  /** Activities that count: every one but the cancelled. */
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Neither begun nor with a deadline that could be read. */
  unknown: number;
  cancelled: number;
  /** Done over total, rounded half-up («3 из 5 — 60%»). */
  share: ShareValue;
  /** Past the deadline and not done, the longest overdue first. */
  overdue: OverdueItem[];
}

/** The last day of an activity's deadline, or `undefined` when it has no dates. */
export function itemDueDate(item: IomItem): CalendarDate | undefined {
  return spanOf(item.deadline?.ranges ?? [])?.end;
}

/** The activities of an ИОМ that are past their deadline and not done on `asOf` (by `deadlineStatus`). */
export function overdueItems(iom: Iom, asOf: CalendarDate): OverdueItem[] {
  assertArgument('overdueItems', 'iom', iomSchema, iom);
  assertArgument('overdueItems', 'asOf', calendarDateSchema, asOf);
  const overdue: OverdueItem[] = [];
  for (const item of iom.items) {
    const lastDay = itemDueDate(item);
    if (lastDay === undefined || deadlineStatus(item.deadline, item.status, asOf) !== 'overdue') continue;
    overdue.push({
      itemId: item.id,
      title: item.title,
      kind: item.kind,
      deadline: item.deadline?.text ?? '',
      lastDay,
      daysOverdue: differenceInCalendarDays(fromCalendarDate(asOf), fromCalendarDate(lastDay)),
    });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/**
 * The progress of an ИОМ on `asOf`: how many activities are done of those that count (cancelled
 * ones do not), as a share, and which are overdue. Overdue is overdue whatever the school wrote:
 * an activity «выполняется» past its deadline is overdue.
 */
export function routeProgress(
  iom: Iom,
  asOf: CalendarDate,
  options: { locale?: DisplayLocale; precision?: number } = {},
): RouteProgress {
  assertArgument('routeProgress', 'iom', iomSchema, iom);
  assertArgument('routeProgress', 'asOf', calendarDateSchema, asOf);
  assertArgument('routeProgress', 'options', progressOptionsSchema, options);
  const counts = { done: 0, inProgress: 0, notStarted: 0, unknown: 0, cancelled: 0, overdue: 0 };
  for (const item of iom.items) {
    const status = deadlineStatus(item.deadline, item.status, asOf);
    if (status === 'done') counts.done++;
    else if (status === 'in-progress') counts.inProgress++;
    else if (status === 'not-started') counts.notStarted++;
    else if (status === 'cancelled') counts.cancelled++;
    else if (status === 'overdue') counts.overdue++;
    else counts.unknown++;
  }
  const total = iom.items.length - counts.cancelled;
  return {
    iomId: iom.id,
    teacherId: iom.teacherId,
    asOf,
    total,
    done: counts.done,
    inProgress: counts.inProgress,
    notStarted: counts.notStarted,
    unknown: counts.unknown,
    cancelled: counts.cancelled,
    share: computeShare(counts.done, total, {
      locale: toDisplayLocale(options.locale),
      precision: options.precision ?? 1,
    }),
    overdue: overdueItems(iom, asOf),
  };
}
