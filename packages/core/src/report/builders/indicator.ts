import type { IndicatorReport, IndicatorResult, ShareResult } from '../../indicator/compute/index.js';
import type { IndicatorSet } from '../../indicator/schema.js';
import type { DisplayLocale } from '../../share/index.js';
import { shareSentence, shareValue } from '../phrases/share.js';
import type { ReportNounKey } from '../phrases/nouns.js';
import { lowerFirst } from './text.js';
import type {
  TableColumn,
  InlinePart,
  ReportBlock,
  ReportSection,
  RichText,
  TableCell,
  TableRow,
  TableGroupRow,
} from '../schema.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `indicatorSection`. */
export interface IndicatorSectionOptions {
  /** The section's title (default «Результаты мониторинга»). */
  title?: string;
  /** A stable id of the section (default `indicators`). */
  id?: string;
  /** The set the report was computed from: its populations tell schools from teachers for the nouns. */
  set?: IndicatorSet;
  /** Add seed 001's fourth column: what each count counts. */
  countDescriptions?: boolean;
  /**
   * Add a sentence per share after the table: `true` «Доля … составила 38,9% (7 школ).», `fraction`
   * «… 38,9% (7 из 18 школ).»
   */
  sentences?: boolean | 'fraction';
  /** Add a note naming each population and its size (the denominators), default true. */
  denominators?: boolean;
  /** Words before the table. */
  lead?: string;
  locale?: DisplayLocale;
}

const labels = {
  ru: {
    title: 'Результаты мониторинга',
    indicator: 'Муниципальные показатели',
    percent: '%',
    count: 'Кол-во',
    counted: 'Что подсчитано',
    noData: 'нет данных',
    denominators: 'Знаменатели долей: ',
  },
  en: {
    title: 'Monitoring results',
    indicator: 'Indicators',
    percent: '%',
    count: 'Count',
    counted: 'What is counted',
    noData: 'no data',
    denominators: 'Denominators of the shares: ',
  },
} as const;

function nounFor(result: ShareResult, set: IndicatorSet | undefined): ReportNounKey {
  const population = set?.populations.find((candidate) => candidate.id === result.population);
  if (population !== undefined) return population.entity === 'teacher' ? 'teacher' : 'school';
  // Without the set, the population's id tells (`target-teachers`, `municipality-schools`).
  return /teacher/iu.test(result.population) ? 'teacher' : 'school';
}

function row(result: IndicatorResult, options: IndicatorSectionOptions, locale: DisplayLocale): TableRow {
  const text = (value: string): TableCell => ({ kind: 'text', text: value });
  const noData = text(labels[locale].noData);
  let percent: TableCell = { kind: 'empty' };
  let count: TableCell = noData;
  let counted: TableCell = { kind: 'empty' };
  if (result.kind === 'presence') {
    if (result.present !== null) count = { kind: 'presence', present: result.present };
  } else if (result.kind === 'count') {
    if (result.count !== null) count = { kind: 'count', value: result.count };
  } else {
    counted = text(result.numeratorDescription);
    if (result.numerator !== null && result.denominator !== null) {
      const share = {
        numerator: result.numerator,
        denominator: result.denominator,
        precision: result.precision,
      };
      percent = shareValue(share, { show: 'percent' });
      count = shareValue(share, { show: 'count' });
    } else {
      percent = noData;
    }
  }
  const cells = [text(result.title), percent, count];
  if (options.countDescriptions === true) cells.push(counted);
  return { cells };
}

function denominatorNote(
  report: IndicatorReport,
  options: IndicatorSectionOptions,
  locale: DisplayLocale,
): RichText | null {
  const seen = new Map<string, { title: string; size: number; noun: ReportNounKey }>();
  for (const result of report.results) {
    if (result.kind !== 'share' || result.denominator === null || seen.has(result.population)) continue;
    seen.set(result.population, {
      title: result.populationTitle,
      size: result.denominator,
      noun: nounFor(result, options.set),
    });
  }
  if (seen.size === 0) return null;
  const parts: InlinePart[] = [{ kind: 'text', text: labels[locale].denominators }];
  [...seen.values()].forEach((population, index) => {
    parts.push(
      { kind: 'text', text: `${index === 0 ? '' : '; '}${lowerFirst(population.title)} — ` },
      { kind: 'count', value: population.size },
    );
  });
  parts.push({
    kind: 'text',
    text:
      locale === 'ru'
        ? '. Проценты рассчитаны по количествам и округлены по правилам математики.'
        : '. Percentages are computed from the counts and rounded half-up.',
  });
  return parts;
}

/**
 * The indicator table of seed 001 from the calculator's output: «Муниципальные показатели / % /
 * Кол-во», a group row per section («1. По выявлению школ …»), «имеется» for presences, and for shares
 * the percentage and the count as share values (computed from their counts, never copied).
 * Indicators without a value print «нет данных». A note names each population and its size.
 */
export function indicatorSection(
  report: IndicatorReport,
  options: IndicatorSectionOptions = {},
): ReportSection {
  const locale = toDisplayLocale(options.locale ?? report.locale);
  const text = labels[locale];
  const columns: TableColumn[] = [
    { title: text.indicator, width: 5.5 },
    { title: text.percent, align: 'center' as const, width: 1.2 },
    { title: text.count, align: 'center' as const, width: 1.5 },
  ];
  if (options.countDescriptions === true) columns.push({ title: text.counted, width: 3.3 });
  const rows: (TableRow | TableGroupRow)[] = report.sections.flatMap((section) => [
    { group: `${section.code}. ${section.title}` },
    ...section.results.map((result) => row(result, options, locale)),
  ]);
  const blocks: ReportBlock[] = [];
  if (options.lead !== undefined) blocks.push({ kind: 'paragraph', text: options.lead });
  const note = options.denominators === false ? null : denominatorNote(report, options, locale);
  blocks.push({ kind: 'table', columns, rows, ...(note === null ? {} : { notes: [note] }) });
  if (options.sentences !== undefined && options.sentences !== false) {
    for (const result of report.results) {
      if (
        result.kind !== 'share' ||
        result.status !== 'ok' ||
        result.numerator === null ||
        result.denominator === null
      )
        continue;
      blocks.push({
        kind: 'sentence',
        parts: shareSentence({
          subject: result.title,
          share: {
            numerator: result.numerator,
            denominator: result.denominator,
            precision: result.precision,
          },
          noun: nounFor(result, options.set),
          detail: options.sentences === 'fraction' ? 'fraction' : 'count',
        }),
      });
    }
  }
  return { id: options.id ?? 'indicators', title: options.title ?? text.title, blocks };
}
