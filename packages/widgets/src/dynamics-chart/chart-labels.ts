import { dynamicsClassLabels, formatChange, pickText, type DynamicsResult } from '@shnro/core';
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

/** A school's series as a screen reader hears it: every year's value, the class and the change. */
export function seriesLabel(words: ChartWords, series: ChartSeries): string {
  const { result, locale, t } = words;
  const values = series.row.values
    .map((entry) =>
      t('seriesValue', {
        year: entry.year,
        value: entry.value === null ? t('noValue') : valueLabel(result, entry.value, locale),
      }),
    )
    .join('; ');
  const classification = capitalize(pickText(dynamicsClassLabels[series.row.classification], locale));
  const change = series.row.change ? ` (${formatChange(series.row.change, result.precision, locale)})` : '';
  const small = series.row.smallSample ? `, ${t('smallSample')}` : '';
  return t('seriesLabel', { name: series.name, values, classification: classification + change + small });
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
