import type { DisplayLocale } from '../share/index.js';
import { toDisplayLocale } from '../text/locale.js';
import { englishMonths, russianMonthsGenitive as genitiveMonths } from '../deadline/month-names.js';

/**
 * A report's date as documents print it: `long` «30 ноября 2020 г.», `numeric` «30.11.2020»
 * (English: «30 November 2020», «30.11.2020»). Reads the `YYYY-MM-DD` text; no time zone is involved.
 */
export function formatReportDate(
  date: string,
  style: 'long' | 'numeric' = 'long',
  requested: DisplayLocale = 'ru',
): string {
  const locale = toDisplayLocale(requested);
  const [year = '', month = '', day = ''] = date.split('-');
  if (style === 'numeric') return `${day}.${month}.${year}`;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  return locale === 'ru'
    ? `${dayNumber} ${genitiveMonths[monthIndex] ?? month} ${year} г.`
    : `${dayNumber} ${englishMonths[monthIndex] ?? month} ${year}`;
}
