import type { IndicatorReport, IndicatorSet, ReportedRow } from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';

/** What the read-only and review modes show. */
export interface TableView {
  readonly set: IndicatorSet;
  readonly report: IndicatorReport;
  readonly locale: WidgetLocale;
  /** Review: the values are also checked against `printed`, with the known `populations`. */
  readonly review: boolean;
  readonly printed: ReportedRow[] | undefined;
  readonly populations: Record<string, number> | undefined;
  /** The row of buttons. */
  readonly actions: TemplateResult;
}

/**
 * The form in the read-only and review modes: `<shnro-indicator-table>` with the values and
 * percentages (in review also checked against the printed table), then the buttons.
 */
export function tableViewTemplate(view: TableView): TemplateResult {
  return html`
    <div part="base">
      <shnro-indicator-table
        part="table"
        exportparts="section, row, remark, summary"
        lang=${view.locale}
        .set=${view.set}
        .report=${view.report}
        .printed=${view.review ? view.printed : undefined}
        .populations=${view.review ? view.populations : undefined}
      ></shnro-indicator-table>
      ${view.actions}
    </div>
  `;
}
