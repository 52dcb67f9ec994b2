import {
  countAnswered,
  countInvalid,
  type IndicatorInput,
  type IndicatorReport,
  type IndicatorResult,
  type IndicatorSet,
  type ReconciledRow,
  type Reconciliation,
  type ReportedRow,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readInlineJson } from '../shared/inline-json.js';
import { LocalizeController } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { computeChecked } from './checked-report.js';
import { indicatorTableStyles } from './indicator-table.styles.js';
import { defaultSet, fullCheck, reconcileCheck } from './loaders.js';
import { indicatorTableMessages } from './messages.js';
import { PendingLoads, updateCompleteWith } from './pending-loads.js';

/**
 * @tagname shnro-indicator-table
 * @summary A computed indicator set (таблица показателей мониторинга), one table per section, the
 * way analytical reports print it: count, population and percentage; with a printed table given,
 * each row also shows what the report stated and whether its own count gives it.
 *
 * Every number comes from `@shnro/core`: the element computes nothing itself. Titles and remarks
 * are rendered as text, never as HTML.
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `input`, `set`, `printed`, `populations` (allowed under a strict Content-Security-Policy);
 * without a `set`, the built-in `municipalMonitoringSet` is used (loaded then, on demand).
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @csspart section - The block of one section (раздел).
 * @csspart table - The table of one section.
 * @csspart row - One indicator's row; also `row-invalid`, `row-missing`, `row-mismatch`.
 * @csspart remark - A remark under a value (a reason, an error, a reconciliation finding).
 * @csspart summary - The line that counts indicators and answers.
 *
 * @cssprop --shnro-color-text - Text colour.
 * @cssprop --shnro-color-surface - Table background.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-color-danger - Errors and mismatching printed percentages.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroIndicatorTable extends LitElement {
  static override styles = [themeStyles, indicatorTableStyles];

  /** The indicator set to show (набор показателей); `municipalMonitoringSet` when not given. */
  @property({ attribute: false }) set?: IndicatorSet;

  /** Counts typed in or records to count from; computed with the core's `computeIndicators`. */
  @property({ attribute: false }) input?: IndicatorInput;

  /** A report computed elsewhere; used instead of `set` + `input` when given. */
  @property({ attribute: false }) report?: IndicatorReport;

  /** A table as a report printed it: each row is checked against its own count (сверка). */
  @property({ attribute: false }) printed?: ReportedRow[];

  /** Known population sizes by population id, for checking `printed`. */
  @property({ attribute: false }) populations?: Record<string, number>;

  @state() private computed?: IndicatorReport;
  @state() private inlineJsonError?: string;
  @state() private reconciliation?: Reconciliation;

  private readonly localize = new LocalizeController(this, indicatorTableMessages);
  /** The built-in set, the reconciliation or the wording of a problem, while they load. */
  private readonly loads = new PendingLoads(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineData();
    // The full check validates a set once; at idle time, so a refused set is named offline too.
    if (this.input && !this.report) void fullCheck.prefetch().then(() => this.requestUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return updateCompleteWith(this.loads, () => super.getUpdateComplete());
  }

  /** Takes data from a child JSON block unless the host set properties already. */
  private readInlineData(): void {
    if (this.input || this.report) return;
    const found = readInlineJson(this);
    if (!found) return;
    if (!found.ok) {
      this.inlineJsonError = found.error;
      return;
    }
    const { input, set, printed, populations } = found.value;
    // Shapes are checked by the core when it computes; here they are only handed over.
    if (input) this.input = input as IndicatorInput;
    if (set) this.set = set as IndicatorSet;
    if (printed) this.printed = printed as ReportedRow[];
    if (populations) this.populations = populations as Record<string, number>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The locale can change with <html lang>, which is not a property: recompute every update
    // (the whole seed-sized set computes in well under a millisecond).
    void changed;
    const needsSet = (this.input !== undefined && !this.report) || this.printed !== undefined;
    const set = this.set ?? (needsSet ? this.builtInSet() : undefined);
    this.computed = this.report ?? (this.input && set ? this.compute(set, this.input) : undefined);
    this.reconciliation = this.printed && set ? this.reconcile(set, this.printed) : undefined;
  }

  /** The built-in set, or undefined while it loads. */
  private builtInSet(): IndicatorSet | undefined {
    const loaded = defaultSet.value?.municipalMonitoringSet;
    if (!loaded && !defaultSet.failed) this.loads.track(defaultSet.load());
    return loaded;
  }

  private compute(set: IndicatorSet, input: IndicatorInput): IndicatorReport | undefined {
    const checked = computeChecked(set, input, this.localize.locale);
    if (checked.pending) this.loads.track(checked.pending);
    return checked.report;
  }

  /** The printed table checked against its counts, once the reconciliation has loaded. */
  private reconcile(set: IndicatorSet, printed: ReportedRow[]): Reconciliation | undefined {
    const loaded = reconcileCheck.value;
    if (!loaded) {
      if (!reconcileCheck.failed) this.loads.track(reconcileCheck.load());
      return undefined;
    }
    return loaded.reconcileTable(set, printed, {
      locale: this.localize.locale,
      ...(this.populations ? { populations: this.populations } : {}),
    });
  }

  protected override render(): TemplateResult {
    const report = this.computed;
    if (this.inlineJsonError) {
      return html`<p role="alert" part="remark" class="remark error">
        ${this.localize.term('badInlineJson', { error: this.inlineJsonError })}
      </p>`;
    }
    // Nothing half-done while the built-in set, the reconciliation or a problem's wording loads.
    if (this.loads.busy) return html``;
    if (!report || report.sections.length === 0) {
      return html`${this.renderIssues(report?.issues ?? [])}
        <p class="empty">${this.localize.term('empty')}</p>`;
    }
    const rowsByCode = new Map(this.reconciliation?.rows.map((row) => [row.code, row]) ?? []);
    const withPrinted = this.reconciliation !== undefined;
    return html`
      ${this.renderSummary(report)}
      ${this.renderIssues(report.issues.filter((issue) => !issue.indicatorCode))}
      ${report.sections.map(
        (section) => html`
          <section part="section" role="group" aria-labelledby="section-${section.code}">
            <h3 id="section-${section.code}">${section.code}. ${section.title}</h3>
            <table part="table" aria-labelledby="section-${section.code}">
              <thead>
                <tr>
                  <th scope="col">${this.localize.term('columnIndicator')}</th>
                  <th scope="col">${this.localize.term('columnCount')}</th>
                  <th scope="col">${this.localize.term('columnPercent')}</th>
                  ${withPrinted ? html`<th scope="col">${this.localize.term('columnPrinted')}</th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${section.results.map((result) => this.renderRow(result, rowsByCode.get(result.code), withPrinted))}
              </tbody>
            </table>
          </section>
        `,
      )}
    `;
  }

  private renderSummary(report: IndicatorReport): TemplateResult {
    const total = report.results.length;
    const answered = countAnswered(report.results);
    const invalid = countInvalid(report.results);
    const text = invalid
      ? this.localize.term('summaryWithProblems', { total, answered, invalid })
      : this.localize.term('summary', { total, answered });
    return html`<p part="summary">${text}</p>`;
  }

  private renderIssues(issues: IndicatorReport['issues']): TemplateResult | typeof nothing {
    if (issues.length === 0) return nothing;
    return html`<ul role="alert">
      ${issues.map((issue) => html`<li part="remark" class="remark error">${issue.message}</li>`)}
    </ul>`;
  }

  private renderRow(
    result: IndicatorResult,
    printed: ReconciledRow | undefined,
    withPrinted: boolean,
  ): TemplateResult {
    const parts = ['row', `row-${result.status}`];
    if (printed?.status === 'mismatch') parts.push('row-mismatch');
    return html`
      <tr part=${parts.join(' ')} data-code=${result.code}>
        <th scope="row">
          <span class="code">${result.code}</span>${result.title}
          ${result.kind === 'share' ? html`<span class="population">${result.populationTitle}</span>` : nothing}
          ${
            result.reason && result.status !== 'invalid'
              ? html`<span part="remark" class="remark">${result.reason}</span>`
              : nothing
          }
          ${result.issues.map((issue) => html`<span part="remark" class="remark error">${issue.message}</span>`)}
        </th>
        <td class="number">${this.renderCount(result)}</td>
        <td class="number">${this.renderPercent(result)}</td>
        ${withPrinted ? html`<td>${this.renderPrinted(printed)}</td>` : nothing}
      </tr>
    `;
  }

  private renderCount(result: IndicatorResult): TemplateResult | string {
    if (result.kind === 'share' && result.numerator !== null && result.denominator !== null) {
      return this.localize.term('countOf', { count: result.numerator, population: result.denominator });
    }
    if (result.kind !== 'share' && result.display !== null) return result.display;
    return html`<span class="missing">${this.localize.term('noData')}</span>`;
  }

  private renderPercent(result: IndicatorResult): string {
    return result.kind === 'share' && result.display !== null ? result.display : '–';
  }

  private renderPrinted(row: ReconciledRow | undefined): TemplateResult {
    // Presence and count rows print «имеется» or a number: shown as printed, with nothing to check.
    if (row?.printedValue) return html`${row.printedValue.text}`;
    if (!row || !row.stated) return html`<span class="missing">${this.localize.term('notPrinted')}</span>`;
    const verdict = row.status === 'mismatch' ? 'error' : row.status === 'ok' ? 'ok' : 'warning';
    return html`${row.stated.text}
    ${
      row.status === 'ok'
        ? html`<span part="remark" class="remark ok">${this.localize.term('printedMatches')}</span>`
        : row.messages.map((message) => html`<span part="remark" class="remark ${verdict}">${message}</span>`)
    }`;
  }
}
