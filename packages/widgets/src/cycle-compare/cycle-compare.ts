import {
  compareCycles,
  computeCycle,
  formatChange,
  formatDecimal,
  monitoringCycleSchema,
  municipalMonitoringSet,
  parseOrExplain,
  pickText,
  type CycleComparison,
  type CycleValue,
  type DynamicsPolicy,
  type IndicatorComparison,
  type IndicatorSet,
  type Issue,
  type MonitoringCycle,
  type MonitoringCycleInput,
} from '@shnro/core';
import { html, LitElement, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { InlineJsonController } from '../shared/inline-json-controller.js';
import { issuesTemplate } from '../shared/issues.js';
import { LocalizeController } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { cycleCompareStyles } from './cycle-compare.styles.js';
import { cycleCompareMessages } from './messages.js';

/** The indicators of one section of the set, in the comparison's order. */
interface SectionRows {
  code: string;
  title: string;
  rows: IndicatorComparison[];
}

// The chart's geometry, in SVG user units (attributes only: the page may forbid inline styles).
const chart = { label: 36, bars: 160, value: 52, row: 26, bar: 9, gap: 2 } as const;

/**
 * @tagname shnro-cycle-compare
 * @summary Two monitoring cycles side by side (сравнение двух циклов мониторинга): every indicator
 * with both values, the change in п.п. for shares and in units for counts, its direction, and a
 * small chart per section.
 *
 * Every figure and verdict comes from the core: each cycle is computed by `computeCycle` with the
 * indicator set, the two are compared by `compareCycles` (the direction under the dynamics
 * policy's tolerance, «better» or «worse» from each indicator's `betterDirection`), and the core's
 * sentences say what is not compared and why — a cycle with no data, a value missing in one
 * cycle, an indicator added to or removed from the set, a school that left the registry. Such
 * indicators are shown with their status, never as zero.
 *
 * The table is the accessible form; the charts repeat the shares of each section and are hidden
 * from assistive technology. The charts are drawn with SVG attributes and classes only, so the
 * element works under `style-src 'self'`.
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `previous`, `current`, and optionally `indicatorSet` and `previousIndicatorSet`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @csspart summary - The line that counts the indicators by verdict.
 * @csspart section - One section of the set: its table and its chart.
 * @csspart table - A section's table of indicators.
 * @csspart chart - A section's chart of shares (hidden from assistive technology).
 * @csspart remark - The core's sentences on what is not compared, or a problem with the data.
 *
 * @cssprop --shnro-color-accent - The bars of the second cycle.
 * @cssprop --shnro-color-muted - The bars of the first cycle and «нет данных».
 * @cssprop --shnro-color-success - Changes for the better.
 * @cssprop --shnro-color-danger - Changes for the worse.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroCycleCompare extends LitElement {
  static override styles = [themeStyles, dataTableStyles, cycleCompareStyles];

  // ─── API ──────────────────────────────────────────────────────────────────────────────────

  /** The earlier cycle (предыдущий цикл или начальный мониторинг), as `monitoringCycleSchema` reads it. */
  @property({ attribute: false }) previous?: MonitoringCycleInput;

  /** The later cycle (текущий цикл или итоговый мониторинг). */
  @property({ attribute: false }) current?: MonitoringCycleInput;

  /** The indicator set both cycles are computed with; the municipal monitoring set by default. */
  @property({ attribute: false }) indicatorSet: IndicatorSet = municipalMonitoringSet;

  /** The set of the earlier cycle when it differs (an indicator added or removed); `indicatorSet` by default. */
  @property({ attribute: false }) previousIndicatorSet?: IndicatorSet;

  /** The dynamics policy whose tolerance decides «без изменений»; the core's default when left out. */
  @property({ attribute: false }) policy?: DynamicsPolicy;

  // ─── Implementation ───────────────────────────────────────────────────────────────────────

  private readonly inline = new InlineJsonController(this, (data) => {
    // Shapes are checked in render with the core's schema; here they are only handed over.
    this.previous ??= data['previous'] as MonitoringCycleInput | undefined;
    this.current ??= data['current'] as MonitoringCycleInput | undefined;
    if (data['indicatorSet']) this.indicatorSet = data['indicatorSet'] as IndicatorSet;
    this.previousIndicatorSet ??= data['previousIndicatorSet'] as IndicatorSet | undefined;
  });
  private readonly localize = new LocalizeController(this, cycleCompareMessages);

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const unread = this.inline.alert((error) => t('badInlineJson', { error }));
    if (unread) return unread;
    if (this.previous === undefined || this.current === undefined)
      return html`<p role="status" class="empty">${t('empty')}</p>`;
    const previous = parseOrExplain(monitoringCycleSchema, this.previous, {
      locale,
      pathPrefix: ['previous'],
    });
    const current = parseOrExplain(monitoringCycleSchema, this.current, { locale, pathPrefix: ['current'] });
    if (!previous.ok || !current.ok)
      return issuesTemplate(this.localize.term('invalidData'), [
        ...(previous.ok ? [] : previous.issues),
        ...(current.ok ? [] : current.issues),
      ]);

    const before = computeCycle(previous.value, this.previousIndicatorSet ?? this.indicatorSet, { locale });
    const after = computeCycle(current.value, this.indicatorSet, { locale });
    const comparison = compareCycles(before, after, {
      locale,
      ...(this.policy === undefined ? {} : { policy: this.policy }),
    });
    // The cycles' own problems (a set that does not match) and the comparison's, each said once.
    const remarks = [...before.issues, ...after.issues, ...comparison.issues].filter(
      (issue, index, all) => all.findIndex((other) => other.message === issue.message) === index,
    );
    const period = (side: CycleComparison['before']) =>
      side.stage === undefined ? side.schoolYear : `${side.stage} (${side.schoolYear})`;
    const labels = { before: period(comparison.before), after: period(comparison.after) };
    const count = (test: (row: IndicatorComparison) => boolean) => comparison.rows.filter(test).length;
    const notCompared = count((row) => row.status !== 'compared');
    return html`<h2>${t('heading', labels)}</h2>
      <p part="summary" class="summary" role="status">
        ${
          notCompared === comparison.rows.length
            ? t('summaryNone')
            : t('summary', {
                total: comparison.rows.length,
                better: count((row) => row.assessment === 'better'),
                worse: count((row) => row.assessment === 'worse'),
                same: count((row) => row.assessment === 'unchanged'),
                changed: count((row) => row.assessment === 'neutral'),
                notCompared,
              })
        }
      </p>
      ${remarks.length ? this.renderRemarks(remarks) : nothing}
      ${this.renderJoined(comparison, current.value)}
      ${this.sections(comparison).map((section) => this.renderSection(section, labels))}`;
  }

  /** The comparison's rows grouped by the set's sections, in the set's order; unknown codes last. */
  private sections(comparison: CycleComparison): SectionRows[] {
    const locale = this.localize.locale;
    const sets = [this.indicatorSet, this.previousIndicatorSet ?? this.indicatorSet];
    const sectionOf = new Map<string, string>();
    for (const set of sets)
      for (const indicator of set.indicators)
        if (!sectionOf.has(indicator.code)) sectionOf.set(indicator.code, indicator.section);
    const result: SectionRows[] = [];
    const seen = new Set<string>();
    for (const set of sets)
      for (const section of set.sections) {
        if (seen.has(section.code)) continue;
        seen.add(section.code);
        result.push({ code: section.code, title: pickText(section.title, locale), rows: [] });
      }
    const other: SectionRows = { code: 'other', title: this.localize.term('otherSection'), rows: [] };
    for (const row of comparison.rows) {
      const code = sectionOf.get(row.code);
      (result.find((section) => section.code === code) ?? other).rows.push(row);
    }
    return [...result, other].filter((section) => section.rows.length > 0);
  }

  private renderSection(section: SectionRows, labels: { before: string; after: string }): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const id = `section-${section.code}`;
    return html`<section part="section" class="section" data-section=${section.code}>
      <h3 id=${id}>${section.title}</h3>
      <div class="pair">
        <table part="table" aria-labelledby=${id}>
          <thead>
            <tr>
              <th scope="col">${t('columnIndicator')}</th>
              <th scope="col" class="number">${labels.before}</th>
              <th scope="col" class="number">${labels.after}</th>
              <th scope="col" class="number">${t('columnChange')}</th>
              <th scope="col">${t('columnDirection')}</th>
            </tr>
          </thead>
          <tbody>
            ${section.rows.map((row) => this.renderRow(row))}
          </tbody>
        </table>
        ${this.renderChart(section, labels)}
      </div>
    </section>`;
  }

  private renderRow(row: IndicatorComparison): TemplateResult {
    return html`<tr data-code=${row.code} data-status=${row.status}>
      <th scope="row"><span class="code">${row.code}</span> ${row.title}</th>
      <td class="number">${this.renderValue(row, 'before')}</td>
      <td class="number">${this.renderValue(row, 'after')}</td>
      <td class="number change">${this.renderChange(row)}</td>
      <td class="direction">${this.renderDirection(row)}</td>
    </tr>`;
  }

  private renderValue(row: IndicatorComparison, side: 'before' | 'after'): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const value: CycleValue | null = row[side];
    const outOfSet =
      (side === 'before' && row.status === 'added') || (side === 'after' && row.status === 'removed');
    if (value === null || value.display === null)
      return html`<span class="missing">${outOfSet ? t('notInSet') : t('noValue')}</span>`;
    return html`${value.display}
    ${
      row.kind === 'share' && value.numerator !== null && value.denominator !== null
        ? html`<span class="of muted"
            >${t('shareOf', { numerator: value.numerator, denominator: value.denominator })}</span
          >`
        : nothing
    }`;
  }

  private renderChange(row: IndicatorComparison): TemplateResult | string {
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const statusWords = {
      'missing-before': 'statusMissingBefore',
      'missing-after': 'statusMissingAfter',
      added: 'statusAdded',
      removed: 'statusRemoved',
    } as const;
    if (row.status !== 'compared' || row.change === null)
      return html`<span class="missing"
        >${t(statusWords[row.status as keyof typeof statusWords] ?? 'noValue')}</span
      >`;
    if (row.unit === 'percentage-points')
      return formatChange({ absolute: row.change, unit: 'percentage-points' }, 1, locale);
    if (row.unit === 'presence')
      return t(row.change > 0 ? 'presenceGained' : row.change < 0 ? 'presenceLost' : 'presenceSame');
    const amount = formatDecimal(Math.abs(row.change), Number.isInteger(row.change) ? 0 : 1, locale);
    return t('unitsChange', { sign: row.change > 0 ? '+' : row.change < 0 ? '-' : '', amount });
  }

  private renderDirection(row: IndicatorComparison): TemplateResult | typeof nothing {
    const t = this.localize.term.bind(this.localize);
    if (row.direction === null) return nothing;
    const word = t(
      row.direction === 'up' ? 'directionUp' : row.direction === 'down' ? 'directionDown' : 'directionSame',
    );
    const verdict =
      row.assessment === 'better'
        ? html` <span class="mark success">${t('assessmentBetter')}</span>`
        : row.assessment === 'worse'
          ? html` <span class="mark danger">${t('assessmentWorse')}</span>`
          : nothing;
    return html`<span class="arrow" aria-hidden="true"
        >${row.direction === 'up' ? '↑' : row.direction === 'down' ? '↓' : '→'}</span
      >
      ${word}${verdict}`;
  }

  /**
   * The shares of a section as pairs of bars on 0–100 %: the first cycle muted, the second in the
   * accent colour; a missing value is a «нет данных» label, never a zero-length bar. Hidden from
   * assistive technology: the table beside it holds the same figures.
   */
  private renderChart(
    section: SectionRows,
    labels: { before: string; after: string },
  ): TemplateResult | typeof nothing {
    const t = this.localize.term.bind(this.localize);
    const shares = section.rows.filter(
      (row) => row.kind === 'share' && (row.before !== null || row.after !== null),
    );
    if (shares.length === 0) return nothing;
    const width = chart.label + chart.bars + chart.value;
    const height = shares.length * chart.row;
    const bar = (value: CycleValue | null, y: number, side: 'before' | 'after'): SVGTemplateResult => {
      if (value === null || value.value === null)
        return svg`<text class="missing" x=${chart.label} y=${y + chart.bar - 1}>${t('noValue')}</text>`;
      // SVG user units, not a printed figure: a tenth of a unit is finer than any screen shows.
      const length = Math.round(Math.max(0, Math.min(100, value.value)) * chart.bars * 0.1) / 10;
      return svg`<rect class="bar ${side}" x=${chart.label} y=${y} width=${length} height=${chart.bar}></rect>
        <text class="value" x=${chart.label + length + 3} y=${y + chart.bar - 1}>${value.display}</text>`;
    };
    return html`<figure class="chart" part="chart" aria-hidden="true">
      <figcaption>${t('chartHeading')}</figcaption>
      <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} focusable="false">
        ${shares.map((row, index) => {
          const top = index * chart.row + 2;
          return svg`<g data-code=${row.code}>
            <text class="code" x="0" y=${top + chart.bar + 2}>${row.code}</text>
            ${bar(row.before, top, 'before')}
            ${bar(row.after, top + chart.bar + chart.gap, 'after')}
          </g>`;
        })}
      </svg>
      <p class="legend">
        <span class="swatch before"></span>${labels.before} <span class="swatch after"></span>${labels.after}
      </p>
    </figure>`;
  }

  private renderJoined(
    comparison: CycleComparison,
    current: MonitoringCycle,
  ): TemplateResult | typeof nothing {
    if (comparison.schoolsJoined.length === 0) return nothing;
    const names = comparison.schoolsJoined.map(
      (id) => current.units.find((unit) => unit.unitId === id)?.name ?? id,
    );
    return html`<p class="joined">
      ${this.localize.term('schoolsJoined', { count: names.length, names: names.join(', ') })}
    </p>`;
  }

  private renderRemarks(remarks: readonly Issue[]): TemplateResult {
    return html`<div part="remark" class="remarks">
      <p>${this.localize.term('remarks')}</p>
      <ul class="issues">
        ${remarks.map((issue) => html`<li data-code=${issue.code}>${issue.message}</li>`)}
      </ul>
    </div>`;
  }
}
