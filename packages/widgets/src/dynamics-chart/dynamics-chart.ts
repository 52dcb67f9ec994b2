import {
  summarizeDynamics,
  type DynamicsOptions,
  type DynamicsResult,
  type ResultSeries,
  type School,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { LocalizeController, type WidgetLocale } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  bandLabel,
  captionOf,
  pointText,
  SeriesLabels,
  SummaryCache,
  type ChartTerm,
  type ChartWords,
} from './chart-labels.js';
import { emptyTemplate, noticesTemplate, toolbarTemplate } from './chart-parts.js';
import { legendTemplate, type LegendFold } from './chart-legend.js';
import type { ChartLayout, DynamicsChartVariant } from './chart-model.js';
import { activeTemplate, MANY_SERIES, referenceLayerTemplate, staticLayerTemplate } from './chart-svg.js';
import { placeTooltip, tooltipTemplate } from './chart-tooltip.js';
import { dynamicsChartStyles } from './dynamics-chart.styles.js';
import { ChartData } from './chart-data.js';
import { chartKit } from './chart-kit.js';
import { LazyPart, LazyParts } from './chart-lazy.js';
import type { ChartExportSource } from './export-actions.js';
import { dynamicsChartMessages } from './messages.js';
import { PointNavigationController } from './point-navigation-controller.js';
import { SeriesLayer } from './series-layer.js';

/** Schools by id → name, or school records; their order is the order of rows and series. */
export type DynamicsChartSchools = Readonly<Record<string, string>> | readonly Pick<School, 'id' | 'name'>[];

/**
 * Options of the comparison, passed to the core's `compareSeries`: `assessment` and `metric`
 * default to those of the first series; `years` (default: the two latest) sets the years drawn.
 */
export type DynamicsChartOptions = Partial<Pick<DynamicsOptions, 'assessment' | 'metric'>> &
  Omit<DynamicsOptions, 'assessment' | 'metric' | 'locale'>;

/** What the chart exports. */
export type DynamicsChartExport = 'svg' | 'png' | 'csv';

// Few series stay at full strength when one is pointed at; many are dimmed so it stands out.
const DIM_FROM = 5;

/**
 * @tagname shnro-dynamics-chart
 * @summary Results dynamics of schools over years (seeds 002, 004: ГИА-9 sums of average scores,
 * 2022 vs 2023): a line or grouped bars per school, the municipal average as a reference line,
 * the low-results band, each school's class from the core as a badge, the report's sentences
 * under the chart, the same data as a table, and export as SVG, PNG and CSV.
 *
 * The element judges nothing: it passes `series` and `options` to the core's comparison
 * (`compareSeriesUnchecked` after the core's cheap shape check; a malformed series is named with
 * the core's message, loaded on demand) and draws what comes back; the sentences are the core's
 * `summarizeDynamics`. Ticks and bands follow d3's formulas, to the pixel. School names are
 * rendered as text, never as HTML.
 *
 * The variant defaults to bars for up to three compared years and to lines for more. Colour is
 * never the only cue: each school has a colour, a marker shape, a dash pattern and a bar fill.
 * Every value has a tooltip, by pointer and by keyboard: the series are one tab stop; arrow keys
 * move between schools (up/down) and years (left/right).
 *
 * Pages without a build step pass data in a child `<script type="application/json">` with the
 * keys `series`, `schools`, `options` (allowed under a strict Content-Security-Policy); the
 * series are checked against the core's `resultSeriesSchema`.
 *
 * @slot - A `<script type="application/json">` block with the data, for pages without a build step.
 *
 * @csspart toolbar - The row with the table toggle and the export buttons.
 * @csspart table-toggle - The «Показать таблицу» button.
 * @csspart export - Each export button.
 * @csspart figure - The chart with its caption and legend.
 * @csspart title - The chart's caption.
 * @csspart chart - The `<svg>`.
 * @csspart tooltip - The tooltip of the pointed or focused value.
 * @csspart legend - The legend: schools with their class badges, the municipal average, the band.
 * @csspart legend-details - The folded list of schools, when there are more than twelve.
 * @csspart badge - A class badge (also `badge-improving`, `badge-declining`, `badge-stable`, `badge-stable-low`, `badge-insufficient-data`).
 * @csspart summary - The core's sentences about the dynamics.
 * @csspart notice - A notice: one year only, or the core's data issues.
 * @csspart table - The data table.
 * @csspart empty - The message shown without data.
 *
 * @cssprop --shnro-chart-color-1 - Colour of the 1st, 9th, … school (also `-2` … `-8`).
 * @cssprop --shnro-chart-grid-color - Grid lines.
 * @cssprop --shnro-chart-reference-color - The municipal average line.
 * @cssprop --shnro-chart-band-color - The low-results band.
 * @cssprop --shnro-color-text - Text colour.
 * @cssprop --shnro-color-surface - Chart and table background.
 * @cssprop --shnro-color-success - Badge of positive dynamics.
 * @cssprop --shnro-color-danger - Badge of decline.
 * @cssprop --shnro-color-warning - Badge of stable-low results.
 * @cssprop --shnro-font-family - Font family.
 */
