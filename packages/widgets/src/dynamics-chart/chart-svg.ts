import { pickText, resultMetricLabels, type DynamicsResult } from '@shnro/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { WidgetLocale } from '../shared/localize.js';
import { capitalize } from './chart-labels.js';
import { valueLabel, type ChartLayout, type ChartPoint, type ChartSeries } from './chart-model.js';
import { markerPath, markerSize, type FillPattern } from './palette.js';

// The chart's SVG layers, from the bottom: the static layer (definitions, grid, axes, band), the
// series (one focusable group per school, drawn without templates by `SeriesLayer`), the
// reference line with the value labels, and the pointed value on top. Each layer is a pure
// function of the layout, so the element can guard it.

export { MANY_SERIES } from './palette.js';

/** Definitions, grid, axes and the band: everything that does not change on hover. */
export function staticLayerTemplate(
  result: DynamicsResult,
  layout: ChartLayout,
  locale: WidgetLocale,
): SVGTemplateResult {
  const { plot } = layout;
  const metricLabel = pickText(resultMetricLabels[result.metric], locale);
  const size = markerSize(layout.series.length);
  // Markers and fills depend on a series' place and the number of series, not on the data:
  // a new layout with as many series leaves them as they are.
  return svg`
    <defs>
      <pattern id="band-hatch" patternUnits="userSpaceOnUse" width="8" height="8">
        <rect class="band-hatch-bg" width="8" height="8"></rect>
        <path class="band-hatch-ink" d="M-2 2L2 -2M0 8L8 0M6 10L10 6"></path>
      </pattern>
      ${guard([layout.variant, layout.series.length], () =>
        layout.series.map((series) =>
          layout.variant === 'lines'
            ? svg`<marker id="m-${series.index}" viewBox="-6 -6 12 12" markerWidth="12" markerHeight="12"
              markerUnits="userSpaceOnUse" refX="0" refY="0" orient="0">
              <path class="marker s${series.style.colour}" d=${markerPath(series.style.marker, size)}></path>
            </marker>`
            : patternTemplate(series),
        ),
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

/** A school's bar fill: its colour and, so that colour is never the only cue, a hatching. */
function patternTemplate(series: ChartSeries): SVGTemplateResult {
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

/** The municipal average and the end labels, drawn above the series. */
export function referenceLayerTemplate(
  result: DynamicsResult,
  layout: ChartLayout,
  locale: WidgetLocale,
  bandLabel: string,
): SVGTemplateResult {
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
                      svg`<text class="municipal-value" x=${point.x + layout.yearHalfStep * 0.78} y=${point.y - 5} text-anchor="end">${valueLabel(result, point.value, locale)}</text>`,
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
                svg`<text class="bar-value" x=${point.x} y=${point.y - 5}>${valueLabel(result, point.value, locale)}</text>`,
            ),
          )}</g>`
        : nothing
    }
    ${
      // Bars would hide the label; the legend names the band there.
      layout.band && layout.variant === 'lines'
        ? svg`<text class="band-label" x=${layout.band.labelX} y=${layout.band.labelY} aria-hidden="true">${bandLabel}</text>`
        : nothing
    }
    ${layout.endLabels.map(
      (label) =>
        svg`<text class="end-label ${label.of === 'municipal' ? 'municipal-label' : ''}" x=${label.x} y=${label.y} aria-hidden="true">${label.text}</text>`,
    )}
  `;
}

/** The pointed or focused value: a ring, and the whole line drawn again on top. */
export function activeTemplate(
  layout: ChartLayout,
  found: { readonly series: ChartSeries; readonly point: ChartPoint } | undefined,
): SVGTemplateResult | typeof nothing {
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
