import {
  approvalStateLabels,
  indicatorTargetSchema,
  monitoringCycleSchema,
  municipalMonitoringSet,
  schoolScorecard,
  scorecardValue,
  territoryScorecard,
  toCalendarDate,
  formatDecimal,
  type ApprovalState,
  type CalendarDate,
  type GroupedRecordsInput,
  type IndicatorSet,
  type IndicatorTarget,
  type Issue,
  type MonitoringCycle,
  type MonitoringCycleInput,
  type ScorecardRow,
} from '@shnro/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShnroScorecardSortEvent } from '../events/scorecard.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController } from '../shared/localize.js';
import { parseList } from '../shared/parse-list.js';
import { themeStyles } from '../shared/theme.styles.js';
import { scorecardStyles } from './scorecard.styles.js';
import { scorecardMessages } from './messages.js';
import { renderScorecardCell } from './scorecard-cell.js';

type Direction = 'ascending' | 'descending';

const approvalOrder: readonly ApprovalState[] = ['draft', 'returned', 'submitted', 'approved', 'accepted'];

/**
 * @tagname shnro-scorecard
 * @summary The scorecard of a monitoring cycle (сводная таблица): municipalities (or the schools of
 * one, from the registry's records) × indicators, each cell judged against the previous cycle, with completeness, approval state and outliers per row.
 *
 * Each row is one cycle of `cycles`, computed with the core's `computeCycle` on `indicatorSet`
 * (the municipal monitoring set by default) and compared with the cycle of the same territory in
 * `previousCycles` by `compareCycles`; each cell's verdict is the core's `cellVerdict`, written as
 * a sign and a word («+ лучше», «− хуже», «= без изменений», «— нет данных») as well as a colour.
 * The row's completeness is `completeness` on `as-of` (today by default), the approval state is
 * that of the territory's own answers, and the outliers are `findOutliers`'s, each marked in its
 * cell with whether it is explained. With `targets`, each cell is also checked against its target
 * (the territory's own before the general one) by the core's `checkTarget`: «✓ цель достигнута» or
 * «✗ цель не достигнута» with the target's value, and the cell's colour follows the target. Every header cell holds a button that sorts by that column
 * (`aria-sort` says the order); the table is the accessible form, there is no separate chart.
 * Cycles that fail the core's schema are listed by place.
 *
 * With `records` (the registry's schools and teachers of the cycle), the rows are the schools of
 * the first cycle instead (сводная таблица по школам): each school's indicators counted from its own
 * records by the core's `schoolScorecard`, judged against the same school in `previousRecords`
 * (the registry of the matching previous cycle), with the approval state and completeness of the
 * school's own form. A school that left since is named above the table, never shown with zeros;
 * a cell whose population the school is not in reads «не относится».
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `cycles`, `previousCycles`, `targets`, `records` and `previousRecords`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @event {ShnroScorecardSortEvent} shnro-scorecard-sort - The person sorted the table by a column.
 *
 * @csspart table - The scorecard table.
 * @csspart verdict - The sign and word of a cell's verdict.
 * @csspart outlier - The «выброс» mark of a cell.
 * @csspart target - The mark of a cell against its target (целевое значение).
 * @csspart remark - A problem with the data.
 *
 * @cssprop --shnro-color-success - Cells that got better.
 * @cssprop --shnro-color-danger - Cells that got worse.
 * @cssprop --shnro-color-warning - Outliers and unjudged changes.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroScorecard extends LitElement {
  static override styles = [themeStyles, dataTableStyles, scorecardStyles];

  // ─── API ──────────────────────────────────────────────────────────────────────────────────

  /** The cycles to show, one row each (as `monitoringCycleSchema` reads them). */
  @property({ attribute: false }) cycles?: readonly MonitoringCycleInput[];

  /** The previous cycles, matched to the rows by territory: the cells are judged against them. */
  @property({ attribute: false }) previousCycles?: readonly MonitoringCycleInput[];

  /** The indicator set the cycles were collected with; the municipal monitoring set by default. */
  @property({ attribute: false }) indicatorSet?: IndicatorSet;

  /** The indicators to show, by code, in this order; every indicator of the set by default. */
  @property({ attribute: false }) indicators?: readonly string[];

  /**
   * Target values (целевые значения) as `indicatorTargetsSchema` reads them: a cell with a target is
   * marked met or not met, and coloured by it rather than by the previous cycle.
   */
  @property({ attribute: false }) targets?: readonly IndicatorTarget[];

  /**
   * The registry's records of the first cycle (`{ kind: 'records', schools, teachers }`): with
   * them, one row per school of that cycle's territory instead of one per cycle.
   */
  @property({ attribute: false }) records?: GroupedRecordsInput;

  /** The registry's records of the previous cycle, to judge each school against itself. */
  @property({ attribute: false }) previousRecords?: GroupedRecordsInput;

  /** The day to judge completeness and lateness on, `YYYY-MM-DD`; today by default. */
  @property({ attribute: 'as-of' }) asOf?: CalendarDate;

  // ─── Implementation ───────────────────────────────────────────────────────────────────────

  /** The sorted column (`territory`, `completeness`, `approval` or a code) and its order. */
  @state() private sortColumn = 'territory';
  @state() private sortDirection: Direction = 'ascending';

  private readonly inline = new InlineJsonController(this, (data) => {
    // Shapes are checked in render with the core's schema; here they are only handed over.
    this.cycles ??= data['cycles'] as MonitoringCycleInput[] | undefined;
    this.previousCycles ??= data['previousCycles'] as MonitoringCycleInput[] | undefined;
    this.targets ??= data['targets'] as IndicatorTarget[] | undefined;
    this.records ??= data['records'] as GroupedRecordsInput | undefined;
    this.previousRecords ??= data['previousRecords'] as GroupedRecordsInput | undefined;
  });
  private readonly localize = new LocalizeController(this, scorecardMessages);

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    const current = parseList<MonitoringCycle>(monitoringCycleSchema, this.cycles, 'cycles', locale);
    const earlier = parseList<MonitoringCycle>(
      monitoringCycleSchema,
      this.previousCycles,
      'previousCycles',
      locale,
    );
    const goals = parseList<IndicatorTarget>(indicatorTargetSchema, this.targets, 'targets', locale);
    const issues = [...current.issues, ...earlier.issues, ...goals.issues];
    const built = this.buildRows(current.valid, earlier.valid, goals.valid);
    const rows = built.rows;
    const problems =
      issues.length + built.issues.length
        ? issuesTemplate(this.localize.term('invalidData'), [...issues, ...built.issues])
        : nothing;
    if (rows.length === 0)
      return html`${problems}
        <p role="status" class="empty">${t('empty')}</p>`;
    const titles = new Map(rows[0]!.report.report.results.map((result) => [result.code, result.title]));
    const codes = (this.indicators ?? built.codes ?? [...titles.keys()]).filter((code) => titles.has(code));
    const sorted = this.sortRows(rows);
    const schools = rows[0]!.level === 'school';
    return html`${problems}
      <div class="scroll">
        <table part="table">
          <caption>
            ${t(schools ? 'headingSchools' : 'heading')}
            <span class="legend">${t('legend')}</span>
          </caption>
          <thead>
            <tr>
              ${this.renderHeader('territory', t(schools ? 'columnSchool' : 'columnTerritory'))}
              ${this.renderHeader('completeness', t('columnCompleteness'))}
              ${this.renderHeader('approval', t('columnApproval'))}
              ${codes.map((code) => this.renderHeader(code, code, titles.get(code)))}
            </tr>
          </thead>
          <tbody>
            ${sorted.map((row) => this.renderRow(row, codes))}
          </tbody>
        </table>
      </div>`;
  }

  /** The rows as the core builds them: per territory's cycle, or per school of the first cycle. */
  private buildRows(
    cycles: readonly MonitoringCycle[],
    previousCycles: readonly MonitoringCycle[],
    targets: readonly IndicatorTarget[],
  ): { rows: ScorecardRow[]; codes?: string[]; issues: Issue[] } {
    const set = this.indicatorSet ?? municipalMonitoringSet;
    const options = { targets, asOf: this.asOf ?? toCalendarDate(new Date()), locale: this.localize.locale };
    const first = cycles[0];
    if (this.records === undefined || first === undefined)
      return { rows: territoryScorecard(cycles, set, { ...options, previousCycles }), issues: [] };
    const before = previousCycles.find((cycle) => cycle.territoryId === first.territoryId);
    return schoolScorecard(first, set, {
      ...options,
      records: this.records,
      ...(before === undefined || this.previousRecords === undefined
        ? {}
        : { previous: { cycle: before, records: this.previousRecords } }),
    });
  }

  /** What a column sorts by: numbers compare as numbers, a row without a value goes last. */
  private sortKey(row: ScorecardRow): number | string | null {
    switch (this.sortColumn) {
      case 'territory':
        return `${row.name} ${row.cycle.schoolYear} ${row.cycle.stage ?? ''}`;
      case 'completeness':
        return row.completeness.percent;
      case 'approval':
        return row.approval === null ? null : approvalOrder.indexOf(row.approval);
      default:
        return scorecardValue(row, this.sortColumn);
    }
  }

  private sortRows(rows: ScorecardRow[]): ScorecardRow[] {
    const sign = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.localize.locale, { numeric: true });
    const keyed = rows.map((row) => ({ row, key: this.sortKey(row) }));
    keyed.sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order * sign;
    });
    return keyed.map(({ row }) => row);
  }

  private sortBy(column: string): void {
    const direction: Direction =
      this.sortColumn === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
    this.sortDirection = direction;
    this.dispatchEvent(new ShnroScorecardSortEvent({ column, direction }));
  }

  private renderHeader(column: string, label: string, title?: string): TemplateResult {
    const sorted = this.sortColumn === column ? this.sortDirection : 'none';
    return html`<th scope="col" aria-sort=${sorted} data-column=${column}>
      <button type="button" @click=${() => this.sortBy(column)}>
        <span class="code">${label}</span>${title ? html`<span class="title">${title}</span>` : nothing}
      </button>
    </th>`;
  }

  private renderRow(row: ScorecardRow, codes: readonly string[]): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const { cycle, completeness: filled } = row;
    const late = filled.pending.filter((unit) => unit.overdue).length;
    const previous = row.previous?.cycle;
    return html`<tr
      data-territory=${row.level === 'territory' ? row.id : nothing}
      data-school=${row.level === 'school' ? row.id : nothing}
    >
      <th scope="row">
        ${row.name}
        <span class="detail muted">${cycle.schoolYear}${cycle.stage ? `, ${cycle.stage}` : ''}</span>
        <span class="detail muted"
          >${
            previous
              ? t('against', {
                  cycle: `${previous.schoolYear}${previous.stage ? `, ${previous.stage}` : ''}`,
                })
              : t('noPrevious')
          }</span
        >
        ${row.outliers.size ? html`<span class="mark warning">${t('outliers', { count: row.outliers.size })}</span>` : nothing}
        ${row.report.issues.map((issue) => html`<span class="detail error" part="remark">${issue.message}</span>`)}
      </th>
      <td class="number" data-column="completeness">
        ${
          filled.percent === null
            ? html`<span class="missing">${t('nobodyExpected')}</span>`
            : t('completenessValue', {
                submitted: filled.submitted,
                expected: filled.expected,
                // `completeness` rounds to tenths of a per cent.
                percent: formatDecimal(filled.percent, 1, locale),
              })
        }
        ${late ? html`<span class="detail error">${t('overdue', { count: late })}</span>` : nothing}
      </td>
      <td data-column="approval">
        ${
          row.approval === null
            ? html`<span class="missing">${t('noData')}</span>`
            : html`<span
                class="mark ${row.approval === 'approved' || row.approval === 'accepted' ? 'success' : row.approval === 'returned' ? 'danger' : ''}"
                >${approvalStateLabels[row.approval][locale] ?? approvalStateLabels[row.approval].ru}</span
              >`
        }
      </td>
      ${codes.map((code) => renderScorecardCell(row, code, this.localize))}
    </tr>`;
  }
}
