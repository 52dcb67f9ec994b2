import { compareCycles, type CycleComparison, type IndicatorComparison } from '../../cycle/compare.js';
import type { CycleReport } from '../../cycle/compute.js';
import { defectSentence, type CrossReview } from '../../cycle/review.js';
import { addresseeName, type FollowedDecision } from '../../decisions/follow.js';
import { parseDeadline } from '../../deadline/parse.js';
import { compareSeries, type DynamicsOptions } from '../../dynamics/compare.js';
import { defaultDynamicsPolicy, type DynamicsPolicy } from '../../dynamics/policy.js';
import type { ResultSeries } from '../../dynamics/schema.js';
import type { IndicatorSet } from '../../indicator/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import type {
  AnalyticalReport,
  ManagementDecision,
  RecommendationGroup,
  ReportAuthor,
  ReportBlock,
  ReportHeader,
  ReportHeadings,
  ReportSection,
  RichText,
  TableCell,
} from '../schema.js';
import { agreementWithCount, pastTense, pastTenseVerbs } from '../phrases/agreement.js';
import { clusterSection, type ClusterSectionOptions } from './cluster.js';
import { dynamicsSection, type DynamicsSectionOptions } from './dynamics.js';
import { indicatorSection, type IndicatorSectionOptions } from './indicator.js';
import { toDisplayLocale } from '../../text/locale.js';

/** One dynamics block of the справка: the results and how to compare them (the policy is the cycle's). */
export interface CycleDynamicsInput {
  series: readonly ResultSeries[];
  options: Omit<DynamicsOptions, 'policy' | 'tolerance' | 'minSample' | 'lowThreshold'>;
  section?: DynamicsSectionOptions;
}

/** What the справка of a cycle is built from: all of it stored data, none of it typed into the report. */
export interface CycleReportInput {
  current: CycleReport;
  /** The previous cycle (year before, or the initial monitoring): adds the comparison. */
  previous?: CycleReport;
  set: IndicatorSet;
  /** The cross-school review of the cycle's roadmaps (`reviewAcrossSchools`). */
  review?: CrossReview;
  dynamics?: readonly CycleDynamicsInput[];
  /** Recommendations and decisions followed on the report's date (`followDecisions`). */
  decisions?: readonly FollowedDecision[];
  /** The one dynamics policy: the same for the comparison and every dynamics block. */
  policy?: DynamicsPolicy;
  header: ReportHeader;
  author: ReportAuthor;
  purpose?: string;
  tasks?: string[];
  conclusions?: RichText[];
  indicators?: IndicatorSectionOptions;
  clusters?: ClusterSectionOptions;
  /** The author's own sections before the monitoring table (introduction) and after the rest. */
  before?: ReportSection[];
  after?: ReportSection[];
  headings?: ReportHeadings;
  locale?: DisplayLocale;
}

/**
 * Who took part in a cycle, from its stored populations (seed 001): «За 2021–2022 учебный год
 * проведен мониторинг системы работы с ШНРО и ШНСУ. В мониторинге участвовали 7 общеобразовательных организаций,
 * что составляет 38,9% от общего количества школ муниципалитета (18 школ).» `null` when the cycle
 * has no stored number of schools: the sentence is not written with a guessed one.
 */
export function participationSentence(
  cycle: CycleReport['cycle'],
): Extract<ReportBlock, { kind: 'sentence' }> | null {
  const schools = cycle.populations?.['municipality-schools'];
  const targets = cycle.populations?.['target-schools'];
  if (schools === undefined || targets === undefined) return null;
  const years = cycle.schoolYear.replace('-', '–');
  return {
    kind: 'sentence',
    parts: [
      { kind: 'text', text: `За ${years} учебный год проведен мониторинг системы работы с ШНРО и ШНСУ. ` },
      {
        kind: 'text',
        text: `В мониторинге ${pastTense(pastTenseVerbs.takePart, agreementWithCount(targets, 'feminine'))} `,
      },
      { kind: 'count', value: targets, noun: 'organisation' },
      { kind: 'text', text: ', что составляет ' },
      { kind: 'share', numerator: targets, denominator: schools, precision: 1 },
      { kind: 'text', text: ' от общего количества школ муниципалитета (' },
      { kind: 'count', value: schools, noun: 'school' },
      { kind: 'text', text: ').' },
    ],
  };
}

function signed(value: number, locale: DisplayLocale): string {
  const number = Math.abs(value).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  return value > 0 ? `+${number}` : value < 0 ? `${locale === 'ru' ? '−' : '-'}${number}` : '0';
}

