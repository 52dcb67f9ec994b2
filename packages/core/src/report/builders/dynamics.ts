import type { DynamicsResult, SchoolDynamics } from '../../dynamics/compare.js';
import { assessmentLabels, dynamicsClassLabels } from '../../dynamics/labels.js';
import type { ResultMetric } from '../../dynamics/schema.js';
import { percentMetrics } from '../../dynamics/schema.js';
import { metricPhrase, summarizeDynamics, type SummaryOptions } from '../../dynamics/summary.js';
import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { changeSentence } from '../phrases/change.js';
import type { GrammaticalGender } from '../phrases/nouns.js';
import type { ReportBlock, ReportChangeValue, ReportSection, TableCell, TableRow } from '../schema.js';
import { toDisplayLocale } from '../../text/locale.js';
import { textOr } from '../../text/artifacts.js';

/** Options of `dynamicsSection`. */
export interface DynamicsSectionOptions {
  /** Default «Динамика результатов ГИА-9 (совокупность среднего балла по 4 предметам)». */
  title?: string;
  /** Default `dynamics`. */
  id?: string;
  /** Words after «в школах»: `{ ru: 'ШНОР' }` for seed 004's «в школах ШНОР № 22, 27». */
  qualifier?: SummaryOptions['qualifier'];
  /** Start with the sentence counting schools per class (default true). */
  overview?: boolean;
  /** A sentence per school: «В МБОУ СОШ № 22 совокупность … выросла на 0,7 балла (с 12,4 до 13,1).» (default true). */
  schoolSentences?: boolean;
  locale?: DisplayLocale;
}

/** The gender of each metric's name, for «совокупность выросла», «средний балл вырос», «качество выросло». */
const metricGender: Record<ResultMetric, GrammaticalGender> = {
  'average-score': 'masculine',
  'sum-of-average-scores': 'feminine',
  'quality-percent': 'neuter',
  'sum-of-quality-percents': 'feminine',
  'pass-rate': 'feminine',
};

const labels = {
  ru: { school: 'Школа', change: 'Изменение', dynamics: 'Динамика', title: 'Динамика результатов', in: 'В' },
  en: { school: 'School', change: 'Change', dynamics: 'Dynamics', title: 'Dynamics of results', in: 'In' },
} as const;

/** «п.п.» only for a difference of two percentages; a sum of percentages changes by a bare number. */
function changeUnit(result: DynamicsResult): ReportChangeValue['unit'] {
  return result.metric === 'sum-of-quality-percents' ? 'number' : result.unit;
}

function valueUnit(metric: ResultMetric): 'percent' | 'none' {
  // A sum of percentages over subjects is not itself a percentage (seed 004 prints it bare).
  return percentMetrics.includes(metric) && metric !== 'sum-of-quality-percents' ? 'percent' : 'none';
}

/** The school as a sentence names it: its name, else its id, never «undefined» or «[object Object]». */
function schoolLabel(row: SchoolDynamics, locale: DisplayLocale): string {
  return textOr(
    row.schoolName,
    textOr(row.schoolId, locale === 'en' ? 'unnamed school' : 'школа без названия'),
  );
}

/** «В МБОУ СОШ № 22»; a school without a name or id is «в школе без названия», in the right case. */
function inSchool(row: SchoolDynamics, locale: DisplayLocale): string {
  const named = textOr(row.schoolName, textOr(row.schoolId, ''));
  if (named !== '') return `${labels[locale].in} ${named}`;
  return locale === 'en' ? 'In an unnamed school' : 'В школе без названия';
}

function schoolRow(row: SchoolDynamics, result: DynamicsResult, locale: DisplayLocale): TableRow {
  const unit = valueUnit(result.metric);
  const cells: TableCell[] = [{ kind: 'text', text: schoolLabel(row, locale) }];
  for (const year of result.years) {
    const value = row.values.find((entry) => entry.year === year)?.value ?? null;
    cells.push(
      value === null ? { kind: 'empty' } : { kind: 'measure', value, precision: result.precision, unit },
    );
  }
  const base = row.values.at(-2)?.value ?? null;
  const last = row.values.at(-1)?.value ?? null;
  cells.push(
    row.change === null || base === null || last === null
      ? { kind: 'empty' }
      : {
          kind: 'change',
          from: base,
          to: last,
          unit: changeUnit(result),
          precision: result.precision,
          style: 'signed',
        },
    { kind: 'text', text: pickText(dynamicsClassLabels[row.classification], locale) },
  );
  return { cells };
}

/**
 * Seed 004's dynamics from `compareSeries`: a table of each school's values by year, the change
 * (computed from the two values, in баллы or п.п.) and the class; the sentences of
 * `summarizeDynamics`; and a sentence per school with the verb in agreement with the metric
 * («совокупность … выросла на 0,7 балла», «качество знаний снизилось на 2,4 п.п.»).
 */
export function dynamicsSection(result: DynamicsResult, options: DynamicsSectionOptions = {}): ReportSection {
  const locale = toDisplayLocale(options.locale);
  const text = labels[locale];
  const metric = metricPhrase(result.metric, result.subjects, locale);
  const assessment = pickText(assessmentLabels[result.assessment], locale);
  const columns = [
    { title: text.school, width: 3 },
    ...result.years.map((year) => ({ title: String(year), align: 'center' as const, width: 1.2 })),
    { title: text.change, align: 'center' as const, width: 1.6 },
    { title: text.dynamics, width: 2.4 },
  ];
  const blocks: ReportBlock[] = [
    { kind: 'table', columns, rows: result.schools.map((row) => schoolRow(row, result, locale)) },
  ];
  const summaryOptions: SummaryOptions = { overview: options.overview !== false };
  if (options.qualifier !== undefined) summaryOptions.qualifier = options.qualifier;
  for (const sentence of summarizeDynamics(result, locale, summaryOptions))
    blocks.push({ kind: 'sentence', parts: [{ kind: 'text', text: sentence }] });
  if (options.schoolSentences !== false && locale === 'ru') {
    for (const row of result.schools) {
      const base = row.values.at(-2)?.value ?? null;
      const last = row.values.at(-1)?.value ?? null;
      if (row.change === null || base === null || last === null) continue;
      blocks.push({
        kind: 'sentence',
        parts: changeSentence({
          subject: `${inSchool(row, locale)} ${metric}`,
          agreement: metricGender[result.metric],
          from: base,
          to: last,
          unit: changeUnit(result),
          precision: result.precision,
          values: valueUnit(result.metric),
        }),
      });
    }
  }
  return {
    id: options.id ?? 'dynamics',
    title: options.title ?? `${text.title} ${assessment} (${metric})`,
    blocks,
  };
}
