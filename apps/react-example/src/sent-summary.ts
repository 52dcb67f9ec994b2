import type { IndicatorReport } from '@shnro/core';

/** «Мониторинг отправлен: …», from the report the submit event carries. */
export function sentSummary(report: IndicatorReport): string {
  const answered = report.results.filter(
    (result) => result.status === 'ok' || result.status === 'empty-population',
  ).length;
  return `Мониторинг отправлен: показателей с ответом — ${answered} из ${report.results.length}.`;
}
