import type { RouteProgress } from '../../iom/progress.js';
import type { DisplayLocale } from '../../share/index.js';
import { formatReportDate } from '../date.js';
import { shareValue } from '../phrases/share.js';
import type { ReportBlock, ReportSection, TableRow } from '../schema.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `iomSection`. */
export interface IomSectionOptions {
  /** Default «Реализация индивидуальных образовательных маршрутов (ИОМ)». */
  title?: string;
  /** Default `iom`. */
  id?: string;
  /** How each route is named in the table, by ИОМ id or teacher id (default: the teacher id). */
  names?: Readonly<Record<string, string>>;
  /** List the overdue activities after the table (default true). */
  overdue?: boolean;
  locale?: DisplayLocale;
}

const labels = {
  ru: {
    title: 'Реализация индивидуальных образовательных маршрутов (ИОМ)',
    route: 'Педагог (ИОМ)',
    total: 'Всего',
    done: 'Выполнено',
    inProgress: 'В работе',
    notStarted: 'Не начато',
    overdue: 'Просрочено',
    sum: 'Итого',
    asOf: (date: string) => `Выполнение мероприятий ИОМ на ${date}: выполнено `,
    overdueCount: ', просрочено — ',
    overdueItem: (title: string, deadline: string) => `«${title}» (срок — ${deadline}), просрочено на `,
    overdueHeading: 'Просроченные мероприятия:',
  },
  en: {
    title: 'Individual educational routes (IOM)',
    route: 'Teacher (route)',
    total: 'Activities',
    done: 'Done',
    inProgress: 'In progress',
    notStarted: 'Not started',
    overdue: 'Overdue',
    sum: 'Total',
    asOf: (date: string) => `Route activities as of ${date}: done `,
    overdueCount: ', overdue: ',
    overdueItem: (title: string, deadline: string) => `“${title}” (deadline: ${deadline}), overdue by `,
    overdueHeading: 'Overdue activities:',
  },
} as const;

/**
 * The progress of teachers' routes (from `routeProgress`): a row per ИОМ with the activities done (a
 * share of those that count), in progress, not started and overdue; a total row; a sentence with the
 * total share; and the overdue activities with how many days they are late («на 12 дней»).
 */
export function iomSection(
  progress: readonly RouteProgress[],
  options: IomSectionOptions = {},
): ReportSection {
  const locale = toDisplayLocale(options.locale);
  const text = labels[locale];
  const name = (entry: RouteProgress) =>
    options.names?.[entry.iomId] ?? options.names?.[entry.teacherId] ?? entry.teacherId;
  const sum = (pick: (entry: RouteProgress) => number) =>
    progress.reduce((total, entry) => total + pick(entry), 0);
  const rows: TableRow[] = progress.map((entry) => ({
    cells: [
      { kind: 'text', text: name(entry) },
      { kind: 'count', value: entry.total },
      shareValue(entry.share, { show: 'count-percent' }),
      { kind: 'count', value: entry.inProgress },
      { kind: 'count', value: entry.notStarted },
      { kind: 'count', value: entry.overdue.length },
    ],
  }));
  const total = sum((entry) => entry.total);
  const done = sum((entry) => entry.done);
  const precision = progress[0]?.share.precision ?? 1;
  const overdue = sum((entry) => entry.overdue.length);
  rows.push({
    total: true,
    cells: [
      { kind: 'text', text: text.sum },
      { kind: 'count', value: total },
      shareValue({ numerator: done, denominator: total, precision }, { show: 'count-percent' }),
      { kind: 'count', value: sum((entry) => entry.inProgress) },
      { kind: 'count', value: sum((entry) => entry.notStarted) },
      { kind: 'count', value: overdue },
    ],
  });
  const asOf = progress[0]?.asOf;
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      columns: [
        { title: text.route, width: 2.6 },
        { title: text.total, align: 'center', width: 1.8 },
        { title: text.done, align: 'center', width: 1.8 },
        { title: text.inProgress, align: 'center', width: 1.8 },
        { title: text.notStarted, align: 'center', width: 1.8 },
        { title: text.overdue, align: 'center', width: 1.8 },
      ],
      rows,
    },
  ];
  if (asOf !== undefined) {
    blocks.push({
      kind: 'sentence',
      parts: [
        { kind: 'text', text: text.asOf(formatReportDate(asOf, 'numeric', locale)) },
        shareValue(
          { numerator: done, denominator: total, precision },
          { show: 'fraction-percent', noun: 'activity' },
        ),
        { kind: 'text', text: text.overdueCount },
        { kind: 'count', value: overdue },
        { kind: 'text', text: '.' },
      ],
    });
  }
  const late = progress.flatMap((entry) => entry.overdue.map((item) => ({ entry, item })));
  if (options.overdue !== false && late.length > 0) {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: [
        {
          text: text.overdueHeading,
          items: late.map(({ entry, item }) => [
            { kind: 'text', text: `${name(entry)}: ${text.overdueItem(item.title, item.deadline)}` },
            { kind: 'count', value: item.daysOverdue, noun: 'day' },
            { kind: 'text', text: '.' },
          ]),
        },
      ],
    });
  }
  return { id: options.id ?? 'iom', title: options.title ?? text.title, blocks };
}
