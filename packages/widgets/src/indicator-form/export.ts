import { formatDecimal, type CountsInput, type IndicatorReport, type IndicatorResult } from '@shnro/core';
import { toExcelCsv, type ExcelCsvCell } from '../shared/excel-csv.js';
import { formatMessage, type WidgetLocale } from '../shared/localize.js';
import { indicatorFormMessages } from './messages.js';

function countCell(result: IndicatorResult): string {
  if (result.kind === 'share') return result.numerator === null ? '' : String(result.numerator);
  return result.display ?? '';
}

/**
 * The rows of the CSV: a header, then one row per indicator in the set's order with the core's
 * values (Количество, Совокупность, Доля, %). Missing and invalid values are empty cells;
 * percentages keep a decimal comma whatever the interface language, for a Russian Excel.
 */
export function indicatorCsvRows(report: IndicatorReport, locale: WidgetLocale): ExcelCsvCell[][] {
  const messages = indicatorFormMessages[locale];
  const header = [
    messages.csvSection,
    messages.csvCode,
    messages.csvIndicator,
    messages.csvCount,
    messages.csvPopulation,
    messages.csvPercent,
  ].map((message) => formatMessage(message));
  const rows = report.sections.flatMap((section) =>
    section.results.map((result): ExcelCsvCell[] => [
      `${section.code}. ${section.title}`,
      { text: result.code },
      result.title,
      countCell(result),
      result.kind === 'share' && result.denominator !== null ? String(result.denominator) : '',
      result.kind === 'share' && result.percent !== null
        ? formatDecimal(result.percent, result.precision, 'ru')
        : '',
    ]),
  );
  return [header, ...rows];
}

/** The filled set as a CSV for Excel: UTF-8 with BOM, `;`, decimal comma, quoted cells. */
export function indicatorCsv(report: IndicatorReport, locale: WidgetLocale): string {
  return toExcelCsv(indicatorCsvRows(report, locale));
}

/** The filled set as JSON: the counts input the core's `countsInputSchema` describes. */
export function indicatorJson(input: CountsInput): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