export class ShnroDynamicsChart extends LitElement {
  static override styles = [themeStyles, dynamicsChartStyles];

  /** Result series of the schools (ряды результатов), as the core's `resultSeriesSchema` describes. */
  @property({ attribute: false }) series?: readonly ResultSeries[];

  /** School names by id (or school records); they also set the order of rows. */
  @property({ attribute: false }) schools?: DynamicsChartSchools;

  /** Options of `compareSeries`: metric, years, municipal average, tolerance, low threshold, minimum sample. */
  @property({ attribute: false }) options?: DynamicsChartOptions;

  /** `lines` or `bars`; by default bars for up to 3 compared years, lines for more. */
  @property({ reflect: true }) variant?: DynamicsChartVariant;

  /** Shows the data table under the chart. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** The chart's caption; by default «ГИА-9: совокупность среднего балла по 4 предметам, 2022–2023». */
  @property() label?: string;

  /** Words after «в школах» in the sentences, as seed 004 writes «в школах ШНОР № 22, 27». */
  @property() qualifier?: string;

  /** The name of the reference line; by default «Среднее по муниципалитету». */
  @property({ attribute: 'municipal-label' }) municipalLabel?: string;

  @state() private width = 0;
  @state() private announcement = '';
  @state() private legendOpen = false;

  @query('svg.chart') private chartSvg?: SVGSVGElement;
  @query('.plot') private plotElement?: HTMLElement;

  private readonly localize = new LocalizeController(this, dynamicsChartMessages);
  private readonly t: ChartTerm = (key, values) => this.localize.term(key, values);
  private readonly nav = new PointNavigationController(this, {
    layout: () => this.layout,
    svg: () => this.chartSvg,
    announce: (series, point) => {
      if (this.result) this.announcement = pointText(this.words(this.result), series, point);
    },
    focusSeries: (index) =>
      this.renderRoot.querySelector<SVGGElement>(`g.series[data-index="${index}"]`)?.focus(),
  });
  private readonly data = new ChartData(this);
  // Not needed for the first frame: loaded at idle time after it, or when first used.
  private readonly exporter = new LazyPart(() => import('./export-actions.js'));
  private readonly table = new LazyPart(() => import('./data-table.js'));
  private readonly lazy = new LazyParts(this, [this.exporter, this.table]);
  private computedLocale?: WidgetLocale;
  private resizeObserver?: ResizeObserver;
  private readonly labels = new SeriesLabels();
  private readonly summary = new SummaryCache();
  private readonly seriesLayer = new SeriesLayer();

  /** The comparison the chart shows, as the core's `compareSeries` returned it. */
  get dynamics(): DynamicsResult | undefined {
    return this.data.result;
  }

  private get result(): DynamicsResult | undefined {
    return this.data.result;
  }

  private get layout(): ChartLayout | undefined {
    return this.data.layout;
  }

  private get municipal(): ReadonlyMap<number, number> {
    return this.data.municipal;
  }

