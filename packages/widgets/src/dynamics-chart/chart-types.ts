import type { DisplayLocale, SchoolDynamics } from '@shnro/core';
import type { SeriesStyle } from './palette.js';

// The chart's geometry as plain data: what `layoutChart` returns and the templates draw.

/** How the chart draws the series: a line per school, or bars per school grouped by year. */
export type DynamicsChartVariant = 'lines' | 'bars';

/** A drawn value of a school in a year. */
export interface ChartPoint {
  year: number;
  yearIndex: number;
  value: number;
  /** Centre of the marker (lines) or of the bar's top (bars), in viewBox units. */
  x: number;
  y: number;
  /** The bar's rectangle (bars only). */
  bar?: { x: number; y: number; width: number; height: number };
}

/** A school's series as drawn. */
export interface ChartSeries {
  index: number;
  schoolId: string;
  name: string;
  /** «№ 22» when the name has a number, else the name. */
  shortName: string;
  style: SeriesStyle;
  row: SchoolDynamics;
  /** Only the years with a value. */
  points: ChartPoint[];
  /** The line through the points, broken where a year has no value (lines only). */
  path: string;
  /** «2019:13.2 2020:13.5 …», the drawn values for the line's `data-values` (lines only). */
  valuesText: string;
  /** Every point's marker, in one path (lines only). */
  markers: string;
}

/** A tick of the value axis. */
export interface ChartTick {
  value: number;
  y: number;
  label: string;
}

/** A label at the right end of a line, moved apart from its neighbours so none overlap. */
export interface EndLabel {
  text: string;
  x: number;
  y: number;
  /** The series index, or `'municipal'`. */
  of: number | 'municipal';
}

/** The municipal average as drawn: a line (lines) or a segment across each year's group (bars). */
export interface MunicipalGeometry {
  path: string;
  points: { year: number; value: number; x: number; y: number }[];
}

/** The low-results band: below a number, or below the municipal average. */
export interface BandGeometry {
  kind: 'value' | 'municipal-average';
  threshold?: number;
  path: string;
  labelX: number;
  labelY: number;
}

/** Everything the element draws, in viewBox units; no DOM. */
export interface ChartLayout {
  width: number;
  height: number;
  variant: DynamicsChartVariant;
  plot: { left: number; top: number; right: number; bottom: number };
  years: number[];
  /** The centre of each year on the x axis. */
  yearX: number[];
  ticks: ChartTick[];
  series: ChartSeries[];
  municipal?: MunicipalGeometry;
  band?: BandGeometry;
  endLabels: EndLabel[];
  /** Whether values are printed above the bars (wide bars, few schools). */
  barValueLabels: boolean;
  /** Half the horizontal distance within which a pointer belongs to a year. */
  yearHalfStep: number;
  /** The value axis's domain after rounding to nice ticks: bottom and top of the plot. */
  valueDomain: [number, number];
}

/** What `layoutChart` needs besides the core's result. */
export interface LayoutOptions {
  width: number;
  variant: DynamicsChartVariant;
  locale: DisplayLocale;
  /** The municipal average by year, as given to `compareSeries`. */
  municipal?: ReadonlyMap<number, number>;
  /** Text of the municipal line's end label (lines variant). */
  municipalLabel?: string;
}
