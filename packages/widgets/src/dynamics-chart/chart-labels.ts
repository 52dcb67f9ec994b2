import {
  assessmentLabels,
  dynamicsClassLabels,
  formatChange,
  metricPhrase,
  pickText,
  summarizeDynamics,
  type DynamicsResult,
  type SchoolDynamics,
} from '@shnro/core';
import type { WidgetLocale } from '../shared/localize.js';
import { valueLabel, type ChartPoint, type ChartSeries } from './chart-model.js';
import type { dynamicsChartMessages } from './messages.js';

// The words the chart says about its data: for screen readers, the band, the tooltip. Numbers
// are the core's (`formatChange`, the result's precision); the element only puts them in words.

/** A message of the chart in the locale in force. */
export type ChartTerm = (
  key: keyof (typeof dynamicsChartMessages)['ru'],
  values?: Record<string, string | number>,
) => string;

/** What every label needs: the comparison, the language and the messages. */
export interface ChartWords {
  readonly result: DynamicsResult;
  readonly locale: WidgetLocale;
  readonly t: ChartTerm;
  /** The reference line's name: the host's `municipal-label`, or «Среднее по муниципалитету». */
  readonly municipalText: string;
  /** The host's own name for the reference line, if it gave one. */
  readonly municipalLabel: string | undefined;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «Ниже среднего по муниципалитету» or «Ниже 30 баллов»: what the low-results band means. */
export function bandLabel({ result, locale, t, municipalLabel }: ChartWords): string {
  if (result.lowThreshold === 'municipal-average')
    return municipalLabel ? t('bandBelowLine', { label: municipalLabel }) : t('bandBelowMunicipal');
  return t('bandBelow', { value: valueLabel(result, result.lowThreshold ?? 0, locale) });
}

/** «24 участника»: the word form is the message's (Intl.PluralRules), not chosen here. */
export function participantsText(count: number, { t }: Pick<ChartWords, 't'>): string {
  return t('participants', { count });
}

/** «2023: 13,2»: one year's value as a series label says it. */
function yearValueText({ result, locale, t }: ChartWords, year: number, value: number | null): string {
  return t('seriesValue', { year, value: value === null ? t('noValue') : valueLabel(result, value, locale) });
}

/** A school's series as a screen reader hears it: every year's value, the class and the change. */
export function seriesLabel(
  words: ChartWords,
  series: ChartSeries,
  sayValue: (year: number, value: number | null) => string = (year, value) =>
    yearValueText(words, year, value),
): string {
  const { result, locale, t } = words;
  const values = series.row.values.map((entry) => sayValue(entry.year, entry.value)).join('; ');
  const classification = capitalize(pickText(dynamicsClassLabels[series.row.classification], locale));
  const change = series.row.change ? ` (${formatChange(series.row.change, result.precision, locale)})` : '';
  const small = series.row.smallSample ? `, ${t('smallSample')}` : '';
  return t('seriesLabel', { name: series.name, values, classification: classification + change + small });
}

/**
 * The schools' labels kept by row while the locale and the result's precision stay: a redraw at
 * another width, or an update that changed a few schools, says the other schools' values again
 * without formatting them again (a label formats every year's value). A year's value is said
 * once too: schools and updates share most of them.
 */
export class SeriesLabels {
  private labels = new WeakMap<SchoolDynamics, string>();
  private said = new Map<string, string>();
  private key = '';

  of(words: ChartWords, series: ChartSeries): string {
    const { result, locale } = words;
    const key = `${locale}|${result.metric}|${result.precision}|${result.unit}`;
    // Bounded: a long-lived chart fed ever new values keeps at most this many.
    if (key !== this.key || this.said.size > 20_000) {
      this.key = key;
      this.labels = new WeakMap();
      this.said = new Map();
    }
    let label = this.labels.get(series.row);
    if (label === undefined) {
      label = seriesLabel(words, series, (year, value) => {
        const id = `${year}|${value}`;
        let text = this.said.get(id);
        if (text === undefined) {
          text = yearValueText(words, year, value);
          this.said.set(id, text);
        }
        return text;
      });
      this.labels.set(series.row, label);
    }
    return label;
  }
}

/** One value as a screen reader hears it when reached by keyboard: the tooltip's lines in one sentence. */
export function pointText(words: ChartWords, series: ChartSeries, point: ChartPoint): string {
  const { result, locale, t } = words;
  const entry = series.row.values[point.yearIndex];
  const change = series.row.changes.find((item) => item.to === point.year);
  const parts = [
    t('pointLabel', { name: series.name, year: point.year, value: valueLabel(result, point.value, locale) }),
  ];
  if (entry?.participants !== undefined) parts.push(participantsText(entry.participants, words));
  if (change)
    parts.push(
      t('changeFrom', { year: change.from, change: formatChange(change, result.precision, locale) }),
    );
  if (entry?.vsMunicipal != null)
    parts.push(
      t('vsMunicipal', {
        difference: formatChange(
          { absolute: entry.vsMunicipal, unit: result.unit },
          result.precision,
          locale,
        ),
      }),
    );
  return parts.join(', ');
}

/** The caption from the core: «ГИА-9: совокупность среднего балла по 4 предметам, 2022–2023». */
export function captionOf(result: DynamicsResult, locale: WidgetLocale, t: ChartTerm): string {
  const assessment = pickText(assessmentLabels[result.assessment], locale);
  const metric = metricPhrase(result.metric, result.subjects, locale);
  const first = result.years[0];
  const last = result.years.at(-1);
  if (first === undefined || last === undefined) return `${assessment}: ${metric}`;
  return first === last
    ? t('titleOneYear', { assessment, metric, year: first })
    : t('title', { assessment, metric, from: first, to: last });
}

/** The core's summary of the result shown, kept while result, locale and qualifier stay (hover re-renders). */
export class SummaryCache {
  private key: readonly unknown[] = [];
  private sentences: string[] = [];

  of(result: DynamicsResult, locale: WidgetLocale, qualifier: string | undefined): string[] {
    const key = [result, locale, qualifier];
    if (key.some((value, index) => value !== this.key[index])) {
      this.key = key;
      this.sentences = summarizeDynamics(result, locale, qualifier ? { qualifier: { ru: qualifier } } : {});
    }
    return this.sentences;
  }
}
