import {
  assessmentLabels,
  compareSeries,
  dynamicsClassLabels,
  formatChange,
  metricPhrase,
  pickText,
  resultMetricLabels,
  resultSeriesSchema,
  summarizeDynamics,
  type DynamicsClass,
  type DynamicsOptions,
  type DynamicsResult,
  type ResultSeries,
  type School,
  type YearValue,
} from '@shnro/core';
import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { downloadFile } from '../shared/download.js';
import { readInlineJson } from '../shared/inline-json.js';
import { LocalizeController, type WidgetLocale } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  defaultVariant,
  layoutChart,
  valueLabel,
  type ChartLayout,
  type ChartPoint,
  type ChartSeries,
  type DynamicsChartVariant,
} from './chart-model.js';
import { dynamicsChartStyles } from './dynamics-chart.styles.js';
import { dynamicsCsv, standaloneSvg, svgToPng, type StandaloneSvgExtras } from './export.js';
import { dynamicsChartMessages } from './messages.js';
import { classIcons, markerPath, type FillPattern } from './palette.js';
import { PointNavigationController } from './point-navigation-controller.js';

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
// Past this many series, lines and markers get thinner and the legend folds away.
const MANY_SERIES = 12;

/**
 * @tagname shnro-dynamics-chart
 * @summary Results dynamics of schools over years (seeds 002, 004: ГИА-9 sums of average scores,
 * 2022 vs 2023): a line or grouped bars per school, the municipal average as a reference line,
 * the low-results band, each school's class from the core as a badge, the report's sentences
 * under the chart, the same data as a table, and export as SVG, PNG and CSV.
 *
 * The element judges nothing: it passes `series` and `options` to the core's `compareSeries`
 * and draws what comes back; the sentences are the core's `summarizeDynamics`. Scales and ticks
 * come from d3-scale. School names are rendered as text, never as HTML.
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
  @state() private inlineJsonError?: string;

  @query('svg.chart') private chartSvg?: SVGSVGElement;
  @query('.plot') private plotElement?: HTMLElement;

  private readonly localize = new LocalizeController(this, dynamicsChartMessages);
  private readonly nav = new PointNavigationController(this, {
    layout: () => this.layout,
    svg: () => this.chartSvg,
    announce: (series, point) => {
      if (this.result) this.announcement = this.pointText(this.result, series, point);
    },
    focusSeries: (index) =>
      this.renderRoot.querySelector<SVGGElement>(`g.series[data-index="${index}"]`)?.focus(),
  });
  private result?: DynamicsResult;
  private layout?: ChartLayout;
  private municipal = new Map<number, number>();
  private computedLocale?: WidgetLocale;
  private resizeObserver?: ResizeObserver;
  private layoutKey = '';

  /** The comparison the chart shows, as the core's `compareSeries` returned it. */
  get dynamics(): DynamicsResult | undefined {
    return this.result;
  }

  /** The variant drawn now: the `variant` attribute, or the default for the number of years. */
  get renderedVariant(): DynamicsChartVariant | undefined {
    return this.layout?.variant;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineData();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Redrawn in the next frame: a redraw changes the height, which would notify again in this one.
      if (width > 0 && width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
  }

  /** Takes data from a child JSON block (`series`, `schools`, `options`) unless the host set `series`. */
  private readInlineData(): void {
    if (this.series) return;
    const found = readInlineJson(this);
    if (!found) return;
    if (!found.ok) {
      this.inlineJsonError = found.error;
      return;
    }
    const { series, schools, options } = found.value;
    // Hand-written JSON is checked against the core's schema: a wrong field is named, not thrown.
    const checked = resultSeriesSchema.array().safeParse(series ?? []);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      this.inlineJsonError = `series.${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
      return;
    }
    this.series = checked.data;
    if (schools) this.schools = schools as DynamicsChartSchools;
    if (options) this.options = options as DynamicsChartOptions;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.localize.locale;
    let dirty = false;
    if (
      changed.has('series') ||
      changed.has('schools') ||
      changed.has('options') ||
      locale !== this.computedLocale ||
      this.result === undefined
    ) {
      this.result = this.compare(locale);
      this.computedLocale = locale;
      this.nav.reset(this.result?.schools.length ?? 0);
      dirty = true;
    }
    if (this.width === 0) this.width = Math.round(this.getBoundingClientRect().width) || 640;
    const result = this.result;
    const variant =
      this.variant === 'lines' || this.variant === 'bars'
        ? this.variant
        : defaultVariant(result?.years.length ?? 0);
    // Hover and focus re-render too; the layout is redone only when what it depends on changed.
    const key = `${variant}|${this.width}|${this.municipalText}`;
    if (dirty || key !== this.layoutKey) {
      this.layoutKey = key;
      this.layout =
        result && result.schools.length > 0
          ? layoutChart(result, {
              width: this.width,
              variant,
              locale,
              municipal: this.municipal,
              municipalLabel: this.municipalText,
            })
          : undefined;
    }
  }

  private compare(locale: WidgetLocale): DynamicsResult | undefined {
    const series = this.series ?? [];
    const options = this.options ?? {};
    const assessment = options.assessment ?? series[0]?.assessment;
    const metric = options.metric ?? series[0]?.metric;
    this.municipal = new Map((options.municipalAverage ?? []).map((entry) => [entry.year, entry.value]));
    if (assessment === undefined || metric === undefined) return undefined;
    const schools = this.schoolRecords() ?? options.schools;
    return compareSeries(series, {
      ...options,
      assessment,
      metric,
      ...(schools ? { schools } : {}),
      locale,
    });
  }

  private schoolRecords(): Pick<School, 'id' | 'name'>[] | undefined {
    const schools = this.schools;
    if (schools === undefined) return undefined;
    if (Array.isArray(schools)) return [...(schools as readonly Pick<School, 'id' | 'name'>[])];
    return Object.entries(schools as Readonly<Record<string, string>>).map(([id, name]) => ({ id, name }));
  }

  private get municipalText(): string {
    return this.municipalLabel ?? this.localize.term('municipal');
  }

  private get locale(): WidgetLocale {
    return this.localize.locale;
  }

  /** The caption: the `label` attribute, or the assessment, metric and years from the core. */
  get caption(): string {
    if (this.label) return this.label;
    const result = this.result;
    if (!result) return '';
    const assessment = pickText(assessmentLabels[result.assessment], this.locale);
    const metric = metricPhrase(result.metric, result.subjects, this.locale);
    const first = result.years[0];
    const last = result.years.at(-1);
    if (first === undefined || last === undefined) return `${assessment}: ${metric}`;
    return first === last
      ? this.localize.term('titleOneYear', { assessment, metric, year: first })
      : this.localize.term('title', { assessment, metric, from: first, to: last });
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const result = this.result;
    const layout = this.layout;
    if (this.inlineJsonError) {
      return html`<p role="alert" part="notice" class="notice">
        ${this.localize.term('badInlineJson', { error: this.inlineJsonError })}
      </p>`;
    }
    if (!result || !layout) {
      const sentences = result ? summarizeDynamics(result, this.locale) : [];
      return html`<div part="empty" class="empty" role="status">
        <p>${this.localize.term('empty')}</p>
        ${sentences.length > 0 ? html`<p>${sentences.join(' ')}</p>` : html`<p>${this.localize.term('emptyHint')}</p>`}
      </div>`;
    }
    const title = this.caption;
    return html`
      <div class="toolbar" part="toolbar">
        <button
          type="button"
          part="table-toggle"
          aria-expanded=${this.showTable ? 'true' : 'false'}
          aria-controls="data-table"
          @click=${() => (this.showTable = !this.showTable)}
        >
          ${this.localize.term(this.showTable ? 'hideTable' : 'showTable')}
        </button>
        <span role="group" aria-label=${this.localize.term('exportGroup')}>
          <button type="button" part="export" data-export="svg" @click=${() => void this.download('svg')}>
            ${this.localize.term('exportSvg')}
          </button>
          <button type="button" part="export" data-export="png" @click=${() => void this.download('png')}>
            ${this.localize.term('exportPng')}
          </button>
          <button type="button" part="export" data-export="csv" @click=${() => void this.download('csv')}>
            ${this.localize.term('exportCsv')}
          </button>
        </span>
      </div>
      <figure part="figure">
        <figcaption part="title" id="title">${title}</figcaption>
        ${this.renderNotices(result)}
        <div class="plot">
          ${this.renderChart(result, layout, title)} ${this.renderTooltip(result, layout)}
        </div>
        ${this.renderLegend(result, layout)}
      </figure>
      <div part="summary" class="summary">
        ${summarizeDynamics(
          result,
          this.locale,
          this.qualifier ? { qualifier: { ru: this.qualifier } } : {},
        ).map((sentence) => html`<p>${sentence}</p>`)}
      </div>
      <div
        class="table-wrap"
        id="data-table"
        role="region"
        aria-labelledby="title"
        tabindex=${this.showTable ? '0' : '-1'}
        ?hidden=${!this.showTable}
      >
        ${this.showTable ? this.renderTable(result, title) : nothing}
      </div>
      <p id="keyboard-hint" class="visually-hidden">${this.localize.term('keyboardHint')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderNotices(result: DynamicsResult): TemplateResult | typeof nothing {
    const notices: string[] = [];
    const [only] = result.years;
    if (result.years.length === 1 && only !== undefined)
      notices.push(this.localize.term('oneYear', { year: only }));
    // The one-year notice above says what too-few-years says, in the chart's words.
    for (const issue of result.issues) if (issue.code !== 'too-few-years') notices.push(issue.message);
    if (notices.length === 0) return nothing;
    return html`<ul part="notice" class="notice issues">
      ${notices.map((notice) => html`<li>${notice}</li>`)}
    </ul>`;
  }

  private renderChart(result: DynamicsResult, layout: ChartLayout, title: string): TemplateResult {
    const { width, height } = layout;
    const dim = this.nav.active !== undefined && layout.series.length >= DIM_FROM;
    const many = layout.series.length > MANY_SERIES;
    return html`<svg
      class="chart ${dim ? 'dim' : ''} ${many ? 'many' : ''}"
      part="chart"
      viewBox="0 0 ${width} ${height}"
      data-variant=${layout.variant}
      role="group"
      aria-label=${this.localize.term('chartLabel', { title })}
      aria-describedby="keyboard-hint"
      @pointermove=${this.nav.pointerMove}
      @pointerdown=${this.nav.pointerMove}
      @pointerleave=${this.nav.pointerLeave}
      @keydown=${this.nav.keyDown}
      @focusin=${this.nav.focusIn}
      @focusout=${this.nav.focusOut}
    >
      ${guard([layout], () => this.renderStatic(result, layout))}
      ${guard([layout, this.nav.roving], () => this.renderSeries(result, layout))}
      ${guard([layout], () => this.renderReference(result, layout))} ${this.renderActive(layout)}
    </svg>`;
  }

  /** Definitions, grid, axes and the band: everything that does not change on hover. */
  private renderStatic(result: DynamicsResult, layout: ChartLayout): SVGTemplateResult {
    const { plot } = layout;
    const metricLabel = pickText(resultMetricLabels[result.metric], this.locale);
    const markerSize = layout.series.length > MANY_SERIES ? 5.5 : 9;
    return svg`
      <defs>
        <pattern id="band-hatch" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect class="band-hatch-bg" width="8" height="8"></rect>
          <path class="band-hatch-ink" d="M-2 2L2 -2M0 8L8 0M6 10L10 6"></path>
        </pattern>
        ${layout.series.map((series) =>
          layout.variant === 'lines'
            ? svg`<marker id="m-${series.index}" viewBox="-6 -6 12 12" markerWidth="12" markerHeight="12"
                markerUnits="userSpaceOnUse" refX="0" refY="0" orient="0">
                <path class="marker s${series.style.colour}" d=${markerPath(series.style.marker, markerSize)}></path>
              </marker>`
            : this.renderPattern(series),
        )}
      </defs>
      <g class="grid" aria-hidden="true">
        ${layout.ticks.map(
          (tick) => svg`<line x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
            <text class="tick" x=${plot.left - 8} y=${tick.y + 4} text-anchor="end">${tick.label}</text>`,
        )}
      </g>
      <text class="axis-title" x="0" y="14" aria-hidden="true">${capitalize(metricLabel)}</text>
      ${layout.band ? svg`<path class="band" d=${layout.band.path} aria-hidden="true"></path>` : nothing}
      <g class="x-axis" aria-hidden="true">
        <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${layout.years.map(
          (year, index) =>
            svg`<text class="year" x=${layout.yearX[index] ?? 0} y=${plot.bottom + 20} text-anchor="middle">${year}</text>`,
        )}
      </g>
    `;
  }

  private renderPattern(series: ChartSeries): SVGTemplateResult {
    const ink: Record<FillPattern, string> = {
      solid: '',
      diagonal: 'M-1.5 1.5L1.5 -1.5M0 6L6 0M4.5 7.5L7.5 4.5',
      'reverse-diagonal': 'M-1.5 4.5L1.5 7.5M0 0L6 6M4.5 -1.5L7.5 1.5',
      crosshatch: 'M0 0L6 6M6 0L0 6',
      horizontal: 'M0 3H6',
      dots: 'M3 2.1a0.9 0.9 0 1 0 0.01 0Z',
    };
    const d = ink[series.style.fill];
    return svg`<pattern id="p-${series.index}" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-bg s${series.style.colour}" width="6" height="6"></rect>
      ${d ? svg`<path class="pattern-ink" d=${d}></path>` : nothing}
    </pattern>`;
  }

  private bandLabel(result: DynamicsResult): string {
    if (result.lowThreshold === 'municipal-average')
      return this.municipalLabel
        ? this.localize.term('bandBelowLine', { label: this.municipalLabel })
        : this.localize.term('bandBelowMunicipal');
    return this.localize.term('bandBelow', {
      value: valueLabel(result, result.lowThreshold ?? 0, this.locale),
    });
  }

  /** One focusable group per school (a roving tab stop), one path per school for lines. */
  private renderSeries(result: DynamicsResult, layout: ChartLayout): SVGTemplateResult {
    return svg`<g class="series-layer">
      ${layout.series.map((series) => {
        const common = `series s${series.style.colour}`;
        const label = this.seriesLabel(result, series);
        const tabindex = series.index === this.nav.roving ? '0' : '-1';
        if (layout.variant === 'lines') {
          const marker = `url(#m-${series.index})`;
          return svg`<g class=${common} data-index=${series.index} data-school=${series.schoolId}
              data-class=${series.row.classification} tabindex=${tabindex} role="img" aria-label=${label}>
            <path class="line" d=${series.path} stroke-dasharray=${series.style.dash || 'none'}
              marker-start=${marker} marker-mid=${marker} marker-end=${marker}
              data-values=${series.points.map((point) => `${point.year}:${point.value}`).join(' ')}></path>
            ${series.row.smallSample ? series.points.map((point) => svg`<circle class="small-sample" cx=${point.x} cy=${point.y} r="8.5"></circle>`) : nothing}
          </g>`;
        }
        return svg`<g class=${common} data-index=${series.index} data-school=${series.schoolId}
            data-class=${series.row.classification} tabindex=${tabindex} role="img" aria-label=${label}>
          ${series.points.map((point) => this.renderBar(series, point))}
        </g>`;
      })}
    </g>`;
  }

  private renderBar(series: ChartSeries, point: ChartPoint): SVGTemplateResult {
    const bar = point.bar!;
    return svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}
        fill="url(#p-${series.index})" data-year=${point.year} data-value=${point.value}></rect>
      ${
        series.row.smallSample
          ? svg`<rect class="small-sample" x=${bar.x - 2.5} y=${bar.y - 2.5} width=${bar.width + 5} height=${bar.height + 5}></rect>`
          : nothing
      }
`;
  }

  /** The municipal average and the end labels, drawn above the series. */
  private renderReference(result: DynamicsResult, layout: ChartLayout): SVGTemplateResult {
    const municipal = layout.municipal;
    return svg`
      ${
        municipal
          ? svg`<g class="reference" aria-hidden="true">
              <path class="municipal-halo" d=${municipal.path}></path>
              <path class="municipal" d=${municipal.path}></path>
              ${
                layout.variant === 'bars' && layout.barValueLabels
                  ? municipal.points.map(
                      (point) =>
                        svg`<text class="municipal-value" x=${point.x + layout.yearHalfStep * 0.78} y=${point.y - 5} text-anchor="end">${valueLabel(result, point.value, this.locale)}</text>`,
                    )
                  : nothing
              }
            </g>`
          : nothing
      }
      ${
        // Above the reference line, so that a value just under it stays readable.
        layout.barValueLabels
          ? svg`<g class="bar-values" aria-hidden="true">${layout.series.flatMap((series) =>
              series.points.map(
                (point) =>
                  svg`<text class="bar-value" x=${point.x} y=${point.y - 5}>${valueLabel(result, point.value, this.locale)}</text>`,
              ),
            )}</g>`
          : nothing
      }
      ${
        // Bars would hide the label; the legend names the band there.
        layout.band && layout.variant === 'lines'
          ? svg`<text class="band-label" x=${layout.band.labelX} y=${layout.band.labelY} aria-hidden="true">${this.bandLabel(result)}</text>`
          : nothing
      }
      ${layout.endLabels.map(
        (label) =>
          svg`<text class="end-label ${label.of === 'municipal' ? 'municipal-label' : ''}" x=${label.x} y=${label.y} aria-hidden="true">${label.text}</text>`,
      )}
    `;
  }

  /** The pointed or focused value: a ring, and the whole line drawn again on top. */
  private renderActive(layout: ChartLayout): SVGTemplateResult | typeof nothing {
    const found = this.nav.activePoint(layout);
    if (!found) return nothing;
    const { series, point } = found;
    const bar = point.bar;
    return svg`<g class="active" data-export="skip" aria-hidden="true">
      ${
        layout.variant === 'lines'
          ? svg`<path class="line active-line s${series.style.colour}" d=${series.path}
              stroke-dasharray=${series.style.dash || 'none'} marker-start="url(#m-${series.index})"
              marker-mid="url(#m-${series.index})" marker-end="url(#m-${series.index})"></path>
              <circle class="focus-ring" cx=${point.x} cy=${point.y} r="9"></circle>`
          : svg`<rect class="focus-ring" x=${(bar?.x ?? 0) - 3} y=${(bar?.y ?? 0) - 3}
              width=${(bar?.width ?? 0) + 6} height=${(bar?.height ?? 0) + 6} rx="2"></rect>`
      }
    </g>`;
  }

  private renderTooltip(result: DynamicsResult, layout: ChartLayout): TemplateResult | typeof nothing {
    const found = this.nav.activePoint(layout);
    if (!found) return nothing;
    const { series, point } = found;
    const scale = (this.chartSvg?.getBoundingClientRect().width ?? layout.width) / layout.width;
    const left = point.x * scale;
    const top = point.y * scale;
    const flip = point.x > layout.width * 0.6;
    const style = `left:${left}px;top:${top}px;transform:translate(${flip ? 'calc(-100% - 14px)' : '14px'}, -50%)`;
    return html`<div class="tooltip" part="tooltip" style=${style} aria-hidden="true">
      ${this.tooltipContent(result, series, point)}
    </div>`;
  }

  /** The tooltip's lines, the same by pointer and by keyboard. */
  private tooltipContent(result: DynamicsResult, series: ChartSeries, point: ChartPoint): TemplateResult {
    const entry = series.row.values[point.yearIndex];
    const change = series.row.changes.find((item) => item.to === point.year);
    const participants = entry?.participants;
    return html`<strong>${series.name}</strong>
      <span
        >${point.year}: <b>${valueLabel(result, point.value, this.locale)}</b>${
          participants === undefined ? nothing : html` · ${this.participantsText(participants)}`
        }</span
      >
      ${
        change
          ? html`<span
              >${this.localize.term('changeFrom', {
                year: change.from,
                change: formatChange(change, result.precision, this.locale),
              })}</span
            >`
          : nothing
      }
      ${
        entry?.vsMunicipal != null
          ? html`<span
              >${this.localize.term('vsMunicipal', {
                difference: formatChange(
                  { absolute: entry.vsMunicipal, unit: result.unit },
                  result.precision,
                  this.locale,
                ),
              })}</span
            >`
          : nothing
      }
      ${this.renderBadge(series.row.classification)}
      ${series.row.smallSample ? html`<span class="small-note">${this.localize.term('smallSample')}</span>` : nothing}`;
  }

  private participantsText(count: number): string {
    return this.localize.term('participants', { count });
  }

  private renderBadge(kind: DynamicsClass): TemplateResult {
    const icon = classIcons[kind];
    return html`<span class="badge ${kind}" part="badge badge-${kind}" data-class=${kind}
      ><svg viewBox="0 0 12 12" aria-hidden="true">
        <path d=${icon.fill}></path>
        ${icon.stroke ? svg`<path d=${icon.stroke} fill="none"></path>` : nothing}</svg
      >${capitalize(pickText(dynamicsClassLabels[kind], this.locale))}</span
    >`;
  }

  private renderLegend(result: DynamicsResult, layout: ChartLayout): TemplateResult {
    // A hundred schools would push the summary a screen away: their list opens on request.
    if (layout.series.length <= MANY_SERIES) return this.renderLegendList(result, layout, layout.series);
    return html`<details
        class="legend-details"
        part="legend-details"
        ?open=${this.legendOpen}
        @toggle=${(event: Event) => (this.legendOpen = (event.target as HTMLDetailsElement).open)}
      >
        <summary>${this.localize.term('legendSchools', { count: layout.series.length })}</summary>
        ${this.legendOpen ? this.renderLegendList(result, layout, layout.series, false) : nothing}
      </details>
      ${this.renderLegendList(result, layout, [])}`;
  }

  private renderLegendList(
    result: DynamicsResult,
    layout: ChartLayout,
    schools: readonly ChartSeries[],
    withKeys = true,
  ): TemplateResult {
    const lines = layout.variant === 'lines';
    return html`<ul part="legend" class="legend" aria-label=${this.localize.term('legend')}>
      ${schools.map(
        (series) =>
          html`<li data-school=${series.schoolId}>
            <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
              ${
                lines
                  ? svg`<path class="line s${series.style.colour}" d="M1 8H29" stroke-dasharray=${series.style.dash || 'none'}></path>
                    <path class="marker s${series.style.colour}" transform="translate(15 8)" d=${markerPath(series.style.marker)}></path>`
                  : svg`<rect class="bar s${series.style.colour}" x="3" y="1" width="24" height="14" fill="url(#p-${series.index})"></rect>`
              }
            </svg>
            <span class="name">${series.name}</span>
            ${series.row.change ? html`<span class="change">${formatChange(series.row.change, result.precision, this.locale)}</span>` : nothing}
            ${this.renderBadge(series.row.classification)}
            ${series.row.smallSample ? html`<span class="note">· ${this.localize.term('smallSample')}</span>` : nothing}
          </li>`,
      )}
      ${withKeys ? this.renderLegendKeys(result, layout) : nothing}
    </ul>`;
  }

  private renderLegendKeys(result: DynamicsResult, layout: ChartLayout): TemplateResult {
    return html`
      ${
        layout.municipal
          ? html`<li data-legend="municipal">
              <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
                <path class="municipal" d="M1 8H29"></path>
              </svg>
              <span>${this.municipalText}</span>
            </li>`
          : nothing
      }
      ${
        layout.band
          ? html`<li data-legend="band">
              <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
                <rect class="band" x="3" y="1" width="24" height="14"></rect>
              </svg>
              <span>${this.bandLabel(result)}</span>
            </li>`
          : nothing
      }
      ${
        layout.series.some((series) => series.row.smallSample)
          ? html`<li data-legend="small-sample">
              <svg class="swatch" viewBox="0 0 30 16" aria-hidden="true">
                <circle class="small-sample" cx="15" cy="8" r="6"></circle>
              </svg>
              <span>${this.localize.term('smallSampleLegend', { count: result.minSample })}</span>
            </li>`
          : nothing
      }
    `;
  }

  private renderTable(result: DynamicsResult, title: string): TemplateResult {
    const judged = result.baseYear !== null && result.lastYear !== null;
    const municipal = result.years.some((year) => this.municipal.has(year));
    return html`<table part="table">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.localize.term('columnSchool')}</th>
          ${result.years.map((year) => html`<th scope="col" data-year=${year}>${year}</th>`)}
          ${
            judged
              ? html`<th scope="col">
                  ${this.localize.term('columnChange', { from: result.baseYear ?? '', to: result.lastYear ?? '' })}
                </th>`
              : nothing
          }
          <th scope="col">${this.localize.term('columnClass')}</th>
        </tr>
      </thead>
      <tbody>
        ${result.schools.map(
          (row) =>
            html`<tr data-school=${row.schoolId}>
              <th scope="row">${row.schoolName ?? row.schoolId}</th>
              ${row.values.map((entry) => this.renderValueCell(result, entry))}
              ${
                judged
                  ? html`<td class="number">
                      ${row.change ? formatChange(row.change, result.precision, this.locale) : html`<span class="missing">—</span>`}
                    </td>`
                  : nothing
              }
              <td>
                ${this.renderBadge(row.classification)}
                ${row.smallSample ? html`<span class="small-note">${this.localize.term('smallSample')}</span>` : nothing}
              </td>
            </tr>`,
        )}
        ${
          municipal
            ? html`<tr class="municipal-row" data-row="municipal">
                <th scope="row">${this.municipalText}</th>
                ${result.years.map((year) => {
                  const value = this.municipal.get(year);
                  return value === undefined
                    ? html`<td class="number">
                        <span class="missing">${this.localize.term('missing')}</span>
                      </td>`
                    : html`<td class="number" data-year=${year}>
                        ${valueLabel(result, value, this.locale)}
                      </td>`;
                })}
                ${judged ? html`<td></td>` : nothing}
                <td></td>
              </tr>`
            : nothing
        }
      </tbody>
    </table>`;
  }

  private renderValueCell(result: DynamicsResult, entry: YearValue): TemplateResult {
    if (entry.value === null)
      return html`<td class="number" data-year=${entry.year}>
        <span class="missing">${this.localize.term('missing')}</span>
      </td>`;
    return html`<td class="number" data-year=${entry.year}>
      ${valueLabel(result, entry.value, this.locale)}
    </td>`;
  }

  // ---------------------------------------------------------------- labels

  private seriesLabel(result: DynamicsResult, series: ChartSeries): string {
    const values = series.row.values
      .map((entry) =>
        this.localize.term('seriesValue', {
          year: entry.year,
          value:
            entry.value === null
              ? this.localize.term('noValue')
              : valueLabel(result, entry.value, this.locale),
        }),
      )
      .join('; ');
    const classification = capitalize(pickText(dynamicsClassLabels[series.row.classification], this.locale));
    const change = series.row.change
      ? ` (${formatChange(series.row.change, result.precision, this.locale)})`
      : '';
    const small = series.row.smallSample ? `, ${this.localize.term('smallSample')}` : '';
    return this.localize.term('seriesLabel', {
      name: series.name,
      values,
      classification: classification + change + small,
    });
  }

  private pointText(result: DynamicsResult, series: ChartSeries, point: ChartPoint): string {
    const entry = series.row.values[point.yearIndex];
    const change = series.row.changes.find((item) => item.to === point.year);
    const parts = [
      this.localize.term('pointLabel', {
        name: series.name,
        year: point.year,
        value: valueLabel(result, point.value, this.locale),
      }),
    ];
    if (entry?.participants !== undefined) parts.push(this.participantsText(entry.participants));
    if (change)
      parts.push(
        this.localize.term('changeFrom', {
          year: change.from,
          change: formatChange(change, result.precision, this.locale),
        }),
      );
    if (entry?.vsMunicipal != null)
      parts.push(
        this.localize.term('vsMunicipal', {
          difference: formatChange(
            { absolute: entry.vsMunicipal, unit: result.unit },
            result.precision,
            this.locale,
          ),
        }),
      );
    return parts.join(', ');
  }

  // ---------------------------------------------------------------- export

  /**
   * The chart as a standalone SVG file: styles resolved and inlined in the light scheme (a
   * report is printed on paper), with a title and a legend. Empty when nothing is drawn.
   */
  toSvg(): string {
    const chart = this.chartSvg;
    const layout = this.layout;
    const result = this.result;
    if (!chart || !layout || !result) return '';
    const scheme = this.style.getPropertyValue('color-scheme');
    const dimmed = chart.classList.contains('dim');
    this.style.setProperty('color-scheme', 'light');
    chart.classList.remove('dim');
    try {
      const extras: StandaloneSvgExtras = {
        title: this.caption,
        background: getComputedStyle(this.plotElement ?? chart).backgroundColor || '#ffffff',
        legend: [
          ...layout.series.map((series) => ({
            sample:
              layout.variant === 'lines'
                ? chart.querySelector(`g.series[data-index="${series.index}"] .line`)
                : chart.querySelector(`g.series[data-index="${series.index}"] .bar`),
            kind: layout.variant === 'lines' ? ('line' as const) : ('bar' as const),
            ...(layout.variant === 'lines' ? { marker: markerPath(series.style.marker) } : {}),
            text: [
              series.name,
              pickText(dynamicsClassLabels[series.row.classification], this.locale),
              ...(series.row.change ? [formatChange(series.row.change, result.precision, this.locale)] : []),
              ...(series.row.smallSample ? [this.localize.term('smallSample')] : []),
            ].join(' — '),
          })),
          ...(layout.municipal
            ? [
                {
                  sample: chart.querySelector('.municipal'),
                  kind: 'municipal' as const,
                  text: this.municipalText,
                },
              ]
            : []),
          ...(layout.band
            ? [{ sample: chart.querySelector('.band'), kind: 'band' as const, text: this.bandLabel(result) }]
            : []),
        ],
      };
      return standaloneSvg(chart, extras);
    } finally {
      if (scheme) this.style.setProperty('color-scheme', scheme);
      else this.style.removeProperty('color-scheme');
      if (!this.style.length) this.removeAttribute('style');
      if (dimmed) chart.classList.add('dim');
    }
  }

  /** The chart as a PNG at twice its size, drawn from `toSvg()`. */
  async toPng(scale = 2): Promise<Blob> {
    const text = this.toSvg();
    if (!text) throw new Error('Nothing is drawn: there is no data to export.');
    return svgToPng(text, scale);
  }

  /** The data as a CSV for Excel (BOM, `;`, decimal comma); empty when there is no data. */
  toCsv(): string {
    const result = this.result;
    if (!result || result.schools.length === 0) return '';
    return dynamicsCsv(result, this.municipal, this.locale);
  }

  /** Downloads the chart (`svg`, `png`) or the data (`csv`), as the toolbar buttons do. */
  async download(kind: DynamicsChartExport): Promise<void> {
    const result = this.result;
    if (!result) return;
    const years =
      result.years.length > 1 ? `${result.years[0]}-${result.years.at(-1)}` : String(result.years[0] ?? '');
    const base = this.localize.term('fileName', {
      assessment: pickText(assessmentLabels[result.assessment], this.locale),
      years,
    });
    if (kind === 'csv')
      downloadFile(new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    else if (kind === 'svg') downloadFile(new Blob([this.toSvg()], { type: 'image/svg+xml' }), `${base}.svg`);
    else downloadFile(await this.toPng(), `${base}.png`);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