function valueCell(row: IndicatorComparison, side: 'before' | 'after'): TableCell {
  const value = row[side];
  if (value === null) return { kind: 'empty' };
  if (row.kind === 'share' && value.numerator !== null && value.denominator !== null)
    return {
      kind: 'share',
      numerator: value.numerator,
      denominator: value.denominator,
      precision: 1,
      show: 'percent-count',
    };
  if (row.kind === 'count' && value.value !== null) return { kind: 'count', value: value.value };
  return { kind: 'presence', present: value.value === 1 };
}

const statusWords: Record<IndicatorComparison['status'], string> = {
  compared: '',
  'missing-before': 'нет данных за прошлый период',
  'missing-after': 'нет данных за текущий период',
  added: 'показатель введён в текущем периоде',
  removed: 'показатель исключён из набора',
};

function changeCell(row: IndicatorComparison, locale: DisplayLocale): TableCell {
  if (row.status !== 'compared') return { kind: 'text', text: statusWords[row.status] };
  const before = row.before;
  const after = row.after;
  if (
    row.kind === 'share' &&
    before?.numerator != null &&
    before.denominator != null &&
    after?.numerator != null &&
    after.denominator != null
  ) {
    return {
      kind: 'share-change',
      from: { numerator: before.numerator, denominator: before.denominator },
      to: { numerator: after.numerator, denominator: after.denominator },
      precision: 1,
      style: 'signed',
    };
  }
  if (row.kind === 'presence') {
    const text = row.change === 0 ? 'без изменений' : row.change === 1 ? 'появилось' : 'отсутствует';
    return { kind: 'text', text };
  }
  return { kind: 'text', text: signed(row.change ?? 0, locale) };
}

function periodName(side: CycleComparison['before']): string {
  return side.stage === undefined ? side.schoolYear : `${side.stage} (${side.schoolYear})`;
}

/**
 * The comparison of two cycles as a table (показатель, both values, the change in п.п. or units)
 * and sentences counting what improved and what worsened, with the indicators named.
 */
export function comparisonSection(
  comparison: CycleComparison,
  requested: DisplayLocale = 'ru',
): ReportSection {
  const locale = toDisplayLocale(requested);
  const first = periodName(comparison.before);
  const second = periodName(comparison.after);
  const rows = comparison.rows.map((row) => ({
    cells: [
      { kind: 'text' as const, text: `${row.code}. ${row.title}` },
      valueCell(row, 'before'),
      valueCell(row, 'after'),
      changeCell(row, locale),
    ],
  }));
  const named = (assessment: 'better' | 'worse' | 'neutral') =>
    comparison.rows.filter((row) => row.assessment === assessment).map((row) => row.code);
  const better = named('better');
  const worse = named('worse');
  // Moved beyond the tolerance, but the indicator has no better direction: said, never judged.
  const changed = named('neutral');
  const blocks: ReportSection['blocks'] = [
    {
      kind: 'table',
      columns: [
        { title: 'Показатель', width: 5 },
        { title: first, align: 'right' },
        { title: second, align: 'right' },
        { title: 'Изменение', align: 'right' },
      ],
      rows,
    },
  ];
  const sentences: string[] = [];
  if (better.length > 0) sentences.push(`Улучшились показатели ${better.join(', ')}.`);
  if (worse.length > 0) sentences.push(`Ухудшились показатели ${worse.join(', ')}.`);
  if (changed.length > 0)
    sentences.push(`Изменились без оценки (лучшее направление не задано) показатели ${changed.join(', ')}.`);
  if (better.length === 0 && worse.length === 0 && changed.length === 0)
    sentences.push('Существенных изменений показателей нет.');
  for (const text of sentences) blocks.push({ kind: 'paragraph', text });
  for (const issue of comparison.issues) blocks.push({ kind: 'paragraph', text: issue.message });
  // «Сравнение с периодом 2021-2022», but a named stage is quoted: «с периодом «начальный мониторинг (2020-2021)»».
  const title =
    comparison.before.stage === undefined
      ? `Сравнение с периодом ${first}`
      : `Сравнение с периодом «${first}»`;
  return { id: 'comparison', title, blocks };
}

/** The defect table of the cross-school review: each type of remark, the schools with it and their share. */
export function defectSection(review: CrossReview, requested: DisplayLocale = 'ru'): ReportSection {
  const locale = toDisplayLocale(requested);
  const blocks: ReportSection['blocks'] = [];
  if (review.defects.length === 0) {
    blocks.push({ kind: 'paragraph', text: `Замечаний к «дорожным картам» ${review.schoolCount} ОО нет.` });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Замечание', width: 5 },
        { title: 'Количество ОО (доля)', align: 'right' },
      ],
      rows: review.defects.map((row) => ({
        cells: [
          { kind: 'text', text: row.title },
          {
            kind: 'share',
            numerator: row.schoolIds.length,
            denominator: review.schoolCount,
            precision: 1,
            show: 'count-percent',
          },
        ],
      })),
    });
    blocks.push({
      kind: 'list',
      ordered: true,
      items: review.defects.map((row) => ({ text: defectSentence(row, locale) })),
    });
  }
  return { id: 'remarks', title: 'Замечания по «дорожным картам»', blocks };
}

