import type { DynamicsResult } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartTerm } from './chart-labels.js';
import type { DynamicsChartExport } from './dynamics-chart.js';

// The parts around the drawing: the toolbar, the notices, the message without data.

/** The table toggle and the three export buttons. */
export function toolbarTemplate(
  showTable: boolean,
  t: ChartTerm,
  toggleTable: () => void,
  download: (kind: DynamicsChartExport) => void,
): TemplateResult {
  const exportButton = (kind: DynamicsChartExport, label: Parameters<ChartTerm>[0]) =>
    html`<button type="button" part="export" data-export=${kind} @click=${() => download(kind)}>
      ${t(label)}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    <button
      type="button"
      part="table-toggle"
      aria-expanded=${showTable ? 'true' : 'false'}
      aria-controls="data-table"
      @click=${toggleTable}
    >
      ${t(showTable ? 'hideTable' : 'showTable')}
    </button>
    <span role="group" aria-label=${t('exportGroup')}>
      ${exportButton('svg', 'exportSvg')} ${exportButton('png', 'exportPng')}
      ${exportButton('csv', 'exportCsv')}
    </span>
  </div>`;
}

/** One year only, and the core's data issues, above the chart. */
export function noticesTemplate(result: DynamicsResult, t: ChartTerm): TemplateResult | typeof nothing {
  const notices: string[] = [];
  const [only] = result.years;
  if (result.years.length === 1 && only !== undefined) notices.push(t('oneYear', { year: only }));
  // The one-year notice above says what too-few-years says, in the chart's words.
  for (const issue of result.issues) if (issue.code !== 'too-few-years') notices.push(issue.message);
  if (notices.length === 0) return nothing;
  return html`<ul part="notice" class="notice issues">
    ${notices.map((notice) => html`<li>${notice}</li>`)}
  </ul>`;
}

/** No data to draw: why, with the core's sentences when it has some. */
export function emptyTemplate(sentences: readonly string[], t: ChartTerm): TemplateResult {
  return html`<div part="empty" class="empty" role="status">
    <p>${t('empty')}</p>
    ${sentences.length > 0 ? html`<p>${sentences.join(' ')}</p>` : html`<p>${t('emptyHint')}</p>`}
  </div>`;
}