  /** The variant drawn now: the `variant` attribute, or the default for the number of years. */
  get renderedVariant(): DynamicsChartVariant | undefined {
    return this.layout?.variant;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Data from a child JSON block unless the host set `series`.
    if (!this.series)
      this.data.readInline(this, (found) => {
        this.series = found.series;
        if (found.schools) this.schools = found.schools;
        if (found.options) this.options = found.options;
      });
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Redrawn in the next frame: a redraw changes the height, which would notify again in this one.
      if (width > 0 && width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
  }

  /**
   * Resolves after the data checked on demand (a JSON block, a malformed series) is drawn, and
   * after a part loaded on demand (the table shown, an export clicked) has done its work.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (;;) {
      const pending = this.data.loading ? this.data.settled : this.lazy.pending;
      if (!pending) return complete;
      await pending;
      complete = await super.getUpdateComplete();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.localize.locale;
    if (
      changed.has('series') ||
      changed.has('schools') ||
      changed.has('options') ||
      locale !== this.computedLocale
    ) {
      this.data.compare(this.series, this.schools, this.options, locale);
      this.computedLocale = locale;
    }
    if (this.width === 0) this.width = Math.round(this.getBoundingClientRect().width) || 640;
    // Hover and focus re-render too; the layout is redone only when what it depends on changed.
    // A new result, now or from data checked on demand, also closes the tooltip.
    if (this.data.lay(this.variant, this.width, locale, this.municipalText))
      this.nav.reset(this.result?.schools.length ?? 0);
  }

  protected override updated(): void {
    // The series are drawn into the layer the template left empty, with no template per school.
    const result = this.result;
    const words = result ? this.words(result) : undefined;
    this.seriesLayer.sync(
      this.renderRoot.querySelector<SVGGElement>('g.series-layer') ?? undefined,
      words ? this.layout : undefined,
      this.nav.roving,
      (series) => this.labels.of(words!, series),
    );
    // The chart's size on screen is read only while a tooltip is shown, after the update.
    const layout = this.layout;
    const found = layout && this.nav.activePoint(layout);
    const tooltip = found && this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (layout && found && tooltip)
      placeTooltip(
        tooltip,
        layout,
        found.point,
        this.chartSvg?.getBoundingClientRect().width ?? layout.width,
      );
  }

  private get municipalText(): string {
    return this.municipalLabel ?? this.t('municipal');
  }

  private get locale(): WidgetLocale {
    return this.localize.locale;
  }

  /** What the labels and the parts of the template need to put the comparison in words. */
  private words(result: DynamicsResult): ChartWords {
    return {
      result,
      locale: this.locale,
      t: this.t,
      municipalText: this.municipalText,
      municipalLabel: this.municipalLabel,
    };
  }

  private get legendFold(): LegendFold {
    return { open: this.legendOpen, toggle: (open) => (this.legendOpen = open) };
  }

  /** The caption: the `label` attribute, or the assessment, metric and years from the core. */
  get caption(): string {
    if (this.label) return this.label;
    return this.result ? captionOf(this.result, this.locale, this.t) : '';
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult | typeof nothing {
    const result = this.result;
    const layout = this.layout;
    const error = this.data.error;
    if (error) {
      return html`<p role="alert" part="notice" class="notice">
        ${this.t(error.kind === 'inline' ? 'badInlineJson' : 'badData', { error: error.message })}
      </p>`;
    }
    // A JSON block or a problem's wording still loading: nothing yet rather than «Нет данных».
    if (!result && this.data.loading) return nothing;
    if (!result || !layout)
      return emptyTemplate(result ? summarizeDynamics(result, this.locale) : [], this.t);
    const title = this.caption;
    return html`
      ${toolbarTemplate(
        this.showTable,
        this.t,
        () => (this.showTable = !this.showTable),
        (kind) => void this.download(kind),
      )}
      <figure part="figure">
        <figcaption part="title" id="title">${title}</figcaption>
        ${noticesTemplate(result, this.t)}
        <div class="plot">
          ${this.renderChart(result, layout, title)}
          ${tooltipTemplate(this.words(result), layout, this.nav.activePoint(layout))}
        </div>
        ${guard([layout, this.legendOpen], () => legendTemplate(this.words(result), layout, this.legendFold))}
      </figure>
      <div part="summary" class="summary">
        ${this.summary.of(result, this.locale, this.qualifier).map((sentence) => html`<p>${sentence}</p>`)}
      </div>
      <div
        class="table-wrap"
        id="data-table"
        role="region"
        aria-labelledby="title"
        tabindex=${this.showTable ? '0' : '-1'}
        ?hidden=${!this.showTable}
      >
        ${this.showTable ? this.tableTemplate(result, title) : nothing}
      </div>
      <p id="keyboard-hint" class="visually-hidden">${this.t('keyboardHint')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderChart(result: DynamicsResult, layout: ChartLayout, title: string): TemplateResult {
    const { width, height } = layout;
    const dim = this.nav.active !== undefined && layout.series.length >= DIM_FROM;
    const many = layout.series.length > MANY_SERIES;
    const words = this.words(result);
    return html`<svg
      class="chart ${dim ? 'dim' : ''} ${many ? 'many' : ''}"
      part="chart"
      viewBox="0 0 ${width} ${height}"
      data-variant=${layout.variant}
      role="group"
      aria-label=${this.t('chartLabel', { title })}
      aria-describedby="keyboard-hint"
      @pointermove=${this.nav.pointerMove}
      @pointerdown=${this.nav.pointerMove}
      @pointerleave=${this.nav.pointerLeave}
      @keydown=${this.nav.keyDown}
      @focusin=${this.nav.focusIn}
      @focusout=${this.nav.focusOut}
    >
      ${guard([layout], () => staticLayerTemplate(result, layout, this.locale))}
      <g class="series-layer"></g>
      ${guard([layout], () => referenceLayerTemplate(result, layout, this.locale, bandLabel(words)))}
      ${activeTemplate(layout, this.nav.activePoint(layout))}
    </svg>`;
  }

  /** The data table, once its module is loaded (it loads when first shown). */
  private tableTemplate(result: DynamicsResult, title: string): TemplateResult | typeof nothing {
    const table = this.table.value;
    if (table) return table.dataTableTemplate(chartKit(this.words(result)), title, this.municipal);
    void this.lazy.track(this.table.get());
    return nothing;
  }

  // ---------------------------------------------------------------- export

  /** What an export reads from the chart as drawn now. */
  private get exportSource(): ChartExportSource {
    const result = this.result;
    return {
      host: this,
      chart: this.chartSvg ?? undefined,
      plot: this.plotElement ?? undefined,
      layout: this.layout,
      kit: result ? chartKit(this.words(result)) : undefined,
      title: this.caption,
      municipal: this.municipal,
    };
  }

  /**
   * The chart as a standalone SVG file: styles resolved and inlined in the light scheme (a
   * report is printed on paper), with a title and a legend. Empty when nothing is drawn.
   * Asynchronous: the export's code loads on first use (or at idle time after the first frame).
   */
  async toSvg(): Promise<string> {
    const { chartSvgFile } = await this.exporter.get();
    return chartSvgFile(this.exportSource);
  }

  /** The chart as a PNG at twice its size, drawn from `toSvg()`. */
  async toPng(scale = 2): Promise<Blob> {
    const { chartPngFile } = await this.exporter.get();
    return chartPngFile(this.exportSource, scale);
  }

  /** The data as a CSV for Excel (BOM, `;`, decimal comma); empty when there is no data. */
  async toCsv(): Promise<string> {
    const { chartCsvFile } = await this.exporter.get();
    return chartCsvFile(this.exportSource);
  }

  /** Downloads the chart (`svg`, `png`) or the data (`csv`), as the toolbar buttons do. */
  download(kind: DynamicsChartExport): Promise<void> {
    return this.lazy.track(
      this.exporter.get().then(({ downloadChart }) => downloadChart(this.exportSource, kind)),
    );
  }
}