const activityStateWords = {
  planned: 'запланировано',
  'in-progress': 'выполняется',
  done: 'выполнено',
  cancelled: 'отменено',
} as const;

/**
 * The recommendations (grouped by addressee), the management decisions (deadline read, responsible)
 * and the follow-up section of a справка, from decision records followed on its date
 * (`followDecisions`): what every report builder, cycle or not, prints for its decisions.
 */
export function decisionBlocks(decisions: readonly FollowedDecision[]): {
  recommendations: RecommendationGroup[];
  managementDecisions: ManagementDecision[];
  followUp: ReportSection | undefined;
} {
  const groups = new Map<string, RichText[]>();
  const managementDecisions: ManagementDecision[] = [];
  for (const entry of decisions) {
    const { decision } = entry;
    if (decision.kind === 'recommendation') {
      const name = addresseeName(decision.addressee);
      groups.set(name, [...(groups.get(name) ?? []), decision.text]);
    } else {
      managementDecisions.push({
        text: decision.text,
        deadline: entry.deadline ?? parseDeadline(''),
        responsible: decision.responsible ?? addresseeName(decision.addressee),
      });
    }
  }
  const followed = decisions.filter(
    (entry) => entry.overdue || entry.activities.length > 0 || entry.issues.length > 0,
  );
  const followUp: ReportSection | undefined =
    followed.length === 0
      ? undefined
      : {
          id: 'decisions-follow-up',
          title: 'Исполнение рекомендаций и решений',
          blocks: [
            {
              kind: 'list',
              ordered: false,
              items: followed.map((entry) => {
                const due = entry.deadline === null ? '' : ` (срок: ${entry.deadline.text})`;
                const state = entry.overdue
                  ? 'просрочено'
                  : {
                      planned: 'запланировано',
                      'in-progress': 'выполняется',
                      done: 'выполнено',
                      overdue: 'просрочено',
                    }[entry.status];
                const activities =
                  entry.activities.length === 0
                    ? ''
                    : `; мероприятий дорожных карт: ${entry.activities.length}, выполнено: ${entry.activitiesDone}`;
                // Each activity that answers the decision, by school, so the справка can be followed
                // from the recommendation to the roadmap rows; then what could not be followed.
                const items = [
                  ...entry.activities.map(
                    (linked) =>
                      `${linked.schoolName}: ${linked.activity.activity} — ${activityStateWords[linked.activity.status]}.`,
                  ),
                  ...entry.issues.map((issue) => issue.message),
                ];
                return {
                  text: `${entry.decision.text}${due} — ${state}${activities}.`,
                  ...(items.length > 0 ? { items } : {}),
                };
              }),
            },
          ],
        };
  return {
    recommendations: [...groups].map(([addressee, items]) => ({ addressee, items })),
    managementDecisions,
    followUp,
  };
}

/**
 * The справка of a monitoring cycle from its stored data: the monitoring table, the comparison
 * with the previous cycle, the cross-school review (remarks counted, clusters), the dynamics of
 * results — every verdict under the one dynamics policy — and the recommendations and decisions
 * with deadlines, addressees and their follow-up. What the portal's report page shows for the
 * cycle chosen.
 */
export function cycleReport(input: CycleReportInput): AnalyticalReport {
  const locale = toDisplayLocale(input.locale);
  const policy = input.policy ?? defaultDynamicsPolicy;
  const sections: ReportSection[] = [
    ...(input.before ?? []),
    indicatorSection(input.current.report, { set: input.set, ...input.indicators }),
  ];
  if (input.previous !== undefined)
    sections.push(
      comparisonSection(compareCycles(input.previous, input.current, { policy, locale }), locale),
    );
  if (input.review !== undefined) {
    sections.push(clusterSection(input.review.clusters, input.clusters), defectSection(input.review, locale));
  }
  for (const block of input.dynamics ?? [])
    sections.push(dynamicsSection(compareSeries(block.series, { ...block.options, policy }), block.section));
  const { recommendations, managementDecisions, followUp } = decisionBlocks(input.decisions ?? []);
  if (followUp !== undefined) sections.push(followUp);
  sections.push(...(input.after ?? []));
  return {
    header: input.header,
    author: input.author,
    ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
    tasks: input.tasks ?? [],
    sections,
    ...(input.headings === undefined ? {} : { headings: input.headings }),
    conclusions: input.conclusions ?? [],
    recommendations,
    decisions: managementDecisions,
  };
}
