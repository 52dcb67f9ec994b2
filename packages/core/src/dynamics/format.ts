import { formatDecimal, type DisplayLocale } from '../share/index.js';
import type { ChangeUnit, YearChange } from './comparison.js';
import { pluralRu } from './plural.js';
import { toDisplayLocale } from '../text/locale.js';
import type { ResultMetric } from './schema.js';
import { percentMetrics } from './units.js';

const pointForms = ['балл', 'балла', 'баллов'] as const;

/** An amount in a unit: «0,7 балла», «1 балл», «4,5 п.п.»; English «0.7 points», «4.5 pp». */
export function formatAmount(
  amount: number,
  unit: ChangeUnit,
  precision = 1,
  requested: DisplayLocale = 'ru',
): string {
  const locale = toDisplayLocale(requested);
  const number = formatDecimal(Math.abs(amount), precision, locale);
  if (unit === 'percentage-points') return `${number} ${locale === 'ru' ? 'п.п.' : 'pp'}`;
  // Agreement follows the number as printed: «1 балл» but «1,0 балла» would need the zero kept.
  const printed = Number(number.replace(',', '.'));
  if (locale === 'ru') return `${number} ${pluralRu(printed, pointForms)}`;
  return `${number} ${printed === 1 ? 'point' : 'points'}`;
}

/** A change with its sign: «+0,7 балла», «-2,5 п.п.», «0 баллов». */
export function formatChange(
  change: Pick<YearChange, 'absolute' | 'unit'>,
  precision = 1,
  locale: DisplayLocale = 'ru',
): string {
  const rounded = Number(formatDecimal(change.absolute, precision, 'en'));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${formatAmount(change.absolute, change.unit, precision, locale)}`;
}

/** A value as a table prints it: «13,1» for scores, «56,3%» for a single percentage. */
export function formatResultValue(
  value: number,
  metric: ResultMetric,
  precision = 1,
  locale: DisplayLocale = 'ru',
): string {
  const number = formatDecimal(value, precision, locale);
  return percentMetrics.includes(metric) && metric !== 'sum-of-quality-percents' ? `${number}%` : number;
}
