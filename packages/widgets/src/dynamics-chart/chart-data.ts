import {
  compareSeriesUnchecked,
  comparisonShapeProblem,
  DynamicsRowCache,
  type DynamicsResult,
  type ResultSeries,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { comparisonInput } from './chart-input.js';
import { defaultVariant, layoutChart, type ChartLayout, type DynamicsChartVariant } from './chart-model.js';
import type { DynamicsChartOptions, DynamicsChartSchools } from './dynamics-chart.js';
import { readChartInlineData, type InlineChartData } from './inline-data.js';

/** Why the chart draws nothing: its JSON block could not be used, or its data is malformed. */
export interface ChartDataError {
  readonly kind: 'inline' | 'data';
  /** The wrong field and the core's message: «series[0].points[0].value: Поле «value»: …». */
  readonly message: string;
}

/**
 * The chart's data (данные графика): the core's comparison of the chart's properties, redone
 * only for the schools whose series changed (`DynamicsRowCache`), after a cheap shape check with
 * no zod. Data that fails the check is not compared: the core's schemas and wording are loaded
 * then, and only then, to say which field is wrong (`error`). A JSON block is read the same way.
 */
export class ChartData implements ReactiveController {
  /** The comparison drawn now. */
  result?: DynamicsResult;
  /** The municipal average by year, from the options. */
  municipal = new Map<number, number>();
  /** Why nothing is drawn, when the data is malformed. */
  error?: ChartDataError;
  /** The result laid out for drawing; undefined without schools to draw. */
  layout?: ChartLayout;
  private laidOut?: DynamicsResult;
  private layoutKey = '';
  private readonly rows = new DynamicsRowCache();
  private pending?: Promise<unknown>;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The data is compared in the host's willUpdate.
  }

  /** Whether a JSON block or the wording of a problem is still loading (nothing to draw yet). */
  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves when what is loading has been applied (the host awaits it in `updateComplete`). */
  get settled(): Promise<unknown> {
    return this.pending ?? Promise.resolve();
  }

  /** Compares the chart's properties; a malformed series or option leaves no result and an `error`. */
  compare(
    series: readonly ResultSeries[] | undefined,
    schools: DynamicsChartSchools | undefined,
    options: DynamicsChartOptions | undefined,
    locale: WidgetLocale,
  ): void {
    const generation = ++this.generation;
    if (this.error?.kind === 'data') this.error = undefined;
    const input = comparisonInput(series, schools, options);
    this.municipal = input.municipal;
    if (!input.options) {
      this.result = undefined;
      return;
    }
    const full = { ...input.options, locale };
    if (comparisonShapeProblem(input.series, full) === undefined) {
      this.result = compareSeriesUnchecked(input.series, full, this.rows);
      return;
    }
    this.result = undefined;
    this.track(
      import('./chart-check.js').then(({ explainData }) => {
        if (generation !== this.generation) return;
        const message = explainData(input.series, full, locale);
        // The cheap check is stricter than the schema in places (an option's type): then compare.
        if (message === undefined) this.result = compareSeriesUnchecked(input.series, full, this.rows);
        else this.error = { kind: 'data', message };
        this.host.requestUpdate();
      }),
    );
  }

  /**
   * Lays the result out for the variant (the attribute, or the default for the number of years)
   * and width, only when one of them or the result changed; true when the result is new.
   */
  lay(
    variant: DynamicsChartVariant | undefined,
    width: number,
    locale: WidgetLocale,
    municipalLabel: string,
  ): boolean {
    const result = this.result;
    const fresh = result !== this.laidOut;
    const drawn =
      variant === 'lines' || variant === 'bars' ? variant : defaultVariant(result?.years.length ?? 0);
    const key = `${drawn}|${width}|${municipalLabel}`;
    if (fresh || key !== this.layoutKey) {
      this.laidOut = result;
      this.layoutKey = key;
      const options = { width, variant: drawn, locale, municipal: this.municipal, municipalLabel };
      this.layout =
        result && result.schools.length > 0 ? layoutChart(result, options, this.layout) : undefined;
    }
    return fresh;
  }

  /** Reads a child JSON block, if any, and hands its data to `apply` once checked. */
  readInline(element: HTMLElement, apply: (data: Extract<InlineChartData, { ok: true }>) => void): void {
    const found = readChartInlineData(element);
    if (!found) return;
    this.track(
      found.then((data) => {
        if (data.ok) apply(data);
        else this.error = { kind: 'inline', message: data.error };
        this.host.requestUpdate();
      }),
    );
  }

  private track(work: Promise<unknown>): void {
    const pending: Promise<unknown> = work.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
    this.host.requestUpdate();
  }
}
